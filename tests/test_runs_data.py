"""User CSV files for the runs: encoding, standardisation, and clear errors on bad input."""
import numpy as np
import pytest

from report.runs.data import DataError, DataSpec, load, load_bundled
from verify.threads import pin_threads

pin_threads(1)

HEADER = "size,colour,weight,label\n"


def rows(n, start=0):
    colours = ("red", "green", "blue")
    return "".join(f"{1.5 + i % 7},{colours[i % 3]},{10 + (i * 3) % 11},{'ab'[i % 2]}\n" for i in range(start, start + n))


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_csv_one_hot_and_standardised_with_training_statistics(tmp_path):
    train = write(tmp_path, "train.csv", HEADER + rows(40))
    test = write(tmp_path, "test.csv", HEADER + rows(12, start=100))
    data = load(DataSpec(train, "label", test), seed=0)
    assert data.feature_names == ["size", "colour=blue", "colour=green", "colour=red", "weight"]
    assert data.class_names == ["a", "b"]
    assert data.X_train.shape[1] == data.X_val.shape[1] == data.X_test.shape[1] == 5
    assert len(data.y_test) == 12 and data.test_source == "test.csv"
    assert np.allclose(data.X_train.mean(axis=0), 0) and np.allclose(data.X_train.std(axis=0), 1)
    assert not np.allclose(data.X_val.mean(axis=0), 0)          # validation rows are not used for statistics


def test_bundled_sets_load_with_three_splits():
    data = load_bundled("wine", seed=0)
    assert data.n_classes == 3 and data.test_source == "split"
    assert len(data.y_train) + len(data.y_val) + len(data.y_test) == 178


def error_for(tmp_path, train_text, test_text=None, target="label"):
    train = write(tmp_path, "train.csv", train_text)
    test = write(tmp_path, "test.csv", test_text) if test_text is not None else None
    with pytest.raises(DataError) as info:
        load(DataSpec(train, target, test))
    return info.value


def test_missing_target_column_is_named(tmp_path):
    err = error_for(tmp_path, HEADER + rows(20), target="species")
    assert err.column == "species" and err.file.endswith("train.csv") and err.row == 1
    assert "species" in str(err) and "train.csv" in str(err)


def test_non_numeric_garbage_names_file_column_and_row(tmp_path):
    text = HEADER + rows(10) + "3.5,red,oops,a\n" + rows(10)
    err = error_for(tmp_path, text)
    assert (err.column, err.row) == ("weight", 12)              # header is line 1
    assert "'oops'" in str(err) and "row 12" in str(err) and "train.csv" in str(err)


def test_garbage_in_the_test_file_is_reported_there(tmp_path):
    err = error_for(tmp_path, HEADER + rows(20), HEADER + rows(4) + "inf,red,3,a\n" + rows(4))
    assert err.file.endswith("test.csv") and (err.column, err.row) == ("size", 6)


@pytest.mark.parametrize("text", ["", "\n  \n", HEADER])
def test_empty_file(tmp_path, text):
    err = error_for(tmp_path, text)
    assert err.file.endswith("train.csv")
    assert "empty" in str(err) or "no data rows" in str(err)


def test_class_missing_from_test(tmp_path):
    only_a = HEADER + "".join(line for line in rows(10).splitlines(keepends=True) if line.endswith("a\n"))
    err = error_for(tmp_path, HEADER + rows(20), only_a)
    assert err.file.endswith("test.csv") and err.column == "label" and "'b'" in str(err)


def test_unknown_class_in_test(tmp_path):
    err = error_for(tmp_path, HEADER + rows(20), HEADER + rows(4) + "1,red,2,zebra\n")
    assert (err.column, err.row) == ("label", 6) and "zebra" in str(err)


def test_ragged_row_and_missing_test_column(tmp_path):
    assert error_for(tmp_path, HEADER + rows(5) + "1,red\n" + rows(5)).row == 7
    err = error_for(tmp_path, HEADER + rows(20), "size,colour,label\n1.5,red,a\n2,blue,b\n")
    assert err.file.endswith("test.csv") and err.column == "weight"


def test_empty_cells(tmp_path):
    assert error_for(tmp_path, HEADER + rows(5) + "1,red,,a\n").column == "weight"
    err = error_for(tmp_path, HEADER + rows(5) + "1,red,2,\n")
    assert (err.column, err.row) == ("label", 7) and "empty" in str(err)


def test_single_class_target(tmp_path):
    err = error_for(tmp_path, HEADER + "1,red,2,a\n" * 10)
    assert err.column == "label" and "single class" in str(err)


def test_overlong_field_is_a_data_error_with_its_row(tmp_path):
    """The csv module raises _csv.Error past 131,072 characters; that is bad data, not a crash."""
    err = error_for(tmp_path, HEADER + rows(5) + '1,"' + "x" * 200_000 + '",2,a\n' + rows(5))
    assert err.row == 7 and "field larger than field limit" in str(err)


def test_huge_value_is_rejected_with_file_column_and_row(tmp_path):
    """1e308 is finite, so it used to pass validation and overflow in standardisation."""
    err = error_for(tmp_path, HEADER + rows(5) + "1e308,red,2,a\n" + rows(5))
    assert (err.column, err.row) == ("size", 7) and "too large" in str(err)
    err = error_for(tmp_path, HEADER + rows(20), HEADER + rows(4) + "1,red,-1e200,b\n")
    assert err.file.endswith("test.csv") and (err.column, err.row) == ("weight", 6)

