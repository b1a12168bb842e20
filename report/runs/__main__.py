"""Run the empirical runs on their own, optionally on the user's CSV files.

    python -m report.runs --data train.csv --test test.csv --target COLUMN [--out build]
    python -m report.runs [--only NAME ...] [--rerun] [--seed N]

Figures go to OUT/runs/RUN/*.pdf; a summary of each run (title, figures, tables) is printed.
With --data, the runs that train a tabular model (from scratch, attribution, generalisation)
use the user's files; a bad file stops everything with a message naming the file, column
and row (exit status 2), and nothing is written to OUT.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from report.runs import RUNS, DataError, DataSpec, collect
from verify.threads import THREAD_VARS


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m report.runs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="training CSV (a header row, one column is the target)")
    parser.add_argument("--test", type=Path, help="test CSV with the same columns (default: split from --data)")
    parser.add_argument("--target", help="the target column's name (required with --data)")
    parser.add_argument("--out", type=Path, default=Path("build"), help="build directory (default: build)")
    parser.add_argument("--only", nargs="+", metavar="DERIVATION", choices=sorted(RUNS),
                        help="only the runs of these derivations")
    parser.add_argument("--rerun", action="store_true", help="ignore cached results")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if (args.data is None) != (args.target is None) or (args.test and not args.data):
        parser.error("--data and --target go together (and --test needs --data)")
    for var in THREAD_VARS:            # torch reads these when (and only if) a run imports it
        os.environ.setdefault(var, "1")
    spec = DataSpec(args.data, args.target, args.test) if args.data else None
    from report.build import check_all, select
    checked, _ = check_all(select(args.only or list(RUNS)), rerun=False)    # the report's check cache
    try:
        results = collect(checked, args.out, rerun=args.rerun, data=spec, seed=args.seed)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for derivation, outputs in results.items():
        for out in outputs:
            print(f"[{derivation}] {out.title}")
            for fig in out.figures:
                print(f"  figure {args.out / fig.path}")
            for table in out.tables:
                print(f"  table: {table.caption}")
                for row in (table.header, *table.rows):
                    print("    " + " | ".join(row))
            for note in out.notes:
                print(f"  note: {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
