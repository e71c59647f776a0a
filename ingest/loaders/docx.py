"""DOCX: paragraphs and tables in body order, Word's automatic numbering written out.

python-docx opens the package; the body is then read from its XML so that text in
insertions, hyperlinks, content controls and text boxes is kept, deleted text is not, and
the labels Word draws for numbered paragraphs ("I.", "1.", "a)") are rendered from
``numbering.xml`` — headings depend on them.
"""
from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import UnreadableDocument
from ingest.loaders.tables import GridCell, table_blocks
from ingest.normalize import clean_display
from ingest.records import Block, Loaded

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

_SKIPPED = {W + "del", W + "moveFrom", W + "pPr", W + "rPr", W + "commentReference"}
_TRANSPARENT = {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag"}


def load_docx(path: Path) -> Loaded:
    """Blocks of a .docx file; ``pages`` is None (Word paginates at display time)."""
    document = _open(Path(path))
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    numbering = Numbering(
        _related_element(document, RT.NUMBERING), _related_element(document, RT.STYLES)
    )
    blocks = _Reader(numbering).container(document.element.body)
    if not blocks:
        raise UnreadableDocument("no text in DOCX")
    return Loaded(blocks=tuple(blocks), format="docx", pages=None)


def _open(path: Path) -> Any:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - python-docx is a core dependency
        from ingest.errors import MissingTool

        raise MissingTool("install python-docx to read .docx") from exc
    from lxml.etree import XMLSyntaxError

    try:
        return docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError) as exc:
        raise UnreadableDocument(f"corrupt DOCX ({_reason(exc)})") from None
    except (KeyError, ValueError, XMLSyntaxError, EOFError, OSError) as exc:
        raise UnreadableDocument(f"corrupt DOCX ({_reason(exc)})") from None


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()).strip("'\"")
    if isinstance(exc, KeyError):
        return f"missing part {text}"
    return text[:100] or type(exc).__name__


def _related_element(document: Any, reltype: str) -> Any:
    try:
        return document.part.part_related_by(reltype).element
    except (KeyError, AttributeError):
        return None


# --- Body ------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering

    def container(self, element: Any, *, in_cell: bool = False) -> list[Block]:
        """Blocks for the paragraphs and tables directly under ``element``, in order."""
        blocks: list[Block] = []
        for child in element:
            tag = child.tag
            if tag == W + "p":
                blocks.extend(self.paragraph(child, in_cell=in_cell))
            elif tag == W + "tbl":
                blocks.extend(self.table(child))
            elif tag in _TRANSPARENT:
                blocks.extend(self.container(child, in_cell=in_cell))
            elif tag == MC + "AlternateContent":
                choice = _alternate(child)
                if choice is not None:
                    blocks.extend(self.container(choice, in_cell=in_cell))
        return blocks

    def paragraph(self, p: Any, *, in_cell: bool = False) -> list[Block]:
        parts: list[str] = []
        boxes: list[Any] = []
        _collect(p, parts, boxes)
        lines = "".join(parts).split("\n")
        label = self.numbering.label(p)
        if label and (in_cell or "".join(lines).strip()):
            lines[0] = f"{label} {lines[0].lstrip()}" if lines[0].strip() else label
        blocks = [Block(text=t) for t in map(clean_display, lines) if t]
        for box in boxes:
            blocks.extend(self.container(box, in_cell=in_cell))
        return blocks

    def table(self, tbl: Any) -> list[Block]:
        grid: list[list[GridCell]] = []
        header_rows = 0
        counting_header = True
        for r, tr in enumerate(_children(tbl, W + "tr")):
            is_header = tr.find(f"{W}trPr/{W}tblHeader") is not None and _on(
                tr.find(f"{W}trPr/{W}tblHeader")
            )
            if counting_header and is_header:
                header_rows += 1
            else:
                counting_header = False
            row: list[GridCell] = []
            before = _int_val(tr.find(f"{W}trPr/{W}gridBefore"), 0)
            for _ in range(before):
                row.append(GridCell("", (r, len(row))))
            for tc in _children(tr, W + "tc"):
                col = len(row)
                span = max(1, _int_val(tc.find(f"{W}tcPr/{W}gridSpan"), 1))
                vmerge = tc.find(f"{W}tcPr/{W}vMerge")
                above = grid[-1][col] if grid and col < len(grid[-1]) else None
                if vmerge is not None and vmerge.get(W + "val", "continue") == "continue" and above:
                    cells = [
                        grid[-1][c] if c < len(grid[-1]) else GridCell("", (r, c))
                        for c in range(col, col + span)
                    ]
                    row.extend(cells)
                    continue
                text = "\n".join(b.text for b in self.container(tc, in_cell=True))
                row.extend(GridCell(text, (r, col)) for _ in range(span))
            grid.append(row)
        if not grid:
            return []
        return table_blocks(grid, header_rows=header_rows or None)


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Children with ``tag``, looking through content controls and custom XML wrappers."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _TRANSPARENT:
            yield from _children(child, tag)


def _alternate(element: Any) -> Any:
    """The branch of an ``mc:AlternateContent`` to read: the first Choice, else the Fallback."""
    choice = element.find(MC + "Choice")
    return choice if choice is not None else element.find(MC + "Fallback")


def _collect(element: Any, parts: list[str], boxes: list[Any]) -> None:
    """Append the visible text under ``element`` to ``parts``; text boxes go to ``boxes``."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == W + "r":
            _run(child, parts, boxes)
        elif tag == MC + "AlternateContent":
            branch = _alternate(child)
            if branch is not None:
                _collect(branch, parts, boxes)
        elif tag in (MATH + "oMath", MATH + "oMathPara"):
            parts.append("".join(t.text or "" for t in child.iter(MATH + "t")))
        else:  # hyperlink, ins, moveTo, smartTag, fldSimple, sdt, customXml, bdo, dir ...
            _collect(child, parts, boxes)


def _run(r: Any, parts: list[str], boxes: list[Any]) -> None:
    vanish = r.find(f"{W}rPr/{W}vanish")
    if vanish is not None and _on(vanish):
        return
    for child in r:
        tag = child.tag
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag in (W + "tab", W + "ptab"):
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag == MC + "AlternateContent":
            branch = _alternate(child)
            if branch is not None:
                boxes.extend(_top_boxes(branch))
        elif tag in (W + "drawing", W + "pict", W + "object"):
            boxes.extend(_top_boxes(child))


def _top_boxes(element: Any) -> list[Any]:
    """Text box contents under ``element``, without boxes nested in other boxes."""
    found = list(element.iter(W + "txbxContent"))
    nested = {id(n) for b in found for n in b.iter(W + "txbxContent") if n is not b}
    return [b for b in found if id(b) not in nested]


def _on(element: Any) -> bool:
    return element.get(W + "val", "true") not in ("0", "false", "off")


def _int_attr(element: Any, name: str) -> int:
    value = element.get(W + name, "0")
    return int(value) if value.isdigit() else 0


def _int_val(element: Any, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(W + "val", default))
    except (TypeError, ValueError):
        return default


# --- Numbering -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # lvlRestart: 0 = never restart
    legal: bool = False  # isLgl: show all levels as decimal


class Numbering:
    """Word list numbering: definitions from numbering.xml, counters as paragraphs go by.

    Counters belong to the abstract definition, so lists that share one continue each
    other, as in Word; a ``startOverride`` restarts its level the first time its list is used.
    """

    def __init__(self, numbering: Any, styles: Any) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.used: set[str] = set()
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        self.style_based: dict[str, str] = {}
        links: dict[str, str] = {}
        if numbering is not None:
            for absnum in numbering.iter(W + "abstractNum"):
                aid = absnum.get(W + "abstractNumId")
                self.abstract[aid] = {
                    _int_attr(lvl, "ilvl"): _level(lvl)
                    for lvl in absnum.findall(W + "lvl")
                }
                link = absnum.find(W + "numStyleLink")
                if link is not None:
                    links[aid] = link.get(W + "val")
            for num in numbering.iter(W + "num"):
                nid = num.get(W + "numId")
                aid_el = num.find(W + "abstractNumId")
                if aid_el is None:
                    continue
                starts: dict[int, int] = {}
                levels: dict[int, _Level] = {}
                for override in num.findall(W + "lvlOverride"):
                    ilvl = _int_attr(override, "ilvl")
                    start = override.find(W + "startOverride")
                    if start is not None:
                        starts[ilvl] = _int_val(start, 1)
                    lvl = override.find(W + "lvl")
                    if lvl is not None:
                        levels[ilvl] = _level(lvl)
                self.nums[nid] = (aid_el.get(W + "val"), starts, levels)
        if styles is not None:
            for style in styles.iter(W + "style"):
                sid = style.get(W + "styleId")
                based = style.find(W + "basedOn")
                if based is not None:
                    self.style_based[sid] = based.get(W + "val")
                numpr = style.find(f"{W}pPr/{W}numPr")
                if numpr is not None:
                    num_id = numpr.find(W + "numId")
                    ilvl = numpr.find(W + "ilvl")
                    self.style_num[sid] = (
                        num_id.get(W + "val") if num_id is not None else None,
                        _int_val(ilvl, 0) if ilvl is not None else None,
                    )
        # abstractNum -> numStyleLink -> style -> numId -> the abstractNum that has the levels
        for aid, style_id in links.items():
            num_id, _ = self._style_numpr(style_id)
            if num_id in self.nums and self.nums[num_id][0] != aid:
                self.abstract[aid] = self.abstract.get(self.nums[num_id][0], {})

    def _style_numpr(self, style_id: str | None) -> tuple[str | None, int | None]:
        num_id: str | None = None
        ilvl: int | None = None
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            sid_num, sid_lvl = self.style_num.get(style_id, (None, None))
            num_id = num_id if num_id is not None else sid_num
            ilvl = ilvl if ilvl is not None else sid_lvl
            style_id = self.style_based.get(style_id)
        return num_id, ilvl

    def label(self, p: Any) -> str | None:
        """The label Word shows before paragraph ``p`` ("II.", "1.2.", "a)", "-"), or None.

        Advances the counters: call it once per paragraph, in document order.
        """
        ppr = p.find(W + "pPr")
        num_id: str | None = None
        ilvl: int | None = None
        style_id = None
        if ppr is not None:
            numpr = ppr.find(W + "numPr")
            if numpr is not None:
                num_el, lvl_el = numpr.find(W + "numId"), numpr.find(W + "ilvl")
                num_id = num_el.get(W + "val") if num_el is not None else None
                ilvl = _int_val(lvl_el, 0) if lvl_el is not None else None
            style = ppr.find(W + "pStyle")
            style_id = style.get(W + "val") if style is not None else None
        if num_id is None or ilvl is None:
            s_num, s_lvl = self._style_numpr(style_id)
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_lvl
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None
        ilvl = ilvl or 0
        aid, starts, overrides = self.nums[num_id]
        levels = {**self.abstract.get(aid, {}), **overrides}
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self.counters.setdefault(aid, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for lvl, start in starts.items():
                counters[lvl] = start - 1
                for deeper in [k for k in counters if k > lvl]:
                    del counters[deeper]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            if levels.get(deeper, _Level()).restart != 0:
                del counters[deeper]
        if level.fmt == "bullet":
            return "+" if level.text.strip() == "+" else "-"
        if level.fmt == "none":
            return None

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lvl = levels.get(k, _Level())
            value = counters.get(k, lvl.start)
            fmt = "decimal" if level.legal and k != ilvl else lvl.fmt
            return format_number(value, fmt)

        text = re.sub(r"%([1-9])", number, level.text).strip()
        return text or None


def _level(lvl: Any) -> _Level:
    def val(name: str) -> str | None:
        el = lvl.find(W + name)
        return el.get(W + "val") if el is not None else None

    restart = val("lvlRestart")
    start = val("start") or "1"
    legal = lvl.find(W + "isLgl")
    return _Level(
        start=int(start) if start.isdigit() else 1,
        fmt=val("numFmt") or "decimal",
        text=val("lvlText") if val("lvlText") is not None else "",
        restart=int(restart) if restart and restart.isdigit() else None,
        legal=legal is not None and _on(legal),
    )


_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


def format_number(value: int, fmt: str) -> str:
    """A counter value in a Word number format.

    >>> [format_number(4, f) for f in ("decimal", "upperRoman", "lowerLetter", "decimalZero")]
    ['4', 'IV', 'd', '04']
    >>> format_number(28, "upperLetter")
    'BB'
    """
    if fmt in ("upperRoman", "lowerRoman") and value > 0:
        out = []
        for n, numeral in _ROMAN:
            while value >= n:
                out.append(numeral)
                value -= n
        roman = "".join(out)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and value > 0:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
