# ruff: noqa: E501  (the phrase table below is CJK text, wider than its character count)
"""Golden output of the blocks and detectors stages, to prove an optimisation changes nothing.

    python benchmarks/golden_stages.py               # write the snapshot (before a change)
    python benchmarks/golden_stages.py --check       # recompute and diff against it (after)
    python benchmarks/golden_stages.py --src /tmp/before/src   # snapshot of another tree,
                                                     # say `git worktree add /tmp/before HEAD`

Every bench page (``shared/bench/scrapinghub``, ``shared/bench/zh``) and every sample goes
through ``extract``'s path (decode -> parse -> html_blocks; ``.txt`` samples through
``text_blocks``), plus seeded random pages (``--fuzz``) that stress the tree walk's corner cases
(nested links, ``<br>`` inside inline elements, data tables, pinyin glosses, invisible marks).
The snapshot holds every ``Block`` field but ``markup`` and every detector verdict, in order.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The source tree under test: this checkout's, or another one given by --src (say, a copy of
# the last commit, to tell this change's effect apart from a colleague's parse.py edit).
_src = sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv[:-1] else str(REPO / "src")
sys.path.insert(0, _src)

from cleanarticle.blocks import Block, html_blocks, text_blocks  # noqa: E402
from cleanarticle.decode import decode, looks_binary  # noqa: E402
from cleanarticle.detectors import run_detectors  # noqa: E402
from cleanarticle.detectors.base import Context  # noqa: E402
from cleanarticle.options import Options  # noqa: E402
from cleanarticle.parse import parse  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
SNAPSHOT = Path("/tmp/cleanarticle-golden-stages.json")
OPTIONS = Options()
# Every field the detectors and scorer read; `markup` is for output only (and new since the
# snapshots this compares against), so it is left out.
FIELDS = [field.name for field in fields(Block) if field.name != "markup"]


def pages(fuzz: int) -> Iterator[tuple[str, str, bytes | str]]:
    """(name, mode, content): bench and sample pages, then the seeded random ones."""
    for path in sorted((BENCH / "scrapinghub" / "html").glob("*.html.gz")):
        yield f"scrapinghub/{path.name}", "html", gzip.decompress(path.read_bytes())
    for path in sorted((BENCH / "zh" / "html").iterdir()):
        yield f"zh/{path.name}", "html", path.read_bytes()
    for path in sorted((REPO / "samples").iterdir()):
        if path.suffix == ".html":
            yield f"samples/{path.name}", "html", path.read_bytes()
        elif path.suffix == ".txt":
            yield f"samples/{path.name}", "text", path.read_text(encoding="utf-8")
    rng = random.Random(20240601)
    for number in range(fuzz):
        yield f"fuzz/html-{number}", "html", _random_html(rng)
        yield f"fuzz/text-{number}", "text", _random_text(rng)


def blocks_of(mode: str, content: bytes | str) -> list[Block]:
    """The blocks ``extract``/``extract_text`` build (see pipeline.run_html / run_text)."""
    if mode == "text":
        assert isinstance(content, str)
        return text_blocks(content[: OPTIONS.max_input_bytes])
    html = content
    if isinstance(html, bytes):
        if looks_binary(html):
            return []
        html = decode(html[: OPTIONS.max_input_bytes], None)
    html = html[: OPTIONS.max_input_bytes]
    if looks_binary(html[:4096].encode("utf-8", "surrogatepass")):
        return []
    tree = parse(html, max_depth=OPTIONS.max_depth).tree
    return html_blocks(tree.body if tree.body is not None else tree.root)


def record(mode: str, content: bytes | str) -> dict[str, list]:
    blocks = blocks_of(mode, content)
    verdicts = run_detectors(blocks, Context(mode, OPTIONS))  # type: ignore[arg-type]
    return {
        "blocks": [[_plain(getattr(block, name)) for name in FIELDS] for block in blocks],
        "verdicts": [[v.index, v.detector, v.reason, _plain(v.span)] for v in verdicts],
    }


def _plain(value: object) -> object:
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if hasattr(value, "value"):  # Kind
        return value.value  # type: ignore[attr-defined]
    return value


def diff(name: str, old: dict[str, list], new: dict[str, list], limit: int = 3) -> list[str]:
    """Human-readable differences of one page (at most ``limit`` per section)."""
    lines: list[str] = []
    old_blocks, new_blocks = old["blocks"], new["blocks"]
    if len(old_blocks) != len(new_blocks):
        lines.append(f"{name}: {len(old_blocks)} blocks before, {len(new_blocks)} now")
    shown = 0
    for index, (before, after) in enumerate(zip(old_blocks, new_blocks)):
        if before != after and shown < limit:
            shown += 1
            for field, a, b in zip(FIELDS, before, after):
                if a != b:
                    lines.append(f"{name}: block {index}.{field}: {a!r} -> {b!r}")
    old_v, new_v = old["verdicts"], new["verdicts"]
    if old_v != new_v:
        gone = [v for v in old_v if v not in new_v][:limit]
        came = [v for v in new_v if v not in old_v][:limit]
        lines.append(f"{name}: verdicts differ ({len(old_v)} before, {len(new_v)} now)")
        lines += [f"  - {v}" for v in gone] + [f"  + {v}" for v in came]
        if not gone and not came:
            lines.append("  (same verdicts, different order)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="diff against the snapshot")
    parser.add_argument("--snapshot", type=Path, default=SNAPSHOT)
    parser.add_argument("--fuzz", type=int, default=1500, help="random pages of each mode")
    parser.add_argument("--src", help="source tree to import cleanarticle from (default: ./src)")
    args = parser.parse_args(argv)
    current = {name: record(mode, content) for name, mode, content in pages(args.fuzz)}
    if not args.check:
        args.snapshot.write_text(json.dumps(current, ensure_ascii=False), encoding="utf-8")
        blocks = sum(len(page["blocks"]) for page in current.values())
        verdicts = sum(len(page["verdicts"]) for page in current.values())
        print(f"wrote {args.snapshot}: {len(current)} pages, {blocks} blocks, {verdicts} verdicts")
        return 0
    golden = json.loads(args.snapshot.read_text(encoding="utf-8"))
    problems: list[str] = []
    for name in sorted(golden.keys() | current.keys()):
        if name not in current or name not in golden:
            problems.append(f"{name}: only in {'snapshot' if name in golden else 'this run'}")
            continue
        page_problems = diff(name, golden[name], current[name])
        problems += page_problems
    changed = len({line.split(":")[0] for line in problems if not line.startswith(" ")})
    print("\n".join(problems[:200]))
    print(f"checked {len(current)} pages: {changed} with differences")
    return 1 if problems else 0


# --- seeded random pages ---------------------------------------------------------------------

_WORDS = [
    "首页", "新闻", "网站", "联系我们", "Home", "News", "the", "quick", "brown", "fox", "。", ",",
    "网(wǎng)", "络(luò)", "的(de)", "A(b)", "\u200b", "\u00ad", "\n", "\n\n", "  ", "\t",
    "版权所有", "©2024", "ICP备12345678号", "当前位置:", ">", "|", "»", "分享到", "微信",
    "点击:123", "本帖最后由 abc 于 2024-1-2 12:00 编辑", "<b>", "&lt;p&gt;", "[url]", "回复",
    "日本語", "한국어", "Ünïcödé", "2189万", "·", "…", "!", "?", "“引号”", "（注）", "x" * 30,
    "综合色一区", "久久综合网", "色综合久久", "Share this", "Read more", "Copyright 2020",
]  # fmt: skip
# Phrases the detectors look for, so that random lines hit (and nearly hit) their rules.
_PHRASES = [
    "首页", "网站首页", "Home", "home > news", "当前位置:", "您的位置：", "You are here:", "上一篇:",
    "Next article", "简体", "繁體", "网站地图", "site map", "设为首页", "加入收藏", "进入适老版",
    "返回顶部", "skip to content", "字体:大 中 小", "登录", "注册", "log in", "Sign up", "搜索",
    "Search", "Menu", "[打印]", "【关闭】", "【 返回 】", "欢迎您，请登录", "请先登录后才可以",
    "版权所有", "版權所有", "©", "&copy;", "(c) 2021", "Copyright ©", "All rights reserved",
    "ICP备12345678号", "icp证", "京公网安备11010502030143号", "网站标识码", "备案编号：",
    "许可证编号：", "免责声明：", "【声明】", "注：", "本文转自", "转载请注明", "未经授权，不得",
    "不代表本站观点", "仅代表作者", "如有侵权", "the views expressed", "does not necessarily reflect",
    "may not be reproduced", "without prior written permission", "Privacy Policy", "Terms of Use",
    "cookie policy", "We use cookies", "contains affiliate", "违者必究", "무단전재", "Powered by X",
    "技术支持：", "地址：", "电话:", "传 真：", "邮编", "E-mail:", "Tel:", "主办单位：", "想爆料？",
    "新闻热线", "了解更多请搜索", "扫码关注", "扫一扫", "长按识别二维码", "关注我们", "分享到",
    "一键分享", "点击下载", "下载APP", "更多精彩", "阅读原文", "商务合作", "We're hiring",
    "share on", "Follow us", "subscribe", "Subscribe to our newsletter", "get the app", "click here",
    "continue reading", "newsletter", "inbox", "Advertisement", "广告", "Sponsored", "微信", "微博",
    "QQ空间", "Facebook", "Twitter", "WeChat", "公众号", "请关注", "拨打", "本帖最后由 admin 于",
    "2024-6-18 21:03", "编辑", "最后编辑于：2023-01-02", "last edited by bob on 5/6 10:00 am",
    "点击:", "阅读：1234", "浏览次数：56", "人气:88", "views: 1,234", "1,234 views", "12次浏览",
    "回复：3", "已被阅读 99 次", "共有 5 条评论", "10 shares", "评论(3)", "只看该作者", "楼主", "沙发",
    "#3", "2楼", "使用道具", "举报", "回复", "引用", "Reply", "Quote", "Like", "发表于", "发表評論",
    "网友评论", "评论区", "12 comments", "Leave a Reply", "Your email address will not be published",
    "签名:", "Processed in 0.05 seconds", "posted by bob at 10:30", "<span id=\"x\">", "</p>",
    "&lt;div&gt;", "[url=x]", "[/b]", "<!-- x -->", "List<String>", "a < b > c", "网站链接:",
    "友情链接", "Related links", "Tags:", "人社部", "工信部", "商务部", "|", "｜", "、", "，", "丨",
    "»", "›", "→", "/", " - ", "·", "•", "İ", "ſ", "K", "ß", "ＩＣＰ", "１２３", "٣",
]  # fmt: skip
_INLINE = ["span", "b", "i", "em", "strong", "font", "a", "a", "abbr", "small", "label", "u"]
_BLOCKS = [
    "div", "p", "section", "article", "nav", "header", "footer", "aside", "h1", "h2", "h4",
    "blockquote", "pre", "center", "main", "figure", "figcaption", "address", "details",
]  # fmt: skip
_HINTS = ["nav", "menu", "footer", "post body", "Related Links", "share", "breadcrumb", "x-y"]


def _random_text_run(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(1, 8)):
        word = rng.choice(_PHRASES if rng.random() < 0.5 else _WORDS)
        case = rng.random()
        word = word.upper() if case < 0.1 else word.lower() if case < 0.2 else word
        words.append(word + rng.choice(["", " ", ""]))
    return "".join(words)


def _attrs(rng: random.Random, tag: str) -> str:
    parts = []
    if tag == "a" and rng.random() < 0.8:
        parts.append(f'href="/{rng.randint(0, 99)}"')
    if rng.random() < 0.4:
        parts.append(f'class="{rng.choice(_HINTS)}"')
    if rng.random() < 0.2:
        parts.append(f'id="{rng.choice(_HINTS).replace(" ", "-")}"')
    return (" " + " ".join(parts)) if parts else ""


def _random_node(rng: random.Random, depth: int) -> str:
    roll = rng.random()
    if depth > 6 or roll < 0.35:
        return _random_text_run(rng)
    if roll < 0.42:
        return rng.choice(["<br>", "<br/>", "<hr>", "<img src=x>", "<!-- c -->", "<wbr>"])
    if roll < 0.5:
        return _random_list(rng, depth)
    if roll < 0.56:
        return _random_table(rng, depth)
    tag = rng.choice(_INLINE if roll < 0.78 else _BLOCKS)
    inner = "".join(_random_node(rng, depth + 1) for _ in range(rng.randint(0, 4)))
    return f"<{tag}{_attrs(rng, tag)}>{inner}</{tag}>"


def _random_list(rng: random.Random, depth: int) -> str:
    tag = rng.choice(["ul", "ol", "dl", "menu"])
    item = "dt" if tag == "dl" and rng.random() < 0.5 else ("dd" if tag == "dl" else "li")
    items = "".join(
        f"<{item}{_attrs(rng, item)}>{_random_node(rng, depth + 1)}</{item}>"
        for _ in range(rng.randint(0, 8))
    )
    return f"<{tag}{_attrs(rng, tag)}>{items}</{tag}>"


def _random_table(rng: random.Random, depth: int) -> str:
    rows = []
    for _ in range(rng.randint(0, 4)):
        cells = "".join(
            f"<{rng.choice(['td', 'th'])}>{_random_node(rng, depth + 2)}</td>"
            for _ in range(rng.randint(0, 4))
        )
        rows.append(f"<tr>{cells}</tr>")
    return f"<table{_attrs(rng, 'table')}>{''.join(rows)}</table>"


def _random_html(rng: random.Random) -> str:
    body = "".join(_random_node(rng, 0) for _ in range(rng.randint(1, 25)))
    head = "<html><head><title>t</title></head><body>" if rng.random() < 0.8 else ""
    return head + body


def _random_text(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 40)):
        indent = rng.choice(["", "", "  ", "    ", "\t", " "])
        bullet = rng.choice(["", "", "", "• ", "- ", "* ", "> ", "»", "-", "▪"])
        lines.append(indent + bullet + _random_text_run(rng))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
