"""Frozen results of checking a file: one StepResult per step, a FileResult per file."""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass

from verify.status import Status

# Kept importable for code written before the enum.
OK, WRONG, UNVERIFIED, SKIPPED, GIVEN = Status.OK, Status.WRONG, Status.UNVERIFIED, Status.SKIPPED, Status.GIVEN
# GIVEN: not a claim (a definition, or the first equation of a manipulation run).
CARRIED = Status.CARRIED
# CARRIED: right arithmetic on a value an earlier wrong step produced; never a pass.
VERDICTS = (OK, WRONG, CARRIED, UNVERIFIED, SKIPPED, GIVEN)


@dataclass(frozen=True)
class StepResult:
    line: int            # 1-based line where the step's right-hand side appears
    index: int           # 0-based order of the step in the file
    lhs: str             # as written
    rhs: str
    rel: str             # "=" or "approx" (or another relation, reported unverified)
    verdict: Status
    detail: str = ""
    column: int = 1
    chain: int = 0       # 0-based chain number in the file
    seconds: float = 0.0  # time spent reading and checking it
    readable_text: str = ""   # rendered in the worker, under the step's cap (latex2text can be costly)

    def __post_init__(self):
        object.__setattr__(self, "verdict", Status(self.verdict))   # a word that is no verdict raises here

    @property
    def text(self) -> str:
        """The step in readable Unicode; the source when it was not rendered (e.g. its worker was killed)."""
        return self.readable_text or (f"{self.lhs} {self.rel} {self.rhs}" if self.rhs else self.lhs)

    def as_json(self) -> dict:
        return {"line": self.line, "index": self.index, "lhs": self.lhs, "rhs": self.rhs,
                "rel": self.rel, "verdict": self.verdict.value, "detail": self.detail}


def in_file_order(steps) -> tuple[StepResult, ...]:
    """The steps by where they stand in the file (a where-clause is checked before the row that uses it), numbered
    again in that order."""
    ordered = sorted(steps, key=lambda s: (s.line, s.column, s.index))
    if all(s.index == k for k, s in enumerate(ordered)):
        return tuple(ordered)
    return tuple(dataclasses.replace(s, index=k) for k, s in enumerate(ordered))


@dataclass(frozen=True)
class FileResult:
    file: str
    steps: tuple[StepResult, ...] = ()
    error: str = ""      # unreadable file (the CLI exits 2)

    @property
    def summary(self) -> dict:
        counts = Counter(s.verdict for s in self.steps)
        return {v.value: counts.get(v, 0) for v in VERDICTS} | {"steps": len(self.steps)}

    def failed(self, strict: bool = False) -> bool:
        return any(s.verdict.fails or (strict and s.verdict is UNVERIFIED) for s in self.steps)

    def as_json(self) -> dict:
        out = {"file": self.file, "steps": [s.as_json() for s in self.steps], "summary": self.summary}
        if self.error:
            out["error"] = self.error
        return out
