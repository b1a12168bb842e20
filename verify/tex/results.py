"""Frozen results of checking a file: one StepResult per step, a FileResult per file."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from verify.tex.readable import readable

OK, WRONG, UNVERIFIED, SKIPPED, GIVEN = "ok", "wrong", "unverified", "skipped", "given"
# GIVEN: not a claim (a definition, or the first equation of a manipulation run).
VERDICTS = (OK, WRONG, UNVERIFIED, SKIPPED, GIVEN)


@dataclass(frozen=True)
class StepResult:
    line: int            # 1-based line where the step's right-hand side appears
    index: int           # 0-based order of the step in the file
    lhs: str             # as written
    rhs: str
    rel: str             # "=" or "approx" (or another relation, reported unverified)
    verdict: str
    detail: str = ""
    column: int = 1
    chain: int = 0       # 0-based chain number in the file
    seconds: float = 0.0  # time spent reading and checking it

    @property
    def text(self) -> str:
        """The step in readable Unicode (rendered on demand: latex2text is not free)."""
        return readable(self.lhs, self.rel, self.rhs) if self.rhs else self.lhs

    def as_json(self) -> dict:
        return {"line": self.line, "index": self.index, "lhs": self.lhs, "rhs": self.rhs,
                "rel": self.rel, "verdict": self.verdict, "detail": self.detail}


@dataclass(frozen=True)
class FileResult:
    file: str
    steps: tuple[StepResult, ...] = ()
    error: str = ""      # unreadable file (the CLI exits 2)

    @property
    def summary(self) -> dict:
        counts = Counter(s.verdict for s in self.steps)
        return {v: counts.get(v, 0) for v in VERDICTS} | {"steps": len(self.steps)}

    def failed(self, strict: bool = False) -> bool:
        bad = (WRONG, UNVERIFIED) if strict else (WRONG,)
        return any(s.verdict in bad for s in self.steps)

    def as_json(self) -> dict:
        out = {"file": self.file, "steps": [s.as_json() for s in self.steps], "summary": self.summary}
        if self.error:
            out["error"] = self.error
        return out
