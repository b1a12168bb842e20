"""Checking files in the worker pool (verify.pool).

A file is first tried in one task: scanned and checked in a worker, each item under its own CPU
cap; nothing but the results crosses to the parent, which therefore keeps up with many workers.
(Not when a progress bar is fed step by step.) If a cap or a failure stops that task, the file is
checked in batches: a worker splits it into items, the parent sends them back to workers in
batches with the file's state as opaque bytes, and turns an item whose worker a cap stopped into
`unverified` steps with the reason. A batch that a cap stops is checked again one item at a time
from the state it started with, so only the item that overran is lost (the definitions before it
are replayed); the rest of the file is checked. Several files are checked side by side, one task
in flight per file.
"""
from __future__ import annotations

import bisect
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from verify import pool
from verify.deadline import Timeout
from verify.tex.chains import Chain, ChainError
from verify.tex.check import run_batch
from verify.tex.items import ChainItem, ScanProblem, item_steps, items_of
from verify.tex.run_state import BatchReply
from verify.tex.extract import Directive, LineIndex
from verify.tex.limits import STEP_SECONDS
from verify.tex.results import UNVERIFIED, FileResult, StepResult, in_file_order

MAX_BYTES = 4 << 20         # input read per file (python -m verify --max-bytes)
BATCH_STEPS = 48            # steps sent to a worker at once: IPC and state pickling are paid per batch
SCAN_SECONDS = 30.0         # CPU time to split a file into items, plus 1 s per SCAN_BYTES_PER_SECOND
SCAN_BYTES_PER_SECOND = 10_000
WHOLE_FILES = True          # try each file in one task first (tests turn it off to exercise the batches)
WHOLE_FILE_BYTES_PER_SECOND = 100   # its wall-clock backstop: a stuck worker costs a retry in batches


@dataclass(frozen=True)
class LineWindow:
    """offset -> (line, column) for the part of the file a batch covers (the whole index would be
    pickled with every batch)."""
    first: int                   # 0-based number of the line starts[0] begins
    starts: tuple[int, ...]

    @classmethod
    def of(cls, index: LineIndex, low: int, high: int) -> "LineWindow":
        i = max(0, bisect.bisect_right(index.starts, low) - 1)
        j = bisect.bisect_right(index.starts, high)
        return cls(i, tuple(index.starts[i:j]))

    def __call__(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.first + i + 1, offset - self.starts[i] + 1


def _span(item) -> tuple[int, int] | None:
    item = item.chain if isinstance(item, ChainItem) else item
    if isinstance(item, Chain):
        return item.segments[0].start, max(s.end for s in item.segments)
    if isinstance(item, Directive):
        return item.offset, item.offset + len(item.arg)
    if isinstance(item, (ScanProblem, ChainError)):
        return item.offset, item.offset + len(item.text)
    return None


def batches(items, steps: int | None = None):
    """Consecutive items, about `steps` (default BATCH_STEPS) steps a batch."""
    steps = steps or BATCH_STEPS
    batch, weight = [], 0
    for item in items:
        batch.append(item)
        weight += item_steps(item)
        if weight >= steps:
            yield batch
            batch, weight = [], 0
    if batch:
        yield batch


def scan_items(text: str) -> tuple:
    """In a worker: the file's items (directives, region starts, chains with their tokens)."""
    return tuple(items_of(text, LineIndex(text)))


def check_whole(text: str, step_seconds: float) -> tuple[StepResult, ...]:
    """In a worker: the file scanned and checked in one task, each item under its own CPU cap (set by
    run_batch). The same results as its batches give: it is one batch from the start of the file."""
    index = LineIndex(text)
    return run_batch(None, tuple(items_of(text, index)), 0, index, step_seconds).results


def _reason(capped: pool.Capped, step_seconds: float) -> str:
    if capped.cap is pool.Cap.TIME:
        return f"time cap ({step_seconds:g} s a step) reached; worker replaced"
    if capped.cap is pool.Cap.MEMORY:
        return f"memory cap ({pool.memory_gb()} a worker) reached; worker replaced"
    return capped.reason


class _File:
    """One file's run in the parent: plain results, the worker state as bytes."""

    def __init__(self, name: str, text: str, step_seconds: float, progress=None):
        self.name, self.text, self.step_seconds, self.progress = name, text, step_seconds, progress
        self.index = LineIndex(text)
        self.items: list | None = None    # scanned by `run`, in a worker
        self.error = ""
        self.results: list[StepResult] = []
        self.state: bytes | None = None
        self.chain_no = 0
        self.lost = 0                 # chains lost since the last reply (numbering continues after them)

    def steps(self) -> int:
        return sum(item_steps(i) for i in self.items or ())

    def scan(self) -> None:
        seconds = SCAN_SECONDS + len(self.text) / SCAN_BYTES_PER_SECOND
        found = pool.call(scan_items, self.text, seconds=seconds)
        if isinstance(found, pool.Capped):
            why = f"{seconds:.0f} s of CPU time" if found.cap is pool.Cap.TIME else _reason(found, self.step_seconds)
            self.items, self.error = [], f"could not split {self.name} into steps ({why}): not checked"
        else:
            self.items = list(found)
        if self.progress is not None:
            with self.progress.get_lock():
                self.progress.total += self.steps()
                self.progress.refresh()

    def whole(self) -> tuple[StepResult, ...] | None:
        """The file in one task, or None when a cap or a failure stopped it (then it goes in batches)."""
        seconds = SCAN_SECONDS + len(self.text) / SCAN_BYTES_PER_SECOND
        try:
            found = pool.call(check_whole, self.text, self.step_seconds, seconds=seconds,
                              wall=pool.wall_seconds(SCAN_SECONDS + len(self.text) / WHOLE_FILE_BYTES_PER_SECOND))
        except (Exception, Timeout):     # the batches say which part failed, and check the rest
            return None
        return None if isinstance(found, pool.Capped) else found

    def run(self) -> FileResult:
        if self.items is None and self.progress is None and WHOLE_FILES:
            found = self.whole()
            if found is not None:
                return FileResult(self.name, in_file_order(found))
        if self.items is None:
            self.scan()
        if self.error:
            return FileResult(self.name, (), error=self.error)
        for batch in batches(self.items):
            reply = self.send(batch)
            if isinstance(reply, pool.Capped) and len(batch) > 1:
                for item in batch:           # again one at a time: only the item that overran is lost
                    self.settle([item], self.send([item]))
            else:
                self.settle(batch, reply)
            if self.progress is not None:
                self.progress.update(sum(item_steps(i) for i in batch))
        return FileResult(self.name, in_file_order(self.results))

    def send(self, batch):
        spans = [s for s in map(_span, batch) if s is not None]
        where = LineWindow.of(self.index, min(s[0] for s in spans), max(s[1] for s in spans)) if spans \
            else LineWindow(0, (0,))
        cpu = sum(item_steps(i) for i in batch) * self.step_seconds + len(batch)   # each item: its own cap + 1 s
        try:
            return pool.call(run_batch, self.state, tuple(batch), len(self.results), where, self.step_seconds,
                             self.lost, seconds=cpu)
        except (Exception, Timeout) as exc:   # a failure of the worker machinery: this batch is lost, not the file
            return pool.Capped(pool.Cap.DIED, f"could not check this part ({type(exc).__name__}: {exc})")

    def settle(self, batch, reply):
        if isinstance(reply, BatchReply):
            self.results.extend(reply.results)
            for i, result in reply.patched:
                self.results[i] = result
            self.state, self.chain_no, self.lost = reply.state, reply.chain_no, 0
            return
        reason = _reason(reply, self.step_seconds)
        for item in batch:
            self.results.extend(self.lost_steps(item, reason))

    def lost_steps(self, item, reason: str) -> list[StepResult]:
        """`unverified` steps with the reason for an item whose worker was stopped."""
        item = item.chain if isinstance(item, ChainItem) else item
        if isinstance(item, Chain):
            self.lost += 1
            chain = self.chain_no + self.lost
            segs, rels = item.segments, [r for r, _ in item.rels]
            pairs = [(segs[i], segs[i + 1], rels[i]) for i in range(len(rels))] or [(segs[0], None, "")]
            out = []
            for lhs, rhs, rel in pairs:
                line, col = self.index((rhs or lhs).start)
                out.append(StepResult(line, len(self.results) + len(out), lhs.text, rhs.text if rhs else "", rel,
                                      UNVERIFIED, reason, col, chain))
            return out
        if isinstance(item, Directive):
            line, col = self.index(item.offset)
            return [StepResult(line, len(self.results), f"%! {item.kind} {item.arg}", "", "%!", UNVERIFIED,
                               reason, col, self.chain_no + self.lost)]
        if isinstance(item, (ScanProblem, ChainError)):
            line, col = self.index(item.offset)
            return [StepResult(line, len(self.results), item.text, "", "", UNVERIFIED,
                               f"{item.message} (line {line}, column {col})", col, self.chain_no + self.lost)]
        return []


def read(path, max_bytes: int = MAX_BYTES) -> tuple[str | None, str]:
    """(text, "") or (None, the error): at most max_bytes are read, so /dev/zero ends."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return None, f"cannot read {path}: {exc.strerror or exc}"
    if len(data) > max_bytes:
        return None, f"{path} is larger than {max_bytes} bytes (raise the cap with --max-bytes)"
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError as exc:
        return None, f"cannot read {path}: not UTF-8 ({exc.reason} at byte {exc.start})"


def check_texts(named_texts, *, step_seconds: float = STEP_SECONDS, progress: bool = False) -> list[FileResult]:
    """Check (name, text) pairs in the pool; results in the same order."""
    files = [_File(name, text, step_seconds) for name, text in named_texts]
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(total=0, unit="step", delay=1.0, file=sys.stderr, leave=False)   # grows as files are scanned
        for f in files:
            f.progress = bar
    try:
        if len(files) <= 1:
            return [f.run() for f in files]
        with ThreadPoolExecutor(max_workers=min(len(files), pool.workers())) as threads:
            return list(threads.map(_File.run, files))
    finally:
        if bar is not None:
            bar.close()


def check_files(paths, *, step_seconds: float = STEP_SECONDS, max_bytes: int = MAX_BYTES,
                progress: bool = False) -> list[FileResult]:
    """Check files in the pool; an unreadable or too large file is a FileResult with the error."""
    texts, errors = {}, {}
    for i, path in enumerate(paths):
        text, error = read(path, max_bytes)
        if error:
            errors[i] = FileResult(str(path), (), error=error)
        else:
            texts[i] = (str(path), text)
    checked = dict(zip(texts, check_texts(list(texts.values()), step_seconds=step_seconds, progress=progress)))
    return [checked[i] if i in checked else errors[i] for i in range(len(paths))]
