"""OCR of scanned PDF pages with tesseract (Vietnamese), into positioned lines.

Pages are rendered with pdfium at 300 dpi, red seal ink is whitened, the skew is found by a
projection-profile search and corrected, and tesseract reads the page in a pool of threads
(tesseract runs as a subprocess, so threads are enough). The words come back with their boxes,
in PDF points, as :class:`~ingest.loaders.pdf_layout.Line` objects, so that OCR'd pages go
through the same reading-order and paragraph reconstruction as text-layer pages.
"""
from __future__ import annotations

import logging
import os
import shutil
import statistics
import subprocess
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from ingest.errors import MissingTool, UnreadableDocument
from ingest.loaders.pdf_layout import Line
from ingest.loaders.spacing import Word
from ingest.normalize import clean_display

log = logging.getLogger(__name__)

DPI = 300
LANG = "vie"
INSTALL_HINT = "install tesseract-ocr and tesseract-ocr-vie"
# Below this mean word confidence (clean pages score 85-95) a page is retried after
# orientation detection.
_RETRY_CONFIDENCE = 70.0
_TIMEOUT = 180  # seconds per page


def tesseract_available(lang: str = LANG) -> bool:
    """True if the tesseract binary runs and has the language data for ``lang``."""
    return _tesseract_problem(lang) is None


def require_tesseract(lang: str = LANG) -> None:
    """Raise MissingTool naming the Debian packages if tesseract or its data is missing."""
    problem = _tesseract_problem(lang)
    if problem is not None:
        raise MissingTool(problem)


def _tesseract_problem(lang: str) -> str | None:
    import pytesseract

    return _probe(pytesseract.pytesseract.tesseract_cmd, lang)


@lru_cache(maxsize=8)
def _probe(cmd: str, lang: str) -> str | None:
    if shutil.which(cmd) is None:
        return f"tesseract not found: {INSTALL_HINT}"
    try:
        out = subprocess.run([cmd, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"tesseract does not run ({exc}): {INSTALL_HINT}"
    langs = set(out.stdout.split()) | set(out.stderr.split())
    if lang not in langs:
        return f"tesseract has no '{lang}' language data: install tesseract-ocr-{lang}"
    return None


def ocr_pdf_pages(
    path: Path,
    pages: Iterable[int],
    *,
    progress: bool = False,
    dpi: int = DPI,
    deskew: bool = True,
    workers: int | None = None,
) -> dict[int, list[Line]]:
    """OCR the 1-based ``pages`` of the PDF at ``path``: {page: lines in PDF points}.

    Rendering happens in this thread (pdfium is not thread-safe); tesseract runs in a pool of
    ``workers`` threads (default: one per CPU), with at most two pages per worker in memory.
    """
    import pypdfium2 as pdfium

    require_tesseract()
    pages = list(pages)
    workers = max(1, workers or os.cpu_count() or 1)
    # Each tesseract process would otherwise start one OpenMP thread per core.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        pdf = pdfium.PdfDocument(str(path))
        pdf.init_forms()  # so that form fields (numbers stamped at signing) are drawn
    except Exception as exc:  # pdfium raises PdfiumError with a short reason
        raise UnreadableDocument(f"corrupt PDF ({exc})") from None
    results: dict[int, list[Line]] = {}
    bar = _bar(len(pages), progress, Path(path).name)
    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            running: dict[int, Future] = {}
            for number in pages:
                image = render_page(pdf, number - 1, dpi=dpi)
                running[number] = pool.submit(ocr_image, image, scale=72.0 / dpi, deskew=deskew)
                if len(running) >= 2 * workers:
                    _collect(running, results, bar, wait_for=next(iter(running)))
            while running:
                _collect(running, results, bar, wait_for=next(iter(running)))
    finally:
        pdf.close()
        if bar is not None:
            bar.close()
    return results


def _collect(running: dict[int, Future], results, bar, wait_for: int) -> None:
    future = running.pop(wait_for)
    try:
        results[wait_for] = future.result()
    except Exception as exc:  # one bad page must not lose the document
        log.warning("OCR failed on page %d: %s", wait_for, exc)
        results[wait_for] = []
    if bar is not None:
        bar.update(1)


def render_page(pdf, index: int, *, dpi: int = DPI):
    """Page ``index`` (0-based) of a pypdfium2 document as an RGB PIL image."""
    page = pdf[index]
    try:
        return page.render(scale=dpi / 72.0).to_pil().convert("RGB")
    finally:
        page.close()


def ocr_image(image, *, scale: float = 1.0, deskew: bool = True, lang: str = LANG) -> list[Line]:
    """Lines of text in a page image; coordinates are multiplied by ``scale`` (pt per px)."""
    gray = prepare(image)
    if _blank(gray):
        return []
    if deskew:
        angle = estimate_skew(gray)
        if abs(angle) >= 0.1:
            gray = gray.rotate(angle, resample=_bicubic(), expand=True, fillcolor=255)
            log.debug("deskewed by %.2f degrees", angle)
    lines, confidence = _tesseract_lines(gray, scale, lang)
    if lines and (confidence < _RETRY_CONFIDENCE or _sideways(lines)):
        # A page scanned sideways or upside down reads as low-confidence garbage: ask
        # tesseract which way is up, turn it and read again.
        rotated = _fix_orientation(gray)
        if rotated is not None:
            retry, retry_confidence = _tesseract_lines(rotated, scale, lang)
            upright = _sideways(lines) and not _sideways(retry) and retry_confidence >= 50
            if upright or retry_confidence > confidence:
                lines = retry
    return lines


def prepare(image):
    """Greyscale, with red and magenta seal ink turned white (it covers signatures and text)."""
    from PIL import ImageChops

    if image.mode == "L":
        return image
    rgb = image.convert("RGB")
    r, g, b = rgb.split()
    redness = ImageChops.subtract(r, ImageChops.lighter(g, b))  # r - max(g, b), floored at 0
    seal = redness.point(lambda v: 255 if v > 60 else 0)
    gray = rgb.convert("L")
    gray.paste(255, mask=seal)
    return gray


def _blank(gray) -> bool:
    import numpy as np

    small = np.asarray(gray.reduce(4))
    return float((small < 128).mean()) < 0.0005


def estimate_skew(gray, max_angle: float = 5.0) -> float:
    """Rotation (degrees, PIL convention) that makes text lines horizontal.

    Projection profile: the rotation whose row sums of ink are the most peaked (text lines and
    the gaps between them line up) wins; a coarse search, then a finer one around the best.
    """
    import numpy as np
    from PIL import Image

    width = 700
    small = gray.resize((width, max(1, round(gray.height * width / gray.width))),
                        Image.Resampling.BOX)
    ink = small.point(lambda v: 255 if v < 160 else 0)

    def score(angle: float) -> float:
        rotated = ink.rotate(float(angle), resample=Image.Resampling.NEAREST, fillcolor=0)
        profile = np.asarray(rotated, dtype=np.float32).sum(axis=1)
        return float(np.square(np.diff(profile)).sum())

    coarse = max(np.arange(-max_angle, max_angle + 0.01, 1.0), key=score)
    fine = max(np.arange(coarse - 0.8, coarse + 0.81, 0.2), key=score)
    return round(float(fine), 2)


def _sideways(lines: list[Line]) -> bool:
    """Words taller than they are wide: tesseract read a page turned by 90 degrees."""
    shapes = [(w.bottom - w.top) / max(w.x1 - w.x0, 0.1)
              for line in lines for w in line.words if len(w.text) >= 3]
    return bool(shapes) and statistics.median(shapes) > 1.5


def _fix_orientation(gray):
    """The page turned upright using tesseract's orientation detection, or None."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(gray, config="--psm 0", timeout=_TIMEOUT)
    except Exception:  # OSD fails on sparse pages; the first reading stands
        return None
    rotate = 0
    for line in osd.splitlines():
        if line.startswith("Rotate:"):
            rotate = int(line.split(":")[1])
    if rotate in (90, 180, 270):
        return gray.rotate(-rotate, expand=True, fillcolor=255)
    return None


def _tesseract_lines(gray, scale: float, lang: str) -> tuple[list[Line], float]:
    import pytesseract

    data = pytesseract.image_to_data(
        gray, lang=lang, config=f"--psm 3 --dpi {round(72 / scale)}",
        output_type=pytesseract.Output.DICT, timeout=_TIMEOUT,
    )
    groups: dict[tuple[int, int, int], list[tuple[str, int, int, int, int, float]]] = {}
    confidences = []
    for i, text in enumerate(data["text"]):
        text = clean_display(text or "").strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        box = (data["left"][i], data["top"][i], data["width"][i], data["height"][i])
        groups.setdefault(key, []).append((text, *box, conf))
        confidences.append(conf)
    # Box heights are noisy (stacked diacritics, descenders): one font size per paragraph,
    # about 0.7 of the median word height.
    par_heights: dict[tuple[int, int], list[int]] = {}
    for (block, par, _), words in groups.items():
        par_heights.setdefault((block, par), []).extend(w[4] for w in words)
    lines = []
    for (block, par, _), words in groups.items():
        # Specks, seal remains and signatures come out as symbols with low confidence.
        words = [w for w in words if w[5] >= 50 or any(ch.isalnum() for ch in w[0])]
        chars = "".join(w[0] for w in words)
        if not chars or (all(w[5] < 30 for w in words) and len(chars) < 6):
            continue
        alnum = sum(ch.isalnum() for ch in chars) / len(chars)
        if alnum < 0.5 and sum(w[5] for w in words) / len(words) < 60:
            continue
        size = 0.7 * statistics.median(par_heights[(block, par)]) * scale
        line_words = [
            Word(text=t, x0=x * scale, x1=(x + w) * scale, top=y * scale, bottom=(y + h) * scale,
                 size=size)
            for t, x, y, w, h, _ in words
        ]
        lines.append(Line.of(line_words, group=block))
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return lines, mean


def _bar(total: int, enabled: bool, name: str):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=f"OCR {name}", unit="page", leave=False)


def _bicubic():
    from PIL import Image

    return Image.Resampling.BICUBIC
