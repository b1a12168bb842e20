"""One `Status` for every verdict: the prover's, a derivation step's, a check's, the hand checker's.

Each member knows its rank (worst first, so `worst()` combines verdicts), whether it passes,
whether it is a claim at all, and how it is shown (label and mark). It is a `StrEnum`, so its
value is the word written to JSON and caches ("ok", "wrong", ...) and `Status("ok")` reads it back.
"""
from __future__ import annotations

from enum import StrEnum
from typing import Iterable


class Status(StrEnum):
    # the prover (verify.prove) and a derivation's steps
    PROVED = "proved"           # a symbolic strategy reduced lhs - rhs to 0
    VERIFIED = "verified"       # equal to 30 digits at every sampled point
    FAILED = "failed"           # a counterexample
    UNKNOWN = "unknown"         # neither route decided; never a pass
    DEFINITION = "definition"   # nothing to prove
    # a gradient or numerical check
    PASSED = "passed"
    # the hand-derivation checker (verify.tex)
    OK = "ok"
    WRONG = "wrong"
    CARRIED = "carried"         # right arithmetic on a value carried from an earlier wrong step
    UNVERIFIED = "unverified"
    SKIPPED = "skipped"         # %! skip
    GIVEN = "given"             # not a claim: a definition, or the first equation of a run

    @property
    def rank(self) -> int:
        """0 fails, 1 undecided, 2 passes numerically, 3 passes, 4 not a claim (never the worst)."""
        return _RANK[self]

    @property
    def passes(self) -> bool:
        return self.rank in (2, 3)

    @property
    def fails(self) -> bool:
        return self.rank == 0

    @property
    def is_claim(self) -> bool:
        """False for what asserts nothing (a definition, a given line, a skipped step)."""
        return self.rank != 4

    @property
    def label(self) -> str:
        """The word shown to a reader (FAILED and WRONG in capitals: they must stand out)."""
        return _LABEL.get(self, self.value)

    @property
    def mark(self) -> str:
        return _MARK[self]


_RANK = {Status.FAILED: 0, Status.WRONG: 0, Status.CARRIED: 0,
         Status.UNKNOWN: 1, Status.UNVERIFIED: 1,
         Status.VERIFIED: 2,
         Status.PROVED: 3, Status.PASSED: 3, Status.OK: 3,
         Status.DEFINITION: 4, Status.GIVEN: 4, Status.SKIPPED: 4}
_LABEL = {Status.FAILED: "FAILED", Status.WRONG: "WRONG"}
_MARK = {Status.PROVED: "✓", Status.PASSED: "✓", Status.OK: "✓", Status.VERIFIED: "≈",
         Status.FAILED: "✗", Status.WRONG: "✗", Status.CARRIED: "✗",
         Status.UNKNOWN: "?", Status.UNVERIFIED: "?",
         Status.DEFINITION: "·", Status.GIVEN: "·", Status.SKIPPED: "·"}


def worst(statuses: Iterable[Status], default: Status = Status.UNKNOWN) -> Status:
    """The lowest-ranked status (the first of equals); `default` when there is none."""
    return min(statuses, key=lambda s: s.rank, default=default)
