"""Verification: step proving, three-way gradient checks, hand-derivation checking."""
from verify.prove import FAILED, PROVED, UNKNOWN, VERIFIED, Verdict, prove_equal, prove_relation
from verify.status import Status

__all__ = ["Status", "Verdict", "prove_equal", "prove_relation", "PROVED", "VERIFIED", "FAILED", "UNKNOWN"]
