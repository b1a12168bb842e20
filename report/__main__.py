"""python -m report: derive, check and typeset every derivation into build/report.pdf.

Exit status: 0 when the PDF is built and every check passed; 1 when a check failed (the
PDF is still built and says so on its first page); 2 on a usage error, bad input data or an
output that cannot be written (nothing is replaced); 3 when LaTeX failed (the previous PDF,
if any, is left untouched).
"""
from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m report", description=__doc__.split(": ", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="TeX Live comes from Debian packages; when latexmk is missing, running as root installs\n"
               "them with apt-get, otherwise the command to run is printed (report/tex_setup.py).")
    parser.add_argument("-o", "--output", type=Path, default=Path("build/report.pdf"),
                        help="the PDF to write: a new file or a PDF, never an input; report.tex, latex/ "
                             "and run figures go beside it (default: %(default)s; caches: build/cache "
                             "or $DERIVKIT_CACHE)")
    parser.add_argument("--derivations", metavar="NAMES", nargs="+", default=None,
                        help="derivation names, separated by spaces or commas (default: all; "
                             "`python -m derivations` lists them)")
    parser.add_argument("--no-runs", action="store_true", help="skip the empirical runs")
    parser.add_argument("--rerun", action="store_true", help="ignore every cache: re-check, re-run, recompile")
    parser.add_argument("--templates", type=Path, metavar="DIR", default=None,
                        help="a folder of Jinja2 templates searched before the built-in ones (restyle the report)")
    parser.add_argument("--hand", type=Path, metavar="FILE.tex", default=None,
                        help="also check a hand-written LaTeX derivation and add it as an appendix")
    user = parser.add_argument_group("your own data for the tabular runs (see python -m report.runs --help)")
    user.add_argument("--data", type=Path, metavar="TRAIN.csv", help="training CSV (validation rows are split off it)")
    user.add_argument("--test", type=Path, metavar="TEST.csv", help="test CSV (default: split off --data)")
    user.add_argument("--target", metavar="COLUMN", help="the target column (required with --data)")
    args = parser.parse_args(argv)
    if (args.data is None) != (args.target is None) or (args.test and not args.data):
        parser.error("--data and --target go together (and --test needs --data)")
    return args


def template_position(exc) -> str:
    """file:line of a Jinja error: syntax errors carry it, runtime ones (an undefined
    variable) are in the traceback, which Jinja rewrites to point at template lines."""
    if getattr(exc, "lineno", None):
        return f"{exc.filename or exc.name}:{exc.lineno}"
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".j2")]
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"


def main(argv=None) -> int:
    args = parse_args(argv)
    from report.build import Options, build, log
    names = [n for arg in args.derivations for n in arg.split(",") if n] if args.derivations else None
    if args.templates and not args.templates.is_dir():
        print(f"--templates {args.templates}: not a folder", file=sys.stderr)
        return 2
    if args.hand and not args.hand.is_file():
        print(f"--hand {args.hand}: no such file", file=sys.stderr)
        return 2
    from report import cache, preflight
    problems = preflight.output_problems(args.output, {"--hand": args.hand, "--data": args.data,
                                                       "--test": args.test, "--templates": args.templates})
    problems += preflight.unwritable(args.output.parent, "the output folder")
    problems += preflight.unwritable(cache.CACHE_DIR, "the cache folder (DERIVKIT_CACHE)")
    problems += preflight.hand_problems(args.hand) if args.hand else []
    problems += preflight.template_problems(args.templates) if args.templates else []
    if problems:
        print("\n".join(f"report: {p}" for p in problems), file=sys.stderr)
        return 2
    data = None
    if args.data:
        from report.runs.data import DataError, DataSpec, load
        data = DataSpec(args.data, args.target, args.test)
        try:
            load(data)        # a bad file is reported now, before anything is built or written
        except (DataError, OSError) as exc:
            print(f"report: {exc}", file=sys.stderr)
            return 2
    from report.tex_setup import ensure_tex
    ensure_tex()          # stop before any work when TeX is missing and cannot be installed
    opts = Options(output=args.output, names=names, runs=not args.no_runs, rerun=args.rerun,
                   templates=args.templates, hand=args.hand, data=data)
    try:
        outcome = build(opts)
    except KeyError as exc:             # unknown derivation name
        print(exc.args[0], file=sys.stderr)
        return 2
    except OSError as exc:              # what the preflight could not foresee: a full disk, a folder made read-only
        print(f"report: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        import jinja2
        # a template's own mistake (`"a" + 1`, a string through `math`) raises from a .j2 frame
        if isinstance(exc, jinja2.TemplateError) or template_position(exc) != "?":
            print(f"report: template error at {template_position(exc)}: {type(exc).__name__}: {exc}",
                  file=sys.stderr)
            return 3
        raise
    if outcome.latex_error:
        log(f"LaTeX failed; {outcome.pdf} was not changed.\n{outcome.latex_error}")
        return 3
    split = ", ".join(f"{k} {v:.2f} s" for k, v in outcome.seconds.items())
    if not outcome.up_to_date:
        log(f"wrote {outcome.pdf} ({split})")
    if outcome.failures:
        log(f"{len(outcome.failures)} check(s) FAILED:\n  " + "\n  ".join(outcome.failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
