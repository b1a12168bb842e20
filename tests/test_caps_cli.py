"""`python -m verify` caps options: absurd values refused with exit 2, input size capped, empty
directories and -j N."""
import pytest

from verify import pool
from verify.tex.cli import main


@pytest.mark.parametrize("option", [
    ["--step-seconds", "nan"], ["--step-seconds", "inf"], ["--step-seconds", "0"], ["--step-seconds", "-1"],
    ["--step-seconds", "1e10"], ["--memory-mb", "1e99"], ["--memory-mb", "10"], ["--memory-mb", "0"],
    ["--memory-mb", str(10 ** 12)], ["--max-bytes", "-5"], ["--max-bytes", "0"], ["-j", "0"], ["-j", "100000"],
    ["-j", "two"],
])
def test_absurd_values_are_refused(option, tmp_path, capsys):
    f = tmp_path / "a.tex"
    f.write_text("$1 + 1 = 2$\n")
    with pytest.raises(SystemExit) as exit_:
        main([*option, str(f)])
    assert exit_.value.code == 2
    assert option[0] in capsys.readouterr().err


def test_an_endless_input_is_cut_at_max_bytes(capsys):
    assert main(["/dev/zero"]) == 2
    assert "larger than" in capsys.readouterr().err


def test_max_bytes_is_the_limit(tmp_path, capsys):
    f = tmp_path / "a.tex"
    f.write_text("$1 + 1 = 2$\n")
    assert main(["--max-bytes", "5", str(f)]) == 2
    assert "--max-bytes" in capsys.readouterr().err
    assert main(["--max-bytes", "100", str(f)]) == 0


def test_an_empty_directory_is_an_error(tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    assert "no .tex files found" in capsys.readouterr().err


def test_two_workers_check_files_side_by_side(tmp_path, capsys):
    good, bad = tmp_path / "good.tex", tmp_path / "bad.tex"
    good.write_text("$1 + 1 = 2$\n")
    bad.write_text("$1 + 1 = 3$\n")
    try:
        assert main(["-j", "2", str(good), str(bad)]) == 1
        assert pool.workers() == 2
    finally:
        pool.configure(workers=pool.default_workers())
    out = capsys.readouterr().out
    assert "good.tex: 1 steps: 1 ok" in out and "bad.tex: 1 steps: 1 wrong" in out
