"""The shared engine: empty start, bootstrap, ingestion swapped in without a restart, concurrency."""
from __future__ import annotations

import threading

import pytest

from index.answer import Answer
from index.settings import Settings
from ingest.store import Store
from webapp.engine import EMPTY_INDEX, Engine, corpus_files
from webfixtures import build_index, built_index, index_dir, write_documents  # noqa: F401 - fixtures

REPORT = """Số: 9/BC-UBND
BÁO CÁO
Kết quả xây dựng cầu treo dân sinh năm 2024
Trong năm 2024, Sở Giao thông vận tải hoàn thành 14 cầu treo dân sinh tại các xã vùng cao.
"""


def _engine(folder, **kw) -> Engine:
    return Engine(Settings(index_dir=str(folder)), **kw)


def test_missing_index_is_an_empty_engine(tmp_path):
    engine = _engine(tmp_path / "none")
    assert not engine.ready and engine.error is None
    assert engine.documents() == [] and engine.facts("assignment") == [] and engine.passages("x") == []
    assert engine.ask("Ai chủ trì?").answer == EMPTY_INDEX
    status = engine.status()
    assert (status.documents, status.passages, status.model, status.fallback, status.stale) == \
        (0, 0, None, False, False)


def test_opens_a_keyword_only_index(index_dir):
    engine = _engine(index_dir)
    status = engine.status()
    assert (status.documents, status.model, status.fallback, status.stale) == (2, None, False, False)
    assert status.passages == Store(index_dir, create=False).passage_count()
    answer = engine.ask("Cơ quan nào chủ trì xây dựng nền tảng thư viện số?")
    assert answer.found and answer.citations[0].number == "57/KH-UBND"
    assert engine.memo("x", lambda: [1]) is engine.memo("x", lambda: [2])  # built once per state


def test_uploaded_file_becomes_searchable_without_restart(index_dir, tmp_path):
    engine = _engine(index_dir)
    before = engine.memo("rows", lambda: "old")
    path = index_dir / "uploads" / "bao_cao_9.txt"
    path.parent.mkdir()
    path.write_text(REPORT, encoding="utf-8")
    steps = []
    report = engine.ingest([path], progress=lambda fraction, text: steps.append(fraction))
    assert (report.ingested, report.unchanged, report.failed, report.skipped) == (1, 0, (), ())
    assert steps[0] == 0.0 and steps[-1] == 1.0 and steps == sorted(steps)
    assert engine.status().documents == 3
    answer = engine.ask("Năm 2024 hoàn thành bao nhiêu cầu treo dân sinh?")
    assert answer.citations[0].number == "9/BC-UBND"
    assert engine.memo("rows", lambda: "new") == "new" != before  # derived tables rebuilt after the swap
    # The same file again: unchanged, nothing re-read.
    assert engine.ingest([path]).unchanged == 1


def test_a_bad_file_is_reported_and_the_index_keeps_working(index_dir):
    engine = _engine(index_dir)
    bad = index_dir / "uploads" / "gia.pdf"
    bad.parent.mkdir()
    bad.write_text("không phải PDF", encoding="utf-8")
    report = engine.ingest([bad])
    assert report.ingested == 0
    assert report.failed == (("gia.pdf", "not a PDF: content looks like plain text"),)
    assert engine.ready and engine.status().documents == 2
    assert engine.ask("Cơ quan nào chủ trì xây dựng nền tảng thư viện số?").found


def test_bootstrap_builds_once_from_the_corpus(tmp_path, fake_embedder):
    corpus = write_documents(tmp_path / "corpus")
    (corpus / ".an.txt").write_text("ẩn", encoding="utf-8")
    (corpus / "anh.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    files = corpus_files(corpus)
    assert [f.name for f in files] == ["cong_van_205.docx", "ke_hoach_57.txt"]
    assert corpus_files(tmp_path / "missing") == []
    engine = _engine(tmp_path / "index", embedder=fake_embedder)
    assert not engine.ready
    report = engine.bootstrap(files)
    assert report is not None and (report.ingested, report.failed) == (2, ())
    status = engine.status()
    assert engine.ready and (status.documents, status.model) == (2, "fake-hash-64")
    assert engine.bootstrap(files) is None  # already built


def test_index_with_an_embedder_embeds_new_uploads(tmp_path, fake_embedder):
    folder = build_index(write_documents(tmp_path / "corpus"), tmp_path / "index", fake_embedder)
    engine = _engine(folder, embedder=fake_embedder)
    status = engine.status()
    assert (status.model, status.fallback) == ("fake-hash-64", False)
    path = tmp_path / "bao_cao_9.txt"
    path.write_text(REPORT, encoding="utf-8")
    engine.ingest([path])
    with Store(folder, create=False) as store:
        assert store.missing_embeddings("fake-hash-64") == []
        count = store.passage_count()
    assert engine._state.searcher.dense.size == count  # noqa: SLF001
    assert engine.status().model == "fake-hash-64"


def test_fallback_model_is_reported(tmp_path, fake_embedder):
    fallback = type(fake_embedder)()
    fallback.fallback, fallback.notice = True, "Embedding model 'x' is unavailable; using the bundled fallback"
    folder = build_index(write_documents(tmp_path / "corpus"), tmp_path / "index", fallback)
    status = _engine(folder, embedder=fallback).status()
    assert status.fallback and status.notice.startswith("Embedding model 'x' is unavailable")


def test_changes_from_another_process_show_as_stale(index_dir, tmp_path):
    from index.build import refresh
    from ingest.__main__ import ingest_paths

    engine = _engine(index_dir)
    path = tmp_path / "bao_cao_9.txt"
    path.write_text(REPORT, encoding="utf-8")
    with Store(index_dir) as store:  # e.g. python -m ingest in a terminal
        ingest_paths([str(path)], store)
        refresh(store, Settings(index_dir=str(index_dir)), embed=False)
    assert engine.status().stale
    engine.reload()
    assert not engine.status().stale and engine.status().documents == 3


def test_sessions_keep_asking_while_a_file_is_ingested(index_dir):
    engine = _engine(index_dir)
    path = index_dir / "uploads" / "bao_cao_9.txt"
    path.parent.mkdir()
    path.write_text(REPORT, encoding="utf-8")
    answers, errors = [], []

    def session():
        try:
            for _ in range(15):
                answers.append(engine.ask("Cơ quan nào chủ trì xây dựng nền tảng thư viện số?"))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=session) for _ in range(3)]
    for t in threads:
        t.start()
    engine.ingest([path])
    for t in threads:
        t.join()
    assert errors == []
    assert len(answers) == 45 and all(isinstance(a, Answer) and a.found for a in answers)


@pytest.mark.parametrize("name", ["CORPUS_DIR"])
def test_corpus_dir_from_environment(monkeypatch, tmp_path, name):
    from webapp.engine import corpus_dir

    monkeypatch.delenv(name, raising=False)
    assert str(corpus_dir()) == "corpus"
    monkeypatch.setenv(name, str(tmp_path))
    assert corpus_dir() == tmp_path


def test_an_unreadable_index_is_reported_and_left_alone(tmp_path):
    folder = tmp_path / "index"
    folder.mkdir()
    (folder / "index.sqlite").write_bytes(b"this is not a database" * 100)
    engine = _engine(folder)
    assert not engine.ready and engine.error.startswith("cannot open index")
    files = corpus_files(write_documents(tmp_path / "corpus"))
    assert engine.bootstrap(files) is None  # never overwrite what is there
    report = engine.ingest(files)
    assert report.ingested == 0 and report.failed[-1][0] == str(folder)
    assert (folder / "index.sqlite").read_bytes().startswith(b"this is not a database")


def test_an_interrupted_first_build_resumes(tmp_path, fake_embedder):
    from ingest.__main__ import ingest_paths

    files = corpus_files(write_documents(tmp_path / "corpus"))
    folder = tmp_path / "index"
    with Store(folder) as store:  # one file ingested, then the process stopped before the search files
        ingest_paths([str(files[0])], store)
    engine = _engine(folder, embedder=fake_embedder)
    assert not engine.ready and engine.error.startswith(f"index {folder} has no lexical index")
    report = engine.bootstrap(files)
    assert (report.ingested, report.unchanged) == (1, 1)
    assert engine.ready and engine.error is None and engine.status().documents == 2
