"""Benchmark cleanarticle against its peers; regenerates docs/benchmarks.md.

    python benchmarks/evaluate.py [--dataset scrapinghub|zh|all] [--tools a,b,c] [--worst N]
                                  [--no-speed] [--output docs/benchmarks.md] [--bench-dir DIR]

The repository's own src/ comes first on sys.path, so the working tree is what gets measured.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_REPO = _HERE.parent
# Run as a script, sys.path[0] is benchmarks/ itself: drop it, so that our module names
# (datasets, tools, metadata, ...) never shadow a package a peer imports.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path[:0] = [str(_REPO), str(_REPO / "src")]

from benchmarks.cli import main  # noqa: E402  (needs the path set above)

if __name__ == "__main__":
    sys.exit(main())
