"""Check hand-written LaTeX derivations step by step (`python -m verify FILE.tex`).

Pipeline, one module per stage: extract (math regions and `%!` directives) -> chains
(split E0 R1 E1 …, drop layout) -> tokens (pylatexenc, strict) -> parse (SymPy built by
constructors; ambiguity and size caps are errors) -> bindings (what the file defined)
-> steps / inequalities / equations (numeric steps on enclosures of the written digits,
symbolic steps with verify.prove) -> results (frozen StepResult / FileResult).

Verdicts: ok, wrong (with values or a counterexample), carried (right arithmetic on a
wrong value from an earlier line; fails like wrong), unverified (with the reason),
skipped (`%! skip`), given (a definition, or the first row of an equation being solved).
"""
from verify.tex.check import check_file, check_text
from verify.tex.results import CARRIED, GIVEN, OK, SKIPPED, UNVERIFIED, WRONG, FileResult, StepResult

__all__ = ["check_file", "check_text", "FileResult", "StepResult", "OK", "WRONG", "CARRIED", "UNVERIFIED", "SKIPPED", "GIVEN"]
