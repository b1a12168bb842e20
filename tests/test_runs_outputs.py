"""Every run on tiny configs: the shape of what it hands the report, determinism, caching."""
import dataclasses
from pathlib import Path

import pytest

import report.cache
from report.runs import RUNS, DataError, DataSpec, collect, run_module
from report.runs.__main__ import main
from report.runs.base import RunOutput
from verify.threads import pin_threads

pin_threads(1)
ALL_RUNS = [run for runs in RUNS.values() for run in runs]


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(report.cache, "CACHE_DIR", tmp_path / "cache")


def check_shape(out: RunOutput, module, outdir: Path):
    assert isinstance(out, RunOutput) and out.derivation == module.DERIVATION and out.title
    for fig in out.figures:
        path = outdir / fig.path
        assert fig.path.startswith("runs/") and fig.path.endswith(".pdf") and fig.caption
        assert path.read_bytes().startswith(b"%PDF")
    for table in out.tables:
        assert table.caption and table.rows
        assert all(len(row) == len(table.header) and all(isinstance(c, str) for c in row) for row in table.rows)
    assert all(isinstance(n, str) for n in out.notes)
    assert out.figures or out.tikz or out.notes


@pytest.mark.parametrize("name", ALL_RUNS)
def test_tiny_run_has_the_report_shape_and_is_deterministic(name, tmp_path, checked_results):
    module = run_module(name)
    checked = checked_results[module.DERIVATION]
    first = module.run(module.TINY, 3, tmp_path / "a", checked)
    second = module.run(module.TINY, 3, tmp_path / "b", checked)
    check_shape(first, module, tmp_path / "a")
    assert first == second                                   # titles, figures, tables, notes, tikz
    for fig in first.figures:
        assert (tmp_path / "a" / fig.path).read_bytes() == (tmp_path / "b" / fig.path).read_bytes(), fig.path


def test_relu_graph_draws_every_node_and_edge(tmp_path, checked_results):
    module = run_module("relu_graph")
    checked = checked_results["relu_network_example"]
    out = module.run(module.TINY, 0, tmp_path, checked)
    graph = checked.datum("graph")
    assert out.tikz.count(r"\node[node]") == len(graph.nodes)
    assert out.tikz.count(r"\draw[->]") == len(graph.edges)
    assert out.tikz.startswith(r"\begin{tikzpicture}") and out.tikz.endswith(r"\end{tikzpicture}")
    # an edge of a fan (x₁ → z₁, z₂) has its label set off the edge: right against it, w₂'s touched w₁'s edge
    fan_labels = [line for line in out.tikz.splitlines() if "sloped, above=3pt" in line or "sloped, below=3pt" in line]
    assert fan_labels
    # the fans of x₁, x₂, x₃ cross: no weight label lies on another edge, a node or another label, and the
    # picture sets them where the placement says
    position = module.positions(graph)
    along = module.label_positions(graph, position, module.TINY)
    assert len(along) == 6 and module.label_collisions(graph, position, module.TINY, along) == []
    for (src, dst), at in along.items():
        assert any(f"({src}) -- node[w, pos={at:.2f}," in line and f"({dst});" in line for line in fan_labels)
    # the check sees a collision: every label near its source (w₂'s and w₃'s ran into each other), or all in the middle
    for same in (0.2, 0.5):
        assert module.label_collisions(graph, position, module.TINY, dict.fromkeys(along, same))
    # and a run's table names weights in math, w₁, with ∂E/∂w (not w1, dE/dw)
    weights = out.tables[0]
    assert weights.rows[0][0] == "$w_{1}$" and r"$\partial E/\partial w$" in weights.header


def pick(checked_results, *names):
    return [checked_results[n] for n in names]


def test_relu_graph_fails_without_its_graph_data(tmp_path, checked_results):
    """A run whose derivation lost what it needs fails; it is not skipped."""
    import dataclasses as dc
    module = run_module("relu_graph")
    checked = checked_results["relu_network_example"]
    lost = dc.replace(checked, data=tuple((k, v) for k, v in checked.data if k != "graph"))
    with pytest.raises(KeyError, match="graph"):
        module.run(module.TINY, 0, tmp_path, lost)


def test_a_run_on_a_failed_derivation_fails(tmp_path, checked_results):
    import dataclasses as dc
    from derivations.checked import DerivationFailed
    failed = dc.replace(checked_results["tanh"], error="check failed: on purpose")
    module = run_module("tanh_error")
    with pytest.raises(DerivationFailed):
        module.run(module.TINY, 0, tmp_path, failed)


def tiny_configs():
    return {name: run_module(name).TINY for name in ALL_RUNS}


def test_collect_caches_and_rerun_forces(tmp_path, monkeypatch, checked_results):
    module = run_module("tanh_error")
    first = collect(pick(checked_results, "tanh", "forward_mode_trace"), tmp_path / "build", configs=tiny_configs())
    assert first["forward_mode_trace"] == [] and len(first["tanh"]) == 1
    figure = tmp_path / "build" / first["tanh"][0].figures[0].path
    figure.unlink()                                          # a cleaned build dir is restored from the cache
    calls = []
    real = module.run
    monkeypatch.setattr(module, "run", lambda *a: calls.append(a) or real(*a))
    again = collect(pick(checked_results, "tanh"), tmp_path / "build", configs=tiny_configs())
    assert calls == [] and again["tanh"] == first["tanh"] and figure.exists()
    collect(pick(checked_results, "tanh"), tmp_path / "build", rerun=True, configs=tiny_configs())
    assert len(calls) == 1
    other = dict(tiny_configs(), tanh_error=dataclasses.replace(module.TINY, points=51))
    collect(pick(checked_results, "tanh"), tmp_path / "build", configs=other)         # a changed config is a new key
    assert len(calls) == 2


def csv_files(tmp_path, shifted=False):
    header = "a,b,kind,y\n"
    line = lambda i, s: f"{(i % 5) + s},{(i * 7) % 3},{'uv'[i % 2]},{'pq'[(i // 2) % 2]}\n"  # noqa: E731
    train = tmp_path / "train.csv"
    test = tmp_path / "test.csv"
    train.write_text(header + "".join(line(i, 0) for i in range(40)))
    test.write_text(header + "".join(line(i, 3 if shifted else 0) for i in range(12)))
    return train, test


def test_collect_runs_the_tabular_runs_on_user_csv(tmp_path, checked_results):
    train, test = csv_files(tmp_path, shifted=True)
    out = collect(pick(checked_results, "input_gradient", "sigmoid_mlp"), tmp_path / "build", data=DataSpec(train, "y", test),
                  configs=tiny_configs())
    from_scratch, attribution, generalisation = out["input_gradient"]
    (digits,) = out["sigmoid_mlp"]
    assert from_scratch.notes[0].startswith("Data: train,") and "4-" in from_scratch.notes[0]
    assert "Digits" in digits.title                              # the digits run keeps its own data
    assert attribution.data["features"] == ["a", "b", "kind=u", "kind=v"]
    assert "test.csv" in generalisation.notes[0]
    assert generalisation.data["shift"][0] > 1.0               # column a moved by 3 in the test file


def test_bad_csv_stops_collect_before_anything_is_written(tmp_path, checked_results):
    train, test = csv_files(tmp_path)
    test.write_text(test.read_text().replace(",1,", ",x1,", 1))
    with pytest.raises(DataError, match="test.csv"):
        collect(pick(checked_results, *RUNS), tmp_path / "build", data=DataSpec(train, "y", test), configs=tiny_configs())
    assert not (tmp_path / "build").exists()


def test_cli_reports_a_bad_csv_and_writes_nothing(tmp_path, capsys):
    train, _ = csv_files(tmp_path)
    code = main(["--data", str(train), "--target", "label", "--out", str(tmp_path / "build")])
    assert code == 2
    err = capsys.readouterr().err
    assert "train.csv" in err and "'label'" in err
    assert not (tmp_path / "build").exists()


def test_a_failing_run_becomes_a_note_and_the_others_still_attach(tmp_path, monkeypatch, capsys, checked_results):
    module = run_module("relu_graph")
    monkeypatch.setattr(module, "run", lambda *a: 1 / 0)
    out = collect(pick(checked_results, "tanh", "relu_network_example"), tmp_path / "build", configs=tiny_configs())
    assert out["tanh"][0].figures
    (failed,) = out["relu_network_example"]
    assert "failed" in failed.title and "ZeroDivisionError" in failed.notes[0]
    assert "relu_graph failed" in capsys.readouterr().err


def test_cli_prints_each_run(tmp_path, capsys):
    assert main(["--only", "tanh", "--out", str(tmp_path / "build")]) == 0
    printed = capsys.readouterr().out
    assert "[tanh]" in printed and str(tmp_path / "build" / "runs" / "tanh_error" / "error.pdf") in printed
    assert (tmp_path / "build" / "runs" / "tanh_error" / "error.pdf").exists()


def test_column_names_are_not_read_as_mathtext(tmp_path, checked_results):
    """A CSV column named `$\\foo$` went to matplotlib as mathtext and crashed both tabular runs."""
    train, test = csv_files(tmp_path)
    for path in (train, test):
        path.write_text(path.read_text().replace("a,b,kind,y", "$\\foo$,b$,kind,y", 1))
    out = collect(pick(checked_results, "input_gradient"), tmp_path / "build", data=DataSpec(train, "y", test), configs=tiny_configs())
    for run in out["input_gradient"]:
        assert not run.data.get("failed"), run.data.get("failed")
    attribution = next(r for r in out["input_gradient"] if "features" in r.data)
    assert "$\\foo$" in attribution.data["features"]


@pytest.mark.parametrize("module_name", ["derivations.matrices", "derivations.model", "verify.prove"])
def test_editing_the_code_behind_a_result_reruns_its_runs(tmp_path, monkeypatch, checked_results, module_name):
    """The run key covers the checked result and the code that made it: matrices.py, the step model,
    the prover's lambdify helper. Edit one (a copy, standing in for the file) and the run is recomputed."""
    import importlib
    import shutil
    from derivations.checked import sources_digest
    edited = importlib.import_module(module_name)
    copy = tmp_path / "copy.py"
    shutil.copy(edited.__file__, copy)
    monkeypatch.setattr(edited, "__file__", str(copy))
    before = sources_digest("derivations.tanh")
    copy.write_text(copy.read_text() + "\n# an edit\n")
    after = sources_digest("derivations.tanh")
    assert before != after
    module = run_module("tanh_error")
    calls = []
    real = module.run
    monkeypatch.setattr(module, "run", lambda *a: calls.append(a) or real(*a))
    checked = checked_results["tanh"]
    for source in (before, before, after):
        collect([dataclasses.replace(checked, source=source)], tmp_path / "build", configs=tiny_configs())
    assert len(calls) == 2          # computed, cached, recomputed after the edit
