"""pytest plugin: `pytest --derivations DIR` checks hand-written LaTeX derivations.

Every `.tex` file under DIR (or under the `derivations` ini option) becomes a test
file with one item per chain; a wrong step fails its item with file:line like any
other pytest failure. `--derivations-strict` also fails unverified steps.
Under pytest-xdist (`-n auto`) each file is one item, checked on whichever worker runs it.
"""
from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser):
    group = parser.getgroup("derivkit")
    group.addoption("--derivations", action="append", default=[], metavar="DIR",
                    help="check every .tex file under DIR as hand-written derivations")
    group.addoption("--derivations-strict", action="store_true", default=False,
                    help="also fail chains with unverified steps")
    parser.addini("derivations", type="paths", default=[],
                  help="directories whose .tex files are checked as hand-written derivations")


def _roots(config) -> list[Path]:
    roots = [Path(d).resolve() for d in config.getoption("derivations")]
    roots += [Path(d).resolve() for d in config.getini("derivations")]
    return roots


def pytest_configure(config):
    # Collect the derivation directories even when they are outside the test paths.
    for root in _roots(config):
        if str(root) not in config.args:
            config.args.append(str(root))


def pytest_collect_file(file_path: Path, parent):
    if file_path.suffix != ".tex":
        return None
    path = file_path.resolve()
    if any(path == r or r in path.parents for r in _roots(parent.config)):
        return DerivationFile.from_parent(parent, path=file_path)
    return None


class DerivationFile(pytest.File):
    def collect(self):
        from verify.tex import check_file  # lazy: SymPy loads only when derivations are checked
        from verify.tex.readable import terminal_safe

        if hasattr(self.config, "workerinput"):       # a pytest-xdist worker: see DerivationWholeFile
            yield DerivationWholeFile.from_parent(self, name=f"{self.path.name} (whole file)")
            return
        result = check_file(self.path)
        if result.error:
            raise self.CollectError(result.error)
        chains: dict[int, list] = {}
        for step in result.steps:
            chains.setdefault(step.chain, []).append(step)
        for number, steps in chains.items():
            name = f"line {steps[0].line}, chain {number}: {terminal_safe(steps[0].text[:50])}"
            yield DerivationChain.from_parent(self, name=name, steps=tuple(steps))

    class CollectError(Exception):
        pass


class DerivationFailure(Exception):
    pass


class DerivationChain(pytest.Item):
    def __init__(self, *, steps, **kwargs):
        super().__init__(**kwargs)
        self.steps = steps

    def runtest(self):
        from verify.tex import CARRIED, SKIPPED, UNVERIFIED, WRONG

        bad = (WRONG, CARRIED, UNVERIFIED) if self.config.getoption("derivations_strict") else (WRONG, CARRIED)
        failing = [s for s in self.steps if s.verdict in bad]
        if failing:
            raise DerivationFailure(failing)
        if all(s.verdict == SKIPPED for s in self.steps):
            pytest.skip("%! skip")
        unchecked = [s for s in self.steps if s.verdict == UNVERIFIED]
        if unchecked and not any(s.verdict.passes for s in self.steps):    # not a pass: nothing was checked
            from verify.tex.readable import terminal_safe
            pytest.skip(f"not checked: line {unchecked[0].line}: {terminal_safe(unchecked[0].detail)}")

    def repr_failure(self, excinfo, style=None):
        if not isinstance(excinfo.value, DerivationFailure):
            return super().repr_failure(excinfo, style)
        from verify.tex.readable import terminal_safe

        lines = []
        for s in excinfo.value.args[0]:
            lines.append(f"{self.path}:{s.line}:{s.column}: {s.verdict}: {terminal_safe(s.text)}")
            lines.append(f"    {terminal_safe(s.detail)}")
        return "\n".join(lines)

    def reportinfo(self):
        return self.path, self.steps[0].line - 1, self.name


class DerivationWholeFile(DerivationChain):
    """One item per file, checked when it runs. Under pytest-xdist every worker collects every
    file and the workers' collections must agree: checking at collection would check each file
    once per worker, and a step cap reached on one worker but not another would change the items."""

    def __init__(self, **kwargs):
        super().__init__(steps=(), **kwargs)

    def runtest(self):
        from verify.tex import check_file
        result = check_file(self.path)
        if result.error:
            raise DerivationFile.CollectError(result.error)
        self.steps = result.steps
        if self.steps:
            super().runtest()

    def reportinfo(self):
        return self.path, 0, self.name
