"""Tabular data for the runs: scikit-learn's bundled sets, or the user's CSV files.

`load(spec_or_name, seed)` returns a `Tabular`: standardised float64 features (statistics
from the training split only), integer class labels, and train/validation/test splits.
A user CSV is read with the csv module: a column is numeric when most of its values parse
as numbers (then any other value is an error), otherwise categorical and one-hot encoded.
Anything wrong with a file raises `DataError`, naming the file, column and row.
"""
from __future__ import annotations

import csv
import hashlib
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BUNDLED = ("digits", "wine", "breast_cancer")


class DataError(ValueError):
    """Bad user data. `file`, `column` and `row` (1-based line, header = 1) say where."""

    def __init__(self, file, message: str, *, column: str | None = None, row: int | None = None):
        self.file, self.column, self.row = str(file), column, row
        where = [self.file]
        if column is not None:
            where.append(f"column {column!r}")
        if row is not None:
            where.append(f"row {row}")
        super().__init__(f"{', '.join(where)}: {message}")


@dataclass(frozen=True)
class DataSpec:
    """The user's data: a training CSV, an optional test CSV, and the target column."""
    train: Path
    target: str
    test: Path | None = None

    def digest(self) -> str:
        """Hash of the files' bytes and the target name (for the run cache)."""
        h = hashlib.sha256(self.target.encode())
        for path in (self.train, self.test):
            if path is not None:
                try:
                    h.update(Path(path).read_bytes())
                except OSError as exc:
                    raise DataError(path, f"cannot read: {exc.strerror or exc}") from None
            h.update(b"\0")
        return h.hexdigest()


@dataclass
class Tabular:
    name: str
    feature_names: list[str]
    class_names: list[str]
    X_train: np.ndarray
    y_train: np.ndarray
    X_val: np.ndarray
    y_val: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    test_source: str          # "split" (same distribution as train) or the test file's name

    @property
    def n_classes(self) -> int:
        return len(self.class_names)

    def shift(self) -> np.ndarray:
        """Per-feature mean of the test split in training standard deviations (train mean is 0)."""
        return self.X_test.mean(axis=0) - self.X_train.mean(axis=0)


def readable(name: str) -> str:
    """A data set's name for a caption: breast_cancer reads "breast cancer"."""
    return name.replace("_", " ")


def load(source: "DataSpec | str", seed: int = 0, val_fraction: float = 0.2, test_fraction: float = 0.2) -> Tabular:
    if isinstance(source, DataSpec):
        return load_csv(source, seed, val_fraction, test_fraction)
    return load_bundled(source, seed, val_fraction, test_fraction)


def load_bundled(name: str, seed: int = 0, val_fraction: float = 0.2, test_fraction: float = 0.2) -> Tabular:
    import sklearn.datasets as sets
    if name not in BUNDLED:
        raise KeyError(f"unknown bundled data set {name!r}; choose from {', '.join(BUNDLED)}")
    bunch = getattr(sets, f"load_{name}")()
    X, y = bunch.data.astype(np.float64), bunch.target.astype(np.int64)
    features = [str(f) for f in bunch.feature_names]
    classes = [str(c) for c in bunch.target_names]
    X_rest, X_test, y_rest, y_test = _split(None, None, classes, X, y, test_fraction, seed)
    return _finish(name, features, classes, X_rest, y_rest, X_test, y_test, "split", seed, val_fraction)


def load_csv(spec: DataSpec, seed: int = 0, val_fraction: float = 0.2, test_fraction: float = 0.2) -> Tabular:
    header, rows, lines = _read(spec.train)
    if spec.target not in header:
        raise DataError(spec.train, f"no target column {spec.target!r}; columns are {', '.join(header)}",
                        column=spec.target, row=1)
    t = header.index(spec.target)
    for r, line in zip(rows, lines):
        if r[t] == "":
            raise DataError(spec.train, "an empty target value", column=spec.target, row=line)
    columns = [c for c in header if c != spec.target]
    if not columns:
        raise DataError(spec.train, "no feature columns besides the target", column=spec.target, row=1)
    encoders = [_column_encoder([r[header.index(c)] for r in rows]) for c in columns]
    classes = sorted(set(r[t] for r in rows), key=_natural)
    if len(classes) < 2:
        raise DataError(spec.train, f"the target has a single class {classes[0]!r}; need at least two",
                        column=spec.target)
    X, features = _encode(spec.train, header, rows, lines, columns, encoders)
    y = np.array([classes.index(r[t]) for r in rows])

    if spec.test is None:
        X_rest, X_test, y_rest, y_test = _split(spec.train, spec.target, classes, X, y, test_fraction, seed)
        source = "split"
    else:
        theader, trows, tlines = _read(spec.test)
        for c in [spec.target, *columns]:
            if c not in theader:
                raise DataError(spec.test, f"column {c!r} of {Path(spec.train).name} is missing", column=c, row=1)
        tt = theader.index(spec.target)
        for r, line in zip(trows, tlines):
            if r[tt] not in classes:
                raise DataError(spec.test, f"class {r[tt]!r} does not occur in {Path(spec.train).name}",
                                column=spec.target, row=line)
        missing = sorted(set(classes) - set(r[tt] for r in trows), key=_natural)
        if missing:
            raise DataError(spec.test, f"no rows of class {', '.join(map(repr, missing))} "
                            f"(present in {Path(spec.train).name})", column=spec.target)
        X_test, _ = _encode(spec.test, theader, trows, tlines, columns, encoders)
        y_test = np.array([classes.index(r[tt]) for r in trows])
        X_rest, y_rest, source = X, y, Path(spec.test).name
    return _finish(Path(spec.train).stem, features, classes, X_rest, y_rest, X_test, y_test, source, seed,
                   val_fraction, file=spec.train, target=spec.target)


def _finish(name, features, classes, X_rest, y_rest, X_test, y_test, source, seed, val_fraction,
            file=None, target=None) -> Tabular:
    """Split validation rows off the training rows, then standardise everything with training statistics."""
    X_train, X_val, y_train, y_val = _split(file, target, classes, X_rest, y_rest, val_fraction, seed)
    mean, std = X_train.mean(axis=0), X_train.std(axis=0)
    std[std == 0] = 1.0
    return Tabular(name, features, classes, (X_train - mean) / std, y_train, (X_val - mean) / std, y_val,
                   (X_test - mean) / std, y_test, source)


def _split(file, target, classes, X, y, fraction, seed):
    """Stratified split of `fraction` of the rows (at least one per class) off X, y."""
    counts = np.bincount(y, minlength=len(classes))
    if counts.min() < 2:
        raise DataError(file, f"class {classes[int(counts.argmin())]!r} has {counts.min()} row(s); "
                        "need at least 2 per class to split off validation/test rows", column=target)
    n_out = max(int(round(fraction * len(y))), len(classes))
    if len(y) - n_out < len(classes):
        raise DataError(file, f"{len(y)} rows are too few to split for {len(classes)} classes", column=target)
    from sklearn.model_selection import train_test_split
    X_a, X_b, y_a, y_b = train_test_split(X, y, test_size=n_out, stratify=y, random_state=seed)
    return X_a, X_b, y_a, y_b


# -- reading CSV --------------------------------------------------------------------------

def _read(path) -> tuple[list[str], list[list[str]], list[int]]:
    """Header, data rows and each row's line number; raises DataError on a malformed file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataError(path, "file not found") from None
    except UnicodeDecodeError as exc:
        raise DataError(path, f"not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise DataError(path, "empty file")
    reader = csv.reader(text.splitlines())
    try:
        header = [h.strip() for h in next(reader)]
        if len(set(header)) != len(header) or "" in header:
            dup = next(h for h in header if header.count(h) > 1 or h == "")
            raise DataError(path, "duplicate or empty column name", column=dup, row=1)
        rows, lines = [], []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue                                   # blank line
            if len(row) != len(header):
                raise DataError(path, f"{len(row)} fields, the header has {len(header)}", row=reader.line_num)
            rows.append([cell.strip() for cell in row])
            lines.append(reader.line_num)
    except csv.Error as exc:          # e.g. a field over csv.field_size_limit() (131,072 characters)
        raise DataError(path, f"not readable as CSV: {exc}", row=reader.line_num) from None
    if not rows:
        raise DataError(path, "no data rows below the header")
    return header, rows, lines


# Larger magnitudes pass float() but overflow standardisation (1e155 squared is inf). Within it a
# standardised value stays below 1e263: the smallest nonzero std is ~2e-162 (a denormal's root).
MAX_MAGNITUDE = 1e100


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _column_encoder(values):
    """`None` for a numeric column (most values are numbers), else its sorted categories."""
    numeric = sum(_number(v) is not None for v in values)
    return None if numeric * 2 > len(values) else sorted(set(values), key=_natural)


def _encode(path, header, rows, lines, columns, encoders):
    blocks, names = [], []
    for column, categories in zip(columns, encoders):
        j = header.index(column)
        values = [r[j] for r in rows]
        if categories is None:
            numbers = [_number(v) for v in values]
            for n, v, line in zip(numbers, values, lines):
                if n is None:
                    what = "an empty value" if v == "" else f"{_shown(v)} is not a finite number"
                    raise DataError(path, f"{what} in a numeric column", column=column, row=line)
                if abs(n) > MAX_MAGNITUDE:
                    what = f"{_shown(v)} is too large (beyond ±{MAX_MAGNITUDE:g}, standardising would overflow)"
                    raise DataError(path, f"{what} in a numeric column", column=column, row=line)
            blocks.append(np.array(numbers, dtype=np.float64)[:, None])
            names.append(column)
        else:   # a category unseen in training encodes as all zeros
            blocks.append(np.array([[v == c for c in categories] for v in values], dtype=np.float64))
            names += [f"{column}={c}" for c in categories]
    return np.hstack(blocks), names


def _shown(value: str, limit: int = 40) -> str:
    return repr(value) if len(value) <= limit else repr(value[:limit]) + f"... ({len(value)} characters)"


def _natural(text: str):
    number = _number(text)
    return (0, number, "") if number is not None else (1, 0.0, text)
