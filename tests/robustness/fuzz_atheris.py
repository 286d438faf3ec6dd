"""Coverage-guided fuzzing of the robustness properties with atheris (libFuzzer).

    python tests/robustness/fuzz_atheris.py -runs=100000 [corpus_dir ...]

Not collected by pytest (no ``test_`` prefix); ``nox -s fuzz`` runs it when atheris installs.
Each input is split by a FuzzedDataProvider into a mode and a page, and goes through the same
checks as the hypothesis properties (``invariants.py``). A seed corpus of hostile pages is
written to a temporary directory when no corpus is given. Prints how many inputs it tried every
1000 inputs, and keeps the count in ``$FUZZ_ATHERIS_COUNT_FILE``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1] / "src")]

with atheris.instrument_imports(include=["cleanarticle"]):
    import cleanarticle  # noqa: F401  (instrumented for coverage feedback)

import hostile  # noqa: E402
from invariants import TRIED, check_any, check_html, check_text, write_count  # noqa: E402

_REPORT_EVERY = 1000
_COUNT_FILE = os.environ.get("FUZZ_ATHERIS_COUNT_FILE")


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    mode = provider.ConsumeIntInRange(0, 4)
    if mode == 0:
        check_html(provider.ConsumeBytes(provider.remaining_bytes()))
    elif mode == 1:
        check_html(provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes()))
    elif mode == 2:
        check_text(provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes()))
    elif mode == 3:
        check_any(provider.ConsumeUnicode(provider.remaining_bytes()))  # lone surrogates too
    else:
        check_any(provider.ConsumeBytes(provider.remaining_bytes()))
    _report()


def _report() -> None:
    """Kept current after every input: libFuzzer ends the process with exit(), no cleanup."""
    total = sum(TRIED.values())
    write_count(_COUNT_FILE)
    if total % _REPORT_EVERY == 0:
        print(f"atheris: {total} inputs tried ({dict(TRIED)})", flush=True)


def seed_corpus() -> str:
    """Small hostile pages to start from (mode byte 0: HTML bytes)."""
    folder = tempfile.mkdtemp(prefix="cleanarticle-fuzz-")
    seeds: list[bytes] = [
        hostile.deep_nesting(300).encode(),
        hostile.misnested(20).encode(),
        hostile.unclosed_mix(5).encode(),
        hostile.many_links(50).encode(),
        hostile.lying_charset(3),
        hostile.mixed_encodings(3),
        hostile.attribute_flood(300).encode(),
        hostile.entity_flood(200).encode(),
        hostile.comment_bomb(20).encode(),
        hostile.frameset_only().encode(),
        hostile.deep_tables(30).encode(),
    ]
    seeds += [
        path.read_bytes()[:20_000] for path in sorted((HERE.parents[1] / "samples").glob("*.htm*"))
    ]
    for index, seed in enumerate(seeds):
        (Path(folder) / f"seed{index}").write_bytes(b"\x00" + seed)
    return folder


def main() -> None:
    argv = list(sys.argv)
    if not any(not arg.startswith("-") for arg in argv[1:]):
        argv.append(seed_corpus())
    if not any(arg.startswith("-max_len=") for arg in argv):
        argv.append("-max_len=20000")
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
