"""Check a class of submissions on a pool of worker processes, keeping each result for `--resume`.

One file is one task. A file that crashes its worker, raises, or runs past `file_seconds`
becomes a row with the reason; the pool replaces the worker and the batch goes on.
`executor()` is the one place that knows which pool runs the tasks.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import multiprocessing
import os
import resource
import tempfile
import time
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from verify.tex.batch import Submission
from verify.tex.limits import STEP_SECONDS
from verify.tex.results import FileResult, StepResult

FILE_SECONDS = 600.0
STATE_DIR = ".derivkit"          # inside out/: the results kept for --resume, the LaTeX work files


@dataclass(frozen=True)
class Checked:
    """One submission, checked (or not, with the reason)."""
    submission: Submission
    result: FileResult
    texts: tuple[str, ...] = ()      # each step in readable Unicode
    problems: tuple[str, ...] = ()   # each step's problem ("" for none)
    seconds: float = 0.0             # wall time of the check in its worker
    error: str = ""                  # why there are no steps: unreadable, rejected, crashed, timed out
    cached: bool = False             # taken from an earlier run (--resume)
    worker_peak_mb: float = 0.0      # the worker's peak resident memory so far (for the benchmark)
    cpu_seconds: float = 0.0         # CPU time of the check (the benchmark's load-independent figure)

    @property
    def path(self) -> str:
        return self.submission.path


def check_one(sub: Submission, step_seconds: float = STEP_SECONDS) -> Checked:
    """The task a worker runs: the checker's public entry point, then what the outputs need."""
    from verify.tex import check_file
    from verify.tex.problems import problems_of

    t0, cpu0 = time.perf_counter(), time.process_time()
    result = check_file(sub.path, step_seconds=step_seconds)
    seconds = time.perf_counter() - t0
    try:
        problems = problems_of(Path(sub.path).read_text(encoding="utf-8"))
        where = tuple(problems.at(s.line) for s in result.steps)
    except (OSError, UnicodeDecodeError):
        where = ("",) * len(result.steps)
    texts = tuple(s.text for s in result.steps)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return Checked(sub, result, texts, where, seconds, result.error, worker_peak_mb=peak,
                   cpu_seconds=time.process_time() - cpu0)


def not_checked(sub: Submission, why: str, seconds: float = 0.0) -> Checked:
    return Checked(sub, FileResult(sub.path, (), error=why), seconds=seconds, error=why)


def _warm():
    """Worker start-up: import SymPy and the checker once, not in the first task."""
    import verify.tex.check  # noqa: F401


def executor(jobs: int):
    """The pool. pebble's ProcessPool kills a task at its timeout and replaces the worker.
    Workers come from a forkserver: never a fork of this process and its threads (tqdm's, the
    LaTeX builds'). Nothing is preloaded there: Python 3.11's forkserver imports preloads before
    it takes the parent's sys.path, so it could load another copy of verify; each worker imports
    SymPy once in `_warm` instead (about a second, paid again only when a worker is replaced)."""
    from pebble import ProcessPool
    return ProcessPool(max_workers=jobs, initializer=_warm, context=multiprocessing.get_context("forkserver"))


def run(subs: Iterable[Submission], *, jobs: int, step_seconds: float = STEP_SECONDS,
        file_seconds: float = FILE_SECONDS, submit: Callable | None = None) -> Iterator[Checked]:
    """Checked submissions in the order they finish. `submit(pool, sub)` is for tests."""
    subs = list(subs)
    if not subs:
        return
    pool = executor(jobs)
    try:
        futures = {}
        for sub in subs:
            future = submit(pool, sub) if submit else \
                pool.schedule(check_one, args=(sub, step_seconds), timeout=file_seconds)
            futures[future] = (sub, time.perf_counter())
        yield from _collect(futures, file_seconds)
    except BaseException:          # Ctrl-C, or the caller stopped early: do not wait for the rest
        pool.stop()
        pool.join()
        raise
    pool.close()
    pool.join()


def _collect(futures: dict, file_seconds: float) -> Iterator[Checked]:
    for future in as_completed(futures):
        sub, started = futures[future]
        try:
            yield future.result()
        except FutureTimeout:
            yield not_checked(sub, f"stopped after {file_seconds:g} s for the whole file (--file-seconds)",
                              file_seconds)
        except Exception as exc:  # a crashed worker (pebble's ProcessExpired) or a raised error
            what = f"exit code {exc.exitcode}" if hasattr(exc, "exitcode") else f"{type(exc).__name__}: {exc}"
            yield not_checked(sub, f"the check crashed ({what}); the other files were checked",
                              time.perf_counter() - started)


# ---- kept results (--resume)
def checker_fingerprint(step_seconds: float) -> str:
    """What a kept result depends on besides the file: the checker's code and its settings."""
    from report.provenance import project_version, source_files
    h = hashlib.sha256(f"{project_version()} {step_seconds!r}".encode())
    for f in source_files("verify"):
        h.update(f.read_bytes())
    return h.hexdigest()


class Store:
    """out/.derivkit/results/<key>.json, one per checked file, written as each one finishes."""

    def __init__(self, out: Path, fingerprint: str):
        self.folder = out / STATE_DIR / "results"
        self.fingerprint = fingerprint

    def key(self, sub: Submission) -> str:
        return hashlib.sha256(f"{self.fingerprint} {sub.sha256}".encode()).hexdigest()[:32]

    def load(self, sub: Submission) -> Checked | None:
        try:
            data = json.loads((self.folder / f"{self.key(sub)}.json").read_text(encoding="utf-8"))
            steps = tuple(StepResult(**s) for s in data["steps"])
        except (OSError, ValueError, KeyError, TypeError):
            return None       # none kept, or unreadable: check again
        result = FileResult(sub.path, steps, error=data["error"])
        return Checked(sub, result, tuple(data["texts"]), tuple(data["problems"]), data["seconds"],
                       data["error"], cached=True)

    def save(self, checked: Checked) -> None:
        if not checked.submission.sha256 or checked.error and not checked.result.error:
            return            # a crash or a timeout may not repeat: not kept
        data = {"steps": [_step_json(s) for s in checked.result.steps], "texts": list(checked.texts),
                "problems": list(checked.problems), "seconds": checked.seconds, "error": checked.error}
        write_atomic(self.folder / f"{self.key(checked.submission)}.json", json.dumps(data, ensure_ascii=False))


def _step_json(step: StepResult) -> dict:
    return {k: (str(v) if k == "verdict" else v) for k, v in dataclasses.asdict(step).items()}


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
