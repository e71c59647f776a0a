"""python -m ingest: summary lines, exit codes, bad input, re-runs and interruption."""
from __future__ import annotations

import sqlite3

import pytest

from ingest.__main__ import main

PLAN = "KẾ HOẠCH\nChuyển đổi số năm 2024\nI. MỤC TIÊU\nTỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến đạt 60%.\n"
LETTER = "V/v tăng cường an toàn thông tin\nCác sở, ban, ngành rà soát phần mềm phòng chống mã độc trên máy tính.\n"


@pytest.fixture
def folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kh.txt").write_text(PLAN, encoding="utf-8")
    (docs / "cv.txt").write_text(LETTER, encoding="utf-8")
    (docs / "ban-sao.txt").write_text(PLAN, encoding="utf-8")  # same content, another name
    (docs / "rong.txt").write_bytes(b"")
    (docs / "rac.txt").write_bytes(bytes(range(256)) * 8)
    (docs / "hong.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF")
    (docs / "danh-sach.tsv").write_text("a\tb\n", encoding="utf-8")
    (docs / ".an.txt").write_text(PLAN + "ẩn", encoding="utf-8")  # hidden: ignored
    return docs


def run(capsys, *args) -> tuple[int, list[str]]:
    code = main([*args, "--no-embed", "--no-progress"])
    return code, capsys.readouterr().out.strip().splitlines()


def test_summary_lists_every_file_and_exit_code_is_1_when_some_fail(folder, tmp_path, capsys):
    code, lines = run(capsys, str(folder), "--index", str(tmp_path / "idx"))
    assert code == 1
    assert lines[-1] == "2 ingested, 0 unchanged, 2 skipped, 3 failed"
    reasons = dict(line.split(": ", 1) for line in lines[:-1])
    assert reasons[str(folder / "rong.txt")] == "empty file"
    assert reasons[str(folder / "rac.txt")].startswith("binary content")
    assert "PDF" in reasons[str(folder / "hong.pdf")]
    assert reasons[str(folder / "danh-sach.tsv")] == "unsupported file type .tsv"
    duplicate = [r for p, r in reasons.items() if p.endswith(("kh.txt", "ban-sao.txt"))]
    assert len(duplicate) == 1 and duplicate[0].startswith("duplicate of ")


def test_second_run_reports_unchanged_and_nothing_is_lost(folder, tmp_path, capsys):
    index = str(tmp_path / "idx")
    run(capsys, str(folder), "--index", index)
    code, lines = run(capsys, str(folder), "--index", index)
    assert code == 1  # the broken files still fail
    assert lines[-1] == "0 ingested, 3 unchanged, 1 skipped, 3 failed"
    db = sqlite3.connect(f"{index}/index.sqlite")
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2


def test_changed_file_replaces_its_document(folder, tmp_path, capsys):
    index = str(tmp_path / "idx")
    run(capsys, str(folder / "kh.txt"), "--index", index)
    (folder / "kh.txt").write_text(PLAN.replace("60%", "75%"), encoding="utf-8")
    code, lines = run(capsys, str(folder / "kh.txt"), "--index", index)
    assert (code, lines[-1]) == (0, "1 ingested, 0 unchanged, 0 skipped, 0 failed")
    db = sqlite3.connect(f"{index}/index.sqlite")
    texts = [t for (t,) in db.execute("SELECT text FROM passages")]
    assert any("75%" in t for t in texts) and not any("60%" in t for t in texts)
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main([str(tmp_path / "khong-co"), "--index", str(tmp_path / "idx")]) == 2
    blocker = tmp_path / "la-tep"
    blocker.write_text("x")
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), "--index", str(blocker), "--no-embed"]) == 2
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "cannot open index" in err


def test_interrupted_run_keeps_what_was_committed(folder, tmp_path, capsys, monkeypatch):
    import ingest.pipeline

    index = str(tmp_path / "idx")
    real = ingest.pipeline.process
    calls = []

    def flaky(path, **kw):
        calls.append(path.name)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(path, **kw)

    monkeypatch.setattr(ingest.pipeline, "process", flaky)
    assert main([str(folder / "cv.txt"), str(folder / "kh.txt"), "--index", index, "--no-embed", "--jobs", "1"]) == 130
    monkeypatch.setattr(ingest.pipeline, "process", real)
    db = sqlite3.connect(f"{index}/index.sqlite")
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
    code, lines = run(capsys, str(folder / "cv.txt"), str(folder / "kh.txt"), "--index", index)
    assert (code, lines[-1]) == (0, "1 ingested, 1 unchanged, 0 skipped, 0 failed")


def test_parallel_workers_give_the_same_summary(folder, tmp_path, capsys):
    code, lines = run(capsys, str(folder), "--index", str(tmp_path / "idx"), "--jobs", "2")
    assert (code, lines[-1]) == (1, "2 ingested, 0 unchanged, 2 skipped, 3 failed")


def test_a_file_that_crashes_its_worker_fails_alone(tmp_path):
    from ingest.__main__ import _Job, _parallel

    jobs = [_Job(tmp_path / name, name, name, name, 0) for name in ("a.txt", "crash.txt", "b.txt")]
    for job in jobs:
        job.path.write_text("Sở Nội vụ chủ trì đào tạo kỹ năng số cho cán bộ, công chức.", encoding="utf-8")
    import ingest.pipeline

    real = ingest.pipeline.process

    def crashing(path, **kw):
        if path.name == "crash.txt":
            import os

            os._exit(1)  # what a segfault in a C library looks like to the pool
        return real(path, **kw)

    ingest.pipeline.process = crashing  # inherited by the forked workers
    try:
        results = list(_parallel(jobs, False, 2))
    finally:
        ingest.pipeline.process = real
    assert [bucket for bucket, _ in results] == ["ok", "failed", "ok"]
    assert results[1][1] == "the parser crashed on this file"
