from index.fusion import fuse


def test_weighted_rrf_exact_order():
    lexical = ["a", "b", "c", "d"]
    dense = ["c", "e", "a"]
    fused = fuse([lexical, dense], [1.0, 0.5], k=10)
    assert [item for item, _ in fused] == ["a", "c", "b", "d", "e"]
    assert fused[0][1] == 1.0 / 11 + 0.5 / 13


def test_zero_weight_ranking_is_ignored():
    assert [i for i, _ in fuse([["x", "y"], ["y", "z"]], [1.0, 0.0], k=60)] == ["x", "y"]


def test_weak_dense_cannot_outvote_lexical_agreement():
    # A Vietnamese model's weight is below the lexical one: a passage ranked first by BM25
    # and second by the dense model beats the dense model's first choice.
    from index.settings import VIETNAMESE_DENSE_WEIGHT, Settings

    s = Settings()
    fused = fuse([["good", "other"], ["noise", "good"]], [s.lexical_weight, VIETNAMESE_DENSE_WEIGHT], k=s.rrf_k)
    assert fused[0][0] == "good"
