"""CommonMark/GFM Markdown of an Article.

Page text is escaped wherever it could change the rendering (emphasis, links, raw HTML,
tables, entities, and line starts that would read as a list, heading, rule or setext
underline), so nothing from the page becomes markup. Structure comes from the paragraphs:
fenced code with its lines as written, GFM tables with a header row, numbered and nested
lists, quotes, headings, emphasis, inline code, and links and images when kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from cleanarticle.article import Article, Mark, Paragraph
from cleanarticle.output.front_matter import front_matter as yaml_front_matter
from cleanarticle.output.spans import BlockRenderers, Span, figures, plain, render_blocks, span_tree

_SPECIAL = re.compile(r"[\\`*_\[\]<>#|~]|&(?=#?[A-Za-z0-9]+;)")
# Line starts that would open a block: "2019. That" (ordered list), "- x" / "+ x" (bullet),
# "---" / "===" (rule or setext underline), "-:" (a GFM table's delimiter row).
_LINE_START = re.compile(
    r"^(?:(\d{1,9})([.)])(?=[ \t]|$)|([-+=:])(?=[ \t]|$|[-:|= \t\\]*$))", re.M
)
_BACKTICKS = re.compile(r"`+")
_LANGUAGE = re.compile(r"[^A-Za-z0-9_+#.-]")
_HARD_BREAK = "  \n"


def to_markdown(article: Article, *, front_matter: bool = False) -> str:
    """The article as Markdown: an optional YAML front matter, the title, the body, then the
    comments (when kept) under their own heading."""
    parts = []
    if front_matter:
        parts.append(yaml_front_matter(article))
    if article.title:
        parts.append("# " + escape(" ".join(article.title.split())))
    body = render_paragraphs(article.paragraphs)
    if body:
        parts.append(body)
    if article.comments:
        comments = (escape_lines(part) for part in article.comments.split("\n\n") if part)
        parts.append("## Comments\n\n" + "\n\n".join(comments))
    return "\n\n".join(part for part in parts if part)


def escape(text: str) -> str:
    """Inline text with every character that could start markup backslash-escaped."""
    return _SPECIAL.sub(lambda match: "\\" + match.group(0), text)


def escape_lines(text: str) -> str:
    """A paragraph of plain text: escaped, line starts too, lines joined by hard breaks."""
    return _HARD_BREAK.join(_escape_line_start(escape(line)) for line in text.split("\n"))


def _escape_line_start(line: str) -> str:
    return _LINE_START.sub(_escaped_start, line)


def _escaped_start(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return f"{match.group(1)}\\{match.group(2)}"
    return "\\" + match.group(3)


def render_paragraphs(paragraphs: Sequence[Paragraph]) -> str:
    """The body: paragraphs grouped into lists, tables and quotes, blocks split by blank lines."""
    return "\n\n".join(block for block in render_blocks(paragraphs, _RENDERERS) if block)


def _quotes(group: Sequence[Paragraph]) -> str:
    return "\n>\n".join(_quote(p) for p in group)


def _heading(paragraph: Paragraph, level: int) -> str:
    return "#" * level + " " + inline(paragraph, single_line=True)


# --- blocks ------------------------------------------------------------------------------------


def _code(paragraph: Paragraph) -> str:
    """A fenced block longer than any backtick run inside, so the code cannot close it early."""
    text = paragraph.text
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * max(3, longest + 1)
    language = _LANGUAGE.sub("", paragraph.language)
    return f"{fence}{language}\n{text}\n{fence}"


def _table(rows: Sequence[Paragraph]) -> str:
    """A GFM table: the first row is the header (pages without <th> still need one)."""
    cells = [list(row.cells) if row.cells else row.text.split(" | ") for row in rows]
    width = max(len(row) for row in cells)
    if width <= 1:  # one column: a list of lines, not a table
        return "\n\n".join(inline(row) for row in rows)
    lines = []
    for number, row in enumerate(cells):
        row = row + [""] * (width - len(row))
        lines.append("| " + " | ".join(escape(" ".join(cell.split())) for cell in row) + " |")
        if number == 0:
            lines.append("|" + " --- |" * width)
    return "\n".join(lines)


def _list(items: Sequence[Paragraph]) -> str:
    """Items numbered from their page numbers, nested lists indented under their item's text,
    later paragraphs of an item indented as its continuation."""
    lines: list[str] = []
    columns: dict[int, int] = {}  # depth -> the column an open item's text starts at
    for item in items:
        depth = max(item.level, 1)
        text = inline(item)
        pictures = "".join(_figure_line(mark) + " " for mark in figures(item.marks))
        if item.continued and columns:
            column = columns.get(depth) or columns[max(columns)]
            lines.append("\n" + _indent(pictures + text, column, first=True))
            continue
        base = max((col for d, col in columns.items() if d < depth), default=0)
        marker = f"{min(item.number, 999_999_999)}." if item.number else "-"
        column = base + len(marker) + 1
        columns = {d: col for d, col in columns.items() if d < depth}
        columns[depth] = column
        lines.append(" " * base + marker + " " + _indent(pictures + text, column, first=False))
    return "\n".join(lines)


def _indent(text: str, column: int, first: bool) -> str:
    pad = " " * column
    lines = text.split("\n")
    return "\n".join(pad + line if (index or first) and line else line
                     for index, line in enumerate(lines))  # fmt: skip


def _quote(paragraph: Paragraph) -> str:
    return "\n".join("> " + line for line in inline(paragraph).split("\n"))


def _figure_line(mark: Mark) -> str:
    return f"![{escape(mark.alt)}]({destination(mark.url)})"


# --- inline --------------------------------------------------------------------------------------


def inline(paragraph: Paragraph, single_line: bool = False) -> str:
    """The paragraph's text with its marks, escaped; lines joined by hard breaks."""
    text = paragraph.text
    if single_line:
        text = text.replace("\n", " ")
    rendered = _children(span_tree(text, paragraph.marks), text, " ")
    return _HARD_BREAK.join(_escape_line_start(line) for line in rendered.split("\n"))


def _children(span: Span, text: str, before: str) -> str:
    out: list[str] = []
    last = before
    for child in span.children:
        piece = escape(child) if isinstance(child, str) else _span(child, text, last)
        if last == "*" and piece.startswith("*") and isinstance(child, Span):
            # Emphasis right after emphasis would merge into one delimiter run: plain text.
            piece = _children(child, text, last)
        if piece.startswith("[") and last == "!":  # "!" + "[link](…)" would be an image
            out[-1] = out[-1][:-1] + "\\!"
        out.append(piece)
        if piece:
            last = piece[-1]
    return "".join(out)


def _span(span: Span, text: str, before: str) -> str:
    style = span.style
    if style == "image":
        return f"![{escape(span.alt)}]({destination(span.url)})"
    if style == "code":
        return code_span(plain(span).replace("\n", " "))
    if style == "link":
        inner = _children(span, text, "[")
        return f"[{inner}]({destination(span.url)})" if inner.strip() else inner
    delimiter = "**" if style == "strong" else "*"
    inner = _children(span, text, "*")
    core = inner.strip()
    if not core:
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    after = trail[:1] or _next_char(text, span.end)
    # CommonMark reads "我们**“重写”**，" as text: quotes just inside the delimiters, letters
    # just outside. Moving plain punctuation out of the span lets it read as emphasis.
    while core:
        if _left_flanking(lead[-1:] or before, core[0]) and _right_flanking(core[-1], after):
            return f"{lead}{delimiter}{core}{delimiter}{trail}"
        if _movable(core[0]) and not _left_flanking(lead[-1:] or before, core[0]):
            lead, core = lead + core[0], core[1:]
        elif _movable(core[-1]) and core[-2:-1] != "\\":
            core, trail = core[:-1], core[-1] + trail
            after = trail[0]
        else:
            break
    # CommonMark would not read the delimiters here: the text alone, whose own marks are judged
    # again without this span's delimiters around them.
    return _children(span, text, before)


def _movable(char: str) -> bool:
    """Punctuation that is text, not markup this renderer wrote (escapes, links, code)."""
    return _is_punctuation(char) and char not in "\\*[]()!`<>"


def _next_char(text: str, end: int) -> str:
    char = text[end : end + 1]
    return "\\" if char and _SPECIAL.match(text, end) else char


def _is_space(char: str) -> bool:
    return not char or char.isspace()


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _left_flanking(before: str, first: str) -> bool:
    return not _is_space(first) and (
        not _is_punctuation(first) or _is_space(before) or _is_punctuation(before)
    )


def _right_flanking(last: str, after: str) -> bool:
    return not _is_space(last) and (
        not _is_punctuation(last) or _is_space(after) or _is_punctuation(after)
    )


def code_span(code: str) -> str:
    """Inline code between backtick runs longer than any inside it."""
    longest = max((len(run) for run in _BACKTICKS.findall(code)), default=0)
    ticks = "`" * (longest + 1)
    if code[:1] in ("`", " ") or code[-1:] in ("`", " "):
        code = f" {code} "
    return f"{ticks}{code}{ticks}"


def destination(url: str) -> str:
    """A link destination CommonMark reads whole: no spaces, brackets or parentheses."""
    for char, code in (("\\", "%5C"), (" ", "%20"), ("(", "%28"), (")", "%29"),
                       ("<", "%3C"), (">", "%3E")):  # fmt: skip
        url = url.replace(char, code)
    return url


_RENDERERS = BlockRenderers(
    figure=_figure_line, table=_table, list=_list, quote=_quotes, code=_code, heading=_heading,
    paragraph=inline,
)
