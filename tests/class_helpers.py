"""Tasks for the class-mode tests that misbehave on purpose (run in worker processes)."""
import os
import time

from verify.tex.batch_run import check_one


def crash_on(marker: str):
    """A task that kills its worker for files whose name contains `marker`, else checks normally."""
    return _Crash(marker)


class _Crash:
    def __init__(self, marker):
        self.marker = marker

    def __call__(self, sub, *args):
        if self.marker in os.path.basename(sub.path):
            os._exit(7)
        return check_one(sub, *args)


def sleepy(sub, *args):
    if "slow" in os.path.basename(sub.path):
        time.sleep(60)
    return check_one(sub, *args)


def raises(sub, *args):
    if "bad" in os.path.basename(sub.path):
        raise RuntimeError("a bug in the checker")
    return check_one(sub, *args)
