"""Kill a batch run midway, resume it, and find every record exactly once, in order."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warc_factory import ARTICLE

SRC = Path(__file__).resolve().parents[2] / "src"


def write_dump(path: Path, count: int) -> list[str]:
    ids = [f"doc-{i}" for i in range(count)]
    with path.open("w", encoding="utf-8") as dump:
        for i, record_id in enumerate(ids):
            html = ARTICLE.replace("Budget", f"Budget {i}")
            dump.write(
                json.dumps({"id": record_id, "url": f"https://e.com/{i}", "html": html}) + "\n"
            )
    return ids


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "cleanarticle", *args]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def kill_when_partial(process: subprocess.Popen, partial: Path, min_bytes: int) -> list[int]:
    """SIGKILL the run once its output has `min_bytes`; returns its worker processes' pids."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if partial.exists() and partial.stat().st_size >= min_bytes:
            workers = python_children(process.pid)
            process.send_signal(signal.SIGKILL)
            process.wait()
            return workers
        time.sleep(0.01)
    pytest.fail("the run ended before it could be interrupted")


def python_children(pid: int) -> list[int]:
    """Worker processes of `pid`, from /proc: spawned children, or the children of its
    forkserver (multiprocessing's resource tracker and the forkserver itself aside)."""
    workers = []
    for child in _children(pid):
        command = _cmdline(child)
        if b"spawn_main" in command:
            workers.append(child)
        elif b"forkserver" in command:
            workers += _children(child)
    return workers


def _children(pid: int) -> list[int]:
    tasks = Path(f"/proc/{pid}/task")
    if not tasks.exists():
        return []
    return [int(c) for task in tasks.iterdir() for c in (task / "children").read_text().split()]


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def wait_until_gone(pids: list[int], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = [p for p in pids if _running(p)]
        if not alive:
            return
        time.sleep(0.1)
    pytest.fail(f"worker processes {alive} outlived their killed parent")


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL and /proc")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_killed_run_resumes_without_duplicates_or_gaps(tmp_path, jobs):
    ids = write_dump(tmp_path / "dump.jsonl", 600)
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    args = [str(tmp_path / "dump.jsonl"), "-o", str(out), "-j", jobs, "-q", "--chunk-size", "4"]
    process = subprocess.Popen(cli(*args), env=env(), stderr=subprocess.DEVNULL)
    workers = kill_when_partial(process, partial, min_bytes=20_000)
    assert len(workers) == (0 if jobs == "1" else 2)
    wait_until_gone(workers)  # orphaned workers notice and exit
    assert not out.exists() and partial.exists()
    done_before = partial.read_bytes().count(b"\n")
    assert 0 < done_before < len(ids)

    refused = subprocess.run(cli(*args), env=env(), capture_output=True, text=True)
    assert refused.returncode == 2 and "--resume" in refused.stderr

    loud = [arg for arg in args if arg != "-q"]
    resumed = subprocess.run(cli(*loud, "--resume"), env=env(), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert not partial.exists()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ids
    assert {r["status"] for r in records} == {"ok"}
    assert "done before the interruption" in resumed.stderr


def test_resume_after_a_torn_last_line(tmp_path):
    from cleanarticle.cli import main

    ids = write_dump(tmp_path / "dump.jsonl", 5)
    out = tmp_path / "out.jsonl"
    assert main([str(tmp_path / "dump.jsonl"), "-o", str(out), "-q"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    partial = tmp_path / "out.jsonl.partial"
    partial.write_text("".join(lines[:2]) + lines[2][:30], encoding="utf-8")  # killed mid-write
    out.unlink()
    assert main([str(tmp_path / "dump.jsonl"), "-o", str(out), "-q", "--resume"]) == 0
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ids


def test_resume_refuses_a_changed_input(tmp_path, capsys):
    from cleanarticle.cli import main

    write_dump(tmp_path / "dump.jsonl", 4)
    out = tmp_path / "out.jsonl"
    main([str(tmp_path / "dump.jsonl"), "-o", str(out), "-q"])
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "out.jsonl.partial").write_text("".join(lines[:2]), encoding="utf-8")
    out.unlink()
    write_dump(tmp_path / "dump.jsonl", 1)
    assert main([str(tmp_path / "dump.jsonl"), "-o", str(out), "-q", "--resume"]) == 2
    assert "changed" in capsys.readouterr().err


def test_output_dir_resume_skips_files_already_written(tmp_path):
    from cleanarticle.cli import main

    write_dump(tmp_path / "dump.jsonl", 4)
    out = tmp_path / "out"
    assert main([str(tmp_path / "dump.jsonl"), "--output-dir", str(out), "-q"]) == 0
    files = sorted(out.rglob("*.txt"))
    assert len(files) == 4
    files[1].unlink()
    files[3].write_text("kept", encoding="utf-8")
    assert main([str(tmp_path / "dump.jsonl"), "--output-dir", str(out), "-q", "--resume"]) == 0
    assert files[1].exists() and files[3].read_text() == "kept"
