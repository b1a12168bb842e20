"""pytest plugin: `pytest --derivations DIR` checks hand-written LaTeX derivations (filled in by the hand-check work)."""


def pytest_addoption(parser):
    group = parser.getgroup("derivkit")
    group.addoption("--derivations", action="append", default=[], metavar="DIR",
                    help="check every .tex file under DIR as hand-written derivations")
