"""A derivation's CheckReport as plain data: what the templates render and the cache stores.

A CheckReport holds SymPy objects, Verdicts and the Derivation with its lambdas, so it
neither pickles reliably nor loads without importing SymPy and torch. The summary keeps
only str/int/float/bool/None/list/dict; the step and result LaTeX is printed here, once,
with the same `step_latex` the REPL uses.
"""
from __future__ import annotations

import traceback

from verify.status import Status


def summarize(derivation, report) -> dict:
    """Plain-data view of `derivation.check()`'s report."""
    from derivations.printing import step_latex

    steps = []
    for r in report.steps:
        steps.append({
            "number": r.step.number, "kind": r.step.kind, "rule": r.step.rule,
            "latex": step_latex(r.step.expr), "status": r.status, "detail": r.detail, "ok": r.ok,
            "verdicts": [_verdict(v) for v in r.verdicts],
        })
    return {
        "name": derivation.name, "title": derivation.title, "statement": derivation.statement,
        "error": None, "ok": bool(report.ok), "failures": list(report.failures),
        "steps": steps,
        "results": [{"name": name, "latex": step_latex(value)} for name, value in derivation.results.items()],
        "gradients": [_gradient(g) for g in report.gradients],
        "numeric": [{"name": n.name, "ok": bool(n.ok), "detail": n.detail, "error": _float(n.error)}
                    for n in report.numeric],
        "seeds": [{"check": c.name, "seed": c.seed, "draws": c.draws} for c in derivation.gradient_checks],
        "seconds": {k: round(float(v), 3) for k, v in report.seconds.items()},
    }


def failed(name: str, title: str, stage: str, exc: BaseException) -> dict:
    """A derivation that could not be imported or checked: a failed section, not a crash."""
    last = traceback.format_exception_only(type(exc), exc)[-1].strip()
    return {
        "name": name, "title": title, "statement": "", "ok": False,
        "error": f"{stage} failed: {last}", "failures": [f"{stage} failed: {last}"],
        "steps": [], "results": [], "gradients": [], "numeric": [], "seeds": [], "seconds": {},
    }


def check_rows(summary: dict) -> list[dict]:
    """Every check of a derivation as {"what", "status"}: the appendix table and the count."""
    rows = [{"what": summary["error"], "status": Status.FAILED}] if summary["error"] else []
    rows += [{"what": f"step {s['number']}: {s['rule']}", "status": s["status"]}
             for s in summary["steps"] if s["kind"] != "definition"]
    rows += [{"what": f"gradient: {g['name']}", "status": Status.PASSED if g["ok"] else Status.FAILED}
             for g in summary["gradients"]]
    rows += [{"what": f"numerical: {n['name']}", "status": Status.PASSED if n["ok"] else Status.FAILED}
             for n in summary["numeric"]]
    return rows


def _verdict(v) -> dict:
    return {"status": v.status, "method": v.method, "points": int(v.points), "max_dev": _float(v.max_dev),
            "reason": v.reason, "text": str(v)}


def _pair(p) -> dict:
    return {"a": p.a, "b": p.b, "max_abs": _float(p.max_abs), "max_rel": _float(p.max_rel),
            "worst": p.worst, "ok": bool(p.ok), "tol": _float(p.tol)}


def _gradient(g) -> dict:
    return {
        "name": g.name, "case": g.case, "draws": int(g.draws), "ok": bool(g.ok), "summary": g.summary,
        "forward": _pair(g.forward) if g.forward else None,
        "pairs": [_pair(p) for p in g.pairs],
        "shapes": {k: [int(n) for n in v] for k, v in g.shapes.items()},
        "shape_errors": list(g.shape_errors),
    }


def _float(x):
    """float or None; inf and nan stay floats (the templates print them as such)."""
    return None if x is None else float(x)
