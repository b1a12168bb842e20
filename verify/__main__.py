"""`python -m verify FILE.tex [FILE.tex …]`: check hand-written LaTeX derivations."""
import os
import sys

from verify.tex.cli import main

if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `python -m verify … | head`: the reader left, nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
