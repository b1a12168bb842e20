"""python -m benchmarks.soak [RUNS] [TEST FILE ...]: the prover and checker tests RUNS times (default
50) beside a busy loop, and how many runs died (killed by a signal, or pytest's INTERNALERROR).
Target: 0 deaths and 0 failures. `nox -s soak` runs it; it is not part of the default sessions.

A death is what the SIGALRM deadline in the test process used to cause (1 run in ~200 beside a busy
loop); the busy loop makes the timing windows that expose such races more likely.
"""
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

TESTS = ["tests/test_prove.py", "tests/test_deadline.py", "tests/test_caps.py", "tests/test_tex_check.py",
         "tests/test_tex_hostile.py"]
# pytest: 0 passed, 1 a test failed, 2 interrupted, 3 internal error, 4 usage error, 5 nothing collected;
# negative: killed by that signal.
OUTCOMES = {0: "passed", 1: "failed"}


def main(argv) -> int:
    runs = int(argv[0]) if argv else 50
    tests = argv[1:] or TESTS
    logs = Path("build/soak")
    logs.mkdir(parents=True, exist_ok=True)
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    counts, seconds = Counter(), []
    try:
        for i in range(1, runs + 1):
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests],
                                  capture_output=True, text=True)
            seconds.append(time.perf_counter() - t0)
            outcome = OUTCOMES.get(proc.returncode, "died")
            counts[outcome] += 1
            if outcome != "passed":
                (logs / f"run-{i}.log").write_text(proc.stdout[-20000:] + "\n--- stderr\n" + proc.stderr[-20000:])
            print(f"run {i}/{runs}: {outcome} (exit {proc.returncode}, {seconds[-1]:.0f} s)", flush=True)
    finally:
        busy.kill()
        busy.wait()
    print(f"soak: {runs} runs of {' '.join(tests)} beside a busy loop: {counts['passed']} passed, "
          f"{counts['failed']} failed, {counts['died']} died (target 0); {sum(seconds) / len(seconds):.0f} s a run"
          + (f"; logs in {logs}/" if counts["passed"] < runs else ""))
    return 0 if counts["passed"] == runs else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
