"""`python -m verify DIR … --summary class.csv --feedback out/`: a whole class at once.

    python -m verify submissions/ --summary class.csv --feedback out/ [-j N] [--resume] [--shard K/N]
    python -m verify merge out-*/class.csv -o class.csv [--feedback out/]

Exit status: 0 every file checked and no step wrong; 1 a step is wrong (or carried) or a file
could not be checked (its row says why); 2 a usage error (bad option, no .tex file found,
shards that disagree). Nothing is written outside out/ except the summary CSVs asked for.
"""
from __future__ import annotations

import argparse
import hashlib
import math
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BATCH_OPTIONS = ("--summary", "--feedback", "--shard", "--resume", "--feedback-format")


def wanted(argv) -> bool:
    """True when the arguments ask for the class mode (or for `merge`)."""
    argv = list(argv)
    if argv[:1] == ["merge"] and not Path("merge").exists():
        return True
    return any(a.split("=", 1)[0] in BATCH_OPTIONS for a in argv)


def _positive(text: str) -> float:
    value = float(text)
    if not (math.isfinite(value) and 0 < value <= 86400):
        raise argparse.ArgumentTypeError(f"needs a number of seconds between 0 and 86400, not {text}")
    return value


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"-j takes a number of workers >= 1, not {text}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    from verify.tex.batch import MAX_BYTES
    from verify.tex.feedback import FORMATS
    from verify.tex.limits import STEP_SECONDS
    p = argparse.ArgumentParser(prog="python -m verify", description=__doc__.split("\n\n")[0].split(": ", 1)[1])
    p.add_argument("paths", nargs="+", metavar="DIR", help="folders of submissions (every .tex below), or files")
    p.add_argument("--summary", type=Path, metavar="CLASS.csv",
                   help="one row per file (steps.csv, one row per step, goes beside it); default out/class.csv")
    p.add_argument("--feedback", type=Path, metavar="OUT",
                   help="folder for out/<name>.pdf per submission and out/class.pdf (the overview)")
    p.add_argument("--feedback-format", choices=FORMATS, default="pdf",
                   help="pdf (LaTeX), html (plain Unicode, opens offline) or md")
    p.add_argument("-j", "--jobs", type=_jobs, default=len(os.sched_getaffinity(0)),
                   help="worker processes (default: the cores available, %(default)s)")
    p.add_argument("--resume", action="store_true",
                   help="skip files whose result for the same content is already in OUT")
    p.add_argument("--shard", metavar="K/N", help="check only the K-th of N deterministic parts (CI matrix)")
    p.add_argument("--step-seconds", type=_positive, default=STEP_SECONDS, help="time cap per step")
    p.add_argument("--memory-mb", type=int, default=None, help="memory cap per worker in MB (default 1024)")
    p.add_argument("--max-bytes", type=int, default=MAX_BYTES, help="larger files are not read (default %(default)s)")
    return p


def merge_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m verify merge",
                                description="join the class.csv (and steps.csv) of several shards")
    p.add_argument("inputs", nargs="+", type=Path, metavar="CLASS.csv")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="CLASS.csv")
    p.add_argument("--feedback", type=Path, metavar="OUT", help="also draw the overview OUT/class.<format>")
    p.add_argument("--feedback-format", choices=("pdf", "html", "md"), default="pdf")
    return p


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["merge"]:
        return merge_main(argv[1:])
    args = build_parser().parse_args(argv)
    from verify.tex import batch
    if not args.summary and not args.feedback:
        return _usage("give --summary CLASS.csv and/or --feedback OUT")
    if args.resume and not args.feedback:
        return _usage("--resume needs --feedback OUT (the results are kept there)")
    if args.feedback and args.feedback.exists() and not args.feedback.is_dir():
        return _usage(f"--feedback {args.feedback}: not a folder")
    try:
        part = batch.parse_shard(args.shard) if args.shard else None
        subs = batch.discover(args.paths, args.max_bytes, exclude=[args.feedback] if args.feedback else [])
    except (ValueError, OSError) as exc:
        return _usage(str(exc))
    summary = args.summary or args.feedback / "class.csv"
    from verify.tex.classcsv import steps_path
    inputs = {Path(s.path).resolve() for s in subs}
    if summary.resolve() in inputs or steps_path(summary).resolve() in inputs:
        return _usage(f"{summary} is one of the submissions: refusing to overwrite it")
    try:                            # before any work: a folder that cannot be made fails now, not after it
        for folder in filter(None, (summary.parent, args.feedback)):
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _usage(f"cannot write the results: {exc}")
    if part:
        subs = batch.shard(subs, *part)
    try:
        checked, failures = run_class(subs, args, summary)
    except OSError as exc:          # a read-only or full output folder: say so, no traceback
        return _usage(f"cannot write the results: {exc}")
    except KeyboardInterrupt:
        kept = " (the files checked so far are kept: add --resume)" if args.feedback else ""
        print(f"python -m verify: interrupted{kept}", file=sys.stderr)
        return 130
    n_wrong = sum(1 for c in checked if c.result.failed())
    n_error = sum(1 for c in checked if c.error)
    where = f"{summary}" + (f", {args.feedback}/" if args.feedback else "")
    n_kept = sum(1 for c in checked if c.cached)
    print(f"{len(checked)} files" + (f" ({n_kept} kept from an earlier run)" if n_kept else "") +
          f": {n_wrong} with a wrong step, {n_error} not checked; "
          f"{sum(len(c.result.steps) for c in checked)} steps; written to {where}")
    for f in failures[:5]:
        print(f"feedback not built: {f}", file=sys.stderr)
    return 1 if n_wrong or n_error else 0


def _usage(message: str) -> int:
    print(f"python -m verify: {message}", file=sys.stderr)
    return 2


def run_class(subs, args, summary: Path):
    """Check (or take kept results), write feedback as results arrive, then the CSVs and overview."""
    from tqdm import tqdm

    from verify.tex import batch_run, classcsv, feedback
    out = args.feedback
    store = batch_run.Store(out, batch_run.checker_fingerprint(args.step_seconds)) if out else None
    done, todo = [], []
    for s in subs:
        kept = store.load(s) if store and args.resume and not s.rejected else None
        if kept is not None:
            done.append(kept)
        elif s.rejected:
            done.append(batch_run.not_checked(s, s.rejected))
        else:
            todo.append(s)
    epoch = feedback.default_epoch() if out else 0
    templates_key = _templates_key() if out else ""
    names, futures = {}, {}
    with ThreadPoolExecutor(max(1, args.jobs)) as latex:
        def publish(c):
            if out is None:
                return
            key = f"{store.key(c.submission)} {templates_key} {args.feedback_format}"
            target = out / f"{c.submission.name}.{args.feedback_format}"
            stamp = out / batch_run.STATE_DIR / "feedback" / f"{c.submission.name}.{args.feedback_format}.key"
            names[c.path] = target.name
            if args.resume and c.cached and target.is_file() and _read(stamp) == key:
                return
            futures[c.path] = latex.submit(_feedback, c, out, args.feedback_format, epoch, stamp, key)

        for c in done:
            publish(c)
        bar = tqdm(total=len(subs), initial=len(done), unit="file", disable=not sys.stderr.isatty(),
                   file=sys.stderr)
        try:
            with bar:
                for c in batch_run.run(todo, jobs=args.jobs, step_seconds=args.step_seconds,
                                       memory_mb=args.memory_mb):
                    if store:
                        store.save(c)
                    publish(c)
                    done.append(c)
                    bar.update()
        except BaseException:       # Ctrl-C: the queued LaTeX builds are not waited for
            latex.shutdown(wait=False, cancel_futures=True)
            raise
        failures = []
        for path, future in futures.items():
            problem = future.result()
            if problem:
                names[path] = f"not built: {problem.splitlines()[0][:200]}"
                failures.append(f"{path}: {problem}")
    done.sort(key=lambda c: c.path)
    rows = [classcsv.class_row(c, names.get(c.path, "")) for c in done]
    steps = [r for c in done for r in classcsv.step_rows(c)]
    classcsv.write_csv(summary, rows, classcsv.class_columns(rows))
    classcsv.write_csv(classcsv.steps_path(summary), steps, classcsv.STEP_COLUMNS)
    if out:
        problem = draw_overview(rows, steps, out, args.feedback_format, epoch)
        if problem:
            failures.append(f"class overview: {problem}")
    return done, failures


def _feedback(c, out: Path, fmt: str, epoch: int, stamp: Path, key: str) -> str:
    """Build one student's feedback; the problem as text (never raised: one file must not stop the rest)."""
    from verify.tex import batch_run, feedback
    try:
        text = feedback.render("feedback", fmt, {"hand": feedback.student(c)})
        feedback.write(out, c.submission.name, text, fmt, epoch)
    except Exception as exc:  # LaTeX or a template: reported in the feedback column
        return f"{type(exc).__name__}: {exc}"
    batch_run.write_atomic(stamp, key)
    return ""


def draw_overview(rows, steps, out: Path, fmt: str, epoch: int) -> str:
    from verify.tex import feedback
    try:
        feedback.write(out, "class", feedback.render("class", fmt, feedback.overview(rows, steps)), fmt, epoch)
    except Exception as exc:  # the CSVs are written already; say what failed
        return f"{type(exc).__name__}: {exc}"
    return ""


def _templates_key() -> str:
    from report.provenance import source_files
    h = hashlib.sha256()
    for f in source_files("templates", "verify/tex/feedback.py"):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:
        return ""


def merge_main(argv) -> int:
    from verify.tex import classcsv, feedback
    args = merge_parser().parse_args(argv)
    if args.output.resolve() in {p.resolve() for p in args.inputs}:
        return _usage(f"merge: {args.output} is one of the inputs")
    try:
        rows, steps = classcsv.merge(args.inputs, args.output)
    except classcsv.MergeError as exc:
        return _usage(f"merge: {exc}")
    print(f"{len(rows)} files from {len(args.inputs)} shards -> {args.output}, {classcsv.steps_path(args.output)}")
    if args.feedback:
        problem = draw_overview(rows, steps, args.feedback, args.feedback_format, feedback.default_epoch())
        if problem:
            print(f"class overview not built: {problem}", file=sys.stderr)
            return 3
    return 0
