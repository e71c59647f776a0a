"""Metadata of a Vietnamese official document from its cleaned text.

The first page of a document follows Nghị định 30/2020/NĐ-CP: issuing body and "Số: 431/KH-UBND"
on the left, the national motto and "<Place>, ngày 17 tháng 8 năm 2018" on the right, then the
type ("KẾ HOẠCH") and the subject (trích yếu), or "V/v ..." for a letter; the preamble cites the
documents it rests on ("Căn cứ ...", "Thực hiện ..."); the signature block closes the text.
Extraction works on lines, so header columns may arrive as separate lines, glued on one line
(PDF text layers) or as "|"-separated table cells (web pages). News pages that report on a
document ("UBND tỉnh ban hành Kế hoạch số 292/KH-UBND về ...") are read from that sentence.

Unknown fields stay None: nothing is guessed.

>>> meta = extract_metadata('''UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
... SỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc
... Số: 788/STP-HCBT Lâm Đồng, ngày 16 tháng 5 năm 2025
... V/v góp ý dự thảo Kế hoạch
... Kính gửi: Sở Nội vụ''')
>>> meta.doc_type, meta.number, meta.issuer, meta.province, meta.issued, meta.title
('Công văn', '788/STP-HCBT', 'Sở Tư pháp tỉnh Lâm Đồng', 'Lâm Đồng', '2025-05-16', 'V/v góp ý dự thảo Kế hoạch')
"""
from __future__ import annotations

import html
import logging
import re
from collections import Counter

from ingest.doctypes import find_numbers, type_from_number, type_from_symbol
from ingest.metadata.cites import dedupe, preamble_cites
from ingest.metadata.header import parse_header
from ingest.metadata.issuer import BARE_LOCAL, issuer_from_symbol, parse_issuer
from ingest.metadata.numbers import properties, property_date, property_number
from ingest.metadata.reports import page_title, reported_document
from ingest.metadata.signer import find_signer
from ingest.metadata.text import proper_case, rejoin_broken_numbers, split_lines
from ingest.metadata.title import ANNEX_NOTE, database_title, subject_line, title_after, type_block
from ingest.normalize import clean_display
from ingest.provinces import canonical_province, find_provinces, level_word
from ingest.records import DocumentMeta

log = logging.getLogger(__name__)
HEAD = 80  # the header, title and preamble sit in the first lines
TITLE_TAIL_CHARS = 120  # of a mixed-case line that ends a title set in capitals
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d+);")
_MOTTO = re.compile(
    r"C[ỘÔO]NG\s*H(?:[OÒÕÓ]A|OÀ)\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A(?:\s+VI[ỆE]T(?:\s+NAM)?)?"
    r"|ĐỘC\s*LẬP\s*[-–—]\s*TỰ\s*DO\s*[-–—]\s*HẠNH\s*PHÚC",
    re.IGNORECASE,
)


def _capitals_title(lines: list[str], end: int, rest: str) -> tuple[str, int]:
    """A title set in capitals on the type line ("CHƯƠNG TRÌNH ĐẠI HỘI DỰ KIẾN"), with the line
    under it when that line names whose it is ("Hiệp hội Doanh nghiệp tỉnh Bình Thuận, nhiệm kỳ
    V"): short, no sentence, and followed by the date or the body. (title, next line)"""
    title = proper_case(rest)
    if end and ANNEX_NOTE.search(lines[end - 1]):  # "... (Kèm theo Công văn số ...)" closes it
        return title, end
    more, after = title_after(lines, end, allow_thuc_hien=False)
    if more and after == end + 1 and len(more) <= TITLE_TAIL_CHARS and \
            not lines[end].rstrip().endswith((".", ";", ":")):
        return f"{title} {more}", after
    return title, end


def _body_province(text: str) -> str | None:
    """The province a text is about: named at least twice and more often than any other."""
    ranked = Counter(name for _, _, name in find_provinces(text)).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


LEAD_LINES = 3  # a headerless text's opening lines: its type, title and whose it is


def _lead_province(lines: list[str]) -> str | None:
    """The one province a headerless text's opening lines name ("CHƯƠNG TRÌNH ĐẠI HỘI" / "Hiệp
    hội Doanh nghiệp tỉnh Bình Thuận, nhiệm kỳ V"), even when the body never names it again."""
    named = {name for _, _, name in find_provinces("\n".join(lines))}
    return named.pop() if len(named) == 1 else None


def extract_metadata(text: str, *, source_name: str = "") -> DocumentMeta:
    """Type, number, issuer, province, issue date, title, signer and cited numbers of a document.

    ``text`` is the cleaned display text, one paragraph or line per line, in reading order.
    ``source_name`` is only used in log messages.
    """
    if _ENTITY.search(text):
        text = html.unescape(text)  # "CCHC&amp;VTLT" from e-signature stamps
    text = rejoin_broken_numbers(clean_display(text))
    all_lines = split_lines(text)
    head = split_lines(_MOTTO.sub("\n", "\n".join(all_lines[:HEAD])))
    lines = head + all_lines[HEAD:]
    props = properties(lines)
    header = parse_header(lines)

    if header is None:
        return _headerless(lines, text, source_name)

    block = type_block(lines, header.end, header.end + 12)
    doc_type = title = None
    title_end = header.end
    title_cites: list[str] = []
    if block:
        _, title_end, doc_type, rest = block
        if rest:
            title, title_end = _capitals_title(lines, title_end, rest)
        else:
            title, title_end = title_after(lines, title_end, allow_thuc_hien=True)
        if title and title.startswith(("Thực hiện", "Triển khai")):
            title_cites = find_numbers(title)
    subject = subject_line(lines, header, (block[0] if block else header.end + 8))
    if subject and title is None:
        title = subject[2]
        title_end = max(title_end, subject[1])
    if doc_type is None:
        if subject:
            doc_type = "Công văn"
        elif header.symbol:
            doc_type = type_from_symbol(header.symbol, has_year=header.has_year)

    number = header.number
    if number is None and header.symbol is None:
        number = property_number(props)
        doc_type = doc_type or (type_from_number(number) if number else None)

    issuer = parse_issuer(header.issuer_lines)
    province = None if issuer.central else (issuer.province or header.place_province)
    if province is None and not issuer.central and "Nơi ban hành" in props:
        province = canonical_province(props["Nơi ban hành"])
    if province is None and not issuer.central:
        province = _body_province(text)
    name = issuer.name or issuer_from_symbol(header.symbol)
    if name in BARE_LOCAL and province:
        name = f"{name} {level_word(province)} {province}"

    issued = header.issued
    if issued is None and header.date_line is None:
        issued = property_date(props)

    if title is None and number:
        title = database_title(lines, number)

    cites = dedupe(title_cites + preamble_cites(lines, title_end), number)
    meta = DocumentMeta(
        doc_type=doc_type,
        number=number,
        issuer=name,
        province=province,
        issued=issued,
        title=title,
        signer=find_signer(lines),
        cites=cites,
    )
    log.debug("%s: %s", source_name or "document", meta)
    return meta


def _headerless(lines: list[str], text: str, source_name: str) -> DocumentMeta:
    """A text without a document header: a programme or guide (type line on top) or a news page."""
    block = type_block(lines, 0, 4)
    province = _body_province(text) or _lead_province(lines[:LEAD_LINES])
    if block:
        _, end, doc_type, rest = block
        title = _capitals_title(lines, end, rest)[0] if rest else title_after(lines, end, allow_thuc_hien=False)[0]
        return DocumentMeta(doc_type=doc_type, province=province, title=title,
                            signer=find_signer(lines))
    report = reported_document(lines)
    headline = page_title(lines)
    if report is None:
        return DocumentMeta(province=province, title=headline, signer=find_signer(lines))
    province = report.province or province
    issuer = None
    if report.body and province:
        issuer = f"{report.body} {report.body_level} {province}"
    meta = DocumentMeta(
        doc_type=report.doc_type,
        number=report.number,
        issuer=issuer,
        province=province,
        issued=report.issued,
        title=report.title or headline,
        signer=find_signer(lines),
    )
    log.debug("%s: reported document %s", source_name or "page", meta)
    return meta
