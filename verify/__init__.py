"""Verification: step proving, three-way gradient checks, hand-derivation checking."""
from verify.status import Status

_FROM_PROVE = ("Verdict", "prove_equal", "prove_relation", "PROVED", "VERIFIED", "FAILED", "UNKNOWN")


def __getattr__(name):
    """The prover (and SymPy) load on first use, so that `verify.pool` can start the workers first."""
    if name in _FROM_PROVE:
        from verify import prove
        return getattr(prove, name)
    raise AttributeError(f"module 'verify' has no attribute {name!r}")


__all__ = ["Status", *_FROM_PROVE]
