"""Apache Spark (PySpark): a picklable partition function and a DataFrame helper.

    rdd.mapPartitions(extract_partition)            # rows of (html, url, encoding)
    extract_dataframe(df, html="html", keep=("id",))

`extract_partition` is a top-level function of an importable module, so Spark pickles it by
reference; executors need cleanarticle installed. Rows come out as plain dicts with the fixed
fields of `FIELDS` (see `schema()`), one per input row, failures included.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from cleanarticle.batch.records import Result, batch_options, clean
from cleanarticle.options import Options

if TYPE_CHECKING:
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

FIELDS: tuple[str, ...] = (
    "url", "status", "error", "title", "text", "author", "date", "source", "sitename", "language",
)  # fmt: skip


def extract_partition(
    rows: Iterable[Sequence[Any]], options: Options | None = None
) -> Iterator[dict[str, Any]]:
    """One dict per `(html, url, encoding)` row (url and encoding may be missing or None)."""
    options = options or batch_options()
    for row in rows:
        yield clean_row(row, options)


def clean_row(row: Sequence[Any], options: Options) -> dict[str, Any]:
    html, url, encoding = (*row, None, None)[:3]
    page = html if html is not None else b""
    return to_row(url, clean(page, url=url, encoding=encoding, options=options))


def to_row(url: str | None, result: Result) -> dict[str, Any]:
    article = result.article
    row: dict[str, Any] = dict.fromkeys(FIELDS)
    row.update(url=url, status=result.status, error=result.error)
    if article is not None:
        row.update(
            title=article.title, text=article.text, author=article.author, date=article.date,
            source=article.source, sitename=article.sitename, language=article.language,
        )  # fmt: skip
    return row


def schema() -> StructType:
    """The Spark schema of the rows `extract_partition` yields (all strings, nullable)."""
    from pyspark.sql.types import StringType, StructField, StructType

    return StructType([StructField(name, StringType(), True) for name in FIELDS])


def extract_dataframe(
    df: DataFrame,
    html: str = "html",
    url: str | None = "url",
    encoding: str | None = None,
    keep: Sequence[str] = (),
    options: Options | None = None,
) -> DataFrame:
    """A DataFrame of `schema()` plus the `keep` columns, one row per row of `df`."""
    from pyspark.sql import functions
    from pyspark.sql.types import StructType

    columns = [
        functions.col(html),
        functions.col(url) if url else functions.lit(None).cast("string"),
        functions.col(encoding) if encoding else functions.lit(None).cast("string"),
        *(functions.col(name) for name in keep),
    ]
    rows = df.select(*columns).rdd.mapPartitions(
        partial(_partition_keeping, options=options, keep=tuple(keep))
    )
    kept = [df.schema[name] for name in keep]
    return df.sparkSession.createDataFrame(rows, StructType([*schema().fields, *kept]))


def _partition_keeping(
    rows: Iterable[Sequence[Any]], options: Options | None, keep: tuple[str, ...]
) -> Iterator[dict[str, Any]]:
    """Rows of (html, url, encoding, *kept): the kept values ride along unchanged."""
    options = options or batch_options()
    for row in rows:
        out = clean_row(row[:3], options)
        out.update(zip(keep, row[3:]))
        yield out
