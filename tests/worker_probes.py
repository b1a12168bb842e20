"""Functions run in the prover's workers by test_caps.py (importable there: pytest puts tests/ on sys.path)."""
import sys


def loaded(module: str) -> bool:
    return module in sys.modules
