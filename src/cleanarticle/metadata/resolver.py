"""The resolver: for each field, the best-ranked candidate that validates, and its provenance.

Candidates are tried in rank order (``ranks``), page order within a rank. A declared value is
parsed (dates) or cleaned and checked (names) first, and skipped when that fails; a visible
line's value was read by the line rules already. Each chosen value comes with a ``Choice``
saying which source and evidence gave it; a fallback (a date taken from an edit stamp) says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from cleanarticle.metadata.authors import (
    HANDLE,
    clean_byline,
    declared_author_problem,
    is_placeholder,
    looks_like_outlet,
)
from cleanarticle.metadata.candidates import Candidate
from cleanarticle.metadata.dates import same_day
from cleanarticle.metadata.ranks import rank
from cleanarticle.textstats import sentence_marks

_DECLARED_AUTHOR = frozenset({"json-ld", "meta", "microdata", "rel author"})
_MAX_SOURCE = 40
_NEAR_BYLINE = 2  # blocks between bylines of one group ("本报实习生 A B" / "本报记者 C D")
_URLISH = re.compile(r"://|www\.|@|\.(?:com|net|org|cn|de|fr|uk)\b", re.IGNORECASE)
_SENTENCE = re.compile("[" + re.escape(sentence_marks(ellipsis=False)) + r";:；：|<>{}\[\]\d]")
_DESK = re.compile(r"\b(?:team|staff|desk|editors|editorial|newsroom|redaktion|rédaction)\b", re.I)
_MAX_WORDS = 5
# Wire agencies by their short names, which no byline rule takes for a name ("AP" is a role).
_AGENCY = re.compile(r"ap|dpa|sda|apa|afp|ansa|efe|kyodo|aap|anp|epa|pti|ians|tass|ria|kna", re.I)
_NOT_WORD = re.compile(r"[\W_]+")
_FALLBACKS = frozenset({"update stamp", "declared update", "edit stamp", "url", "author link"})


@dataclass(frozen=True, slots=True)
class Choice:
    """Where a field's value came from: the source's name and the evidence on the page."""

    source: str
    evidence: str

    def describe(self) -> str:
        note = " (fallback)" if self.source in _FALLBACKS else ""
        return f"{self.source}{note}: {self.evidence}"


def _ordered(candidates: Iterable[Candidate], field: str) -> list[Candidate]:
    return sorted((item for item in candidates if item.field == field), key=Candidate.key)


def resolve_date(
    candidates: Sequence[Candidate], field: str, parse: Callable[[str], str | None]
) -> tuple[str | None, Choice | None]:
    """The first candidate, best rank first, whose value is a date."""
    for candidate in _ordered(candidates, field):
        iso = candidate.value if candidate.index >= 0 else parse(candidate.value)
        if iso:
            if field == "date" and len(iso) == 10:
                iso = _more_precise(iso, candidates)
            return iso, Choice(candidate.source, candidate.evidence)
    return None, None


def _more_precise(date: str, candidates: Sequence[Candidate]) -> str:
    """A visible dateline of the same day that also gives the time."""
    reach = rank("date", "short line top")
    lines = [item for item in candidates if item.field == "date" and item.index >= 0]
    for found in sorted(lines, key=Candidate.key):
        if found.precision == 4 and found.rank <= reach and same_day(found.value, date):
            return found.value
    return date


def site_keys(names: Iterable[str]) -> frozenset[str]:
    """The site's and publisher's own names, folded: what no author may be called."""
    return frozenset(_fold(name) for name in names if name and _fold(name))


def _is_site(name: str, keys: frozenset[str]) -> bool:
    return _fold(name) in keys


def _fold(text: str) -> str:
    return _NOT_WORD.sub("", text.casefold())


def resolve_authors(
    candidates: Sequence[Candidate],
    not_names: frozenset[str],
    *,
    no_author: bool = False,
    archive: Callable[[], list[str]] | None = None,
) -> tuple[list[str], Choice | None]:
    """The authors: a declaration that validates, else the best byline group, else an archive.

    ``not_names`` (from ``site_keys``) are the site's and publisher's names: never an author.
    Declared values are also checked for what a CMS puts there (``declared_author_problem``).
    ``no_author`` is the page saying so ("作者:" with nothing after it): weak evidence (a lone
    name, a leftover on a metadata line, an archive link) is then ignored.
    """

    def accept(names: Iterable[str]) -> list[str]:
        return [name for name in names if not _is_site(name, not_names)]

    ordered = _ordered(candidates, "author")
    bylines = [item for item in ordered if item.index >= 0 and item.rank < _weak_line()]
    declared = [
        item for item in ordered
        if item.source in _DECLARED_AUTHOR and declared_author_problem(item.value) is None
        # an account name declared while a visible byline names someone: the CMS login
        and not (bylines and HANDLE.fullmatch(item.value.strip()))
    ]  # fmt: skip
    for candidate in declared:
        if _is_site(candidate.value, not_names):
            continue  # the publisher again ("author" = "中文学术期刊,汉斯出版社")
        names = accept(
            name for name in clean_byline(candidate.value, "label")
            if declared_author_problem(name) is None
        )  # fmt: skip
        if not names and _agency(candidate.value, not_names):
            names = [candidate.value.strip()]
        if names:
            if candidate.source == "json-ld":  # co-authors are further JSON-LD entries
                for other in declared:
                    if other.source == "json-ld" and other is not candidate:
                        more = accept(clean_byline(other.value, "label"))  # checked above
                        agency = not more and _agency(other.value, not_names)
                        names += [other.value.strip()] if agency else more
            return _unique(names), Choice(candidate.source, candidate.evidence)
    lines = [item for item in ordered if item.index >= 0 and accept(item.names)]
    if no_author:
        lines = [item for item in lines if item.rank < _weak_line()]
    if not lines:
        if archive is None or no_author:
            return [], None
        names = accept(archive())
        return names, (Choice("author link", "link to an author archive") if names else None)
    best = lines[0]
    group = [best]
    for found in sorted(lines, key=lambda item: item.order):
        near = any(abs(found.index - member.index) <= _NEAR_BYLINE for member in group)
        if found.rank == best.rank and near and found not in group:
            group.append(found)
    group.sort(key=lambda item: item.index)
    names = _unique(name for found in group for name in accept(found.names))
    return names, Choice(best.source, best.evidence)


def _agency(value: str, not_names: frozenset[str]) -> bool:
    """A declared author that a byline would not pass but is still a credit, as written: another
    outlet (a wire agency, "Associated Press"), or a desk ("Camphouse Team", "Guardian staff
    reporter"). Never this site, a URL, a placeholder or a sentence."""
    value = value.strip()
    if not value or len(value) > _MAX_SOURCE or is_placeholder(value) or _is_site(value, not_names):
        return False
    if _URLISH.search(value) or _SENTENCE.search(value) or len(value.split()) > _MAX_WORDS:
        return False
    return looks_like_outlet(value) or bool(_DESK.search(value) or _AGENCY.fullmatch(value))


def _weak_line() -> int:
    """Line sources from here on are weak: a lone name, a leftover, an archive link."""
    return rank("author", "standalone line")


def resolve_editors(candidates: Sequence[Candidate]) -> tuple[list[str], Choice | None]:
    ordered = _ordered(candidates, "editor")
    names = _unique(name for item in ordered for name in item.names)
    return names, (Choice(ordered[0].source, ordered[0].evidence) if names else None)


def resolve_source(candidates: Sequence[Candidate]) -> tuple[str | None, Choice | None]:
    """The outlet: the best-ranked value short enough, not a URL nor a placeholder."""
    strict = {rank("source", "outlet line"), rank("source", "residual line")}
    for candidate in _ordered(candidates, "source"):
        value = candidate.value.strip()
        if _good_source(value, strict=candidate.rank in strict):
            return value, Choice(candidate.source, candidate.evidence)
    return None, None


def _good_source(value: str, *, strict: bool) -> bool:
    if not value or len(value) > _MAX_SOURCE or is_placeholder(value) or "://" in value:
        return False
    return looks_like_outlet(value) if strict else True


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))
