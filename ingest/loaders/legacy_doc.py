"""Legacy Word 97-2003 ``.doc`` → blocks, through antiword or LibreOffice.

antiword (``antiword -x db``: DocBook XML) is preferred: fast, in CI, and it keeps paragraphs
and table rows apart with Vietnamese intact. LibreOffice (``soffice --convert-to html``) is
the fallback for files antiword cannot read (Word 6/95, RTF or HTML saved as .doc).

Both are turned into the same items — paragraphs and tables — and then into blocks: one per
paragraph; data tables become ``table_row`` blocks with their header as context; layout tables
(the national motto / issuing body header, the signature block) are read column by column,
one block per line, so that "Số: ..." and "<Place>, ngày ..." are lines of their own.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ingest.errors import MissingTool, UnreadableDocument
from ingest.loaders.pdf_layout import SENTENCE_END, starts_block, starts_lower
from ingest.loaders.files import read_head
from ingest.loaders.tables import GridCell, grid_of, nearest_line, place_cells, span, table_blocks
from ingest.normalize import clean_display
from ingest.records import Block, Loaded

log = logging.getLogger(__name__)

TIMEOUT = 120  # seconds per conversion
# antiword first: on the corpus both give the same text and tables with Vietnamese intact;
# antiword takes ~0.05 s a file against ~5 s, and is what CI has. LibreOffice spells
# automatic numbering exactly ("Điều 1." where antiword shows "1.") and skips text boxes.
ORDER = ("antiword", "libreoffice")
INSTALL_HINT = "legacy .doc: install antiword (apt) or libreoffice to read it"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LENGTH = re.compile(r"([\d.]+)\s*(pt|in|cm|mm|px|pc)?")

_Grid = list[list[GridCell]]  # a table among the paragraphs


def load_doc(path: Path) -> Loaded:
    """Blocks of a legacy .doc. MissingTool if neither antiword nor LibreOffice is installed;
    UnreadableDocument for an empty or corrupt file."""
    path = Path(path)
    head = read_head(path, 8)
    antiword, soffice = _antiword(), _soffice()
    if antiword is None and soffice is None:
        raise MissingTool(INSTALL_HINT)
    readers = {
        "antiword": (lambda: _read_antiword(antiword, path))
        if antiword is not None and head == _OLE_MAGIC else None,
        "libreoffice": (lambda: _read_libreoffice(soffice, path)) if soffice is not None else None,
    }
    errors: list[str] = []
    items = None
    for name in ORDER:
        if items or readers[name] is None:
            continue
        try:
            items = readers[name]()
        except UnreadableDocument as exc:
            errors.append(str(exc))
    if not items:
        if errors:
            raise UnreadableDocument(errors[-1])
        if head != _OLE_MAGIC:
            raise UnreadableDocument("not a Word 97-2003 document (install libreoffice to try it)")
        raise UnreadableDocument("no text in document")
    blocks = _blocks(items)
    if not blocks:
        raise UnreadableDocument("no text in document")
    return Loaded(blocks=tuple(blocks), format="doc", pages=None)


def _antiword() -> str | None:
    return shutil.which("antiword")


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


# --- antiword: DocBook XML -------------------------------------------------------------------


def _read_antiword(exe: str, path: Path) -> list:
    try:
        proc = subprocess.run(
            [exe, "-x", "db", str(path)], capture_output=True, timeout=TIMEOUT,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
    except subprocess.TimeoutExpired:
        raise UnreadableDocument("antiword timed out") from None
    except OSError as exc:
        raise UnreadableDocument(f"antiword failed ({exc})") from None
    if proc.returncode != 0 or not proc.stdout.strip():
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = [r for r in reason if "mapping file" not in r]
        detail = reason[-1][:80] if reason else f"exit {proc.returncode}"
        raise UnreadableDocument(f"corrupt .doc (antiword: {detail})")
    items = _parse_docbook(proc.stdout)
    return _restore_numbering(items, _antiword_text(exe, path))


def _antiword_text(exe: str, path: Path) -> list[str]:
    """antiword's plain-text rendering, one paragraph per line: it shows the numbers of
    automatically numbered paragraphs ("1. Nhiệm vụ"), which its DocBook output drops."""
    try:
        proc = subprocess.run(
            [exe, "-m", "UTF-8.txt", "-w", "0", str(path)], capture_output=True,
            timeout=TIMEOUT, env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
    except (subprocess.SubprocessError, OSError):
        return []
    if proc.returncode != 0:
        return []
    text = proc.stdout.decode("utf-8", "replace")
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


_LIST_PREFIX = re.compile(
    r"^(?:(?:Điều|Chương|Mục|Phần)\s+)?(?:\d{1,3}(?:\.\d{1,3})*[.):]?|[a-zđ][.)]|[IVXLC]{1,6}[.):]?)$"
)


def _restore_numbering(items: list, lines: list[str]) -> list:
    """Prefix paragraphs with the list numbers found in the plain-text rendering."""
    if not lines:
        return items
    out = []
    cursor = 0
    for item in items:
        if isinstance(item, str) and item:
            for k in range(cursor, min(cursor + 40, len(lines))):
                line = lines[k]
                if line.endswith(item):
                    prefix = line[: len(line) - len(item)].strip()
                    if prefix and _LIST_PREFIX.match(prefix) and not item.startswith(prefix):
                        item = f"{prefix} {item}"
                    cursor = k + 1
                    break
        out.append(item)
    return out


def _parse_docbook(data: bytes) -> list:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             recover=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise UnreadableDocument(f"corrupt .doc (antiword output: {exc})") from None
    if root is None:
        raise UnreadableDocument("corrupt .doc (antiword produced no document)")
    items: list = []
    for child in root:
        if child.tag in ("title", "bookinfo", "articleinfo"):
            continue  # the file's properties (often mis-encoded), not its text
        if isinstance(child.tag, str):
            _walk_docbook(child, items)
    return items


def _walk_docbook(element, items: list) -> None:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("informaltable", "table"):
            items.append(_docbook_table(child))
        elif tag in ("bookinfo", "articleinfo"):
            continue
        elif tag in ("para", "title", "simpara", "formalpara"):
            if any(d.tag in ("informaltable", "table") for d in child.iter() if d is not child):
                _walk_docbook(child, items)
            else:
                items.append(" ".join("".join(child.itertext()).split()))
        else:
            _walk_docbook(child, items)


def _docbook_table(table) -> _Grid:
    """The grid of an antiword table. Each ``tgroup`` has its own columns (a row with other
    cell boundaries starts a new one), so cells are placed by their position on the page."""
    cells: list[tuple[int, int, float, float, str]] = []
    row_index = 0
    for tgroup in table.iter("tgroup"):
        widths = [_points(c.get("colwidth")) for c in tgroup.findall("colspec")]
        names = {c.get("colname"): i for i, c in enumerate(tgroup.findall("colspec")) if c.get("colname")}
        edges = [0.0]
        for w in widths:
            edges.append(edges[-1] + (w or 50.0))
        pending: dict[int, int] = {}  # column -> rows still covered by a "morerows" cell
        for row in tgroup.iter("row"):
            col = 0
            for entry in row.findall("entry"):
                while pending.get(col, 0) > 0:
                    col += 1
                start = names.get(entry.get("namest"), col)
                end = names.get(entry.get("nameend"), start)
                more = int(entry.get("morerows") or 0)
                x0 = edges[min(start, len(edges) - 1)]
                x1 = edges[min(end + 1, len(edges) - 1)] if end + 1 < len(edges) else edges[-1] + 50
                text = "\n".join(
                    " ".join(line.split()) for line in "".join(entry.itertext()).split("\n")
                )
                cells.append((row_index, row_index + 1 + more, x0, x1, text))
                for c in range(start, end + 1):
                    if more:
                        pending[c] = more + 1
                col = end + 1
            pending = {c: n - 1 for c, n in pending.items() if n > 1}
            row_index += 1
    lines = sorted({c[2] for c in cells} | {c[3] for c in cells})
    return grid_of(
        (row0, min(row1, row_index), nearest_line(lines, x0), nearest_line(lines, x1), text)
        for row0, row1, x0, x1, text in cells
    )


def _points(width: str | None) -> float | None:
    if not width:
        return None
    m = _LENGTH.match(width.strip())
    if not m:
        return None
    value = float(m.group(1))
    return value * {"in": 72, "cm": 28.35, "mm": 2.835, "pc": 12, "px": 0.75}.get(m.group(2) or "pt", 1)


# --- LibreOffice: HTML -----------------------------------------------------------------------


def _read_libreoffice(exe: str, path: Path) -> list:
    with tempfile.TemporaryDirectory(prefix="doc2html-") as tmp:
        html_file = _soffice_convert(exe, path, Path(tmp), "html:HTML (StarWriter):UTF8", ".html")
        if html_file is None:
            raise UnreadableDocument("corrupt .doc (LibreOffice could not convert it)")
        items = _parse_html(html_file.read_bytes())
        # The HTML export drops automatic numbering ("Điều 1."); the text export keeps it.
        text_file = _soffice_convert(exe, path, Path(tmp), "txt:Text (encoded):UTF8", ".txt")
        if text_file is not None:
            text = text_file.read_text(encoding="utf-8-sig", errors="replace")
            lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
            items = _restore_numbering(items, lines)
        return items


def _soffice_convert(exe: str, path: Path, tmp: Path, target: str, suffix: str) -> Path | None:
    profile = (tmp / "profile").as_uri()
    outdir = tmp / suffix.lstrip(".")
    cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore",
           "--convert-to", target, "--outdir", str(outdir), str(path)]
    try:
        subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, env={**os.environ, "HOME": str(tmp)})
    except subprocess.TimeoutExpired:
        raise UnreadableDocument("LibreOffice timed out converting the .doc") from None
    except OSError as exc:
        raise UnreadableDocument(f"LibreOffice failed ({exc})") from None
    out = outdir / (path.stem + suffix)
    return out if out.exists() else None


def _parse_html(data: bytes) -> list:
    from lxml import html

    root = html.fromstring(data)
    for frame in root.xpath("//*[starts-with(@id, 'Frame')]"):
        frame.drop_tree()  # text boxes ("DỰ THẢO" stamps) float outside the text flow
    for img in root.iter("img"):
        # LibreOffice breaks its HTML source after an image anchored inside a word.
        if img.tail and img.tail[:1] in "\r\n":
            img.tail = img.tail.lstrip()
    body = root.find("body")
    items: list = []
    _walk_html(body if body is not None else root, items)
    return items


def _walk_html(element, items: list) -> None:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "table":
            items.append(_html_table(child))
        elif tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre"):
            if child.find(".//table") is not None:
                _walk_html(child, items)
            else:
                for part in _html_lines(child):
                    items.append(part)
        elif tag in ("script", "style", "head", "title"):
            continue
        elif tag == "div" and (child.get("title") or "").lower() in ("header", "footer"):
            continue  # running header / footer (page number fields)
        else:
            _walk_html(child, items)


def _html_lines(element) -> list[str]:
    """Text of an element, split at <br> (newlines in the HTML source are just spaces)."""
    for br in element.iter("br"):
        br.tail = "\u2028" + (br.tail or "")
    text = element.text_content()
    return [" ".join(line.split()) for line in text.split("\u2028") if line.strip()]


def _html_table(table) -> _Grid:
    rows = [r for r in table.iter("tr") if r.getparent() is not None
            and _nearest_table(r) is table]
    return place_cells([
        [("\n".join(_cell_lines(cell)), span(cell.get("colspan")), span(cell.get("rowspan")))
         for cell in row if cell.tag in ("td", "th")]
        for row in rows
    ])


def _cell_lines(cell) -> list[str]:
    lines = []
    for part in cell.iter("p", "h1", "h2", "h3", "li"):
        lines.extend(_html_lines(part))
    return lines or _html_lines(cell)


def _nearest_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


# --- items → blocks --------------------------------------------------------------------------


def _blocks(items: list) -> list[Block]:
    blocks: list[Block] = []
    joinable = False  # the last block is a paragraph that may go on in the next one
    for item in items:
        if isinstance(item, str):
            text = clean_display(item)
            if not text:
                continue
            if (joinable and starts_lower(text) and not starts_block(text)
                    and not SENTENCE_END.search(blocks[-1].text)):
                # A line broken with Enter inside a sentence (titles often are); a paragraph
                # opening with a list marker ("a) Giúp ...") starts an item of its own.
                blocks[-1] = Block(text=f"{blocks[-1].text} {text}")
            else:
                blocks.append(Block(text=text))
            joinable = True
        else:
            blocks.extend(table_blocks(item))
            joinable = False
    return blocks
