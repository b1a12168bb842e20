"""det and tr of capitals are of matrices: decided at random instances (they were left to the laws of
𝔼 and Var, which cannot decide them); I is the identity there."""
from verify.tex import OK, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_det_and_tr_of_capitals_at_random_instances():
    assert verdicts(r"$\det(2A) = 2\det A$") == [WRONG]
    assert verdicts(r"$\operatorname{tr}(AB) = \operatorname{tr}(A)\operatorname{tr}(B)$") == [WRONG]
    assert verdicts(r"$\operatorname{tr}(AB) = \operatorname{tr}(BA)$") == [OK]
    assert verdicts(r"$\det(A^\top) = \det A$") == [OK]


def test_the_identity_is_the_identity():
    steps = check_text(r"Let $\Sigma = I$: $\det\Sigma = 1$, $(A + I)^\top = A^\top + I$.").steps
    assert [s.verdict for s in steps][1:] == [OK, OK]


def test_a_value_of_particular_matrices_is_not_refuted_by_a_random_instance():
    # det(AB) = 5 may hold for the file's A and B: a random instance says nothing about them
    assert verdicts(r"$\det(AB) = 5$") != [WRONG]
    assert verdicts(r"$\operatorname{tr}(A) = 3$") != [WRONG]
