"""Clean the HTML pages of WARC files with Spark: WARC paths in, a table of articles out.

In the style of Common Crawl's cc-pyspark jobs: the input is a text file listing WARC files
(one path or URL per line, e.g. a `warc.paths` listing), each Spark task reads its share of the
files with cleanarticle's WARC reader and cleans every HTML response; the output is a Parquet (or JSON/ORC) table
with one row per HTML record, failures included (`status` says which).

    pip install 'cleanarticle[spark,warc]'   # Java 17 for Spark; fsspec/s3fs for remote paths
    spark-submit examples/spark_warc_job.py warc.paths out/articles \\
        --num_input_partitions 64 --num_output_partitions 8
    # locally, without a cluster:
    python examples/spark_warc_job.py warc.paths out/articles --master 'local[*]'
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

from pyspark.sql import SparkSession
from pyspark.sql.types import StringType, StructField, StructType

from cleanarticle.batch.records import Result, batch_options
from cleanarticle.batch.sources import warc_records
from cleanarticle.integrations.spark import clean_row, schema, to_row
from cleanarticle.options import Options


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input", help="text file listing WARC paths or URLs, one per line")
    parser.add_argument("output", help="output directory (a table of articles)")
    parser.add_argument("--input_base_url", default="", help="prefix for relative WARC paths")
    parser.add_argument("--num_input_partitions", type=int, default=4)
    parser.add_argument("--num_output_partitions", type=int, default=1)
    parser.add_argument("--output_format", default="parquet", choices=("parquet", "json", "orc"))
    parser.add_argument("--output_compression", default=None)
    parser.add_argument("--time_limit", type=float, default=30.0, help="seconds per page")
    parser.add_argument("--master", default=None, help="e.g. local[*] (spark-submit sets it)")
    return parser.parse_args(argv)


def output_schema() -> StructType:
    extra = [StructField(name, StringType(), True) for name in ("warc_path", "warc_record_id")]
    return StructType([*schema().fields, *extra])


def process_warcs(
    paths: Iterable[str], base_url: str, options: Options
) -> Iterator[dict[str, Any]]:
    """One Spark task: every HTML record of its WARC files, as rows (picklable, top-level)."""
    for line in paths:
        path = line.strip()
        if path:
            yield from process_warc(base_url + path, options)


def process_warc(uri: str, options: Options) -> Iterator[dict[str, Any]]:
    try:
        stream = open_uri(uri)
    except OSError as error:
        yield {**to_row(None, Result("error", None, f"cannot open: {error}")), "warc_path": uri}
        return
    with stream:
        for record in warc_records(stream, uri):
            if record.error is not None:
                row = to_row(record.url, Result("error", None, record.error))
            else:
                row = clean_row((record.data, record.url, record.encoding), options)
            yield {**row, "warc_path": uri, "warc_record_id": record.id}


def open_uri(uri: str) -> Any:
    """Local paths directly; s3://, https://… through fsspec when it is installed."""
    if "://" in uri and not uri.startswith("file://"):
        import fsspec

        return fsspec.open(uri, "rb").open()
    return open(uri.removeprefix("file://"), "rb")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    builder = SparkSession.builder.appName("cleanarticle-warc")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    options = batch_options(args.time_limit or None)
    paths = spark.sparkContext.textFile(args.input, minPartitions=args.num_input_partitions)
    rows = paths.mapPartitions(
        partial(process_warcs, base_url=args.input_base_url, options=options)
    )
    table = spark.createDataFrame(rows, output_schema())
    writer = table.coalesce(args.num_output_partitions).write.mode("overwrite")
    if args.output_compression:
        writer = writer.option("compression", args.output_compression)
    writer.format(args.output_format).save(args.output)


if __name__ == "__main__":
    main()
