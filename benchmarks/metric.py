"""The ScrapingHub article-body metric (shingle precision/recall), with CJK-aware tokens.

Exactly the metric of /work/shared/bench/README.md (ScrapingHub's article-extraction-benchmark):
4-token shingles counted with multiplicity, per-page tp/fp/fn normalised to sum 1, dataset
precision and recall are means of page scores, F1 from those means, accuracy is the share of
pages whose token lists are identical, and ± is the standard deviation of F1 over bootstrap
resamples of the pages (fixed seed, so a run is reproducible).
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

SHINGLE_SIZE = 4
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 20200101

# Characters that are a token each: CJK ideographs (with extensions and compatibility forms),
# ideographic iteration/number marks, kana and hangul.
_CJK_CHARS = (
    "\u1100-\u11ff"  # hangul jamo
    "\u3005-\u3007"  # 々 〆 〇
    "\u3021-\u3029"  # hangzhou numerals
    "\u3031-\u3035"  # vertical kana repeat marks
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3130-\u318f"  # hangul compatibility jamo
    "\u31f0-\u31ff"  # katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\ua960-\ua97f"  # hangul jamo extended-A
    "\uac00-\ud7ff"  # hangul syllables, jamo extended-B
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9f"  # half-width katakana
    "\U00020000-\U0003ffff"  # CJK extensions B-H, compatibility supplement
)
_CJK_TOKEN_RE = re.compile(rf"[{_CJK_CHARS}]|[^\W{_CJK_CHARS}]+")
_WORD_TOKEN_RE = re.compile(r"\w+")


def tokenize(text: str | None, cjk: bool = True) -> list[str]:
    """Tokens of `text`: `\\w+` runs, and (with `cjk`) each CJK/kana/hangul char on its own."""
    pattern = _CJK_TOKEN_RE if cjk else _WORD_TOKEN_RE
    return pattern.findall(text or "")


def shingles(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Every run of `size` consecutive tokens, with multiplicity (a short text gives one)."""
    if not tokens:
        return Counter()
    count = max(1, len(tokens) - size + 1)
    return Counter(tuple(tokens[i : i + size]) for i in range(count))


@dataclass(frozen=True)
class PageScore:
    """Normalised shingle counts of one page (tp + fp + fn == 1 unless all are 0)."""

    tp: float
    fp: float
    fn: float
    exact: bool  # token lists identical

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)


def harmonic_mean(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total > 0 else 0.0


def score_page(true: str | None, pred: str | None, cjk: bool = True) -> PageScore:
    """Compare one predicted body with its true body."""
    true_tokens = tokenize(true, cjk)
    pred_tokens = tokenize(pred, cjk)
    true_shingles = shingles(true_tokens)
    pred_shingles = shingles(pred_tokens)
    tp = sum((true_shingles & pred_shingles).values())
    fp = sum((pred_shingles - true_shingles).values())
    fn = sum((true_shingles - pred_shingles).values())
    total = tp + fp + fn
    if total > 0:
        return PageScore(tp / total, fp / total, fn / total, true_tokens == pred_tokens)
    return PageScore(0.0, 0.0, 0.0, true_tokens == pred_tokens)


@dataclass(frozen=True)
class DatasetScore:
    precision: float
    recall: float
    f1: float
    f1_std: float
    accuracy: float
    pages: int


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def precision_recall_f1(pages: Sequence[PageScore]) -> tuple[float, float, float]:
    """Dataset precision/recall (means over the pages where each is defined) and their F1."""
    precision = _mean([p.precision for p in pages if p.tp + p.fp > 0])
    recall = _mean([p.recall for p in pages if p.tp + p.fn > 0])
    return precision, recall, harmonic_mean(precision, recall)


def bootstrap_f1_std(
    pages: Sequence[PageScore],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> float:
    """Standard deviation of the dataset F1 over bootstrap resamples of the pages."""
    if len(pages) < 2 or resamples < 2:
        return 0.0
    rng = random.Random(seed)
    values = [precision_recall_f1(rng.choices(pages, k=len(pages)))[2] for _ in range(resamples)]
    return statistics.stdev(values)


def summarize(pages: Sequence[PageScore], resamples: int = BOOTSTRAP_RESAMPLES) -> DatasetScore:
    precision, recall, f1 = precision_recall_f1(pages)
    accuracy = _mean([1.0 if p.exact else 0.0 for p in pages])
    std = bootstrap_f1_std(pages, resamples)
    return DatasetScore(precision, recall, f1, std, accuracy, len(pages))
