"""Security: extraction opens no socket and no file, expands no entity, and its outputs carry no
live markup from the page (script, event handlers, ``javascript:``/``data:`` URLs).

lxml: cleanarticle does not use it (``grep -r lxml src/`` finds nothing; selectolax/Lexbor is the
only parser, and it neither expands DTD entities nor loads anything). The tests below prove it
stays that way: lxml is never imported, and billion-laughs and external-entity pages come out
unexpanded, in milliseconds, without opening a file.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import tag_soup
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle import Article, extract, extract_text
from cleanarticle.output import to_json, to_markdown

REPO = Path(__file__).resolve().parents[2]
PROSE = (
    "<p>The council approved the budget after a six-hour debate on Tuesday, and the mayor said "
    "the new plan would be published next week.</p>"
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
    f"<html><body><article>{PROSE}<p>&lol9;&lol9;&lol9;</p>{PROSE}</article></body></html>"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
    '<!ENTITY net SYSTEM "http://127.0.0.1:9/dtd"><!ENTITY % p SYSTEM "http://127.0.0.1:9/p">%p;]>'
    f"<html><body><article>{PROSE}<p>&xxe; &net;</p>{PROSE}</article></body></html>"
)
EXTERNAL_RESOURCES = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://127.0.0.1:9/x.dtd">'
    '<html><head><link rel="stylesheet" href="http://127.0.0.1:9/s.css">'
    '<script src="http://127.0.0.1:9/s.js"></script><base href="file:///etc/">'
    '<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/"></head><body><article>'
    f'<img src="http://127.0.0.1:9/i.png"><iframe src="file:///etc/passwd"></iframe>{PROSE}'
    '<object data="http://127.0.0.1:9/o"></object><embed src="/etc/passwd">'
    f'<img srcset="passwd 1x"><svg><image href="file:///etc/shadow"/></svg>{PROSE}'
    "</article></body></html>"
)
UNDECLARED_GBK = (
    "<html><body><p>" + "这是一个没有声明编码的中文网页，内容很长。" * 30 + "</p>"
).encode("gbk")


def _pages() -> list[str | bytes]:
    samples = [path.read_bytes() for path in sorted((REPO / "samples").glob("*.htm*"))]
    return [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_RESOURCES, UNDECLARED_GBK, *samples]


# --- no network, no files ------------------------------------------------------------------------


def test_extraction_opens_no_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def refuse(name: str) -> Callable[..., None]:
        def blocked(*args: object, **kwargs: object) -> None:
            calls.append(name)
            raise OSError(f"network access during extraction: {name}")

        return blocked

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    for page in _pages():
        assert isinstance(extract(page, url="http://127.0.0.1:9/page"), Article)
    for path in sorted((REPO / "samples").glob("*.txt")):
        assert isinstance(extract_text(path.read_text(encoding="utf-8")), Article)
    assert calls == []


_AUDIT_SCRIPT = r"""
import json, sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
import cleanarticle
from test_security import _pages  # the same pages as the tests
from pathlib import Path

pages = _pages()
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[3]).glob("*.txt"))]

def run():
    for page in pages:
        cleanarticle.extract(page, url="http://127.0.0.1:9/page")
    for text in texts:
        cleanarticle.extract_text(text)

run()  # warm up: every lazy import (chardet, codecs) happens here, outside the record
events = []
recording = True
WATCHED = ("open", "socket.", "urllib.", "subprocess.", "os.system", "os.exec", "os.posix_spawn",
           "ctypes.dlopen", "import", "http.client.")

def hook(event, args):
    if recording and event.startswith(WATCHED):
        events.append([event, repr(args)[:200]])

sys.addaudithook(hook)
run()
recording = False
print(json.dumps({"events": events, "lxml": [m for m in sys.modules if m.startswith("lxml")]}))
"""


def _audit() -> dict[str, list]:
    done = subprocess.run(
        [sys.executable, "-c", _AUDIT_SCRIPT, str(REPO / "src"), str(Path(__file__).parent),
         str(REPO / "samples")],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def audit() -> dict[str, list]:
    return _audit()


def test_extraction_opens_no_file_socket_or_process(audit: dict[str, list]) -> None:
    """Audit hook over a second extraction of every page (imports pre-warmed by the first)."""
    assert audit["events"] == []


def test_lxml_is_never_imported(audit: dict[str, list]) -> None:
    assert audit["lxml"] == []
    assert not any(
        "lxml" in path.read_text(encoding="utf-8") for path in (REPO / "src").rglob("*.py")
    )


def test_billion_laughs_is_not_expanded() -> None:
    start = time.perf_counter()
    article = extract(BILLION_LAUGHS)
    assert time.perf_counter() - start < 2
    assert "lollol" not in article.text
    assert "lollol" not in to_json(article)


def test_external_entities_are_not_resolved() -> None:
    article = extract(EXTERNAL_ENTITY)
    assert "root:" not in to_json(article)  # /etc/passwd was not read
    assert "council approved" in article.text


# --- no live markup from the page in the outputs --------------------------------------------------

SECRETS = (
    "<html><head><script>var SECRET_SCRIPT = 1;</script><style>.SECRET_STYLE{}</style>"
    "<script type='text/template'><p>SECRET_TEMPLATE</p></script></head><body><article>"
    f"{PROSE}<p onclick='SECRET_HANDLER()' onmouseover=\"SECRET_HOVER()\">Read the council "
    "minutes, <a href='javascript:SECRET_JS()'>the full report</a> and "
    "<a href='data:text/html;base64,U0VDUkVUX0RBVEE='>the data</a>, then "
    "<a href=' JaVaScRiPt:SECRET_MIXED()'>the annex</a> and the <img src='data:image/png;base64,"
    "SECRET_IMAGE' onerror='SECRET_ONERROR()'> photo, published on Tuesday.</p>"
    "<iframe srcdoc='<script>SECRET_SRCDOC</script>'></iframe><noscript><img src=x "
    "onerror=SECRET_NOSCRIPT()></noscript><svg><script>SECRET_SVG</script></svg>"
    f"<math><mtext><script>SECRET_MATH</script></mtext></math>{PROSE}</article></body></html>"
)
# Text a page shows on purpose (escaped in its HTML): it may stay as text, never as markup.
SHOWN = (
    f"<html><body><article>{PROSE}<p>Attackers wrote &lt;script&gt;alert(1)&lt;/script&gt; and "
    "[click](javascript:alert(1)) and ![x](data:image/png;base64,AAAA) and "
    "&lt;a href=&quot;javascript:alert(1)&quot;&gt; into the form, the council said on Tuesday."
    "</p><h2>[a](javascript:x) &lt;b onmouseover=alert(1)&gt;</h2><ul><li>&lt;img src=x "
    "onerror=alert(1)&gt; in a list item, which the council also described.</li></ul>"
    "<blockquote>&lt;/blockquote&gt;&lt;script&gt;quoted&lt;/script&gt; [q](javascript:q)"
    "</blockquote><table><tr><td>&lt;td onclick=x&gt;</td><td>[t](javascript:t)</td></tr>"
    f"<tr><td>a</td><td>b</td></tr></table>{PROSE}</article></body></html>"
)
_UNESCAPED = re.compile(r"(?<!\\)(?:\\\\)*([<\[\]])")
# An inline code span (a backtick run not escaped, closed by a run of the same length): its text
# is literal in CommonMark, so brackets inside it are no markup.
_CODE_SPAN = re.compile(r"(?<![`\\])(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def live_markup(markdown: str) -> list[str]:
    """Lines outside fenced code with an unescaped ``<``, ``[`` or ``]``: raw HTML, autolinks,
    links, images and link definitions all need one of them (CommonMark)."""
    found: list[str] = []
    fence: str | None = None
    for line in markdown.split("\n"):
        opener = _FENCE.match(line)
        if fence is not None:
            closer = opener.group(1) if opener and not line[opener.end() :].strip() else ""
            if closer[:1] == fence[0] and len(closer) >= len(fence):
                fence = None
            continue
        if opener and not (opener.group(1)[0] == "`" and "`" in line[opener.end() :]):
            fence = opener.group(1)
            continue
        if _UNESCAPED.search(_CODE_SPAN.sub("", line)):
            found.append(line)
    return found


def test_live_markup_checker_sees_markup() -> None:
    assert live_markup("[x](javascript:alert(1))") and live_markup("a <img src=x>")
    assert not live_markup("\\[x\\](javascript:alert(1)) \\<b\\>")
    assert not live_markup("```\n<script>\n```")
    assert live_markup("~~~~\n~~~~\n[x](y)\n~~~~")  # a fence closed early lets markup out
    assert not live_markup("`[x](javascript:alert(1))`") and not live_markup("``a`[x]``")
    assert live_markup("\\`[x](y)\\`")  # escaped backticks open no code span


def test_script_handlers_and_url_attributes_never_reach_any_output() -> None:
    article = extract(SECRETS)
    assert "council approved" in article.text and "full report" in article.text
    for rendered in (article.text, to_markdown(article), to_json(article)):
        assert "SECRET" not in rendered
        assert "javascript:" not in rendered.lower()
        assert "data:" not in rendered


def test_text_shown_by_the_page_is_escaped_in_markdown() -> None:
    article = extract(SHOWN)
    assert "[click](javascript:alert(1))" in article.text  # the page showed it: kept, as text
    markdown = to_markdown(article)
    assert "javascript:" in markdown  # ...but only as escaped text
    assert live_markup(markdown) == []


@settings(max_examples=max(100, settings.default.max_examples // 10))
@given(tag_soup())
def test_markdown_never_carries_live_markup(html: str) -> None:
    article = extract(html)
    assert live_markup(to_markdown(article)) == []


@settings(max_examples=max(50, settings.default.max_examples // 10))
@given(st.text(st.sampled_from("[]()<>!`*_#|\\ ajs:x\n"), max_size=200))
def test_markdown_of_text_dumps_never_carries_live_markup(text: str) -> None:
    assert live_markup(to_markdown(extract_text(text))) == []


def test_code_block_cannot_close_its_own_fence() -> None:
    """A ``~~~~`` line inside a code block once closed its fence and let the rest out live."""
    page = (
        f"<article>{PROSE}<pre>~~~~<br>[x](javascript:alert(1)) &lt;img src=x "
        f"onerror=alert(1)&gt;<br>```</pre>{PROSE}</article>"
    )
    assert live_markup(to_markdown(extract(page))) == []


def test_script_urls_in_page_metadata_are_dropped() -> None:
    head = (
        '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" '
        'content="javascript:alert(2)"><meta property="og:image" content="data:text/html,x">'
    )
    article = extract(f"<html><head>{head}</head><body><article>{PROSE}{PROSE}</article></body>")
    assert article.url is None and article.image is None


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:image" content=" JaVaScRiPt:alert(1)">',
        '<meta name="twitter:image" content="javascript:alert(1)">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "image": "javascript:x"}'
        "</script>",
    ],
    ids=["og", "twitter", "json-ld"],
)
def test_metadata_urls_are_never_script_urls(head: str) -> None:
    """``image`` once kept any scheme, so a page's ``javascript:`` URL reached the JSON."""
    article = extract(f"<html><head>{head}</head><body><article>{PROSE}{PROSE}</article></body>")
    for value in (article.image, article.url):
        assert value is None or value.lower().lstrip().startswith(("http://", "https://"))


_HTML_TAGS = {
    "html", "head", "meta", "title", "link", "body", "article", "section", "h1", "h2", "h3",
    "h4", "h5", "h6", "p", "br", "ul", "ol", "li", "blockquote", "pre", "code", "table",
    "thead", "tbody", "tr", "th", "td", "strong", "em", "a", "img", "figure",
}  # fmt: skip
_SAFE_URL = re.compile(r"^(?:https?:|mailto:|ftp:|[^:]*$)", re.IGNORECASE)
_LINKS = st.sampled_from([
    "<a href='javascript:alert(1)'>x</a>", "<img src=x onerror=alert(1)>",
    "<img data-src='java\tscript:alert(1)' alt='\"><script>'>", "<a href='/ok'>ok</a>",
    "<base href='javascript:alert(1)//'>", "<a href='VBScript:x'>v</a>",
    "<img srcset='data:text/html,x 1x, javascript:y 2x'>", "<a href='https://x.org/\"q'>q</a>",
])  # fmt: skip


@settings(max_examples=max(100, settings.default.max_examples // 10))
@given(st.lists(st.one_of(tag_soup(), _LINKS), max_size=6).map("".join))
def test_html_output_is_safe_whatever_the_page(html: str) -> None:
    """Only the output's own tags and attributes, and only http(s)/mailto/ftp/relative URLs."""
    from selectolax.lexbor import LexborHTMLParser

    from cleanarticle import Options
    from cleanarticle.output import to_html

    options = Options(include_links=True, include_images=True, include_comments=True)
    document = to_html(extract(html, url="https://example.com/a", options=options))
    tree = LexborHTMLParser(document)
    assert tree.root is not None
    for node in tree.root.traverse():
        assert node.tag in _HTML_TAGS, node.tag
        for name, value in node.attributes.items():
            assert not name.lower().startswith("on"), name
            if name in ("href", "src"):
                assert _SAFE_URL.match(value or ""), value
