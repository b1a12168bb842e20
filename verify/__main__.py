"""`python -m verify FILE.tex [FILE.tex …]`: check hand-written LaTeX derivations."""
import sys

from verify.tex.cli import main

if __name__ == "__main__":
    sys.exit(main())
