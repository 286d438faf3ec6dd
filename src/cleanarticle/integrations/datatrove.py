"""datatrove (Hugging Face): an extractor step that keeps the article's metadata.

    from cleanarticle.integrations.datatrove import CleanArticle
    pipeline = [WarcReader("crawl/"), CleanArticle(), JsonlWriter("out/")]

Like datatrove's own extractors it runs each page in its sandbox process (a hard kill if a page
ever outlives the library's own time limit) and drops documents left without text. Unlike them
it passes the document's URL (`doc.metadata["url"]`, which datatrove's readers set) and keeps
title, date, author, source, sitename, language and status in `doc.metadata`.
"""

from __future__ import annotations

from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
from datatrove.utils.typeshelper import StatHints

from cleanarticle.batch.records import DEFAULT_TIME_LIMIT, batch_options, clean
from cleanarticle.options import Options

METADATA_FIELDS = ("title", "date", "author", "source", "sitename", "language")
SANDBOX_MARGIN = 10.0  # seconds the sandbox waits past the library's own time limit


class CleanArticle(BaseExtractor):
    name = "🧹 cleanarticle"

    def __init__(
        self,
        options: Options | None = None,
        timeout: float | None = None,
        url_key: str = "url",
        keep_empty: bool = False,
    ) -> None:
        """options: extraction options (default: a 30 s time limit per page). timeout: the
        sandbox's hard limit (default: the time limit plus a margin). keep_empty: also forward
        documents without text (datatrove's extractors drop them)."""
        self.options = options or batch_options()
        limit = self.options.time_limit or DEFAULT_TIME_LIMIT
        super().__init__(timeout=timeout or limit + SANDBOX_MARGIN)
        self.url_key = url_key
        self.keep_empty = keep_empty

    def extract(self, text: str) -> str:
        """datatrove's extractor contract: HTML in, text out (`extract("")` is its warm-up)."""
        return self.clean_document(text)["text"]

    def clean_document(self, text: str, url: str | None = None) -> dict[str, Any]:
        """Runs in the sandbox process: text, status and metadata, all picklable."""
        result = clean(text or "", url=url, options=self.options)
        article = result.article
        fields = {name: getattr(article, name) if article else None for name in METADATA_FIELDS}
        return {"text": article.text if article else "", "status": result.status, **fields}

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        with ExtractorSandbox(timeout=self.timeout, warmup_text="") as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    cleaned = self._clean_in(sandbox, doc)
                if cleaned is None:
                    continue
                doc.text = cleaned.pop("text")
                doc.metadata.update(cleaned)
                self.stat_update(cleaned["status"])
                if doc.text or self.keep_empty:
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update(StatHints.dropped)

    def _clean_in(self, sandbox: ExtractorSandbox, doc: Any) -> dict[str, Any] | None:
        url = doc.metadata.get(self.url_key)
        try:
            return sandbox.process_document((doc.text, url), self.clean_document)
        except TimeoutError:
            self.stat_update("timeout")
        except EOFError:
            self.stat_update("broken_process")
        except Exception:
            self.stat_update("clean_error")
        return None
