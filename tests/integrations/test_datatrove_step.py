"""The datatrove step in real LocalPipelineExecutor pipelines over JSONL and WARC inputs."""

import gzip
import json

from engines import require
from warc_factory import ARTICLE, LATIN1_ARTICLE, article_pages, write_warc

require("datatrove")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader, WarcReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleanarticle.integrations.datatrove import CleanArticle  # noqa: E402


def run_pipeline(tmp_path, reader) -> list[dict]:
    out = tmp_path / "out"
    executor = LocalPipelineExecutor(
        pipeline=[reader, CleanArticle(), JsonlWriter(str(out), compression=None)],
        tasks=1,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    return [json.loads(line) for path in sorted(out.glob("*.jsonl")) for line in path.open()]


def test_jsonl_pipeline_keeps_metadata_and_drops_empty_pages(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    pages = [
        {"id": "a", "text": ARTICLE, "metadata": {"url": "https://example.com/a"}},
        {"id": "b", "text": "", "metadata": {"url": "https://example.com/b"}},
        {
            "id": "c",
            "text": LATIN1_ARTICLE.replace(
                "<article>", '<article><p class="byline">By Marie Curie</p>'
            ),
        },
    ]
    with gzip.open(source / "pages.jsonl.gz", "wt", encoding="utf-8") as dump:
        dump.writelines(json.dumps(page) + "\n" for page in pages)
    docs = {doc["id"]: doc for doc in run_pipeline(tmp_path, JsonlReader(str(source)))}
    assert set(docs) == {"a", "c"}
    meta = docs["a"]["metadata"]
    assert meta["title"] == "Budget approved" and meta["status"] == "ok"
    assert meta["url"] == "https://example.com/a"
    assert set(meta) >= {"title", "date", "author", "source"}
    assert "city council" in docs["a"]["text"] and "<p>" not in docs["a"]["text"]
    assert docs["c"]["metadata"]["author"] == "Marie Curie"


def test_warc_pipeline(tmp_path):
    source = tmp_path / "warcs"
    source.mkdir()
    write_warc(source / "crawl.warc.gz", article_pages(3))
    docs = run_pipeline(tmp_path, WarcReader(str(source)))
    assert [doc["metadata"]["url"] for doc in docs] == [
        f"https://example.com/news/{i}" for i in range(3)
    ]
    assert [doc["metadata"]["title"] for doc in docs] == [f"Budget {i} approved" for i in range(3)]


def test_warm_up_call_and_url_passing():
    step = CleanArticle()
    assert step.extract("") == ""
    cleaned = step.clean_document(ARTICLE, "https://example.com/x")
    assert cleaned["status"] == "ok" and cleaned["title"] == "Budget approved"
