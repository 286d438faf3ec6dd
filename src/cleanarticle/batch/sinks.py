"""Where outcomes go: stdout, a JSONL file (temp file renamed when complete), or a folder.

A JSONL file is written as `NAME.partial` and renamed to NAME only when every record is in it,
so a complete-looking file is complete. Its lines are one per input record, in input order, so
an interrupted run resumes by counting the complete lines. A folder gets one file per record,
each written to a temporary name and renamed; resuming skips the files already there.
"""

from __future__ import annotations

import json
import os
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from cleanarticle.batch.records import Record
from cleanarticle.batch.runner import Outcome


class BatchError(Exception):
    """A run that must not start (or continue), with the reason in words."""


@dataclass
class Resumed:
    """What an interrupted run already wrote: `count` records, their statuses, the last id."""

    count: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    last_id: str | None = None
    complete: bool = False


class Sink(Protocol):
    def start(self) -> Resumed: ...

    def skip(self, record: Record) -> bool: ...

    def write(self, record: Record, outcome: Outcome) -> str | None: ...

    def finish(self) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Guard:
    """The inputs an output must never replace: files given by name, and the input folders."""

    files: frozenset[Path] = frozenset()
    folders: tuple[Path, ...] = ()

    def is_input(self, path: Path, outputs: Path | None = None) -> bool:
        resolved = path.resolve()
        if resolved in self.files:
            return True
        inside_outputs = outputs is not None and resolved.is_relative_to(outputs)
        return not inside_outputs and any(resolved.is_relative_to(f) for f in self.folders)


class StdoutSink:
    """Records on stdout; text and Markdown get a `==> id <==` header when there are many."""

    def __init__(self, stream: IO[str], headers: bool) -> None:
        self._stream = stream
        self._headers = headers
        self._first = True

    def start(self) -> Resumed:
        return Resumed()

    def skip(self, record: Record) -> bool:
        return False

    def write(self, record: Record, outcome: Outcome) -> str | None:
        if self._headers:
            self._stream.write(("" if self._first else "\n") + f"==> {record.id} <==\n")
        self._stream.write(outcome.output + "\n")
        self._first = False
        return None

    def finish(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        return None


class JsonlFileSink:
    def __init__(self, path: Path, resume: bool, guard: Guard) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self._resume = resume
        self._file: IO[str] | None = None
        for target in (self.path, self.partial):  # folder scans skip them; names must not
            if target.resolve() in guard.files:
                raise BatchError(f"refusing to overwrite the input file {target}")

    def start(self) -> Resumed:
        if self.partial.exists():
            if not self._resume:
                raise BatchError(
                    f"{self.partial} is left from an interrupted run: "
                    "pass --resume to continue it, or delete it"
                )
            resumed = scan_jsonl(self.partial, truncate=True)
            self._file = self.partial.open("a", encoding="utf-8")
            return resumed
        if self._resume and self.path.exists():
            resumed = scan_jsonl(self.path, truncate=False)
            resumed.complete = True
            return resumed
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = self.partial.open("w", encoding="utf-8")
        return Resumed()

    def skip(self, record: Record) -> bool:
        return False

    def write(self, record: Record, outcome: Outcome) -> str | None:
        assert self._file is not None
        self._file.write(outcome.output + "\n")
        return None

    def finish(self) -> None:
        assert self._file is not None
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self.partial, self.path)

    def close(self) -> None:
        if self._file is not None and not self._file.closed:
            self._file.close()  # the partial file stays for --resume


def scan_jsonl(path: Path, truncate: bool) -> Resumed:
    """Count the complete records; with `truncate`, cut a torn last line off the file."""
    resumed = Resumed()
    good_end = 0
    with path.open("rb") as lines:
        for line in lines:
            if not line.endswith(b"\n"):
                break
            try:
                value = json.loads(line)
            except ValueError:
                break
            resumed.count += 1
            resumed.statuses[str(value.get("status"))] += 1
            resumed.last_id = value.get("id")
            good_end += len(line)
    if truncate and good_end != path.stat().st_size:
        with path.open("r+b") as file:
            file.truncate(good_end)
    return resumed


class OutputDirSink:
    """One file per record under `root`, named after the input; never outside it, never over
    an input file."""

    def __init__(self, root: Path, extension: str, resume: bool, guard: Guard) -> None:
        self.root = root
        self._extension = extension
        self._resume = resume
        self._guard = guard
        self._resolved_root = root.resolve()
        self._used: set[str] = set()
        self._targets: deque[Path | str] = deque()

    def start(self) -> Resumed:
        if self.root.exists() and not self.root.is_dir():
            raise BatchError(f"--output-dir {self.root} exists and is not a folder")
        self.root.mkdir(parents=True, exist_ok=True)
        return Resumed()

    def skip(self, record: Record) -> bool:
        target = self._target(record)
        if self._resume and isinstance(target, Path) and target.exists():
            return True
        self._targets.append(target)
        return False

    def write(self, record: Record, outcome: Outcome) -> str | None:
        target = self._targets.popleft()
        if isinstance(target, str):
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_text(outcome.output + "\n", encoding="utf-8")
        os.replace(temporary, target)
        return None

    def finish(self) -> None:
        return None

    def close(self) -> None:
        return None

    def _target(self, record: Record) -> Path | str:
        """The record's file, or why it gets none (a name that escapes, an input file)."""
        name = self._unique(_safe_name(record.name or "record") + self._extension)
        target = self.root / name
        resolved = target.resolve()
        if not resolved.is_relative_to(self._resolved_root):
            return f"refusing to write {target}: outside the output folder"
        if resolved.exists() and self._guard.is_input(resolved, self._resolved_root):
            return f"refusing to overwrite the input file {target}"
        return target

    def _unique(self, name: str) -> str:
        candidate, number = name, 1
        while candidate in self._used:
            number += 1
            stem, dot, extension = name.rpartition(".")
            candidate = f"{stem}-{number}{dot}{extension}"
        self._used.add(candidate)
        return candidate


def _safe_name(name: str) -> str:
    """A relative path with no `..`, no root and no empty or hidden-dot parts."""
    parts = [part for part in name.replace("\\", "/").split("/") if part not in ("", ".", "..")]
    cleaned = [part.lstrip(".") or "_" for part in parts]
    return "/".join(cleaned) or "record"
