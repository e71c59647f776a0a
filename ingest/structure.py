"""From loader blocks to the document's cleaned text and its paragraphs with section paths.

Two steps:

1. *Reflow*: lines broken by a text file's fixed width (or a paragraph cut by a PDF page break)
   are joined back into paragraphs. A block with empty text is a hard paragraph break.
2. *Outline*: headings (Phần/Chương/Mục/Điều, I., 1., 1.1., a), upper-case titles) open
   sections; every paragraph gets the path of headings above it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.headings import (
    ARABIC, ARTICLE, MAX_HEADING, UPPER, Marker, _label, all_caps, classify, is_reference, is_upper_title,
)
from ingest.records import Block, BlockKind, Paragraph

SECTION_SEPARATOR = " › "

# Formats whose blocks are physical lines rather than paragraphs.
LINE_FORMATS = {"txt", "md", "doc"}

_TERMINAL = re.compile(r"[.!?;:…]['\"”’)\]]*$")
_BULLET = re.compile(r"^[-+•*–—]\s*")
# A text cut at a fixed width before the dash of "2021 - 2025" or "kinh tế - xã hội": the line
# goes on with a number (not "- 2Kế hoạch ...", a numbered link) or a lower-case word, which no
# list item opens with, after a long line that does not end its sentence.
_DASH_WRAP = re.compile(r"^[-–]\s+(?:\d[\d.,]*(?!\w)|(?P<word>[^\W\d_]))")
DASH_WRAP_MIN = 60


@dataclass(slots=True)
class _Para:
    parts: list[str]
    page: int | None
    kind: BlockKind
    ocr: bool
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    last_line: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def section_string(path: Sequence[str]) -> str:
    return SECTION_SEPARATOR.join(path)


def _is_wrapped(blocks: Sequence[Block]) -> bool:
    """True when lines look cut at a fixed width (most lines short, none very long)."""
    lengths = [len(b.text) for b in blocks if b.kind == "text" and len(b.text) >= 20]
    if len(lengths) < 5:
        return False
    short = sum(1 for n in lengths if n <= 100)
    very_long = sum(1 for n in lengths if n > 200)
    return short >= 0.75 * len(lengths) and very_long <= 0.05 * len(lengths)


def _typical_width(blocks: Sequence[Block]) -> int:
    lengths = sorted(len(b.text) for b in blocks if b.kind == "text" and len(b.text) >= 20)
    return lengths[int(len(lengths) * 0.8)] if lengths else 80


_SEPARATOR = re.compile(r"^[-_=.*·•~]{3,}$")  # "-------" under a header line
_MARKER_ONLY = re.compile(
    r"^[“\"]?(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.|[a-zđ]\)|Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)$"
)
# A marker alone on its line, its text on the next: "Điều" / "1." / "a)" / "“Điều" (a quoted
# article). A bare number ("12") is not one: it is as likely a wrapped figure.
_LONE_MARKER = re.compile(
    r"^[“\"]?(?:\d{1,2}(?:\.\d{1,2})*\.|[IVXL]{1,5}\.|[a-zđ]\)|Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)$"
)
_UNIT_WORD = re.compile(r"^[“\"]?(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)$")
# A line ending in a word that a number completes: "... tại khoản 3 Điều" + "15.".
_AWAITS_NUMBER = re.compile(r"(?:^|\s)(?:Điều|khoản|điểm|Chương|Mục|Phần|mục|phần|số|ngày|tháng|năm|cấp|Cấp)$")
# A line ending in a cited unit, the citation going on: "... tại khoản 5" + "Điều 32 Nghị định".
_CITED_UNIT_END = re.compile(
    r"(?:^|\s)(?:khoản|điểm|tiết|mục|Mục|Điều|Chương|Phần)\s+(?:\d+(?:\.\d+)*[a-zđ]?|[IVXLC]+|[a-zđ])$"
)
# A line ending like this cannot end a paragraph: "... của Sở" / "Giáo dục và Đào tạo".
_OPEN_END = re.compile(
    r"(?:[^-_=.\s][,(\-–]|\s(?:và|của|với|các|về|cho|tại|trong|để|theo|đến|từ|hoặc|thuộc|nhằm|gồm|"
    r"Sở|Bộ|Ban|Quý|quý))$"
)


def _dash_wrap(text: str) -> bool:
    """Does ``text`` open with the dash of a range or compound the line before was cut at?"""
    m = _DASH_WRAP.match(text)
    return bool(m) and (m.group("word") is None or m.group("word").islower())


def _is_type_line(text: str) -> bool:
    """A document-type title on its own line ("KẾ HOẠCH", "QUYẾT ĐỊNH:")."""
    from ingest.doctypes import type_from_title

    found = type_from_title(text)
    return bool(found) and not found[1].strip(" :")


def _joins(prev: _Para, block: Block, *, wrapped: bool, grouped: bool, width: int) -> bool:
    """Should ``block`` continue paragraph ``prev``?

    ``wrapped``: lines were cut at a fixed width. ``grouped``: besides, blank lines separate
    paragraphs, so lines between two blank lines belong together.
    """
    if prev.kind != "text" or block.kind != "text":
        return False
    text, last = block.text, prev.text
    if _MARKER_ONLY.match(last):
        return True  # "2.10." or "Điều" alone, its number or heading text on the next line
    if _UNIT_WORD.match(text):
        return bool(_OPEN_END.search(last))  # "Điều" alone opens an article unless cut mid-phrase
    if _LONE_MARKER.match(text) or is_reference(text):
        # "... chỉ số" + "IV."; "... tại số thứ tự 01 Mục II" + "Phần IV cho phù hợp ..."
        return _continues_sentence(last)
    if _dash_wrap(text) and len(last) >= DASH_WRAP_MIN and not _TERMINAL.search(last):
        return True  # "... giai đoạn 2021" + "- 2025”;", "... kinh tế" + "- xã hội của tỉnh"
    if _BULLET.match(text) or classify(text):
        return False
    if _OPEN_END.search(last) and not _is_type_line(last):
        return True
    if grouped:
        if _is_type_line(last) or all_caps(last) != all_caps(text):
            return False
        return True
    if _TERMINAL.search(last) or is_upper_title(text):
        return False
    if text[0].islower() or text[0].isdigit() or text[0] in "(\"“":
        return True  # "... chính quyền" + "địa phương ..." or "ngày" + "18 tháng 11"
    if not wrapped or is_upper_title(last):
        return False
    marker = classify(last)
    if marker is not None and marker.kind == "heading" and len(last) < 60:
        return False
    return len(prev.last_line) >= 0.5 * width


def _continues_sentence(last: str) -> bool:
    """Paragraph ``last`` stops mid-sentence, so a line that cannot open a paragraph of its own
    (a lone "IV.", a cited "Điều 15 Nghị định ...") goes on with it."""
    if _TERMINAL.search(last):
        return False
    if _OPEN_END.search(last) or _AWAITS_NUMBER.search(last) or _CITED_UNIT_END.search(last):
        return True  # "... tại" / "... khoản 3 Điều" / "... tại khoản 5"
    if is_upper_title(last) or _is_type_line(last):
        return False
    found = classify(last)
    return found is None or found.kind != "heading"


def reflow(blocks: Sequence[Block], *, fmt: str) -> list[_Para]:
    line_based = fmt in LINE_FORMATS
    wrapped = line_based and _is_wrapped(blocks)
    grouped = wrapped and any(not b.text.strip() for b in blocks)
    width = _typical_width(blocks) if wrapped else 0
    paras: list[_Para] = []
    hard_break = True
    for block in blocks:
        text = block.text.strip()
        if not text or (line_based and _SEPARATOR.match(text)):
            hard_break = True
            continue
        prev = paras[-1] if paras else None
        if prev is not None and not hard_break and _joins(prev, block, wrapped=wrapped, grouped=grouped, width=width):
            prev.parts.append(text)
            prev.last_line = text
            prev.ocr = prev.ocr or block.ocr
        else:
            paras.append(
                _Para([text], block.page, block.kind, block.ocr, block.cells, block.header, text)
            )
        hard_break = False
    return paras


_OCR_NUMBER = re.compile(r"^(\d{1,2}|[§$])[.,]\s+(?=\w)")


def _ocr_number_repaired(text: str, previous: int | None) -> str:
    """A numbered heading as OCR misreads it: its full stop as a comma ("5, Phó Giám đốc Đinh
    Hữu Hòa"), its digit as a sign ("§. Phó Giám đốc ..." after "7. ..."; the next number then)."""
    m = _OCR_NUMBER.match(text)
    if not m or not text[m.end()].isupper():
        return text
    number = m.group(1)
    if not number.isdigit():
        if previous is None:
            return text
        number = str(previous + 1)
    return f"{number}. {text[m.end():]}"


def _markers(paras: Sequence[_Para]) -> list[tuple[Marker | None, bool]]:
    """Per paragraph: its heading or list marker, and whether it restarts the outline."""
    found: list[tuple[Marker | None, bool]] = []
    titles: set[int] = set()  # unnumbered upper-case titles
    body_started = False
    arabic = None  # the number of the last "N." heading or item
    for i, para in enumerate(paras):
        marker, restart = None, False
        if para.kind == "text":
            text = _ocr_number_repaired(para.text, arabic) if para.ocr else para.text
            marker = classify(text)
            if marker is not None and marker.rank == ARABIC:
                arabic = int(re.match(r"\d+", marker.label).group(0))
            # "QUY ĐỊNH" after the signature: the annexed regulation starts afresh.
            restart = marker is None and body_started and _is_type_line(text)
            if marker is None and body_started and is_upper_title(text):
                marker = Marker(UPPER, _label(text), "heading")
                titles.add(i)
            if marker is not None or (len(text) >= 80 and any(c.islower() for c in text)):
                body_started = True
        found.append((marker, restart))
        if body_started and para.kind == "text":
            _restart_annex(paras, found, titles, i)
    _title_continuations(paras, found, titles)
    _sibling_headings(paras, found)
    _parent_headings(paras, found)
    # A numbered heading followed at once by a sibling (or a higher unit) has no body: its line
    # is its content ("Điều 1. Giải thể Hội X." + "Điều 2. ..."; "1. Đại hội." + "2. Ban Chấp
    # hành."). An article keeps its own section; a numbered line is a list item. A list that
    # starts again at "1." / "a)" is the heading's own body, even at the same rank.
    for i, ((marker, restart), (after, _)) in enumerate(zip(found, found[1:])):
        if (marker is not None and marker.kind == "heading" and i not in titles
                and after is not None and after.rank <= marker.rank and not _opens_list(after)
                and paras[i + 1].kind == "text"):
            kind = "labelled" if marker.rank <= ARTICLE else "item"
            found[i] = (Marker(marker.rank, marker.label, kind), restart)
    return found


# A capitals line that goes on with the title above it, by its first word or the last of the line above:
# "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025" then "CỦA CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH";
# "TỔ GIÚP VIỆC VỀ" then "CẢI CÁCH HÀNH CHÍNH".
_LINKING = r"(?:CỦA|VÀ|VỀ|TẠI|TRONG|CHO|ĐẾN|TỪ|THEO|ĐỐI VỚI|VỚI|TRÊN|THUỘC|NHẰM|ĐỂ)"
_TITLE_GOES_ON = re.compile(rf"^(?:{_LINKING}|NĂM|GIAI ĐOẠN)\s")
_TITLE_GOES_ON_AFTER = re.compile(rf"\s{_LINKING}$")


def _title_continuations(paras: Sequence[_Para], found: list[tuple[Marker | None, bool]], titles: set[int]) -> None:
    """One title written over several capitals lines heads what follows as a whole: the first
    line's heading takes the lines that go on with it, which head nothing of their own."""
    head = None  # (first line, last line, text so far) of the title being read
    for i in sorted(titles):
        if head is not None and i == head[1] + 1 and _goes_on(paras, i):
            start, text = head[0], f"{head[2]} {_without_note(paras[i].text)}"
            found[start] = (Marker(UPPER, _label(text), "heading"), found[start][1])
            found[i] = (None, found[i][1])
            head = (start, i, text)
        else:
            head = (i, i, paras[i].text)


def _goes_on(paras: Sequence[_Para], i: int) -> bool:
    """Does capitals line ``i`` go on with the title on the line above?"""
    return bool(_TITLE_GOES_ON.match(paras[i].text) or _TITLE_GOES_ON_AFTER.search(paras[i - 1].text.rstrip()))


def _without_note(text: str) -> str:
    """A title line without the note of what it is annexed to: "CỦA UBND CÁC XÃ (Kèm theo ...)"."""
    m = _ANNEXED.search(text)
    return text[:m.start()].strip() if m else text


def _sibling_headings(paras: Sequence[_Para], found: list[tuple[Marker | None, bool]]) -> None:
    """Numbered lines written as sentences with a full stop or a colon ("2. Công tác phòng ngừa,
    tuyên truyền, ... phòng, chống ma túy.") are headings like the sibling before them ("1. Công tác
    tham mưu, lãnh đạo, chỉ đạo") when the author numbered the topics alike: every line of the
    run is a heading or one such sentence, each with text of its own under it."""
    runs: dict[int, list[int]] = {}  # rank -> indices of the open run of siblings at that rank

    def close(run: list[int]) -> None:
        if len(run) < 3 or not any(found[i][0].kind == "heading" for i in run):
            return
        if all(found[i][0].kind == "heading" or _one_sentence(paras[i].text) and _has_body(found, i) for i in run):
            for i in run:
                marker, restart = found[i]
                if marker.kind == "item":
                    found[i] = (Marker(marker.rank, _label(paras[i].text), "heading"), restart)

    for i, (marker, _) in enumerate(found):
        if marker is None:
            continue
        for rank in [r for r in runs if r > marker.rank]:
            close(runs.pop(rank))
        runs.setdefault(marker.rank, []).append(i)
    for run in runs.values():
        close(run)


def _parent_headings(paras: Sequence[_Para], found: list[tuple[Marker | None, bool]]) -> None:
    """A long numbered title without a full stop that the next numbered line goes under ("1. Báo
    cáo kết quả cải thiện môi trường đầu tư ... năm 2025 (sau sáp nhập tỉnh)" then "1.1. ..."), or
    one whose colon introduces them ("1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu
    Kinh tế ...):" then "a) Là đầu mối chủ trì ..."), is a heading though longer than one: its
    sub-items are its body."""
    for i, (marker, restart) in enumerate(found[:-1]):
        after = found[i + 1][0]
        if (marker is not None and marker.kind == "item" and after is not None and after.rank > marker.rank
                and _opens_list(after) and (_unterminated_title(paras[i].text) or _introduces(paras[i].text))):
            found[i] = (Marker(marker.rank, _label(paras[i].text), "heading"), restart)


def _introduces(text: str) -> bool:
    """A title-like sentence ending with the colon that introduces what follows."""
    body = _title_sentence(text)
    return body is not None and body.rstrip().endswith(":")


def _has_body(found: list[tuple[Marker | None, bool]], i: int) -> bool:
    """A paragraph without a marker follows the line before the next marked one."""
    return i + 1 < len(found) and found[i + 1][0] is None


def _title_sentence(text: str) -> str | None:
    """What a numbered line says after its number when it reads as one title-like sentence
    ("...; đánh giá, phân loại địa bàn.") of at most two heading lengths; its end is the caller's."""
    body = text.strip().split(None, 1)[-1]
    return body if len(body) <= 2 * MAX_HEADING and ". " not in body.rstrip(".") else None


def _one_sentence(text: str) -> bool:
    """A title-like sentence ending with its full stop, or with the colon that introduces its
    body ("2. Nội dung đánh giá qua khảo sát ... (Nội dung phần thứ hai):")."""
    body = _title_sentence(text)
    return body is not None and body.endswith((".", ":"))


def _unterminated_title(text: str) -> bool:
    """A title-like sentence without a full stop or a clause mark at its end."""
    body = _title_sentence(text)
    return body is not None and not body.endswith((".", ";", ":", ","))


# "(Ban hành kèm theo Quyết định số ...)" under an annex's title: a new document begins.
_MAX_ANNEX_TITLE = 300
_ANNEXED = re.compile(r"\((?:[Bb]an hành |[Đđ]ược ban hành )?[Kk]èm theo\s")


# What a decision issues annexed; an appendix ("PHỤ LỤC", "DANH MỤC", "BIỂU MẪU") is a table, not a topic.
_INSTRUMENT = re.compile(r"^(?:KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|QUY TRÌNH|CHƯƠNG TRÌNH|ĐỀ ÁN|ĐIỀU LỆ|HƯỚNG DẪN|"
                         r"PHƯƠNG ÁN|NỘI QUY|CHIẾN LƯỢC)\b")
_TITLE_LINES = 4  # lines looked at above "(Kèm theo ...)"


def annexed_titles(text: str) -> list[str]:
    r"""Titles of the instruments a document issues annexed: the plan or regulation a decision
    issues is named above its "(Kèm theo Quyết định số ...)" line, often more fully than in the
    decision's own title ("KẾ HOẠCH" / "TRIỂN KHAI ĐỀ ÁN ... CƠ SỞ DỮ LIỆU QUỐC GIA VỀ QUY HOẠCH").
    Upper-case lines (not a signature), or one line in sentence case under them.

    >>> annexed_titles("Nơi nhận: ...\nNguyễn Văn A\nQUY CHẾ\nHoạt động của Ban Chỉ đạo\n(Ban hành kèm theo Quyết định số 5/QĐ-UBND)")
    ['QUY CHẾ Hoạt động của Ban Chỉ đạo']
    >>> annexed_titles("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn B\nKẾ HOẠCH\nKIỂM KÊ TÀI SẢN CÔNG\n(Kèm theo Quyết định số 7/QĐ-UBND)")
    ['KẾ HOẠCH KIỂM KÊ TÀI SẢN CÔNG']
    >>> annexed_titles("Lê Văn B\nKẾ HOẠCH\nTRIỂN KHAI ĐỀ ÁN SỐ 06 (Kèm theo Quyết định số 7/QĐ-UBND)")
    ['KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN SỐ 06']
    >>> annexed_titles("Lê Văn B\nPHỤ LỤC I\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n(Kèm theo Quyết định số 7/QĐ-UBND)")
    []
    """
    out = []
    for m in _ANNEXED.finditer(text):
        # The title's lines above, and its end on the same line when reflow joined them.
        line_start = text.rfind("\n", 0, m.start()) + 1
        head = text[line_start : m.start()]
        above = text[max(0, line_start - (_TITLE_LINES + 1) * _MAX_ANNEX_TITLE) : line_start]
        if head.strip() and not all_caps(head):
            continue  # "... ban hành kèm theo Quyết định này": a sentence, not a title
        lines = [ln.strip() for ln in [*above.splitlines()[-_TITLE_LINES:], head] if ln.strip()]
        block: list[str] = []
        for k in range(len(lines) - 1, -1, -1):
            line = lines[k]
            title = (len(line) <= _MAX_ANNEX_TITLE and all_caps(line)
                     and is_upper_title(line[:MAX_HEADING]))
            subtitle = (not block and k > 0 and not all_caps(line) and len(line) <= _MAX_ANNEX_TITLE
                        and all_caps(lines[k - 1]))
            if not (title or subtitle):
                break
            block.insert(0, line)
        while block and not _INSTRUMENT.match(block[0]):
            block.pop(0)
        if block:
            out.append(" ".join(block))
    return out


def _is_title(paras: Sequence[_Para], found: Sequence[tuple[Marker | None, bool]], titles: set[int],
              i: int) -> bool:
    marker, restart = found[i]
    if marker is None:  # a long upper-case title is no heading of the body, but heads an annex
        return restart or (paras[i].kind == "text" and len(paras[i].text) <= _MAX_ANNEX_TITLE
                           and all_caps(paras[i].text) and is_upper_title(paras[i].text[:MAX_HEADING]))
    return i in titles or marker.label.startswith("Phụ lục")


def _restart_annex(paras: Sequence[_Para], found: list[tuple[Marker | None, bool]], titles: set[int],
                   i: int) -> None:
    """If paragraph ``i`` says what the text below is annexed to, the titles just above it (or its
    own upper-case start) open a fresh outline: an annex after the signature is not part of the
    decision's last article."""
    m = _ANNEXED.search(paras[i].text)
    if m is None:
        return
    head = paras[i].text[: m.start()].strip()
    if head and not is_upper_title(head):
        return
    j = i
    while j > 0 and _is_title(paras, found, titles, j - 1):
        j -= 1
    if j == i and head:  # "DANH MỤC ... (Kèm theo Quyết định số ...)" in one paragraph
        found[i] = (Marker(UPPER, _label(head), "heading"), True)
        titles.add(i)
    elif j < i:
        marker = found[j][0] or Marker(UPPER, _label(paras[j].text), "heading")
        found[j] = (marker, True)
        titles.add(j)
        if head and j < i - 1 and i - 1 in titles and _goes_on(paras, i):
            # the title's last line before its note ("CỦA UBND CÁC XÃ, PHƯỜNG (Kèm theo ...)"),
            # read with the lines above it (see _title_continuations)
            found[i] = (Marker(UPPER, _label(head), "heading"), False)
            titles.add(i)


_ORDINAL = re.compile(r"^(?:(?:Điều|Chương|Mục|Phần|Phụ lục)\s+)?([0-9IVXLC.]+|[a-zđ])[.)]?(?:\s|$)")


def _opens_list(marker: Marker) -> bool:
    """``marker`` is the first of its list: "1.", "a)", "I.", "2.1.", "Điều 1"."""
    m = _ORDINAL.match(marker.label)
    return bool(m) and m.group(1).rstrip(".").rsplit(".", 1)[-1] in {"1", "01", "I", "a"}


def _in_own_list(marker: Marker, stack: Sequence[Marker], listing: Marker | None, titled: set[int]) -> bool:
    """Is list item ``marker`` one of the heading's own list, numbered at the heading's rank: the
    first ("1.") straight under a heading written as a title (``titled``: "2. Quyền hạn", not "a)
    Theo dõi công tác quy hoạch.", a sentence), or a later one of a list already begun there?"""
    if marker.kind != "item" or not stack or stack[-1].kind != "heading" or stack[-1].rank != marker.rank:
        return False
    return stack[-1] is listing or _opens_list(marker) and id(stack[-1]) in titled


def outline(paras: Sequence[_Para]) -> tuple[str, list[Paragraph]]:
    """Assign section paths; return the document text and its paragraphs with offsets."""
    stack: list[Marker] = []
    out: list[Paragraph] = []
    pieces: list[str] = []
    offset = 0
    listing: Marker | None = None  # the heading whose own list numbers its items afresh
    titled: set[int] = set()  # the headings written as titles, without a full stop
    for para, (marker, restart) in zip(paras, _markers(paras)):
        text = para.text
        heading = False
        if restart:
            stack.clear()
        if marker is not None:
            if _in_own_list(marker, stack, listing, titled):
                # "2. Quyền hạn" then "1. Được mời ...", "2. ...": items of that heading, not its siblings
                listing = stack[-1]
            else:
                while stack and stack[-1].rank >= marker.rank:
                    stack.pop()
            if marker.kind != "item":
                stack.append(marker)
                if not text.rstrip().endswith((".", ";")):
                    titled.add(id(marker))
            heading = marker.kind == "heading"
        start = offset
        end = start + len(text)
        out.append(
            Paragraph(
                text=text,
                start=start,
                end=end,
                page=para.page,
                section=tuple(m.label for m in stack),
                heading=heading,
                kind=para.kind,
                ocr=para.ocr,
                cells=para.cells,
                header=para.header,
            )
        )
        pieces.append(text)
        offset = end + 1  # the "\n" between paragraphs
    return "\n".join(pieces), out


def paragraphs(blocks: Sequence[Block], *, fmt: str) -> tuple[str, list[Paragraph]]:
    """The cleaned document text and its paragraphs (see module docstring)."""
    return outline(reflow(blocks, fmt=fmt))


# A document sent inside another (a draft decision attached to the letter asking for comments):
# its type alone on a line, then "Về việc ..." — below the sender's own header.
_ENCLOSED = re.compile(r"(?m)^(QUYẾT ĐỊNH|KẾ HOẠCH|TỜ TRÌNH|NGHỊ QUYẾT|CHỈ THỊ|ĐỀ ÁN|QUY CHẾ|QUY ĐỊNH|HƯỚNG DẪN|"
                       r"CHƯƠNG TRÌNH|THÔNG BÁO|BÁO CÁO)[ \t]*\n[ \t]*((?:Về việc|V/v)\s[^\n]{10,250})")
_OWN_HEADER = 600  # characters of a document's own header, whose title its metadata already has


def enclosed_titles(text: str) -> list[str]:
    """Titles of the documents enclosed in ``text`` below its own header (the draft decision that
    a letter asking for comments carries).

    >>> enclosed_titles("VĂN PHÒNG\\nSố: 1376/VP-NC\\nV/v xin ý kiến thành viên UBND tỉnh\\n" + "x" * 600 +
    ...                 "\\nQUYẾT ĐỊNH\\nVề việc phê duyệt Đề án tổ chức Đại hội Đoàn Luật sư tỉnh\\nĐiều 1.")
    ['QUYẾT ĐỊNH Về việc phê duyệt Đề án tổ chức Đại hội Đoàn Luật sư tỉnh']
    """
    return [f"{m.group(1)} {m.group(2).strip()}" for m in _ENCLOSED.finditer(text, _OWN_HEADER)]
