"""The Scrapy pipeline, run through the crawler's own item pipeline manager."""

import asyncio

from engines import require
from warc_factory import ARTICLE, LATIN1_ARTICLE

require("scrapy")

from scrapy import Field, Item  # noqa: E402
from scrapy.pipelines import ItemPipelineManager  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

PIPELINE = "cleanarticle.integrations.scrapy.CleanArticlePipeline"


class PageItem(Item):
    body = Field()
    link = Field()
    charset = Field()
    clean = Field()


def run_items(settings: dict, items: list) -> list:
    crawler = get_crawler(settings_dict={"ITEM_PIPELINES": {PIPELINE: 100}, **settings})
    manager = ItemPipelineManager.from_crawler(crawler)

    async def process_all() -> list:
        return [await manager.process_item_async(item) for item in items]

    return asyncio.run(process_all())


def test_dict_items_get_an_article():
    (item,) = run_items({}, [{"html": ARTICLE, "url": "https://example.com/a"}])
    assert item["article"]["status"] == "ok"
    assert item["article"]["title"] == "Budget approved"
    assert "city council" in item["article"]["text"]
    assert item["html"] == ARTICLE  # the item keeps its fields


def test_configured_fields_on_a_scrapy_item():
    settings = {
        "CLEANARTICLE_HTML_FIELD": "body",
        "CLEANARTICLE_URL_FIELD": "link",
        "CLEANARTICLE_ENCODING_FIELD": "charset",
        "CLEANARTICLE_OUTPUT_FIELD": "clean",
    }
    page = PageItem(
        body=LATIN1_ARTICLE.encode("latin-1"), link="https://e.fr/", charset="iso-8859-1"
    )
    missing = PageItem(link="https://e.fr/none")
    done, failed = run_items(settings, [page, missing])
    assert "adopté" in done["clean"]["text"]
    assert failed["clean"]["status"] == "error" and "body" in failed["clean"]["error"]


def test_process_item_accepts_the_old_spider_argument():
    from cleanarticle.integrations.scrapy import CleanArticlePipeline

    item = CleanArticlePipeline().process_item({"html": ""}, spider=object())
    assert item["article"]["status"] == "empty"
