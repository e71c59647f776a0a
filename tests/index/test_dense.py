import numpy as np

from index.dense import DenseIndex


def _vectors(n: int, dim: int = 16) -> np.ndarray:
    rng = np.random.default_rng(7)
    v = rng.normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_small_collections_use_exact_search_keyed_by_passage_id(tmp_path):
    vectors = _vectors(20)
    ids = np.arange(1000, 1020, dtype=np.int64)
    index = DenseIndex.build(ids, vectors, hnsw_threshold=100, manifest={"model": "m"})
    assert index.manifest["faiss"] == "Flat" and index.size == 20
    assert index.search(vectors[5], 3)[0][0] == 1005
    index.save(tmp_path)
    again = DenseIndex.load(tmp_path)
    assert again.manifest == index.manifest and again.search(vectors[7], 1)[0][0] == 1007


def test_large_collections_use_hnsw_with_the_same_ids(tmp_path):
    vectors = _vectors(300)
    ids = np.arange(5000, 5300, dtype=np.int64)
    index = DenseIndex.build(ids, vectors, hnsw_threshold=100, manifest={"model": "m"})
    assert index.manifest["faiss"].startswith("HNSW") and index.size == 300
    found = [index.search(vectors[i], 1)[0][0] for i in range(0, 300, 30)]
    assert found == list(range(5000, 5300, 30))


def test_empty_index(tmp_path):
    index = DenseIndex.build(np.zeros(0, dtype=np.int64), np.zeros((0, 8), dtype=np.float32),
                             hnsw_threshold=10, manifest={"model": "m", "dim": 8})
    assert index.size == 0 and index.search(np.ones(8, dtype=np.float32), 5) == []
