"""``python -m tests.golden [--update | --select]``: see goldens.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldens import BENCH, difference, goldens, select, update


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.golden", description=__doc__)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--update", action="store_true", help="rewrite the expected outputs")
    group.add_argument("--select", action="store_true", help="redraw the bench pages, then update")
    parser.add_argument("--bench-dir", type=Path, default=BENCH)
    args = parser.parse_args()
    if args.select:  # the folders are rewritten whole: `git status` shows what the draw changed
        select(args.bench_dir)
        update()
        print(f"{len(goldens())} goldens drawn and written")
        return 0
    if args.update:
        changed = update()
        print(f"{len(changed)} of {len(goldens())} goldens changed: {' '.join(changed) or '-'}")
        return 0
    failed = [golden.name for golden in goldens() if difference(golden)]
    for name in failed:
        print(f"changed: {name}")
    print(f"{len(failed)} of {len(goldens())} goldens differ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
