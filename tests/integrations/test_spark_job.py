"""The Spark function and DataFrame helper in a local[2] session, and the example job."""

import pickle
import runpy
import sys
from functools import partial
from pathlib import Path

import pytest
from engines import require
from warc_factory import ARTICLE, AWKWARD_STATUSES, awkward_pages, write_warc

require("pyspark")

from cleanarticle import Options  # noqa: E402
from cleanarticle.integrations.spark import (  # noqa: E402
    FIELDS,
    extract_dataframe,
    extract_partition,
    schema,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "spark_warc_job.py"


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("cleanarticle-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_partition_function_is_plain_and_picklable():
    function = partial(extract_partition, options=Options(time_limit=5))
    assert pickle.loads(pickle.dumps(function)).func is extract_partition
    rows = list(extract_partition([(ARTICLE.encode(), "https://e.com/a", None), (b"", None, None)]))
    assert [tuple(row) for row in rows] == [FIELDS, FIELDS]
    assert [row["status"] for row in rows] == ["ok", "empty"]


def test_map_partitions_over_rows(spark):
    data = [(ARTICLE.encode(), f"https://e.com/{i}", "utf-8") for i in range(6)]
    rdd = spark.sparkContext.parallelize(data, 2).mapPartitions(extract_partition)
    table = spark.createDataFrame(rdd, schema())
    assert table.count() == 6
    assert {row.status for row in table.collect()} == {"ok"}


def test_dataframe_helper_keeps_columns(spark):
    df = spark.createDataFrame(
        [("a", ARTICLE.encode(), "https://e.com/a"), ("b", b"\x89PNG\x00\x00\x00", None)],
        "doc string, html binary, url string",
    )
    rows = {row.doc: row for row in extract_dataframe(df, keep=("doc",)).collect()}
    assert rows["a"].status == "ok" and rows["a"].title == "Budget approved"
    assert rows["b"].status == "skipped" and rows["b"].error == "binary: png"


def test_example_job_turns_warcs_into_a_table(spark, tmp_path, monkeypatch):
    warcs = [write_warc(tmp_path / f"part-{i}.warc.gz", awkward_pages()) for i in range(2)]
    listing = tmp_path / "warcs.txt"
    listing.write_text("\n".join(str(path) for path in warcs) + "\n")
    out = tmp_path / "articles"
    monkeypatch.setattr(
        sys,
        "argv",
        [
            "spark_warc_job.py",
            str(listing),
            str(out),
            "--output_format",
            "json",
            "--num_input_partitions",
            "2",
        ],
    )
    runpy.run_path(str(EXAMPLE), run_name="__main__")
    table = spark.read.json(str(out))
    statuses = sorted((row.url, row.status) for row in table.collect())
    assert statuses == sorted(list(AWKWARD_STATUSES.items()) * 2)
