"""The one interface every detector shares (its types live in cleanarticle.types)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from cleanarticle.blocks import Block
from cleanarticle.types import Context, Mode, Verdict

__all__ = ["Context", "Detector", "Mode", "Verdict"]


class Detector(Protocol):
    name: str

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterable[Verdict]:
        """Yield a verdict for each block (or span) that is boilerplate, with a short reason."""
        ...
