"""OCR of image-only PDFs: a page rendered from known Vietnamese text with Pillow."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.errors import MissingTool, UnreadableDocument
from ingest.loaders import ocr
from ingest.loaders.pdf import load_pdf

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-dejavu-core is not installed")

LINES = [
    "ỦY BAN NHÂN DÂN TỈNH",
    "",
    "KẾ HOẠCH",
    "Chuyển đổi số năm 2025",
    "",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2025",
    "nhằm đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động",
    "của các cơ quan nhà nước, nâng cao chất lượng phục vụ người dân.",
]


def page_image(lines=LINES, *, size: int = 46, angle: float = 0.0) -> Image.Image:
    """An A4 page at 300 dpi with ``lines`` of text (about 11 pt)."""
    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), size)
    y = 300
    for line in lines:
        if line:
            draw.text((260, y), line, font=font, fill="black")
        y += int(size * 1.6)
    if angle:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor="white")
    return image


def image_pdf(tmp_path: Path, image: Image.Image, name: str = "scan.pdf") -> Path:
    path = tmp_path / name
    image.save(path, "PDF", resolution=300.0)
    return path


needs_tesseract = pytest.mark.skipif(not ocr.tesseract_available(), reason="tesseract-ocr-vie missing")


@pytest.mark.slow
@needs_tesseract
def test_scanned_page_is_ocred(tmp_path):
    loaded = load_pdf(image_pdf(tmp_path, page_image()), ocr=True)
    text = "\n".join(b.text for b in loaded.blocks)
    assert all(b.ocr and b.page == 1 for b in loaded.blocks)
    assert loaded.notes == ("page 1: no usable text layer, text from OCR",)
    for words in ("Ủy ban nhân dân", "Kế hoạch", "chuyển đổi số", "công nghệ thông tin"):
        assert words in text
    # The paragraph's three lines are one block.
    assert any(b.text.startswith("Ủy ban nhân dân tỉnh ban hành") and b.text.endswith("người dân.")
               for b in loaded.blocks)


@pytest.mark.slow
@needs_tesseract
def test_skewed_scan_is_straightened(tmp_path):
    loaded = load_pdf(image_pdf(tmp_path, page_image(angle=2.0)), ocr=True)
    text = "\n".join(b.text for b in loaded.blocks)
    assert "chuyển đổi số" in text
    assert "nâng cao chất lượng phục vụ" in text


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("turn", [90, 180, 270])
def test_page_scanned_sideways_or_upside_down_is_turned(turn):
    image = page_image().convert("L").rotate(turn, expand=True, fillcolor=255)
    lines = ocr.ocr_image(image, scale=72 / 300)
    assert [line.text for line in lines[:2]] == ["ỦY BAN NHÂN DÂN TỈNH", "KẾ HOẠCH"]


def test_skew_estimate():
    gray = page_image(angle=2.0).convert("L")
    assert ocr.estimate_skew(gray) == pytest.approx(-2.0, abs=0.25)
    assert ocr.estimate_skew(page_image().convert("L")) == pytest.approx(0.0, abs=0.25)


def test_seal_ink_is_whitened():
    image = Image.new("RGB", (40, 10), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 19, 9), fill=(200, 30, 40))  # red seal
    draw.rectangle((20, 0, 39, 9), fill=(20, 20, 20))  # black text
    gray = ocr.prepare(image)
    assert gray.mode == "L"
    assert gray.getpixel((5, 5)) == 255
    assert gray.getpixel((30, 5)) < 40


def test_missing_tesseract_is_reported(tmp_path, monkeypatch):
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    assert not ocr.tesseract_available()
    with pytest.raises(MissingTool, match=r"tesseract-ocr and tesseract-ocr-vie"):
        ocr.require_tesseract()
    with pytest.raises(MissingTool) as err:
        load_pdf(image_pdf(tmp_path, page_image()), ocr=True)
    assert str(err.value) == "scanned PDF: install tesseract-ocr and tesseract-ocr-vie to OCR it"


@needs_tesseract
def test_missing_language_data_is_reported():
    assert not ocr.tesseract_available("xyz")
    with pytest.raises(MissingTool, match=r"^tesseract has no 'xyz' language data: "
                                          r"install tesseract-ocr-xyz$"):
        ocr.require_tesseract("xyz")


def test_scan_without_ocr_is_unreadable(tmp_path):
    with pytest.raises(UnreadableDocument, match="no usable text layer"):
        load_pdf(image_pdf(tmp_path, page_image()), ocr=False)
