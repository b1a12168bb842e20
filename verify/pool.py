"""Worker processes that do the symbolic work under caps enforced from outside it.

SymPy cannot be interrupted safely from inside (a signal is lost in C code, in a weakref
callback, off the main thread, and caps no memory), so the prover and the hand checker run
their work here, in pebble's ProcessPool:
- time: the kernel ends a worker that uses more CPU time than its unit of work is allowed
  (RLIMIT_CPU, see `limit_cpu`: it works in C code, and a loaded machine does not make it fire
  early); pebble kills a task's worker when the task's wall-clock backstop passes (`wall_seconds`)
  and starts a new one;
- memory: RLIMIT_AS in every worker (MemoryError, or the worker dies and is replaced).

Start method: forkserver with SymPy, mpmath and pylatexenc preloaded in the server. `fork`
would copy a parent that may have torch's thread pools running (a forked child can deadlock
on a lock a thread held); `spawn` pays the SymPy import (~1 s) again for every replaced
worker. The forkserver is a fresh interpreter that imports only what is listed here (never
torch), and forks cheap workers from it.

The pool is made on first use, reused, and shut down at exit. Workers: `configure(workers=)`
(`python -m verify -j N`), default the cores this process may run on.
"""
from __future__ import annotations

import atexit
import contextlib
import enum
import gc
import importlib
import io
import math
import multiprocessing.context as mp_context
import os
import pickle
import resource
import signal
import sys
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import forkserver, popen_forkserver, spawn, util

MEMORY_BYTES = 1 << 30           # address space per worker
WALL_FACTOR, WALL_GRACE = 5, 10.0   # wall-clock backstop of a task: 5 x its CPU cap + 10 s
MEMORY_EXIT = 86                 # a worker's exit status after a MemoryError
# Imported once, in the forkserver. Only third-party modules: Python 3.11's forkserver imports them
# before it takes the parent's sys.path, so a preloaded `verify` could be another copy than the
# parent's. This package is imported in each worker (`_initialise`), after sys.path is the parent's;
# a task's own module (the hand checker's verify.tex.check, ~0.4 s) on its first task, before its cap
# starts (`_run_task`): a derivation's proofs do not wait for it.
# sympy.physics.units (with sympy.tensor and sympy.combinatorics, ~0.3 s) is what simplify() imports on its
# first call: preloaded, every worker starts with it instead of paying it again (pure Python, starts no thread).
PRELOAD = ["sympy", "mpmath", "pylatexenc.latexwalker", "pylatexenc.latex2text", "sympy.physics.units"]
WORKER_IMPORTS = ["verify.prove"]

_settings = {"workers": None, "memory_bytes": MEMORY_BYTES}
_pool = None
_lock = threading.Lock()
_running = threading.Event()     # the workers are up: submitting no longer waits for the forkserver's imports
_in_worker = False


class Cap(enum.Enum):
    TIME = "time"
    MEMORY = "memory"
    DIED = "died"          # the worker ended for another reason (a crash in C code)


@dataclass(frozen=True)
class Capped:
    """A task that gave no result: which cap stopped it, and the reason to show. `backstop`: the wall-clock
    backstop stopped it, not its CPU cap (a worker that made no progress: stuck, or lost to a race in the pool)."""
    cap: Cap
    reason: str
    backstop: bool = False


def in_worker() -> bool:
    """True inside a pool worker (where the work is done in-process, under the pool's caps)."""
    return _in_worker


_local = threading.local()


def runs_here() -> bool:
    """Work is done in this process: in a pool worker, or inside `local()`."""
    return _in_worker or getattr(_local, "active", False)


@contextlib.contextmanager
def local():
    """Do the work requested inside the block in this process, with no hard cap: to measure what the
    isolation costs (verify.tex.bench), or for a test that patches the checker in this process."""
    _local.active = True
    try:
        yield
    finally:
        _local.active = False


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)))


def configure(*, workers: int | None = None, memory_bytes: int | None = None) -> None:
    """Set the number of workers and the memory cap; a running pool with other settings is replaced."""
    wanted = {"workers": workers if workers is not None else _settings["workers"],
              "memory_bytes": memory_bytes if memory_bytes is not None else _settings["memory_bytes"]}
    if wanted != _settings:
        shutdown()
        _settings.update(wanted)


def workers() -> int:
    return _settings["workers"] or default_workers()


def memory_bytes() -> int:
    return _settings["memory_bytes"]


def memory_gb() -> str:
    """The memory cap as shown in messages ("1 GB")."""
    n = memory_bytes()
    return f"{n / (1 << 30):g} GB" if n >= 1 << 30 else f"{n / (1 << 20):g} MB"


def _initialise(memory: int) -> None:
    global _in_worker
    _in_worker = True
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))    # a worker killed by a cap leaves no core file
    for name in PRELOAD + WORKER_IMPORTS:                # the first ones are there already (the forkserver's)
        __import__(name)
    # The imported modules (about 60,000 objects, half the heap) live as long as the worker: out of the
    # collector's way, a full collection walks the other half only (a class's worker spends ~9 % in gc).
    gc.freeze()


class _Popen(popen_forkserver.Popen):
    """The forkserver's Popen, except that the worker does not run the parent's __main__ again.

    multiprocessing re-runs a script's top level in every worker (spawn and forkserver do), so a
    script calling Derivation.check() outside `if __name__ == "__main__":` would start workers from
    its workers, and a script importing torch would import it in them. The workers need nothing
    from __main__: their tasks are functions of this package. (_launch as in CPython 3.11/3.12,
    with the main-module entries dropped.)
    """

    def _launch(self, process_obj):
        prep_data = spawn.get_preparation_data(process_obj._name)
        prep_data.pop("init_main_from_path", None)
        prep_data.pop("init_main_from_name", None)
        buf = io.BytesIO()
        mp_context.set_spawning_popen(self)
        try:
            mp_context.reduction.dump(prep_data, buf)
            mp_context.reduction.dump(process_obj, buf)
        finally:
            mp_context.set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)
        _parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (_parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _Process(mp_context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj):
        return _Popen(process_obj)


class _Context(mp_context.ForkServerContext):
    Process = _Process


def _get_pool():
    global _pool
    with _lock:
        if _pool is None or not _pool.active:
            import pebble
            context = _Context()
            context.set_forkserver_preload(PRELOAD)
            _pool = pebble.ProcessPool(max_workers=workers(),
                                       initializer=_initialise, initargs=(_settings["memory_bytes"],),
                                       context=context)
            # A multiprocessing child (e.g. the report's parallel derivation checks) runs no atexit: it
            # joins its children on exit and would wait for these workers for ever. Its exit finalizers
            # run first; registered here, in the process that made the pool, since a child forked from
            # it starts with an empty finalizer registry.
            util.Finalize(None, shutdown, exitpriority=100)
        return _pool


def warm() -> None:
    """Start the workers in the background (the forkserver imports SymPy while the caller works on)."""
    if not runs_here() and _pool is None:
        threading.Thread(target=_start, daemon=True).start()


def _start() -> None:
    try:
        _get_pool().schedule(int)     # waits for the workers to start (the forkserver imports SymPy first)
        _running.set()
    except Exception:    # e.g. shut down at exit meanwhile; a real problem shows on first use
        pass


def running():
    """The pool, once its workers have started (`submit` then returns at once; before, it waits ~0.5 s
    for them), else None. A future submitted to a pool that is no longer `running()` will not be served."""
    return _pool if _running.is_set() and _pool is not None and _pool.active else None


def shutdown() -> None:
    """Stop the workers (at exit, or before the pool is made again with other settings)."""
    global _pool
    with _lock:
        _running.clear()
        if _pool is not None:
            _pool.stop()
            _pool.join()
            _pool = None


atexit.register(shutdown)


def _forget_pool() -> None:
    """In a child forked from this process: the pool's threads did not come along, so it is not ours."""
    global _pool, _lock, _running
    _pool, _lock, _running = None, threading.Lock(), threading.Event()


os.register_at_fork(after_in_child=_forget_pool)


@dataclass(frozen=True)
class WorkerStatus:
    pid: int
    cpu_seconds: float        # user + system time used so far
    memory_cap: int           # RLIMIT_AS in bytes
    torch_loaded: bool        # must stay False: workers never import torch
    timer_armed: bool         # a soft-budget timer (verify.deadline) left running between tasks
    frozen_objects: int       # objects the collector no longer walks (gc.freeze at start)


def worker_status() -> WorkerStatus:
    """Run in a worker (pool.call(worker_status, ...)): what it looks like between tasks."""
    import sys
    return WorkerStatus(os.getpid(), sum(os.times()[:2]), resource.getrlimit(resource.RLIMIT_AS)[0],
                        "torch" in sys.modules, signal.getitimer(signal.ITIMER_PROF)[0] > 0, gc.get_freeze_count())


def limit_cpu(seconds: float) -> None:
    """In a worker: the kernel ends this process once it has used `seconds` more CPU time
    (SIGXCPU, whose default action ends the process even inside C code)."""
    if not _in_worker:
        return
    used = sum(os.times()[:2])
    soft = math.ceil(used + seconds)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, resource.RLIM_INFINITY))


def _run_task(payload: bytes, cpu_seconds: float, module: str | None = None):
    if module and module not in sys.modules:
        importlib.import_module(module)      # our own code, imported once per worker: not the task's time
        gc.freeze()                          # and out of the collector's way, as in _initialise
    limit_cpu(cpu_seconds)
    try:
        fn, args = pickle.loads(payload)     # here, under the caps: building SymPy objects can take forever
        return fn(*args)
    except MemoryError:                      # past the memory cap: this worker is replaced, not trusted on
        os._exit(MEMORY_EXIT)
    finally:   # a soft budget (verify.deadline) left armed must not fire between tasks
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, signal.SIG_IGN)


def wall_seconds(cpu_seconds: float) -> float:
    """The wall-clock backstop for a task with this CPU cap: generous, since on a loaded machine a
    worker may get a small share of a core; it catches only a worker that is stuck without working."""
    return WALL_FACTOR * cpu_seconds + WALL_GRACE


def submit(fn, *args, seconds: float, wall: float | None = None):
    """Schedule fn(*args) in a worker: it is killed after `seconds` of CPU time, or `wall` seconds
    of wall-clock time (default `wall_seconds(seconds)`).

    The arguments travel pickled as bytes: pebble would unpickle them in the worker before the
    task counts as started, outside its timeout (and holding the lock every worker takes tasks with).
    """
    payload = pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
    module = getattr(getattr(fn, "func", fn), "__module__", None)     # fn may be a functools.partial
    future = _get_pool().schedule(_run_task, args=(payload, seconds, module),
                                  timeout=wall if wall is not None else wall_seconds(seconds))
    _running.set()      # schedule has started the workers (or found them started)
    return future


def outcome(future, seconds: float):
    """The task's value, or Capped when a cap stopped it (its worker is then replaced)."""
    from pebble import ProcessExpired
    try:
        return future.result()
    except FutureTimeout:
        return Capped(Cap.TIME, f"time cap reached (wall-clock, {seconds:g} s of CPU allowed); worker replaced",
                      backstop=True)
    except ProcessExpired as exc:
        if exc.exitcode == MEMORY_EXIT:
            return Capped(Cap.MEMORY, f"memory cap ({memory_gb()}) reached; worker replaced")
        if exc.exitcode == -signal.SIGXCPU:
            return Capped(Cap.TIME, f"time cap ({seconds:g} s of CPU) reached; worker replaced")
        return Capped(Cap.DIED, f"the worker died (exit code {exc.exitcode}; the memory cap of "
                                f"{memory_gb()} is the likely cause); worker replaced")
    except BrokenProcessPool as exc:   # pebble gives up on a pool whose worker died between tasks: a new one
        shutdown()
        return Capped(Cap.DIED, f"the worker pool broke ({exc}); it is started again")


def call(fn, *args, seconds: float, wall: float | None = None):
    """Run fn(*args) in a worker under the caps (`seconds` of CPU; see `submit`): its value, or Capped.
    In a worker or inside `local()`: here, with no cap."""
    if runs_here():
        return fn(*args)
    return outcome(submit(fn, *args, seconds=seconds, wall=wall), seconds)
