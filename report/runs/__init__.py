"""Empirical runs attached to the report, by derivation.

`collect(names, outdir, rerun=False, data=None) -> {derivation name: [RunOutput, ...]}`
is what the report calls; a derivation with no runs gets an empty list.
"""
from report.runs.base import Figure, RunOutput, Table


def collect(names, outdir, rerun=False, data=None):
    return {name: [] for name in names}


__all__ = ["collect", "Figure", "RunOutput", "Table"]
