"""Tasks for the class-mode tests that misbehave on purpose (run on the batch's file threads)."""
import os
import time

from verify.tex.batch_run import check_one

started: list[str] = []


def raises(sub, *args):
    if "bad" in os.path.basename(sub.path):
        raise RuntimeError("a bug in the checker")
    return check_one(sub, *args)


def slow_after_the_first(sub, *args):
    """Records that it started; every file but a.tex takes 3 s."""
    started.append(os.path.basename(sub.path))
    if os.path.basename(sub.path) != "a.tex":
        time.sleep(3)
    return check_one(sub, *args)
