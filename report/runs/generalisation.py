"""Generalisation gap: train / validation / test accuracy of the tabular model side by side.

When the test rows come from the user's own test file, they may come from a shifted
distribution: each feature's test mean is shown in training standard deviations (features
are standardised with training statistics, so the training mean is 0), next to the
feature's input-gradient attribution. A large shift in a highly attributed feature is
the likely cause of a gap between validation and test accuracy.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from derivations.prose import Prose
from report.runs import attribution, figures, training
from report.runs.base import RunOutput, Table

DERIVATION = "input_gradient"
USES_DATA = True
Config = attribution.Config
TINY = replace(attribution.TINY)


def run(config: Config, seed: int, outdir, checked) -> RunOutput:
    data, model, scores, _reference, _source = attribution.rank(config, seed, checked)
    accuracy = {split: training.accuracy(model, training.tensor(getattr(data, f"X_{split}")),
                                         training.tensor(getattr(data, f"y_{split}")))
                for split in ("train", "val", "test")}
    shift = data.shift()
    attribution_rank = np.empty(len(scores), int)
    attribution_rank[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
    order = np.argsort(-np.abs(shift), kind="stable")[:config.top]
    names = [data.feature_names[i] for i in order]
    test_name = "a split of the training data" if data.test_source == "split" else data.test_source

    fig, axes = figures.new(3, aspect=0.25 + 0.045 * len(order), width=1.0,
                            gridspec_kw={"width_ratios": (1, 1.3, 1.3)})
    axes[0].bar(("train", "validation", "test"), [accuracy[s] for s in ("train", "val", "test")],
                color=("C0", "C1", "C2"))
    axes[0].set(xlabel="split", ylabel="accuracy", ylim=(0, 1.0))      # bars from 0: a bar's length is its value
    axes[0].tick_params(axis="x", labelrotation=45)
    y = np.arange(len(order))[::-1]
    axes[1].barh(y, shift[order], color="C3")
    axes[1].axvline(0, color="0.5", lw=0.6)
    axes[1].set_yticks(y, [figures.literal(n) for n in names])
    axes[1].set(xlabel="test mean shift (train s.d.)", ylabel="feature")
    axes[2].barh(y, scores[order], color="C0")
    axes[2].set_yticks(y, [])
    axes[2].set(xlabel=r"mean $|\partial L/\partial x_i|$", ylabel="same features")
    fig_gap = figures.save(fig, outdir, "runs/generalisation/gap.pdf",
                           f"Left: accuracy on each split (test: {test_name}). Middle: the features whose test "
                           "distribution moved most (standardised mean shift). Right: the same features' "
                           "input-gradient attribution.")

    acc_table = Table("Accuracy of the tabular model on each split.", ("train", "validation", "test", Prose(r"gap (val $-$ test)")),
                      ((f"{accuracy['train']:.3f}", f"{accuracy['val']:.3f}", f"{accuracy['test']:.3f}",
                        f"{accuracy['val'] - accuracy['test']:+.3f}"),))
    shift_table = Table("Features by size of the test-set mean shift, with their attribution rank.",
                        ("feature", "shift (train s.d.)", "attribution rank"),
                        tuple((data.feature_names[i], f"{shift[i]:+.2f}", f"{attribution_rank[i]} of {len(scores)}")
                              for i in order))
    note = (f"Test rows: {test_name}. " + ("They come from the same distribution as the training rows, so the "
                                           "shifts are sampling noise." if data.test_source == "split" else
                                           "Shifts well beyond ~0.2 s.d. mean the test file is distributed "
                                           "differently from the training file."))
    return RunOutput(DERIVATION, "Generalisation gap and distribution shift", (fig_gap,), (acc_table, shift_table),
                     (note,), data={"accuracy": accuracy, "shift": shift.tolist(), "features": list(data.feature_names)})
