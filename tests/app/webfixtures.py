"""Data, fixtures and helpers of the web app tests.

Two small Vietnamese documents, a keyword-only index of them built once with the real
ingestion pipeline and copied for each test (so tests that write never see each other's
changes), an AppTest of app.py on that copy, and a way to open a page with query parameters.

Test modules import the fixtures they use from here: a ``conftest.py`` in this folder would
clash with ``tests/conftest.py`` under ``--doctest-modules`` (both import as ``conftest``).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"

PLAN = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 57/KH-UBND
Quảng Trị, ngày 15 tháng 3 năm 2024

KẾ HOẠCH
Phát triển thư viện số tỉnh Quảng Trị năm 2024

I. MỤC TIÊU
1. Mục tiêu chung
Xây dựng thư viện số phục vụ người dân, học sinh và cán bộ trên địa bàn tỉnh.
2. Chỉ tiêu cụ thể
- Phấn đấu 90% trường trung học phổ thông kết nối với thư viện số của tỉnh.
- Số hóa tối thiểu 5.000 đầu sách địa chí trong năm 2024.

II. NHIỆM VỤ
1. Sở Văn hóa, Thể thao và Du lịch
- Chủ trì xây dựng nền tảng thư viện số của tỉnh, hoàn thành trước ngày 30/6/2024.
- Chủ trì số hóa tài liệu địa chí, hoàn thành trong Quý III/2024.
2. Sở Giáo dục và Đào tạo
- Phối hợp với Sở Văn hóa, Thể thao và Du lịch kết nối các trường học với thư viện số.
3. Sở Tài chính
- Bố trí kinh phí thực hiện Kế hoạch theo quy định.

III. TỔ CHỨC THỰC HIỆN
Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12/2024.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Minh
"""

LETTER = [
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
    "Số: 205/UBND-VX",
    "Hà Giang, ngày 02 tháng 4 năm 2025",
    "V/v tăng cường tiêm chủng mở rộng năm 2025",
    "Kính gửi: Các sở, ban, ngành; UBND các huyện, thành phố.",
    "1. Sở Y tế chủ trì tổ chức tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi, đạt tỷ lệ trên 95%.",
    "2. Sở Tài chính bảo đảm kinh phí mua vắc xin, hoàn thành trước ngày 30/9/2025.",
    "Nơi nhận:",
    "- Như trên;",
    "CHỦ TỊCH",
    "Lò Văn Khánh",
]


def write_documents(folder: Path) -> Path:
    """The plan as .txt and the letter as .docx in ``folder``."""
    import docx

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ke_hoach_57.txt").write_text(PLAN, encoding="utf-8")
    d = docx.Document()
    for line in LETTER:
        d.add_paragraph(line)
    d.save(str(folder / "cong_van_205.docx"))
    return folder


def build_index(corpus: Path, index_dir: Path, embedder=None) -> Path:
    """Ingest ``corpus`` with the real pipeline; keyword-only unless an embedder is given."""
    from index.build import refresh
    from index.settings import Settings
    from ingest.__main__ import ingest_paths
    from ingest.store import Store

    with Store(index_dir) as store:
        summary = ingest_paths([str(corpus)], store, ocr=False)
        assert summary.ingested == 2 and not summary.failed, summary.lines()
        refresh(store, Settings(index_dir=str(index_dir)), embed=embedder is not None, embedder=embedder)
    return index_dir


def open_page(at, url_path: str, **query: str):
    """Open a page of st.navigation, with query parameters, as a link to ``/<url_path>?...`` would.

    AppTest.switch_page only knows file pages; our pages are functions, registered under the
    hash of their url_path (streamlit 1.67, pinned in requirements.txt).
    """
    if not at._registered_pages:  # noqa: SLF001 - see the docstring
        at.run()
    hashes = [h for h, info in at._registered_pages.items() if info.get("url_pathname") == url_path]  # noqa: SLF001
    assert hashes, f"no page {url_path!r}: {list(at._registered_pages.values())}"  # noqa: SLF001
    at._page_hash = hashes[0]  # noqa: SLF001
    at.query_params.clear()
    at.query_params.update(query)
    return at.run()


@pytest.fixture(scope="session")
def built_index(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("app-index")
    return build_index(write_documents(root / "corpus"), root / "index")


@pytest.fixture
def index_dir(built_index, tmp_path) -> Path:
    """A private copy of the session's index."""
    target = tmp_path / "index"
    shutil.copytree(built_index, target)
    return target


@pytest.fixture
def app(index_dir, tmp_path, monkeypatch):
    """An AppTest of app.py on the copied index (and an empty corpus folder)."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("INDEX_DIR", str(index_dir))
    monkeypatch.setenv("CORPUS_DIR", str(tmp_path / "no-corpus"))
    monkeypatch.delenv("EMBED_MODEL", raising=False)
    return AppTest.from_file(str(APP), default_timeout=60)
