"""Boilerplate detectors: small modules behind one interface (see ``base.Detector``).

Each detector looks at the whole block sequence (lists and runs matter, not only single lines)
and yields verdicts with a reason. They never change blocks; the pipeline applies the cuts.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanarticle.blocks import Block
from cleanarticle.detectors.base import Context, Detector, Verdict
from cleanarticle.detectors.captions import CaptionsDetector
from cleanarticle.detectors.forum_chrome import ForumChromeDetector
from cleanarticle.detectors.leaked_markup import LeakedMarkupDetector
from cleanarticle.detectors.legal import LegalDetector
from cleanarticle.detectors.link_farm import LinkFarmDetector
from cleanarticle.detectors.navigation import NavigationDetector
from cleanarticle.detectors.promo import PromoDetector
from cleanarticle.detectors.repeated_labels import RepeatedLabelsDetector
from cleanarticle.detectors.section_labels import SectionLabelsDetector
from cleanarticle.detectors.seo_spam import SeoSpamDetector

ALL_DETECTORS: tuple[Detector, ...] = (
    LeakedMarkupDetector(),
    SeoSpamDetector(),
    LinkFarmDetector(),
    NavigationDetector(),
    LegalDetector(),
    PromoDetector(),
    ForumChromeDetector(),
    CaptionsDetector(),
    SectionLabelsDetector(),
    RepeatedLabelsDetector(),
)
DETECTOR_NAMES: frozenset[str] = frozenset(detector.name for detector in ALL_DETECTORS)

__all__ = ["ALL_DETECTORS", "DETECTOR_NAMES", "Context", "Detector", "Verdict", "run_detectors"]


def run_detectors(blocks: Sequence[Block], context: Context) -> list[Verdict]:
    """All verdicts of the selected detectors, in detector order."""
    selected = context.options.detectors
    verdicts: list[Verdict] = []
    for detector in ALL_DETECTORS:
        if selected is None or detector.name in selected:
            verdicts.extend(detector.detect(blocks, context))
            context.deadline.check(f"detector {detector.name}")
    return verdicts
