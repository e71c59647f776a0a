"""Bring an index folder's derived files (FAISS, BM25) up to date with its database.

The database holds passages, tokens and embeddings; this module embeds passages that have no
vector for the current model, then rebuilds the FAISS and BM25 files when the passages changed
(the database's generation counter differs from the one recorded in their manifests).
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from index.dense import DenseIndex, read_manifest
from index.embed import Embedder, load_embedder
from index.lexical import FieldTokens, LexicalIndex, field_tokens
from index.settings import Settings
from ingest.normalize import NORMALIZER_VERSION
from ingest.store import Store
from ingest.tokenize import TOKENIZER_VERSION

log = logging.getLogger(__name__)

MANIFEST = "index.json"
EMBED_CHUNK = 256  # passages embedded and committed per step, so Ctrl-C loses little


@dataclass(frozen=True, slots=True)
class RefreshReport:
    embedded: int
    passages: int
    model: str | None
    fallback: bool
    notice: str | None
    rebuilt: bool


@lru_cache(maxsize=4096)
def _label_words(label: str) -> tuple[str, ...]:
    from ingest.pipeline import index_words

    return tuple(index_words(label).split())


def passage_tokens(words: str, section: str) -> FieldTokens:
    """Lexical views of a passage: its own words plus the words of its section path."""
    return field_tokens(words.split() + list(_label_words(section)) if section else words.split())


def read_index_manifest(folder: Path) -> dict[str, Any] | None:
    path = folder / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def embed_missing(store: Store, embedder: Embedder, *, progress: bool = False) -> int:
    """Embed every passage without a vector from ``embedder``; returns how many."""
    import numpy as np
    from tqdm import tqdm

    missing = store.missing_embeddings(embedder.name)
    if not missing:
        return 0
    bar = tqdm(total=len(missing), desc="embedding", unit="passage", disable=not progress)
    for i in range(0, len(missing), EMBED_CHUNK):
        chunk = missing[i : i + EMBED_CHUNK]
        vectors = embedder.encode_passages([text for _, text in chunk])
        store.put_embeddings(
            embedder.name,
            [(pid, np.asarray(v, dtype=np.float32).tobytes()) for (pid, _), v in zip(chunk, vectors)],
        )
        bar.update(len(chunk))
    bar.close()
    return len(missing)


def refresh(store: Store, settings: Settings, *, embed: bool = True, progress: bool = False,
            embedder: Embedder | None = None) -> RefreshReport:
    """Embed what is missing and rebuild stale derived files. Loads the model only if needed.

    ``embedder`` overrides the configured model (tests inject a deterministic one).
    """
    import numpy as np

    from index.embed import Resolution, resolve
    from index.profiles import profile_for

    folder = store.dir
    generation = store.generation()
    base = {"generation": generation, "normalizer": NORMALIZER_VERSION, "tokenizer": TOKENIZER_VERSION}
    embedded, rebuilt = 0, False
    resolution = None
    if embed:
        if embedder is not None:
            resolution = Resolution(embedder.name, embedder.name, "", embedder.fallback, embedder.notice)
        else:
            resolution = resolve(settings.model, allow_download=settings.allow_download,
                                 timeout=settings.download_timeout)
        if store.missing_embeddings(resolution.name):
            embedded = embed_missing(store, embedder or load_embedder(settings), progress=progress)
        store.drop_other_embeddings(resolution.name)
        profile = embedder.profile if embedder is not None else profile_for(resolution.name)
        dense_manifest = read_manifest(folder) or {}
        if embedded or dense_manifest.get("generation") != generation or \
                dense_manifest.get("model") != resolution.name:
            ids, vectors = [], []
            for pid, blob in store.embeddings(resolution.name):
                ids.append(pid)
                vectors.append(np.frombuffer(blob, dtype=np.float32))
            dim = len(vectors[0]) if vectors else (embedder or load_embedder(settings)).dim
            matrix = np.vstack(vectors) if vectors else np.zeros((0, dim), dtype=np.float32)
            DenseIndex.build(
                np.asarray(ids, dtype=np.int64), matrix, hnsw_threshold=settings.hnsw_threshold,
                manifest={**base, "model": resolution.name, "dim": dim, "input_mode": profile.input_mode},
            ).save(folder)
            rebuilt = True
        dense_manifest = read_manifest(folder) or {}
        _write_json(folder / MANIFEST, {
            **base,
            "model": resolution.name,
            "requested_model": resolution.requested,
            "fallback": resolution.fallback,
            "notice": resolution.notice,
            "dim": dense_manifest.get("dim"),
            "input_mode": profile.input_mode,
            "max_length": profile.max_length,
        })
    lexical = LexicalIndex.load(folder)
    if lexical is None or lexical.manifest.get("generation") != generation or \
            lexical.manifest.get("tokenizer") != TOKENIZER_VERSION:
        rows = store.passages()
        LexicalIndex.build(
            [r.id for r in rows], [passage_tokens(r.words, r.passage.section) for r in rows], manifest=base
        ).save(folder)
        rebuilt = True
    return RefreshReport(
        embedded, store.passage_count(),
        resolution.name if resolution else None,
        bool(resolution and resolution.fallback),
        resolution.notice if resolution else None,
        rebuilt,
    )
