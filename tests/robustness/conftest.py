"""Prints how many inputs the robustness properties tried (the fuzz session's count)."""

from __future__ import annotations

import os

import pytest
from invariants import TRIED, write_count


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TRIED:
        counts = ", ".join(f"{kind} {count}" for kind, count in sorted(TRIED.items()))
        terminalreporter.write_line(
            f"robustness properties: {sum(TRIED.values())} inputs tried ({counts})"
        )
        write_count(os.environ.get("FUZZ_COUNT_FILE"))
