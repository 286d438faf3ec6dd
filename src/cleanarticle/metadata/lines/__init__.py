"""Visible metadata lines: "时间:… 作者:… 来源:…", reporter bylines, tail credits, date lines.

``scan.scan_lines`` reads the lines around the body and returns ``facts.LineFacts``; the rules
live one concern per module: ``patterns`` (label words and shared patterns), ``fields``
(labelled values), ``datelines`` (date kinds and ranks), ``bylines`` (unlabelled names),
``credits`` (parenthesised credits) and ``removal`` (whether a line is metadata only).

Every line found to be metadata and nothing else (labels with short values, dates, URLs, names,
page chrome like "打印") is reported so it leaves the body; a credit in parentheses at the end of
a body paragraph ("…(记者 王明)") is reported as a span, so only the parenthetical goes.
"""
