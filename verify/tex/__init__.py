"""Check hand-written LaTeX derivations step by step (`python -m verify FILE.tex`).

Pipeline: extract (math + %! directives) -> chains (split, drop layout) -> tokens ->
parse (SymPy by constructors) -> bindings (resolve) -> steps (numeric / symbolic /
equations) -> results.
"""
from verify.tex.check import check_file, check_text
from verify.tex.results import GIVEN, OK, SKIPPED, UNVERIFIED, WRONG, FileResult, StepResult

__all__ = ["check_file", "check_text", "FileResult", "StepResult", "OK", "WRONG", "UNVERIFIED", "SKIPPED", "GIVEN"]
