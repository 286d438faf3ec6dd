"""Every detector, on any input: no crash, verdicts point at real blocks and real spans, and
hostile lines (long runs of digits, brackets, separators) stay fast (no regex backtracking)."""

import time

import pytest
from blockfactory import html_blocks, text_blocks, verdicts
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle.detectors import ALL_DETECTORS
from cleanarticle.detectors.base import Context, Detector
from cleanarticle.options import Options

TOKENS = [
    *"abc XYZ019.,:;|<>/=\"'[]#-",
    *"首页登录版权所有综合久久微信分享回复楼主点击量。、!?",
    "\uff1a", "\uff0c", "\uff1e", "\u3000", "ICP备", '<span id="a">', "</p>", "©", "  ", "• ",
]  # fmt: skip
LINE = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=30).map("".join)
LINES = st.lists(LINE, min_size=1, max_size=25)


@pytest.mark.parametrize("detector", ALL_DETECTORS, ids=lambda d: d.name)
@settings(max_examples=60, deadline=None)
@given(lines=LINES, linked=st.booleans())
def test_verdicts_are_well_formed(detector: Detector, lines: list[str], linked: bool) -> None:
    html = html_blocks(*({"text": line.strip() or "x", "linked": linked} for line in lines))
    for mode, blocks in (("text", text_blocks(lines)), ("html", html)):
        for index, items in verdicts(detector, blocks, mode).items():
            assert 0 <= index < len(blocks)
            for verdict in items:
                if verdict.span is not None:
                    start, end = verdict.span
                    assert 0 <= start < end <= len(blocks[index].text)


HOSTILE = [
    "1" * 20000, "1," * 10000, "<" * 20000, "<!--" * 5000, "<div " + "a " * 5000,
    "|" * 20000, "综合久久|" * 3000, "首页>" * 5000, "[url=" * 5000, "本帖最后由" * 3000,
    "edited by " * 3000, "&lt;" * 5000, "a " * 20000,
]  # fmt: skip


@pytest.mark.parametrize("line", HOSTILE, ids=lambda line: repr(line[:8]))
def test_hostile_lines_are_fast(line: str) -> None:
    blocks = html_blocks(line, line)
    context = Context(mode="html", options=Options())
    start = time.perf_counter()
    for detector in ALL_DETECTORS:
        list(detector.detect(blocks, context))
    assert time.perf_counter() - start < 2.0
