"""What the trained runs share: device, progress bars, a two-hidden-layer torch MLP."""
from __future__ import annotations

import sys

import numpy as np


def progress(iterable, desc: str):
    """tqdm on a terminal, the bare iterable otherwise (CI logs stay quiet)."""
    if not sys.stderr.isatty():
        return iterable
    from tqdm import tqdm
    return tqdm(iterable, desc=desc, leave=False)


def device():
    """CUDA when available, never required."""
    import torch
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def tensor(array, dtype=None, dev=None):
    import torch
    return torch.as_tensor(np.asarray(array), dtype=dtype, device=dev or device())


def mlp(sizes, activation: str, seed: int, dtype=None):
    """Linear-f-Linear-f-Linear, initialised from `seed` (torch.nn.Linear's default init)."""
    import torch
    from torch import nn
    torch.manual_seed(seed)
    f = {"sigmoid": nn.Sigmoid, "relu": nn.ReLU, "tanh": nn.Tanh}[activation]
    layers = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers += [nn.Linear(a, b, dtype=dtype or torch.float64)] + ([f()] if i < len(sizes) - 2 else [])
    return nn.Sequential(*layers).to(device())


def fit(model, X, y, *, iterations: int, lr: float, desc: str, loss=None, evaluate=None):
    """Full-batch gradient descent; `evaluate(i)` (optional) is called before each step."""
    import torch
    loss = loss or torch.nn.functional.cross_entropy
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for i in progress(range(iterations), desc):
        if evaluate is not None:
            evaluate(i)
        opt.zero_grad()
        loss(model(X), y).backward()
        opt.step()
    return model


def accuracy(model, X, y) -> float:
    import torch
    with torch.no_grad():
        out = model(X)
    pred = (out[:, 0] > 0).long() if out.shape[1] == 1 else out.argmax(dim=1)
    return float((pred == y).double().mean())

