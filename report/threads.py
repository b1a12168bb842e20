"""Moved to verify.threads (below derivations and report); kept importable."""
from verify.threads import THREAD_VARS, pin_threads  # noqa: F401
