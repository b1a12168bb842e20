"""python -m report --data/--test/--target: a bad CSV stops before anything is built."""
from report.__main__ import main


def test_missing_target_column_exits_2_naming_file_and_column(tmp_path, capsys):
    train = tmp_path / "train.csv"
    train.write_text("a,b\n1,2\n3,4\n")
    out = tmp_path / "out" / "report.pdf"
    assert main(["-o", str(out), "--data", str(train), "--target", "label"]) == 2
    err = capsys.readouterr().err
    assert "train.csv" in err and "label" in err
    assert not out.parent.exists()           # nothing half-written


def test_data_needs_target(tmp_path, capsys):
    import pytest
    with pytest.raises(SystemExit) as exc:
        main(["--data", str(tmp_path / "x.csv")])
    assert exc.value.code == 2


def test_unreadable_csv_is_exit_2_not_a_traceback(tmp_path, capsys):
    train = tmp_path / "train.csv"
    train.write_text('a,label\n1,x\n"' + "y" * 200_000 + '",z\n')
    out = tmp_path / "out" / "report.pdf"
    assert main(["-o", str(out), "--data", str(train), "--target", "label"]) == 2
    err = capsys.readouterr().err
    assert "train.csv" in err and "row 3" in err and "Traceback" not in err
    assert not out.parent.exists()
