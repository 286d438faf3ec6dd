"""Explicit extraction settings: one immutable object per call, never a global."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

Favor = Literal["balanced", "precision", "recall"]

_FAVORS = ("balanced", "precision", "recall")


@dataclass(frozen=True)
class Options:
    """Knobs a caller may turn; defaults suit news and government pages in any language.

    favor: "precision" drops borderline blocks, "recall" keeps them.
    detectors: names of the detectors to run (None runs all of them; see
        ``cleanarticle.detectors.DETECTOR_NAMES``).
    include_tables / include_lists: keep table rows and list items found inside the article.
    min_body_length: below this many length units (CJK characters or words) the scorer widens
        its selection instead of returning a stub.
    max_input_bytes: larger pages are truncated before parsing, so memory and time stay bounded.
    max_depth: elements nested deeper are flattened before parsing (Lexbor is quadratic there).
    time_limit: seconds one document may take (None: no limit); past it the result is an empty
        Article whose ``removed`` says so (detector "time_limit"). Cooperative: checked between
        stages and inside their long loops, so it cannot interrupt one long call (a regex that
        backtracks, the parser on a huge page); for a hard limit, clean in a process that can
        be killed, as the batch tool does (see README).
    include_links: keep links as marks on the paragraphs (``[text](url)`` in Markdown), their
        URLs made absolute against the page's ``<base>`` or URL.
    include_images: keep images (``![alt](src)``), lazy-loading sources (``data-src``,
        ``srcset``) included.
    include_comments: fill ``Article.comments`` with the page's comment section; the body never
        holds it either way.
    """

    favor: Favor = "balanced"
    detectors: tuple[str, ...] | None = None
    include_tables: bool = True
    include_lists: bool = True
    min_body_length: int = 25
    max_input_bytes: int = 20_000_000
    max_depth: int = 256
    time_limit: float | None = None
    include_links: bool = False
    include_images: bool = False
    include_comments: bool = False

    def __post_init__(self) -> None:
        limit = self.time_limit
        if limit is not None:
            if not isinstance(limit, (int, float)) or isinstance(limit, bool):
                raise TypeError(f"Options.time_limit must be a number or None, got {limit!r}")
            if not limit > 0:
                raise ValueError(f"Options.time_limit must be > 0 seconds, got {limit!r}")
        if self.favor not in _FAVORS:
            raise ValueError(f"Options.favor must be one of {_FAVORS}, got {self.favor!r}")
        if self.detectors is not None:
            if isinstance(self.detectors, str) or not all(
                isinstance(name, str) for name in self.detectors
            ):
                raise TypeError("Options.detectors must be a tuple of detector names or None")
            object.__setattr__(self, "detectors", tuple(self.detectors))
            _check_detector_names(self.detectors)
        for field in fields(self):
            value = getattr(self, field.name)
            if field.type == "bool" and not isinstance(value, bool):
                raise TypeError(f"Options.{field.name} must be a bool, got {type(value).__name__}")
            if field.type == "int":
                if not isinstance(value, int) or isinstance(value, bool):
                    raise TypeError(
                        f"Options.{field.name} must be an int, got {type(value).__name__}"
                    )
                if value < 0:
                    raise ValueError(f"Options.{field.name} must be >= 0, got {value}")


def _check_detector_names(names: tuple[str, ...]) -> None:
    from cleanarticle.detectors import DETECTOR_NAMES

    unknown = [name for name in names if name not in DETECTOR_NAMES]
    if unknown:
        raise ValueError(
            f"Options.detectors: unknown detector(s) {unknown}; known: {sorted(DETECTOR_NAMES)}"
        )
