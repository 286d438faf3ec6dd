"""Scrapy: an item pipeline that adds the clean article to each item.

    ITEM_PIPELINES = {"cleanarticle.integrations.scrapy.CleanArticlePipeline": 500}

Settings (all optional): CLEANARTICLE_HTML_FIELD ("html"), CLEANARTICLE_URL_FIELD ("url"),
CLEANARTICLE_ENCODING_FIELD ("encoding"), CLEANARTICLE_OUTPUT_FIELD ("article": where the
article dict goes), CLEANARTICLE_TIME_LIMIT (30 seconds). The item keeps its fields; the
article dict has `status` and `error` like every cleanarticle record, so failures stay visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cleanarticle.batch.records import DEFAULT_TIME_LIMIT, Result, batch_options, clean
from cleanarticle.options import Options

ARTICLE_FIELDS = ("title", "text", "author", "date", "source", "sitename", "language")


@dataclass(frozen=True)
class Fields:
    html: str = "html"
    url: str = "url"
    encoding: str = "encoding"
    output: str = "article"


class CleanArticlePipeline:
    def __init__(self, fields: Fields | None = None, options: Options | None = None) -> None:
        self.fields = fields or Fields()
        self.options = options or batch_options()

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanArticlePipeline:
        settings = crawler.settings
        fields = Fields(
            html=settings.get("CLEANARTICLE_HTML_FIELD", "html"),
            url=settings.get("CLEANARTICLE_URL_FIELD", "url"),
            encoding=settings.get("CLEANARTICLE_ENCODING_FIELD", "encoding"),
            output=settings.get("CLEANARTICLE_OUTPUT_FIELD", "article"),
        )
        limit = settings.getfloat("CLEANARTICLE_TIME_LIMIT", DEFAULT_TIME_LIMIT)
        return cls(fields, batch_options(limit or None))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Adds the article to `item` (a dict, scrapy.Item, dataclass or attrs item)."""
        from itemadapter import ItemAdapter  # installed with Scrapy

        adapter = ItemAdapter(item)
        html = adapter.get(self.fields.html)
        url = adapter.get(self.fields.url)
        encoding = adapter.get(self.fields.encoding)
        if html is None:
            result = Result("error", None, f"item has no {self.fields.html!r} field")
        else:
            result = clean(html, url=_str(url), encoding=_str(encoding), options=self.options)
        adapter[self.fields.output] = article_dict(result)
        return item


def article_dict(result: Result) -> dict[str, Any]:
    out: dict[str, Any] = {"status": result.status, "error": result.error}
    article = result.article
    out.update({name: getattr(article, name) if article else None for name in ARTICLE_FIELDS})
    return out


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
