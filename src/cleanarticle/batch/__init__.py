"""Batch cleaning for the CLI and the engine integrations.

`sources` reads records (files, folders, stdin, JSONL, WARC), `runner` cleans them in ordered
chunks across worker processes, `sinks` writes them (stdout, JSONL file, folder), `session`
wires one run together with resume, progress and a summary. `records` holds the status rules
every engine shares. Nothing here is imported by `import cleanarticle`.
"""
