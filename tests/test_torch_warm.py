"""derivations.get imports torch in a background thread; a fork or the interpreter's exit waits for it."""
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_get_starts_the_torch_import_and_exit_waits_for_it():
    out = _run("""
        import sys, derivations
        from verify import gradcheck
        derivations.get("forward_mode_trace")
        assert gradcheck._warming is not None and not gradcheck._warming.daemon
        gradcheck._warming.join()
        print("torch" in sys.modules)
    """)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-1] == "True"


def test_a_fork_during_the_import_waits_for_it_and_the_child_can_use_torch():
    # Without the at-fork wait the child could inherit torch's import lock, held by a thread it lacks.
    out = _run("""
        import os, derivations
        from verify import gradcheck
        gradcheck.warm_torch()
        pid = os.fork()
        if pid == 0:
            import torch
            os._exit(0 if float(torch.ones(2).sum()) == 2.0 else 3)
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status))
    """)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-1] == "0"
