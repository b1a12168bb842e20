"""A whole class (`python -m verify DIR --summary … --feedback …`): files/min, steps/s per worker,
the 1 -> 2 worker ratio, peak memory per worker, with and without the feedback PDFs.

The class is generated (benchmarks/classgen.py): 300 files x 200 numeric and algebra steps
with realistic mistakes. CLASS_FILES / CLASS_STEPS make it smaller on a busy machine (the
figures say which size ran). Targets (issue 15): without PDFs <= 3 min on 2 cores, with
PDFs <= 6 min, >= 1.8x from 1 to 2 workers, <= 500 MB per worker.
"""
import os
import resource
import tempfile
import time
from pathlib import Path

FILES = int(os.environ.get("CLASS_FILES", 300))
STEPS = int(os.environ.get("CLASS_STEPS", 200))


def _check(jobs: int) -> dict:
    from benchmarks.classgen import write_class
    from verify import pool
    from verify.tex import batch_run
    from verify.tex.batch import discover
    with tempfile.TemporaryDirectory() as tmp:
        write_class(Path(tmp) / "sub", files=FILES, steps=STEPS)
        subs = discover([Path(tmp) / "sub"])
        pool.configure(workers=jobs)
        before = _workers(jobs)             # also starts them: their start-up is not timed
        t0 = time.perf_counter()
        done = list(batch_run.run(subs, jobs=jobs))
        seconds = time.perf_counter() - t0
        after = _workers(jobs)
    steps = sum(len(c.result.steps) for c in done)
    cpu = sum(after[pid][0] - before.get(pid, (0.0, 0))[0] for pid in after)
    return {"seconds": seconds, "files": len(done), "steps": steps, "jobs": jobs,
            # CPU time does not grow with the machine's load: what 300 x 200 would take on idle cores
            "steps_per_worker_cpu_s": round(steps / cpu, 1) if cpu else None,
            "idle_estimate_300x200_s": round(cpu / len(done) * 300 * 200 / STEPS / jobs, 1),
            "files_per_min": round(60 * len(done) / seconds, 1),
            "steps_per_s_per_worker": round(steps / seconds / jobs, 1),
            "worker_peak_mb": round(max(mb for _, mb in after.values()), 1),
            "workers_seen": len(after),
            "not_checked": sum(1 for c in done if c.error), "size": f"{FILES} files x {STEPS} steps"}


def _usage() -> tuple[int, float, float]:
    """In a worker: its pid, CPU seconds so far and peak resident memory (MB)."""
    import resource
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return os.getpid(), usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _workers(jobs: int) -> dict:
    """{pid: (cpu_s, peak_mb)} of the pool's workers, sampled by sending each a few tiny tasks."""
    from concurrent.futures import ThreadPoolExecutor
    from verify import pool
    with ThreadPoolExecutor(jobs) as threads:     # in parallel, so that every worker takes some
        replies = list(threads.map(lambda _: pool.call(_usage, seconds=60), range(4 * jobs)))
    return {pid: (cpu, mb) for pid, cpu, mb in (r for r in replies if isinstance(r, tuple))}


def one_worker():
    return _check(1)


def two_workers():
    figures = _check(2)
    figures["target"] = "<= 180 s for 300 x 200 on 2 cores; >= 1.8x vs 1 worker; <= 500 MB per worker"
    return figures


def with_pdfs():
    from benchmarks.classgen import write_class
    from verify.tex.batch_cli import main
    with tempfile.TemporaryDirectory() as tmp:
        write_class(Path(tmp) / "sub", files=FILES, steps=STEPS)
        cwd = os.getcwd()
        os.chdir(tmp)
        try:
            t0, children0 = time.perf_counter(), _children_cpu()
            main(["sub", "--summary", "class.csv", "--feedback", "out", "-j", "2"])
            seconds = time.perf_counter() - t0
            latex_cpu = _children_cpu() - children0     # latexmk and pdflatex (the workers are the forkserver's)
            pdfs = len(list(Path("out").glob("*.pdf")))
        finally:
            os.chdir(cwd)
    return {"seconds": seconds, "files": FILES, "pdfs": pdfs, "files_per_min": round(60 * FILES / seconds, 1),
            "latex_cpu_s_per_pdf": round(latex_cpu / pdfs, 2),
            "idle_estimate_latex_300_s_on_2": round(latex_cpu / pdfs * 300 / 2, 1),
            "size": f"{FILES} files x {STEPS} steps", "target": "<= 360 s for 300 x 200 on 2 cores"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


STAGES = {"class, checks only, 1 worker": one_worker, "class, checks only, 2 workers": two_workers,
          "class, with feedback PDFs, 2 workers": with_pdfs}
