"""Upload validation: size limit, magic bytes against the extension, safe names, storage."""
from __future__ import annotations

import io
import zipfile

import pytest

from webapp.uploads import OLE2_MAGIC, UPLOADS, UploadRejected, accept, check, content_kind, safe_name, store

MB = 1024 * 1024
PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
TEXT = "Kế hoạch số 12/KH-UBND về chuyển đổi số.\n".encode()


def _zip(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in names.items():
            zf.writestr(name, data)
    return buffer.getvalue()


DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
XLSX = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


@pytest.mark.parametrize(("name", "expected"), [
    ("Kế hoạch 12.pdf", "Kế hoạch 12.pdf"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\Windows\\win.ini.txt", "win.ini.txt"),
    ("/abs/path/bao_cao.docx", "bao_cao.docx"),
    (".hidden.docx", "hidden.docx"),
    ("..evil.pdf", "evil.pdf"),
    ("tên\x00có\x1fký tự.pdf", "têncóký tự.pdf"),
    ("a\u202etxt.exe.pdf", "atxt.exe.pdf"),  # right-to-left override removed
    ("Ke hoach: <so 5>?.pdf", "Ke hoach_ _so 5__.pdf"),
    ("Ke\u0302\u0301 hoa\u0323ch.txt", "Kế hoạch.txt"),  # NFC
])
def test_safe_name(name, expected):
    assert safe_name(name) == expected


@pytest.mark.parametrize("name", ["", "..", "/", "....", ".pdf", "noextension", "~$lock.docx", "dir/", " . "])
def test_safe_name_rejects(name):
    with pytest.raises(UploadRejected, match="tên tệp không hợp lệ"):
        safe_name(name)


def test_long_names_keep_their_extension():
    name = safe_name("x" * 300 + ".docx")
    assert len(name) == 150 and name.endswith("x.docx")


@pytest.mark.parametrize(("data", "kind"), [
    (PDF, "pdf"), (DOCX, "docx"), (XLSX, "zip"), (OLE2_MAGIC + b"\x00" * 504, "ole"), (TEXT, "text"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "html"), (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "binary"),
    (b"PK\x03\x04 not really a zip", "binary"), ("Kế hoạch".encode("utf-16"), "text"),
])
def test_content_kind(data, kind):
    assert content_kind(data) == kind


@pytest.mark.parametrize(("name", "data"), [
    ("a.pdf", PDF), ("a.docx", DOCX), ("a.doc", OLE2_MAGIC + b"\x00" * 504), ("a.txt", TEXT), ("a.md", TEXT),
    ("a.html", b"<html><body>x</body></html>"), ("a.htm", TEXT), ("A.PDF", PDF),
])
def test_check_accepts_matching_content(name, data):
    assert check(name, data, max_bytes=MB) == name


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("a.pdf", TEXT, "phần mở rộng .pdf nhưng nội dung là văn bản thuần"),
    ("a.pdf", DOCX, "phần mở rộng .pdf nhưng nội dung là tài liệu Word (.docx)"),
    ("a.docx", XLSX, "phần mở rộng .docx nhưng nội dung là tệp nén ZIP"),
    ("a.docx", TEXT, "phần mở rộng .docx nhưng nội dung là văn bản thuần"),
    ("a.doc", PDF, "phần mở rộng .doc nhưng nội dung là PDF"),
    ("a.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "phần mở rộng .txt nhưng nội dung là dữ liệu nhị phân"),
    ("a.txt", PDF, "phần mở rộng .txt nhưng nội dung là PDF"),
    ("a.exe", b"MZ\x90\x00", "loại tệp .exe không được hỗ trợ"),
    ("a.xlsx", XLSX, "loại tệp .xlsx không được hỗ trợ"),
    ("a.pdf", b"", "tệp rỗng"),
])
def test_check_rejects(name, data, reason):
    with pytest.raises(UploadRejected) as info:
        check(name, data, max_bytes=MB)
    assert str(info.value).startswith(reason)


def test_check_rejects_oversize():
    data = PDF + b"\x00" * (2 * MB)
    with pytest.raises(UploadRejected, match=r"^tệp quá lớn \(2,0 MB; giới hạn 1 MB\)$"):
        check("lon.pdf", data, max_bytes=MB)
    assert check("lon.pdf", data, max_bytes=3 * MB) == "lon.pdf"


def test_store_reuses_identical_files_and_renames_clashes(tmp_path):
    first = store("kh.txt", TEXT, tmp_path / "up")
    again = store("kh.txt", TEXT, tmp_path / "up")
    other = store("kh.txt", TEXT + b"khac", tmp_path / "up")
    assert first == again == (tmp_path / "up" / "kh.txt").resolve()
    assert other.name == "kh (2).txt" and other.read_bytes() == TEXT + b"khac"
    assert sorted(p.name for p in (tmp_path / "up").iterdir()) == ["kh (2).txt", "kh.txt"]  # no temp files left


def test_accept_keeps_files_inside_the_uploads_folder(tmp_path):
    index = tmp_path / "index"
    accepted, refused = accept([
        ("../../../outside.txt", TEXT),
        ("bao cao.pdf", PDF),
        ("gia.pdf", TEXT),
        ("to.pdf", PDF + b"\x00" * MB),
    ], index, max_bytes=MB)
    assert [(a.name, a.path) for a in accepted] == [
        ("../../../outside.txt", (index / UPLOADS / "outside.txt").resolve()),
        ("bao cao.pdf", (index / UPLOADS / "bao cao.pdf").resolve()),
    ]
    assert refused == [("gia.pdf", "phần mở rộng .pdf nhưng nội dung là văn bản thuần"),
                       ("to.pdf", "tệp quá lớn (1,0 MB; giới hạn 1 MB)")]
    assert not (tmp_path / "outside.txt").exists()
    assert sorted(p.name for p in (index / UPLOADS).iterdir()) == ["bao cao.pdf", "outside.txt"]
