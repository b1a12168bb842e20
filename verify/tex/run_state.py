"""A file's checking state between batches: the reply a worker hands back, the states it keeps so as
not to unpickle them again, and the results one batch sees."""
from __future__ import annotations

import dataclasses
import pickle

from verify.tex.results import StepResult


@dataclasses.dataclass(frozen=True)
class BatchReply:
    """What a worker hands back: plain results, and the file's state as opaque bytes (the parent
    never unpickles SymPy)."""
    results: tuple[StepResult, ...]          # new results, indexes base, base + 1, ...
    patched: tuple[tuple[int, StepResult], ...]   # earlier results whose verdict this batch settled
    state: bytes
    chain_no: int


# {bytes: objects}: the states this worker handed back last, kept so as not to unpickle them. Several
# files are in flight, so the next batch of a file often comes after another file's batch.
_kept: dict = {}
KEPT_STATES = 8


def _resume(state: bytes) -> tuple:
    """The file's state from its bytes; the objects themselves when this worker made those bytes (used
    once: a batch that fails part-way has changed them, and is re-run from the bytes)."""
    fields = _kept.pop(state, None)
    return fields if fields is not None else pickle.loads(state)


def _keep(state: bytes, fields: tuple) -> None:
    _kept[state] = fields
    while len(_kept) > KEPT_STATES:
        del _kept[next(iter(_kept))]        # the oldest: its file has likely gone to another worker


class _Results:
    """The file's results as one batch sees them: its own, and the earlier one a step may still settle."""

    def __init__(self, base: int, earlier: dict):
        self.base, self.new, self.earlier, self.patched = base, [], dict(earlier), {}

    def __len__(self):
        return self.base + len(self.new)

    def append(self, result):
        self.new.append(result)

    def __iter__(self):
        """The results this batch can see, in order (a scan of all of them -- which line had a wrong step -- only
        words a message: in a later batch the earlier results it was not sent are not among them)."""
        yield from (self.earlier[k] for k in sorted(self.earlier))
        yield from self.new

    def _absolute(self, i):
        return i + len(self) if i < 0 else i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        i = self._absolute(i)
        return self.new[i - self.base] if i >= self.base else self.earlier[i]

    def __setitem__(self, i, result):
        i = self._absolute(i)
        if i >= self.base:
            self.new[i - self.base] = result
        else:
            self.earlier[i] = self.patched[i] = result
