"""Pin BLAS/torch threads: these machines are shared, and 2-thread runs vary 5-25x."""
import os

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def pin_threads(n: int = 1) -> None:
    for var in THREAD_VARS:
        os.environ.setdefault(var, str(n))
    try:
        import torch
    except ImportError:
        return
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", n)))
