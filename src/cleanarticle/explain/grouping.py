"""``--explain``: the cuts grouped by rule, each group a count and its first examples.

One line per cut buries the story: a page with 119 link-farm lines shows 119 identical lines.
Grouped, a user sees what went and how much (the rules that cut most characters first), with
a few examples and where they were; ``verbose`` lists every cut.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cleanarticle.article import Removal

EXAMPLES = 3  # cuts shown per rule unless verbose
_CLIP = 80


@dataclass(frozen=True)
class Group:
    """Every cut of one rule, in page order."""

    rule: str
    cuts: tuple[Removal, ...]

    @property
    def chars(self) -> int:
        return sum(len(cut.text) for cut in self.cuts)

    @property
    def detectors(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(cut.detector for cut in self.cuts))


def group(removed: Iterable[Removal]) -> list[Group]:
    """Groups by rule: most characters cut first, then in order of first appearance."""
    by_rule: dict[str, list[Removal]] = {}
    for cut in removed:
        by_rule.setdefault(cut.rule or cut.detector, []).append(cut)
    groups = [Group(rule, tuple(cuts)) for rule, cuts in by_rule.items()]
    return sorted(groups, key=lambda g: -g.chars)  # stable: ties keep first appearance


def explain(removed: Sequence[Removal], verbose: bool = False) -> str:
    """The grouped report: notes about the page first, then one block per rule."""
    notes = [cut for cut in removed if cut.index < 0 and not cut.text]
    cuts = [cut for cut in removed if not (cut.index < 0 and not cut.text)]
    total = sum(len(cut.text) for cut in cuts)
    lines = [f"--- removed: {len(cuts)} cuts, {total} characters ---"]
    lines += [f"[{note.rule or note.detector}] {note.reason}" for note in notes]
    for found in group(cuts):
        lines += _group_lines(found, verbose)
    return "\n".join(lines)


def _group_lines(found: Group, verbose: bool) -> list[str]:
    first = found.cuts[0]
    count = len(found.cuts)
    noun = "cut" if count == 1 else "cuts"
    lines = [f"{found.rule} ({'/'.join(found.detectors)}): {count} {noun}, {found.chars} chars"]
    shown = found.cuts if verbose else found.cuts[:EXAMPLES]
    for cut in shown:
        reason = cut.reason if cut is first or cut.reason != first.reason else ""
        lines.append("    " + _example(cut, reason))
    if len(shown) < count:
        lines.append(f"    … {count - len(shown)} more (-v lists every cut)")
    return lines


def _example(cut: Removal, reason: str) -> str:
    where = cut.path or (f"block {cut.index}" if cut.index >= 0 else "")
    if cut.span is not None:
        where += f" [{cut.span[0]}:{cut.span[1]}]"
    also = ", ".join(f"{flag.detector}: {flag.rule}" for flag in cut.also)
    parts = [repr(_clip(cut.text))]
    if reason:
        parts.append(f"— {reason}")
    if where:
        parts.append(f"at {where}")
    if also:
        parts.append(f"(also {also})")
    return " ".join(parts)


def _clip(text: str) -> str:
    return text if len(text) <= _CLIP else text[: _CLIP - 1] + "…"
