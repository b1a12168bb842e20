"""The benchmark's generated files are correct by construction: no step may be flagged."""
from verify.tex import OK, check_text
from verify.tex.bench import algebra_file, bench, numeric_file


def test_generated_numeric_steps_are_all_ok():
    steps = [s for s in check_text(numeric_file(chains=80, seed=5)).steps if s.verdict != "given"]
    assert steps and all(s.verdict == OK for s in steps), [s for s in steps if s.verdict != OK][:3]


def test_generated_algebra_steps_are_all_ok():
    steps = [s for s in check_text(algebra_file(chains=12, seed=6)).steps if s.verdict != "given"]
    assert steps and all(s.verdict == OK for s in steps)


def test_bench_reports_its_figures():
    figures = bench()
    assert {"numeric_steps_per_s", "algebra_steps_per_s", "p99_step_ms"} <= set(figures)
    assert figures["numeric_not_ok"] == 0 and figures["algebra_not_ok"] == 0
