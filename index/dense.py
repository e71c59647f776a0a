"""FAISS vector index over passage embeddings, keyed by passage id.

Exact inner-product search (``IndexFlatIP``) for small collections; HNSW beyond
``Settings.hnsw_threshold`` vectors. Either way the index sits in an ``IndexIDMap2`` so that ids
are passage ids: replacing a document removes its old ids and adds the new ones.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

FAISS_FILE = "dense.faiss"
MANIFEST_FILE = "dense.json"
HNSW_M = 32


class DenseIndex:
    def __init__(self, index: Any, manifest: dict[str, Any]):
        self.index = index
        self.manifest = manifest

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    @classmethod
    def build(cls, ids: np.ndarray, vectors: np.ndarray, *, hnsw_threshold: int,
              manifest: dict[str, Any]) -> DenseIndex:
        import faiss
        import numpy as np

        dim = int(vectors.shape[1]) if vectors.ndim == 2 and vectors.shape[0] else int(manifest["dim"])
        if len(ids) > hnsw_threshold:
            base = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            base.hnsw.efConstruction = 80
            base.hnsw.efSearch = 128
            kind = f"HNSW{HNSW_M}"
        else:
            base = faiss.IndexFlatIP(dim)
            kind = "Flat"
        index = faiss.IndexIDMap2(base)
        if len(ids):
            index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32),
                               np.asarray(ids, dtype=np.int64))
        return cls(index, {**manifest, "dim": dim, "faiss": kind, "count": int(index.ntotal)})

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        import numpy as np

        if self.size == 0 or k <= 0:
            return []
        scores, ids = self.index.search(np.asarray(query, dtype=np.float32).reshape(1, -1), min(k, self.size))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def save(self, folder: Path) -> None:
        """Write atomically: a reader sees the old files or the new ones, never a mix."""
        import faiss

        folder.mkdir(parents=True, exist_ok=True)
        tmp_index = folder / (FAISS_FILE + ".tmp")
        tmp_manifest = folder / (MANIFEST_FILE + ".tmp")
        faiss.write_index(self.index, str(tmp_index))
        tmp_manifest.write_text(json.dumps(self.manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp_index, folder / FAISS_FILE)
        os.replace(tmp_manifest, folder / MANIFEST_FILE)

    @classmethod
    def load(cls, folder: Path) -> DenseIndex | None:
        import faiss

        path, manifest_path = folder / FAISS_FILE, folder / MANIFEST_FILE
        if not path.exists() or not manifest_path.exists():
            return None
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        return cls(faiss.read_index(str(path)), manifest)


def read_manifest(folder: Path) -> dict[str, Any] | None:
    path = folder / MANIFEST_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
