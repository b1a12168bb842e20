"""Throughput of the hand-derivation checker on generated files (for `nox -s bench`).

bench() -> {"numeric_steps_per_s", "algebra_steps_per_s", "p99_step_ms", ...}: the checker in the
worker pool with one worker (steps per CPU second of this process and the worker, and per wall
second), with two workers on two files, and in this process with no worker (the isolation's cost).
The files are generated with a fixed seed; the correct values are computed here in
exact decimal arithmetic and written rounded, as a person would.
"""
from __future__ import annotations

import random
import statistics
import time
from decimal import ROUND_HALF_UP, Decimal

import mpmath

from verify import pool
from verify.tex.dispatch import check_texts, scan_items
from verify.tex.limits import STEP_SECONDS


def _rounded(value, places: int) -> str:
    return str(Decimal(mpmath.nstr(value, 30)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def numeric_file(chains: int = 400, seed: int = 1) -> str:
    """Worked numeric examples: products, sums, sigmoids and exponentials, each rounded to 4 places."""
    rng = random.Random(seed)
    lines = []
    for k in range(chains):
        a, b, c = (round(rng.uniform(-2, 2), 2) for _ in range(3))
        kind = k % 4
        if kind == 0:
            exact = mpmath.mpf(str(a)) * mpmath.mpf(str(b)) + mpmath.mpf(str(c))
            mid = _rounded(mpmath.mpf(str(a)) * mpmath.mpf(str(b)), 4)
            lines.append(f"z_{{{k}}} &= {a} \\times ({b}) + {c} = {mid} + {c} = {_rounded(exact, 4)} \\\\")
        elif kind == 1:
            s = 1 / (1 + mpmath.exp(-mpmath.mpf(str(a))))
            lines.append(f"h_{{{k}}} &= \\sigma({a}) = \\frac{{1}}{{1 + e^{{{-a}}}}} = {_rounded(s, 4)} \\\\")
        elif kind == 2:
            e = mpmath.exp(mpmath.mpf(str(b)))
            lines.append(f"e^{{{b}}} &\\approx {_rounded(e, 3)} \\\\")
        else:
            frac = mpmath.mpf(str(abs(a) + 1)) / mpmath.mpf(str(abs(b) + 1))
            lines.append(f"\\frac{{{abs(a) + 1}}}{{{abs(b) + 1}}} &= {_rounded(frac, 4)} \\\\")
    return "\\begin{align*}\n" + "\n".join(lines) + "\n\\end{align*}\n"


def algebra_file(chains: int = 60, seed: int = 2) -> str:
    """Algebra and calculus identities with small random coefficients."""
    rng = random.Random(seed)
    lines = ["%! let f(x) = x^2 e^{-x}"]
    for k in range(chains):
        n = rng.randint(2, 9)
        kind = k % 4
        if kind == 0:
            lines.append(f"\\[ (a + {n})^2 = a^2 + {2 * n}a + {n * n} \\]")
        elif kind == 1:
            lines.append(f"\\[ (x - {n})(x + {n}) = x^2 - {n * n} \\]")
        elif kind == 2:
            lines.append(f"\\[ \\frac{{d}}{{dx}} x^{{{n}}} = {n} x^{{{n - 1}}} \\]")
        else:
            lines.append("\\[ f'(x) = (2x - x^2) e^{-x} \\]")
    return "\n".join(lines) + "\n"


def _in_process(text: str):
    """The checker in this process, no worker and no cap (what the isolation is measured against)."""
    c0 = time.process_time()
    with pool.local():
        (result,) = check_texts([("<bench>", text)])
    return _claims(result.steps), time.process_time() - c0


def _pooled(texts, workers: int):
    """The checker as `python -m verify -j workers` runs it: wall time, and the CPU time of this process
    plus the worker's (with one worker; with more, which worker ran what is not known)."""
    pool.configure(workers=workers)
    for _ in range(2 * workers):      # every worker started and warm, the checker's modules imported in it
        pool.call(scan_items, "", seconds=60)
    worker_cpu = pool.call(pool.worker_status, seconds=60).cpu_seconds if workers == 1 else None
    c0, w0 = time.process_time(), time.perf_counter()
    results = check_texts([(f"<bench {i}>", text) for i, text in enumerate(texts)])
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    if worker_cpu is not None:
        cpu += pool.call(pool.worker_status, seconds=60).cpu_seconds - worker_cpu
    return [_claims(r.steps) for r in results], wall, cpu


def _claims(steps):
    return [s for s in steps if s.verdict != "given"]


def bench() -> dict:
    numeric, algebra = numeric_file(), algebra_file()
    local_num, local_num_cpu = _in_process(numeric)
    local_alg, local_alg_cpu = _in_process(algebra)
    (num_claims,), num_wall, num_cpu = _pooled([numeric], 1)
    (alg_claims,), alg_wall, alg_cpu = _pooled([algebra], 1)
    (_, _), wall_2, _ = _pooled([numeric, numeric_file(seed=3)], 2)
    times = sorted(s.seconds for s in num_claims + alg_claims)   # wall time per step in the worker, parse included
    p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
    not_ok = lambda claims: sum(s.verdict != "ok" for s in claims)   # noqa: E731
    return {
        "numeric_steps": len(num_claims),
        "numeric_steps_per_s": round(len(num_claims) / num_cpu, 1),        # one worker: CPU of this process + worker
        "numeric_steps_per_wall_s": round(len(num_claims) / num_wall, 1),
        "numeric_steps_per_s_in_process": round(len(local_num) / local_num_cpu, 1),
        "isolation_cpu_cost": round(num_cpu / local_num_cpu, 2),           # CPU in the pool / CPU in-process
        "numeric_steps_per_wall_s_2_workers": round(2 * len(num_claims) / wall_2, 1),   # two files side by side
        "numeric_not_ok": not_ok(num_claims) + not_ok(local_num),
        "algebra_steps": len(alg_claims),
        "algebra_steps_per_s": round(len(alg_claims) / alg_cpu, 1),
        "algebra_steps_per_wall_s": round(len(alg_claims) / alg_wall, 1),
        "algebra_steps_per_s_in_process": round(len(local_alg) / local_alg_cpu, 1),
        "algebra_not_ok": not_ok(alg_claims) + not_ok(local_alg),
        "median_step_ms": round(1000 * statistics.median(times), 2),
        "p99_step_ms": round(1000 * p99, 1),
        "max_step_ms": round(1000 * times[-1], 1),
        "step_cap_ms": 1000 * STEP_SECONDS,
    }


if __name__ == "__main__":
    import json
    print(json.dumps(bench(), indent=2))
