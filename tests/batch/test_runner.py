import subprocess
import sys
import threading
from collections.abc import Iterator

from runner_helpers import crash_on_boom, fail_on_bad, slow_on_head
from warc_factory import ARTICLE

from cleanarticle.batch.records import Record
from cleanarticle.batch.runner import CRASHED, Chunking, Job, chunked, run


def records(count: int, crash_at: int | None = None) -> list[Record]:
    return [
        Record(id="boom" if i == crash_at else f"r{i}", data=ARTICLE.encode(), url=f"u{i}")
        for i in range(count)
    ]


def test_parallel_results_keep_input_order():
    pairs = list(run(records(20), Job(), workers=2, chunking=Chunking(records=3)))
    assert [record.id for record, _ in pairs] == [f"r{i}" for i in range(20)]
    assert {outcome.status for _, outcome in pairs} == {"ok"}
    assert all(f'"id": "{record.id}"' in outcome.output for record, outcome in pairs)


def test_a_record_that_kills_its_worker_is_the_only_error():
    pairs = list(
        run(
            records(12, crash_at=5),
            Job(),
            workers=2,
            chunking=Chunking(records=4),
            worker=crash_on_boom,
        )
    )
    assert [record.id for record, _ in pairs] == [r.id for r in records(12, crash_at=5)]
    statuses = {record.id: (outcome.status, outcome.error) for record, outcome in pairs}
    assert statuses.pop("boom") == ("error", CRASHED)
    assert {status for status, _ in statuses.values()} == {"ok"}


def test_a_worker_exception_costs_only_its_record():
    data = [Record(id="bad" if i == 2 else f"r{i}", data=ARTICLE.encode()) for i in range(6)]
    pairs = list(run(data, Job(), workers=2, chunking=Chunking(records=3), worker=fail_on_bad))
    statuses = [(record.id, outcome.status) for record, outcome in pairs]
    assert statuses == [(r.id, "error" if r.id == "bad" else "ok") for r in data]
    assert "worker bug" in pairs[2][1].error


def test_input_is_pulled_lazily_so_memory_stays_bounded():
    pulled = 0

    def source() -> Iterator[Record]:
        nonlocal pulled
        for record in records(200):
            pulled += 1
            yield record

    results = run(source(), Job(), workers=2, chunking=Chunking(records=2))
    next(results)
    assert pulled <= 2 * 2 * 2 + 2  # in-flight chunks x chunk size, plus the chunk being filled
    assert len(list(results)) == 199


def test_chunks_close_on_count_or_bytes():
    big = [Record(id=str(i), data=b"x" * 600) for i in range(5)]
    assert [len(c) for c in chunked(big, Chunking(records=2, max_bytes=10_000))] == [2, 2, 1]
    assert [len(c) for c in chunked(big, Chunking(records=10, max_bytes=1000))] == [2, 2, 1]


def test_first_chunks_spread_over_the_workers():
    """One record per worker, then two each, four each, up to the chunk size: a short run uses
    every worker, and a slow page at the start holds few pages queued behind it."""
    data = [Record(id=str(i), data=b"x") for i in range(20)]
    assert [len(c) for c in chunked(data, Chunking(records=4), ramp=2)] == [1, 1, 2, 2, 4, 4, 4, 2]
    assert [len(c) for c in chunked(data, Chunking(records=4))] == [4] * 5
    big = [Record(id=str(i), data=b"x" * 600) for i in range(6)]
    assert [len(c) for c in chunked(big, Chunking(records=8, max_bytes=1000), ramp=1)] == [
        1, 2, 2, 1
    ]  # fmt: skip


def test_the_batch_parent_does_not_import_the_pipeline():
    """The CLI's parent reads and writes records; with workers it never cleans one, so it does
    not pay for importing the pipeline (the forkserver imports it once for every worker)."""
    code = "import sys, cleanarticle.cli; print('cleanarticle.pipeline' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_slow_record_at_the_head_does_not_stall_the_run():
    """Regression: while the record at the head of the output was slow, the other worker
    finished every record pulled behind it; once the head came back, the last of its chunk,
    they were all yielded at once and the supervisor then waited for a message from workers
    that had nothing to do, forever."""
    data = [Record(id="head" if i == 1 else f"r{i}", data=ARTICLE.encode()) for i in range(40)]
    ids: list[str] = []

    def consume() -> None:
        pairs = run(data, Job(), workers=2, chunking=Chunking(records=2), worker=slow_on_head)
        ids.extend(record.id for record, _ in pairs)

    thread = threading.Thread(target=consume, daemon=True)
    thread.start()
    thread.join(60)
    assert ids == [record.id for record in data]
