"""The app in a real browser: `streamlit run app.py` on the seed pages, driven by headless Chromium.

Needs Debian's chromium at /usr/bin/chromium (never downloaded) and Playwright for Python.
The index is built here from the seed pages in corpus/ with the bundled embedding model.
Screenshots go to tests/artifacts/ (gitignored); the answer times are printed (pytest -s) and
saved to tests/artifacts/browser_timings.json.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from webfixtures import APP, ROOT

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
# Our own questions, answered in a seed page (a provincial news item on online public services).
QUESTIONS = [
    ("Tỷ lệ phủ sóng băng rộng di động tới thôn, bản đạt bao nhiêu?", "96%"),
    ("Trong 6 tháng đầu năm 2023, tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt bao nhiêu?", "58%"),
]
SOURCE_TITLE = "Tiếp tục đẩy mạnh triển khai dịch vụ công trực tuyến"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"streamlit exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"streamlit did not start within {timeout:.0f} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (requirements-dev.txt)")
    seeds = sorted((ROOT / "corpus").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed pages (*.txt) in corpus/")
    from index.build import refresh
    from index.settings import from_env
    from ingest.__main__ import ingest_paths
    from ingest.store import Store

    root = tmp_path_factory.mktemp("browser")
    index = root / "index"
    with Store(index) as store:
        summary = ingest_paths([str(p) for p in seeds], store, ocr=False)
        assert summary.ingested == len(seeds), summary.lines()
        refresh(store, from_env(index_dir=str(index)))  # the bundled model (or the configured one)
    port = _free_port()
    log = root / "streamlit.log"
    env = {**os.environ, "INDEX_DIR": str(index), "CORPUS_DIR": str(root / "no-corpus"),
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
             "--client.toolbarMode", "viewer", "--server.fileWatcherType", "none"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_ask_questions_in_a_real_browser(server):
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    timings: dict[str, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="vi-VN")
            started = time.monotonic()
            page.goto(server)
            box = page.get_by_placeholder("Nhập câu hỏi")
            box.wait_for(timeout=180_000)  # first load: the index and the model, once per process
            timings["app_loaded_s"] = time.monotonic() - started
            expect(page.get_by_text("Hỏi đáp văn bản")).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "browser_01_start.png"))

            for n, (question, expected) in enumerate(QUESTIONS):
                box.fill(question)
                pressed = time.monotonic()
                box.press("Enter")
                answer = page.locator(".tra-loi").nth(n)
                answer.wait_for(state="visible", timeout=60_000)
                timings[f"answer_{n + 1}_s"] = time.monotonic() - pressed
                expect(answer).to_contain_text(expected)
                reply = page.get_by_test_id("stChatMessage").nth(2 * n + 1)
                expect(reply.locator(".nguon").first).to_contain_text(f"[1] {SOURCE_TITLE}")
                expect(reply.locator(".trich-doan mark").first).to_contain_text(expected)
                page.screenshot(path=str(ARTIFACTS / f"browser_0{n + 2}_answer.png"))

            # The citation's link opens the document view at the cited section, in the same session.
            reply.get_by_text("Mở văn bản tại mục này").first.click()
            expect(page.get_by_test_id("stRadio")).to_contain_text("Mục lục", timeout=30_000)
            expect(page.locator(".van-ban").first).to_be_visible()
            assert "/van-ban?doc=" in page.url
            page.screenshot(path=str(ARTIFACTS / "browser_04_document.png"))
            page.go_back()
            expect(page.locator(".tra-loi")).to_have_count(len(QUESTIONS), timeout=30_000)  # history kept
        finally:
            browser.close()
    (ARTIFACTS / "browser_timings.json").write_text(json.dumps(timings, indent=2))
    print("\nbrowser timings: " + ", ".join(f"{k} = {v:.2f}" for k, v in timings.items()))
    # Loose guard against reloading the model or the index per question (that takes several seconds).
    assert timings["answer_2_s"] < 5, timings
