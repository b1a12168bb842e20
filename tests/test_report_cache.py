"""Incremental builds: a derivation is re-checked only when its own inputs change."""
from derivations.checked import Checked
from report import build, cache


def test_check_key_covers_own_module_and_shared_code_not_siblings(monkeypatch):
    seen = []
    monkeypatch.setattr(build, "files_digest", lambda files: seen.extend(files) or [])
    build.check_key("derivations.tanh", {"derivations.tanh", "derivations.sigmoid_mlp"})
    names = {p.relative_to(build.ROOT).as_posix() for p in seen}
    assert "derivations/tanh.py" in names and "derivations/model.py" in names
    assert "verify/prove.py" in names and "derivations/checked.py" in names
    assert "derivations/sigmoid_mlp.py" not in names


def test_only_the_changed_derivation_is_checked_again(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "CACHE_DIR", tmp_path)
    sources = {"a": "v1", "b": "v1"}
    checked = []
    monkeypatch.setattr(build, "check_key", lambda module, registry: cache.digest(module, sources[module]))

    def run_checks(names):
        checked.append(list(names))
        return {n: Checked(n, n) for n in names}

    monkeypatch.setattr(build, "run_checks", run_checks)
    selected = {"a": ("a", ""), "b": ("b", "")}
    build.check_all(selected, rerun=False)
    _, cached = build.check_all(selected, rerun=False)
    sources["b"] = "v2"
    build.check_all(selected, rerun=False)
    build.check_all(selected, rerun=True)
    assert checked == [["a", "b"], [], ["b"], ["a", "b"]] and cached == ["a", "b"]
