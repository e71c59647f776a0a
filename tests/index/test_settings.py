from index.settings import DEFAULT_MODEL, from_env


def test_environment_chooses_locations_and_model(monkeypatch):
    monkeypatch.setenv("INDEX_DIR", "/srv/chi-muc")
    monkeypatch.setenv("EMBED_MODEL", "intfloat/multilingual-e5-base")
    s = from_env()
    assert (s.index_dir, s.model, s.model_explicit) == ("/srv/chi-muc", "intfloat/multilingual-e5-base", True)
    assert from_env(model=None).model == "intfloat/multilingual-e5-base"


def test_defaults_and_bad_numbers(monkeypatch):
    for name in ("INDEX_DIR", "EMBED_MODEL", "DENSE_WEIGHT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MAX_UPLOAD_MB", "năm mươi")
    s = from_env()
    assert (s.model, s.model_explicit, s.max_upload_mb, s.dense_weight) == (DEFAULT_MODEL, False, 50, None)
    monkeypatch.setenv("DENSE_WEIGHT", "0.4")
    assert from_env().dense_weight == 0.4
