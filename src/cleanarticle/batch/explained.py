"""What a run writes besides its records: visual reports and per-rule statistics of the cuts.

Workers build each record's report and count its cuts (``runner.Outcome``); the parent, which
sees the outcomes in input order, writes the reports and adds up the counts, so ``-j N`` gives
the same files as one worker.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cleanarticle.batch.records import Record
from cleanarticle.batch.runner import Outcome
from cleanarticle.batch.sinks import BatchError, Guard, OutputDirSink


class Reports:
    """``--report FILE`` (the run's one record) or ``--report-dir DIR`` (one file per record,
    named after its input, never outside the folder or over an input)."""

    def __init__(self, file: Path | None, folder: Path | None, guard: Guard) -> None:
        self._file = file
        self._folder = OutputDirSink(folder, ".html", False, guard) if folder else None
        self._written = 0

    def start(self) -> None:
        if self._folder is not None:
            self._folder.start()

    def write(self, record: Record, outcome: Outcome) -> str | None:
        """Write the record's report; a refusal (a name that escapes) is returned, not raised."""
        self._written += 1
        if self._file is not None:
            if self._written > 1:
                raise BatchError("--report takes one page; use --report-dir for several")
            _write_atomically(self._file, outcome.report)
        if self._folder is not None:
            self._folder.skip(record)  # queues the record's file name
            return self._folder.write(record, Outcome(outcome.status, None, outcome.report))
        return None


@dataclass
class RuleStats:
    """Cuts and cut characters per rule over a run (``--stats``)."""

    records: int = 0
    rules: dict[str, list[int]] = field(default_factory=dict)  # rule -> [cuts, characters]

    def add(self, outcome: Outcome) -> None:
        self.records += 1
        for rule, cuts, chars in outcome.cuts:
            entry = self.rules.setdefault(rule, [0, 0])
            entry[0] += cuts
            entry[1] += chars

    def as_dict(self) -> dict[str, object]:
        """Rules by characters cut, most first."""
        ordered = sorted(self.rules.items(), key=lambda item: (-item[1][1], item[0]))
        return {
            "records": self.records,
            "cuts": sum(cuts for cuts, _ in self.rules.values()),
            "characters": sum(chars for _, chars in self.rules.values()),
            "rules": {rule: {"cuts": cuts, "characters": chars} for rule, (cuts, chars) in ordered},
        }

    def write(self, path: Path) -> None:
        _write_atomically(path, json.dumps(self.as_dict(), ensure_ascii=False, indent=2))


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    os.replace(temporary, path)
