"""Content-hash cache: a result is reused while the hash of what made it is unchanged.

Keys are hashes of plain data (code text, configs, data bytes); values are pickled
under build/cache/NAMESPACE/. `--rerun` (or DERIVKIT_RERUN=1) ignores what is stored.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, Callable

CACHE_DIR = Path(os.environ.get("DERIVKIT_CACHE", "build/cache"))


def digest(*parts: Any) -> str:
    """Stable hash of plain data: str/bytes/numbers/lists/dicts, and functions/modules by source."""
    h = hashlib.sha256()
    for part in parts:
        h.update(_bytes(part))
        h.update(b"\0")
    return h.hexdigest()


def _bytes(part: Any) -> bytes:
    if isinstance(part, bytes):
        return part
    if isinstance(part, str):
        return part.encode()
    if inspect.ismodule(part) or inspect.isfunction(part) or inspect.isclass(part):
        return inspect.getsource(part).encode()
    if hasattr(part, "tobytes"):                     # numpy arrays
        return repr((getattr(part, "shape", None), str(getattr(part, "dtype", "")))).encode() + part.tobytes()
    return json.dumps(part, sort_keys=True, default=repr).encode()


def lookup(namespace: str, key: str) -> Any | None:
    """The stored value, or None when there is none (or it is unreadable: it will be recomputed)."""
    path = CACHE_DIR / namespace / f"{key}.pkl"
    if not path.exists():
        return None
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:
        return None


def store(namespace: str, key: str, value: Any) -> None:
    """Write atomically so an interrupted run never leaves half a file."""
    path = CACHE_DIR / namespace / f"{key}.pkl"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def memo(namespace: str, key: str, compute: Callable[[], Any], *, rerun: bool | None = None) -> tuple[Any, bool]:
    """Return (value, was_cached). Writes atomically so an interrupted run never leaves half a file."""
    if rerun is None:
        rerun = os.environ.get("DERIVKIT_RERUN") == "1"
    path = CACHE_DIR / namespace / f"{key}.pkl"
    if not rerun and path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh), True
        except Exception:
            pass  # a corrupt entry is recomputed
    value = compute()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    return value, False
