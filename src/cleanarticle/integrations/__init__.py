"""Adapters for the engines crawl users already run: datatrove, Apache Spark, Scrapy.

Each module imports its engine, so import only the one you use (each is an optional extra:
`pip install 'cleanarticle[datatrove]'`, `[spark]`, `[scrapy]`); `import cleanarticle` never
imports any of them. All of them clean through `cleanarticle.batch.records.clean`, so a page
gets the same status (`ok`, `empty`, `skipped`, `error`, `timeout`) on every engine.
"""
