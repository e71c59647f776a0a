"""Short answers with citations: who is responsible, what the target is, by when.

``Answerer.ask`` retrieves passages, cuts them into evidence units (sentences and clauses),
picks the unit that covers the question best and, depending on the intent, pulls the agency,
the value or the date out of it (or out of the facts extracted at ingest for that passage).
Everything in an answer is copied from a document; when no unit covers the question well
enough, the answer says the documents do not answer it and shows the closest passages.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import PurePath

from index.abbrev import ABBREVIATIONS, abbreviations_of, expansions
from index.clauses import (asks_attached, asks_change, asks_kind, asks_opinion, asks_place, asks_purpose, asks_reason, asks_request,
                           attached, changed_to, kind_of, place, position, purpose, reason, request)
from index.cited import (CITED_NUMBER_Q, DATE_TEXT, DAY, ISSUED_WHICH_Q, NAMED_TYPE, OPENING_TYPE, VEHICLE_Q, WHICH_DOC_Q,
                         asked_issuer, asked_type, cited_date, cited_numbers, cited_subject, issued_in_clause,
                         letter_date, mentioned_date, type_named, typed_numbers, vehicle_date, vehicle_day)
from index.conversation import Turn, contextualize
from index.evidence import (Scored, Unit, coverage, idf_weights, initialisms, skeleton, skeletons, terms,
                            topic_text, units, within)
from index.excerpts import (INTRODUCED_LIMIT, excerpt, from_heading, introduced, introducing, line_start, narrowed,
                            quoted, sentence_start, shortened, stretched, unquoted)
from index.intent import EFFECTIVE_Q, ISSUER_Q, SIGNED, SIGNER_Q, Intent, detect, how_many, number_asked
from index.fields import PART_Q, asks_phone, colon_value, labelled_value, numbered_part, phone, row_value
from index.frames import blank_filler, field_by_owner, has_blank, owner_by_field
from index.members import (agency_members, heading_person, holder, leader_asked, mentioned_person, named_person, person_asked,
                           role_asked, titled_person)
from index.owners import TITLED, Owner, lead_owner, question_subject, unit_owner
from index.lists import asks_list, count_items, inline_list, list_introduction, listed_items
from index.names import unknown_name
from index.ranking import asks_ranked_first, ranked_first, table_extreme, table_rows
from index.query import Query
from index.scope import PlaceScope, names_other_places
from index.search import Filters, Hit, Searcher
from index.values import (SPELLED_OUT, Value, best_value, counted_together, counts_asked, echoes,
                          is_wanted, noun_match, pick_value, stated_none, with_counted_noun)
from ingest.facts.text import LIST_MARKER, sentence_spans
from ingest.normalize import strip_accents
from ingest.provinces import find_provinces
from ingest.records import Deadline
from ingest.structure import annexed_titles

MIN_COVERAGE = 0.4  # below this share of the question's weighted terms, the documents do not answer it
CANDIDATE_PASSAGES = 8
MAX_TIED = 80  # units looked at for a value when the best ones hold none
PLACE_BONUS = 0.1  # evidence from a document about the province the question names
REFERENCE_BONUS = 0.15  # evidence from the document the question names by number
CONTEXT_CREDIT = 0.5  # a question term found only in the unit's passage
# A question term that names the unit's document (number, type, title words) counts in full:
# it must not favour the lines that merely repeat the title over the line the question is about.
IDENTITY_CREDIT = 1.0
OWN_CREDIT = 0.05  # weight of what the unit's own words cover, beside what its context covers
LENGTH_PENALTY = 0.05  # per 400 characters beyond the first 400: long rows must not win on bulk
WHOLE_PENALTY = 0.03  # a sentence offered clause by clause must cover more to win
# A unit that names other provinces and not the one asked about ("Tỉnh Bình Thuận xếp hạng
# 19/63" for "Lâm Đồng xếp hạng bao nhiêu?") speaks of another place.
OTHER_PLACE_PENALTY = 0.05
NOUN_MARGIN = 0.1  # a value counting what the question names may come from evidence this much weaker
MEMBER_LIST_CHARS = 4000  # of the document from a matched passage, where its member list is read
CLOSE_MARGIN = 0.2  # evidence this much weaker than the best still competes for a direct answer
FORM_MARGIN = 0.3  # ... when the answer has a form of its own that the sentence must show
TABLE_CAPTIONS = 3  # top passages (of the best document) whose table below is read too, when they head it
RANKING_NEIGHBOURS = 5  # top passages whose neighbours a "which ranks first?" question reads too
LEAD_IN_PENALTY = 0.01  # "3. Sở Tài chính:" loses a tie with the content it introduces
# A letter's closing formula answers nothing, though it repeats who writes to whom: "Cục Thuế
# trả lời để Thuế thành phố biết và thực hiện./.", "Trên đây là ý kiến của Sở ...".
CLOSING_PENALTY = 0.15
_CLOSING = re.compile(r"^\W*tren day la\b|\bde (?:\w+ ){1,8}biet(?:,| va) (?:thuc hien|phoi hop|trien khai|to chuc)\W*$")
MAX_TITLE_CHARS = 90  # an article's title; a longer first line is a sentence
ARTICLE_LOOKBACK = 6000  # characters above a passage that starts inside an article, for its title
TABLE_ROW_NEEDLE = 160  # the start of a table row, which a passage holds whole even when it cuts the row
RARE_IDF = 4.0  # a question word this rare must appear in the top passages ...
RARE_WORD_COVERAGE = 0.6  # ... unless the best evidence covers this much of the question
RARE_TIE = 0.02  # evidence this close to the best may hold the rare word in its passage
UNSEEN_WORD_COVERAGE = 0.8  # ... or this much, when no passage at all has the word ("Netflix")
_KNOWN_ABBREVIATIONS = frozenset(
    w for abbr in ABBREVIATIONS for fold in (False, True) for w in terms(abbr, fold=fold) if "_" not in w)
NOT_FOUND = "Không tìm thấy thông tin trả lời câu hỏi này trong các văn bản đã nạp."


@dataclass(frozen=True, slots=True)
class Citation:
    doc_id: str
    source: str
    title: str | None
    doc_type: str | None
    number: str | None
    issuer: str | None
    issued: str | None
    section: str
    page: int | None
    text: str  # excerpt of at most MAX_EXCERPT characters
    highlight: tuple[int, int]  # the supporting span, offsets into ``text``
    score: float
    ocr: bool = False
    passage_id: int = 0


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    intent: Intent
    answer: str
    citations: tuple[Citation, ...]
    found: bool
    effective_question: str = ""  # the question as understood: follow-ups resolved, diacritics restored
    notice: str | None = None

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "intent": self.intent,
            "answer": self.answer,
            "found": self.found,
            "effective_question": self.effective_question,
            "citations": [
                {
                    "doc_id": c.doc_id, "source": c.source, "title": c.title, "doc_type": c.doc_type,
                    "number": c.number, "issuer": c.issuer, "issued": c.issued, "section": c.section,
                    "page": c.page, "text": c.text, "highlight": list(c.highlight), "score": round(c.score, 6),
                    "ocr": c.ocr,
                }
                for c in self.citations
            ],
        }


# "... gửi kèm bộ Cẩm nang gồm những tài liệu gì?", "hồ sơ phải kèm giấy tờ gì?": the items a line
# introduces or a file must have attached, not the subject of the document the question names.
_ITEMS_Q = re.compile(r"\b(?:bao gom|gom|gui kem|kem theo|(?:phai|can|co) kem)\b")
# "... quy định về vấn đề gì?", "về nội dung gì?": the subject of a document, as the text names it
_SUBJECT_Q = re.compile(r"\b(?:quy dinh|ve) (?:ve )?(?:van de|noi dung|viec|linh vuc) gi\b")
_ABOUT_Q = re.compile(r"\b(ve viec gi|ve van de gi|noi dung (gi|chinh)|tai lieu gi|nham muc dich gi|ve gi|gi)\b")
_ISSUED_Q = re.compile(rf"\b(ban hanh|{SIGNED})\b")
# "... đề ngày nào?": the date a paper bears, the document's own when the question names it by
# number, else the one the evidence gives ("tại Đơn đề nghị ngày 10 tháng 3 năm 2026")
_DATED_Q = re.compile(r"\b(?:de|mang) ngay\b")
# Whose proposal a decision was issued on ("ban hành theo đề nghị của ai?"): its preamble says,
# "Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 4834/TTr-SXD".
_WHO = r"(?:ai|co quan nao|don vi nao|so nao|bo nao|nganh nao)"
_PROPOSER_Q = re.compile(rf"\btheo de nghi (?:cua )?{_WHO}|\b{_WHO} de nghi ban hanh|\bdo {_WHO} (?:de nghi|trinh)\b")
_PROPOSER = re.compile(r"Theo\s+đề\s+nghị\s+của\s+(.+?)(?=\s+tại\s+(?:các\s+)?(?:Tờ\s+trình|Công\s+văn|[Vv]ăn\s+bản|Báo\s+cáo)"
                       r"|\s*[;.\n]|$)", re.MULTILINE)
# "có hiệu lực từ ngày 01/01/2026" (the date), "có hiệu lực kể từ ngày ký, ban hành" (as written)
_EFFECTIVE = re.compile(
    r"có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:((?:kể\s+)?từ\s+ngày\s+ký(?:,?\s+ban\s+hành)?)|(?:kể\s+)?từ\s+"
    r"((?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))",
    re.IGNORECASE)
# How often ("tối thiểu bao lâu một lần?", "mỗi năm mấy lần?", "với tần suất nào?"): a recurrence.
_FREQUENCY_Q = re.compile(
    r"\b(bao lau (?:mot|1) lan|tan suat|(?:may|bao nhieu) lan (?:mot|moi|trong|/) ?(?:nam|quy|thang|tuan)|"
    r"(?:moi|mot) (?:nam|quy|thang|tuan) (?:may|bao nhieu) lan)\b")
# How long, whatever the intent ("trong thời hạn bao lâu?", "có bao nhiêu ngày để bàn giao?").
_DURATION_Q = re.compile(
    r"\b(bao lau|may ngay|bao nhieu ngay|bao nhieu gio|bao nhieu thang|may thang|bao nhieu nam|may nam|"
    r"trong thoi han bao|trong vong bao|(?:bao nhieu|may) thoi gian)\b")
_DURATION_LEAD = (r"(?:trong\s+(?:thời\s+hạn\s+|vòng\s+|(?:khoảng\s+)?thời\s+gian\s+)?|không\s+quá\s+|tối\s+đa\s+|"
                  r"chậm\s+nhất\s+(?:là\s+)?|sau\s+(?:(?:khoảng\s+)?thời\s+gian\s+)?|thời\s+hạn(?:\s+giải\s+quyết|\s+thực\s+hiện)?\s*:\s*)")
_NUMBER_WORD = r"(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt)"
_DURATION_SINCE = r"(?:,?\s+kể\s+từ\s+[^,;.\n]{3,60})?"
_DURATION = re.compile(
    # "trong thời hạn 30 (ba mươi) ngày", "không quá 02 giờ", "Thời hạn giải quyết: 03 ngày làm việc"
    rf"(?:{_DURATION_LEAD})+\d{{1,3}}\s*(?:{SPELLED_OUT}\s*)?(?:giờ|ngày\s+làm\s+việc|ngày|tuần|tháng|năm){_DURATION_SINCE}"
    # working days are always a time limit, even alone in a table cell: "Mười (10) ngày làm việc"
    rf"|(?<![\w/.,])(?:(?:{_NUMBER_WORD}\s+){{1,3}}\(\d{{1,3}}\)|\d{{1,3}})\s*ngày\s+làm\s+việc{_DURATION_SINCE}",
    re.IGNORECASE)
# A time alone on its line: the cell of a process table's step ("B6" / "UBND tỉnh xem xét phê
# duyệt kết quả" / "Lãnh đạo UBND tỉnh" / "1,5 ngày"), read with the lines of its row above it.
_CELL_DURATION = re.compile(r"^[ \t]*\d{1,3}(?:,\d{1,2})?\s*(?:giờ|ngày)(?:\s+làm\s+việc)?[ \t]*$",
                            re.IGNORECASE | re.MULTILINE)
ROW_LINES = 3  # of a table's row above its time cell: the step, what is done, who does it
_DURATION_UNIT_Q = re.compile(r"\b(?:bao nhieu|may) (gio|ngay|tuan|thang|nam)\b")
# A plain number of the unit asked in ("lưu 02 năm"), not the number of a month or a date's year.
_PLAIN_DURATION = {
    folded: re.compile(rf"(?<![\w/.,])(?<!tháng )\d{{1,3}}\s*(?:{SPELLED_OUT}\s*)?{word}\b(?!\s*\d)",
                       re.IGNORECASE)
    for folded, word in (("gio", "giờ"), ("ngay", "ngày"), ("tuan", "tuần"), ("thang", "tháng"), ("nam", "năm"))}
_YEARS = re.compile(r"\d\s*(?:\([^()]*\)\s*)?năm\b", re.IGNORECASE)  # "05 năm", "05 (năm) năm"
_LIMIT_WORD = re.compile(r"\b(toi da|khong qua|cham nhat|lau nhat)\b")  # an upper bound, asked and written
_ORDINARY_Q = re.compile(r"\b(thong thuong|binh thuong|thuong le)\b")  # the general case asked for
_SPECIAL_CASE = re.compile(r"\W*(?:\w{1,2}[.)]\s*)?(?:Đối với|Trường hợp|Riêng)\b", re.IGNORECASE)  # a rule's special case
NEAR_CHARS = 40  # of text on each side of a value that says what it is the value of
FOLLOWING_CANDIDATES = 3  # best units whose next lines may hold the time limit they leave out
_DAY_Q = re.compile(r"\bngay (nao|may|bao nhieu)\b")
_LIMIT_Q = re.compile(r"\b(den ngay nao|den khi nao|cham nhat|gia han|thoi han|han chot|truoc ngay nao|phai hoan thanh)\b")
_MONTH_Q = re.compile(r"\bthang (nao|may)\b")
# "đến khi nào?" answered by an event rather than a date: "cho đến khi có văn bản định giá mới"
_UNTIL_EVENT_Q = re.compile(r"\b(?:den|toi) khi nao\b")
_UNTIL_EVENT = re.compile(r"(?:\bcho\s+)?\b(?:đến|tới)\s+khi\s+[^.;:\n()]{5,150}", re.IGNORECASE)
_MONTH = re.compile(r"tháng\s+\d", re.IGNORECASE)
_WHEN_Q = re.compile(r"\b(?:khi nao|thoi diem nao|luc nao|bao gio)\b")
_AFTER_EVENT = re.compile(r"\bsau\s+khi\s+[^.;:\n()]{5,150}", re.IGNORECASE)
_YEARS_Q = re.compile(r"\b(giai doan nao|thoi ky nao|tu nam nao)\b")
# A stretch of time, from one day to another ("trong khoảng thời gian nào?").
_SPAN_Q = re.compile(r"\b(khoang thoi gian nao|tu (?:ngay|thang|khi) nao den (?:ngay|thang|khi) nao)\b")
_VENUE = re.compile(r"Địa\s+điểm\s*:\s*([^\n;]+)", re.IGNORECASE)
_DOC_DATE_Q = re.compile(r"\b(ngay nao|khi nao|bao gio|thoi gian nao|ngay thang nam nao|de ngay (?:may|bao nhieu))\b")
_TIME_CELL = re.compile(
    r"(Thời gian(?: hoàn thành| thực hiện)?|Thời hạn(?: hoàn thành)?|Hạn hoàn thành|Tiến độ(?: thực hiện)?)"
    # the colon left out before a time phrase: "Thời gian thực hiện sau khi Chiến lược ... được ban hành."
    r"(?:\s*:\s*|\s+(?=(?:ngay\s+)?(?:sau\s+khi|trước|từ|trong|đến|hằng|hàng|định\s+kỳ|thường\s+xuyên)\s))([^;\n]+)",
    re.IGNORECASE,
)
_EVENT_Q = re.compile(r"\b(dien ra|khai mac|(bat dau|hop|to chuc) luc|luc may gio)\b")
# The time of day alone asked for ("từ mấy giờ sáng?", "giờ nào?"): not a number of hours ("bao
# nhiêu giờ"), a day and time ("lúc mấy giờ, ngày nào?") nor a span ("từ mấy giờ đến mấy giờ?")
_CLOCK_Q = re.compile(r"^(?!.*\b(?:ngay nao|ngay may|khi nao|den may gio)\b).*\b(?:may gio|gio nao)\b")
# "07h30’", "14 giờ 00", "8g30": a time of day as documents write it
_CLOCK = re.compile(r"(?<![\w/.,])\d{1,2}\s*(?:h|g|giờ)\s*(?:\d{2}(?:\s*phút)?)?(?![\w/])", re.IGNORECASE)


def clock_time(text: str) -> str | None:
    """The time of day ``text`` gives, one written "lúc/từ/vào ..." first, as written; None if none.

    >>> clock_time("Trong thời hạn 02 giờ kể từ khi nhận, vào lúc 07h30’ ngày 05/12/2025 đã tiến hành Đại hội")
    '07h30'
    >>> clock_time("không quá 02 giờ") is None
    True
    """
    found = list(_CLOCK.finditer(text))
    led = [m for m in found if re.search(r"(?:lúc|từ|vào)\s*$", text[:m.start()], re.IGNORECASE)]
    if led:
        return led[0].group(0).strip()
    plain = [m for m in found if re.search(r"\d[hg]\d", m.group(0))]  # "14h00", never "02 giờ"
    return plain[0].group(0).strip() if plain else None


# A web or mail address asked for ("đăng nhập phần mềm ở địa chỉ nào?", "gửi qua hộp thư nào?").
# Not "những phần mềm nào": the names of software, not where to find it.
_ONLINE_Q = re.compile(r"\b(dang nhap|truy cap|phan mem|website|trang web|cong thong tin|he thong|email|"
                       r"thu dien tu|hop thu)\b.*\b(dia chi|o dau|duong dan|link)\b|"
                       r"\b(dia chi|duong dan) (truy cap|dang nhap|website|trang web)\b|"
                       r"\b(hop thu|thu dien tu|email|website|trang web)( dien tu)? nao\b")
_ONLINE = re.compile(r"(?:https?://|www\.)[^\s,;()\"“”<>]+[^\s,;()\"“”<>.]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PLACE_Q = re.compile(r"\b(tinh nao|dia phuong nao|tinh thanh nao|thanh pho nao)\b")
_VENUE_Q = re.compile(r"\b(o dau|dia diem|tai dau|dia chi (nao|o dau|gi)|"
                      r"(tai|o) (truong|co so|hoi truong|phong hop|tru so|nha van hoa|khach san) nao)\b")
# A street address: "số 28 Nguyễn Tất Thành, phường Phan Thiết, tỉnh Lâm Đồng".
_ADDRESS = re.compile(
    r"\b[Ss]ố\s+\d+[A-Za-z]?(?:/\d+)*\s*,?\s*(?:đường\s+|phố\s+)?[A-ZĐ][\w]*(?:\s+[A-ZĐ0-9][\w]*){0,5}"
    r"(?:\s*,\s*(?:phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh|TP\.?)\s+[A-ZĐ0-9]\w*(?:\s+[A-ZĐ0-9]\w*){0,4}){1,3}")
# An event's own time line: "Thời gian: Buổi sáng, ngày 18 tháng 4 năm 2026", "Thời gian: 14 giờ 00, ngày 15/02/2024".
_EVENT_TIME = re.compile(
    rf"^\s*(?:(?:[IVX]{{1,4}}|\d{{1,2}})\.\s*|-\s*)?Thời\s+gian\s*:\s*([^\n;]*?(?:{DATE_TEXT.pattern})[^\n;]*)",
    re.IGNORECASE | re.MULTILINE)


def doc_label(doc) -> str:
    m = doc.meta
    if m.doc_type and m.number:
        return f"{m.doc_type} {m.number}"
    if m.number:
        return f"văn bản {m.number}"
    if m.title and m.doc_type and re.match(r"(?:về|v/v)\b", m.title, re.IGNORECASE):
        # "Về việc thành lập Ban ..." names the subject of a document of that type
        subject = re.sub(r"^(?:v/v|về việc)\s*", "về việc ", m.title, flags=re.IGNORECASE)
        return f"{m.doc_type} {subject[0].lower()}{subject[1:]}"
    if m.title:
        return m.title
    name = PurePath(doc.source).name  # no number, no title: say what and whose it is, and which file
    who = " của ".join(x for x in (m.doc_type or "Văn bản", m.issuer) if x)
    return f"{who} ({name})"


class Answerer:
    def __init__(self, searcher: Searcher, *, min_coverage: float = MIN_COVERAGE):
        self.searcher = searcher
        self.min_coverage = min_coverage
        self._scope = PlaceScope(searcher, self._document_text, min_coverage, CANDIDATE_PASSAGES)
        self._texts: dict[str, str] = {}  # recently read document texts
        self._annexed: dict[str, str] = {}  # titles of what each document issues annexed
        self._titled: dict[str, str] = {}  # section paths with their article's title, per passage
        self._owners: dict[str, str] = {}  # ... with the labels cut for display read in full

    # --- evidence -----------------------------------------------------------------------

    def _question_weights(self, query: Query) -> dict[str, float]:
        fold = query.accentless
        # Abbreviations need no expansion here: units carry both forms of their own text.
        q_terms = terms(topic_text(query.norm), fold=fold)
        drop: set[str] = set()
        for province in query.provinces:
            drop |= terms(province, fold=fold)
        for ref in query.references:
            drop |= terms(" ".join(filter(None, (ref.number, ref.full, ref.doc_type))), fold=fold)
        q_terms = {t for t in q_terms if t not in drop}
        lexical = self.searcher.lexical
        field = "folded" if fold else "syllables"
        df = lexical.document_frequency(field, q_terms)
        # A word pair no passage contains cannot be evidence; an unseen single word still counts
        # (it may be what the documents are not about: "Netflix").
        q_terms = {t for t in q_terms if "_" not in t or df.get(t)}
        return idf_weights(q_terms, df, max(lexical.size, 1))

    def _context_terms(self, hit: Hit, fold: bool) -> set[str]:
        """Terms of a unit's surroundings: its passage (both forms of abbreviations, initials)."""
        return self._text_terms(f"{hit.passage.text}\n{hit.passage.section}", fold)

    def _identity_terms(self, hit: Hit, fold: bool) -> set[str]:
        """Terms that identify the unit's document: type, number, title, issuer, province, and
        the titles of the plan or regulation it issues annexed."""
        m = hit.document.meta
        doc_id = hit.document.doc_id
        if doc_id not in self._annexed:
            self._annexed[doc_id] = "\n".join(annexed_titles(self._document_text(doc_id)))
        text = "\n".join(x for x in (m.doc_type, m.number, m.title, m.issuer, m.province,
                                     self._annexed[doc_id]) if x)
        return self._text_terms(text, fold)

    @staticmethod
    def _text_terms(text: str, fold: bool) -> frozenset[str]:
        return _text_terms(text, fold)

    def _unit_terms(self, unit: Unit, hit: Hit, fold: bool) -> set[str]:
        return self._text_terms(f"{unit.text}\n{self._titled_section(hit)}", fold)

    def _titled_section(self, hit: Hit) -> str:
        """The passage's section path with its article's title ("Chương III › Điều 12 ›
        Trách nhiệm của Sở Khoa học và Công nghệ"), read above the passage when it starts
        inside the article: the title heads the article's clauses as a heading does."""
        if hit.passage_id not in self._titled:
            if len(self._titled) >= 4096:
                self._titled.clear()
            section = hit.passage.section
            titled = _with_article_title(hit.passage)
            if titled == section and section.rsplit(" › ", 1)[-1].startswith(("Điều", "ĐIỀU")):
                text = self._document_text(hit.document.doc_id)
                above = text[max(0, hit.passage.start - ARTICLE_LOOKBACK):hit.passage.start]
                titled = _with_article_title(replace(hit.passage, text=above))
            title = titled[len(section):].lstrip(" ›")
            # "Điều 2. Sở Nội vụ hướng dẫn ... 15 ngày.", "Điều 1. Ủy quyền cho ... như sau:": a
            # sentence, not a title its clauses stand under.
            if title and (len(title) > MAX_TITLE_CHARS or title.endswith((".", ":", ";"))):
                titled = section
            self._titled[hit.passage_id] = titled
        return self._titled[hit.passage_id]

    def _owner_section(self, hit: Hit) -> str:
        """The titled section path with the labels cut short for display read in full from the
        document's heading lines: a group heading's bracketed members name who acts."""
        section = self._titled_section(hit)
        if "…" not in section:
            return section
        if hit.passage_id not in self._owners:
            if len(self._owners) >= 4096:
                self._owners.clear()
            above = self._document_text(hit.document.doc_id)[:hit.passage.end]
            self._owners[hit.passage_id] = _full_labels(section, above)
        return self._owners[hit.passage_id]

    def _score(self, query: Query, hits: Sequence[Hit]) -> list[Scored]:
        weights = self._weights
        place = {h.document.doc_id: self._scope.about(h.document.doc_id, query.provinces) for h in hits} \
            if query.provinces else {}
        scored = []
        fold = query.accentless
        # A question term the unit lacks may be in its passage (half credit), or identify its
        # document ("KH xuất khẩu 2026-2030": nearly full credit).
        layers = [[(self._context_terms(h, fold), CONTEXT_CREDIT), (self._identity_terms(h, fold), IDENTITY_CREDIT)]
                  for h in hits]
        named = {h.document.doc_id for h in hits if "reference" in h.signals}
        for unit in units([h.passage.text for h in hits], [h.passage.kind for h in hits]):
            hit = hits[unit.hit_index]
            unit_terms = self._unit_terms(unit, hit, fold)
            damaged = skeletons(unit.text) if not fold else frozenset()
            cov = coverage(weights, unit_terms, damaged, layers[unit.hit_index])
            if unit.whole:
                cov -= WHOLE_PENALTY
            if unit.text.rstrip().endswith(":"):
                cov -= LEAD_IN_PENALTY
            if _CLOSING.search(strip_accents(unit.text.lower())):
                cov -= CLOSING_PENALTY
            if query.provinces and names_other_places(unit.text, query.provinces):
                cov -= OTHER_PLACE_PENALTY
            cov -= LENGTH_PENALTY * max(0.0, len(unit.text) / 400 - 1)
            prior = 0.08 * (1.0 - unit.hit_index / max(len(hits), 1))
            if place:  # the question names a province: prefer evidence from documents about it
                about = place[hit.document.doc_id]
                prior += 0.0 if about is None else PLACE_BONUS if about else -PLACE_BONUS
            if hit.document.doc_id in named:  # the question names this document
                prior += REFERENCE_BONUS
            # Of units the context covers alike, the one that states the question's words itself.
            prior += OWN_CREDIT * coverage(weights, unit_terms, damaged)
            scored.append(Scored(unit, cov, cov + prior))
        scored.sort(key=lambda s: -s.score)
        return scored

    # --- main -----------------------------------------------------------------------------

    def ask(self, question: str, *, history: Sequence[Turn] = (), k: int = 5,
            filters: Filters = Filters()) -> Answer:
        question = " ".join((question or "").split())
        if not question or not any(ch.isalnum() for ch in question):
            return Answer(question, "general", "Câu hỏi trống: hãy nhập câu hỏi về nội dung văn bản.", (), False)
        effective, focus_docs, inherited = contextualize(question, history)
        intent = detect(question)
        if intent == "general" and inherited:
            intent = inherited
        query = self.searcher.understand(effective)
        effective = query.text  # with its diacritics put back, when it was typed without
        hits = self.searcher.search(query, k=max(CANDIDATE_PASSAGES, k), filters=filters, focus_docs=focus_docs)
        if not hits:
            return Answer(question, intent, NOT_FOUND, (), False, effective)
        shown = {h.passage_id for h in hits}
        # "xã nào xếp hạng nhất?": a ranking table's first rows follow the title that matched
        around = hits[:RANKING_NEIGHBOURS] if asks_ranked_first(question) else hits[:1]
        hits = list(hits)
        # ... and the best document's tables run on below their captions, several passages down
        below = [n for h in hits[:TABLE_CAPTIONS] if h.document.doc_id == hits[0].document.doc_id
                 and h.passage.kind != "table_row" for n in self.searcher.table_after(h)]
        for near in [n for h in around for n in self.searcher.neighbours(h)] + below:
            if near.passage_id not in shown:
                shown.add(near.passage_id)
                hits.append(near)
        self._weights = self._question_weights(query)
        scored = self._score(query, hits)
        if not scored:
            return Answer(question, intent, NOT_FOUND, self._citations(hits, {}, k), False, effective)
        # A question about a province, a town or a country is answered from documents about it, or not at all.
        scored, uncovered = self._scope.narrow(query, effective, scored, hits)
        named = [x for x in scored if "reference" in hits[x.unit.hit_index].signals]
        if named and named[0].coverage >= self.min_coverage:
            # The question names a document by number: its own evidence comes first.
            scored = named + [x for x in scored if x not in named]
        best = scored[0]
        # The best evidence and any as good as it within a hair: the rare word may be in its passage.
        contenders = [x.unit.hit_index for x in scored[:MAX_TIED] if within(x.coverage, best.coverage, RARE_TIE)]
        missing_word, unseen = self._missing_rare_word(query, hits, contenders)
        if "reference" in hits[best.unit.hit_index].signals and not unseen:
            # The question names the document the evidence is from: a word of its own
            # ("kéo dài tối đa" for "không quá") does not make it a question about something else.
            missing_word = None
        if best.coverage < self.min_coverage or uncovered or \
                (missing_word and best.coverage < (UNSEEN_WORD_COVERAGE if unseen else RARE_WORD_COVERAGE)):
            reason = uncovered or NOT_FOUND
            return Answer(question, intent, reason + " Các đoạn gần nhất được liệt kê bên dưới.",
                          self._citations(hits, self._best_per_hit(scored), k), False, effective)
        kind = _extraction(intent, question)
        extreme = self._table_extreme(question, scored, hits) if asks_ranked_first(question) else None
        if extreme:  # "sở nào có điểm thấp nhất?" over a score table: its row, cited where it is
            other, row, direct = extreme
            hits, scored, chosen = _cite_first(other, row, scored[0], scored, hits)
        else:
            chosen, direct = self._extract(kind, query, question, effective, scored, hits)
        hit = hits[chosen.unit.hit_index]
        # A person's answer is "name - position": the name is what the text must show.
        stated = direct.split(" - ")[0] if direct and person_asked(question) else direct
        if stated and kind == "general":  # what the text states, without the date put beside it
            stated = re.sub(r"\s*\(ngày [^()]*\)$", "", stated)
        signer = bool(SIGNER_Q.search(strip_accents(question.lower())))
        # not stated by the unit nor its section (which may name a leader), or a signer's name
        # read elsewhere than under a signature
        if (kind == "general" or stated != direct) and stated and not any(
                strip_accents(stated).lower() in strip_accents(shown).lower()
                for shown in (chosen.unit.text, hit.passage.section)) \
                or signer and stated and not _on_own_line(stated, chosen.unit.text):
            other = self._support_elsewhere(stated, hit)
            if other is not None:  # cite the passage that states it (signature block, header)
                hits, scored, chosen = _cite_first(other, stated, chosen, scored, hits)
                hit = other
        support = narrowed(chosen.unit, direct)
        if direct is None:  # "... điều chỉnh khoản 7 thành:" — what it introduces is the answer
            support = introduced(support, hit.passage.text)
        answer = self._compose(direct, support, hit)
        per_hit = self._best_per_hit(scored)
        per_hit[chosen.unit.hit_index] = support
        order = [chosen.unit.hit_index] + [i for i in range(len(hits)) if i != chosen.unit.hit_index]
        citations = self._citations([hits[i] for i in order], {n: per_hit.get(i) for n, i in enumerate(order)}, k)
        return Answer(question, intent, answer, citations, True, effective)

    def _missing_rare_word(self, query: Query, hits: Sequence[Hit],
                           evidence: Sequence[int] = (0,)) -> tuple[str | None, bool]:
        """The question's rarest word, if it is rare and none of the top passages has it
        ("Netflix", "AFF Cup"), or its three rarest words met one at a time in passages of
        different documents ("bảo hiểm ... bắt buộc ... xe máy"): a sign that the documents are
        about something else.
        The flag says the word occurs in no passage of the index at all. A proper name no
        passage has ("Thụy Điển", "Champions League") is such a word, whatever its syllables
        match elsewhere ("thủy điện")."""
        name = unknown_name(query.norm, self.searcher.lexical.document_frequency, ABBREVIATIONS)
        if name:
            return name, True
        words = rare_words(self._weights, query.norm)[:3]
        if not words:
            return None, False
        # A word no passage writes with the question's diacritics may be written without them
        # ("quặng bô xít" in a text that has "bô xit"): looked for accent-free too.
        field = "folded" if query.accentless else "syllables"
        unwritten = {} if query.accentless else \
            {w: strip_accents(w) for w, n in self.searcher.lexical.document_frequency(field, words).items() if not n}
        # Per top passage, and per passage of the best evidence and its near ties, the rare words it has.
        found: list[set[str]] = []
        for h in [*hits[:3], *(hits[i] for i in dict.fromkeys(evidence) if i >= 3)]:
            terms = self._context_terms(h, query.accentless) | self._identity_terms(h, query.accentless)
            folded = self._context_terms(h, True) if unwritten else set()
            damaged = skeletons(h.passage.text)
            found.append({w for w in words if w in terms or skeleton(w) in damaged or unwritten.get(w) in folded})
        seen = set().union(*found)
        if words[0] not in seen:
            word = words[0]
        elif len(words) == 3 and max(len(f) for f in found) <= 1 and \
                len({h.document.doc_id for h in hits[:3]}) > 1:
            # Met one at a time, and not all in one document the question is about: no passage
            # is about what is asked.
            word = next((w for w in words if w not in found[0]), words[0])
        else:
            return None, False
        return word, not self.searcher.lexical.document_frequency(field, [word])[word]

    def _best_per_hit(self, scored: Sequence[Scored]) -> dict[int, Unit]:
        out: dict[int, Unit] = {}
        for s in scored:
            out.setdefault(s.unit.hit_index, s.unit)
        return out

    # --- extraction by intent -------------------------------------------------------------

    def _extract(self, intent: Intent, query: Query, question: str, effective: str,
                 scored: Sequence[Scored], hits: Sequence[Hit]) -> tuple[Scored, str | None]:
        top = [s for s in scored[:12] if within(s.coverage, scored[0].coverage, CLOSE_MARGIN)]
        folded = strip_accents(question.lower())
        # A question about what a document of a type says ("Quyết định ... xác định bao nhiêu ...?")
        # is answered from documents of that type, not from a report on the same matter.
        top = _of_type(top, top, hits, type_named(OPENING_TYPE.match(folded)), only=True)
        leader = None if person_asked(question) else leader_asked(question)
        if leader:  # "... là của Phó Thủ tướng nào?": the name its sentence writes after that title
            for cand in top:
                person = titled_person(cand.unit.text, leader)
                if person:
                    return cand, person
        # "cử ai tham gia?": a person's record, when the evidence has one; not the signer's name
        if person_asked(question) and not SIGNER_Q.search(folded) and not asks_phone(question):
            # "Sở KH&CN cử ai vào Tổ ...?": the people a member list puts under that agency (not
            # "cử ai làm Tổ trưởng?": the role's holder, below)
            found = None if role_asked(question) else self._members_of_asked_agency(scored, hits, effective)
            if found:
                return found
            for cand in top:
                hit = hits[cand.unit.hit_index]
                person = named_person(f"{cand.unit.text}\n{self._following(hit, cand.unit, 300)}")
                if person:  # the quote runs on to the name
                    return _extended(cand, hit.passage.text, person.split(" - ")[0]), person
            for cand in top:  # "5. Bà Ksor Hiền, Phó Giám đốc" heads the duties the question names
                hit = hits[cand.unit.hit_index]
                person = heading_person(hit.passage.section)
                if person:
                    return from_heading(cand, hit.passage.text, person.split(" - ")[0]), person
            for cand in top:  # "Thông tin liên hệ: Đ/c Thiếu tá Đoàn Văn Tuấn, Đội trưởng ..."
                person = mentioned_person(cand.unit.text)
                if person:
                    return cand, person
        if intent == "general" and asks_list(question):
            # "theo những phương thức nào?": the short list under the heading that names them
            close = _close(scored, FORM_MARGIN)
            for cand in close:
                passage = hits[cand.unit.hit_index].passage
                found = listed_items(passage.text, passage.section, question)
                if found:
                    start, end, items = found
                    return Scored(stretched(cand.unit, passage.text, start, end), cand.coverage, cand.score), items
            for cand in close:  # items too long to list: the line that announces them, quoted with them
                passage = hits[cand.unit.hit_index].passage
                intro = list_introduction(passage.text, passage.section, question)
                if intro:
                    return Scored(stretched(cand.unit, passage.text, *intro), cand.coverage, cand.score), None
        if intent == "general":
            # "ở những lĩnh vực còn yếu nào?": the items a sentence lists after that noun
            for cand in _close(scored, FORM_MARGIN):
                items = inline_list(cand.unit.text, question)
                if items:
                    return _extended(cand, hits[cand.unit.hit_index].passage.text, items), items
        # (not "xã nào xếp hạng nhất?": a ranking is read by its rank, below)
        local = _LOCAL_Q.search(folded) if intent == "general" and not asks_ranked_first(question) else None
        if local:  # "danh sách ... có đặc khu nào?": a row of the list may match little but the kind
            close = _close(scored, FORM_MARGIN)
            for cand in close:
                named = _local_units(cand.unit.text, local.group(1), question)
                if named:
                    return cand, named
        if _DURATION_Q.search(folded) and not _FREQUENCY_Q.search(folded):
            # none among the best dozen: the units as close further down ("Thời gian gia hạn không
            # quá 12 tháng;" under the rule the plan's own sentences repeat the words of)
            found = self._duration(top, hits, question, query) or \
                self._duration(_close(scored, CLOSE_MARGIN), hits, question, query)
            if found:
                return found
        event = intent == "deadline" and bool(_EVENT_Q.search(folded))
        if event:
            # An event asked about as such ("Phiên họp ... diễn ra lúc mấy giờ, ngày nào?"): its own
            # "Thời gian:" line before any other date of the invitation (the day to register by).
            found = self._event_time(scored, hits, query)
            if found:
                return found
        if _ONLINE_Q.search(folded):
            found = self._online_address(top, hits)
            if found:
                return found
        read, plain = _reader(intent, question)
        # Such a sentence may rank below a dozen that repeat the question's words without it; one
        # of a form only the answer has ("là tổ chức ...", "cao nhất là 93% (Xã X)") may be weaker.
        margin = FORM_MARGIN if asks_kind(question) or asks_ranked_first(question) else CLOSE_MARGIN
        close = _close(scored, margin)
        part = bool(PART_Q.search(folded))
        for cand in close if read else ():
            found = read(cand.unit.text)
            if not found and part:  # "Câu số 18." heads the item its sentence states
                passage = hits[cand.unit.hit_index].passage.text
                found = read(passage[line_start(passage, cand.unit.start):cand.unit.end])
            elif not found and plain:  # its label on the line above ("a) Chủ đề ...")
                passage = hits[cand.unit.hit_index].passage.text
                above = line_start(passage, max(line_start(passage, cand.unit.start) - 1, 0))
                found = read(passage[above:cand.unit.end])
            if found:
                return _extended(cand, hits[cand.unit.hit_index].passage.text, found), found
        if intent == "target":
            # A count of what the question names may sit lower, in a heading that the items under
            # it repeat ("2. Phát triển xã hội số ... (14 mục tiêu)" above "(1) Tỷ lệ dân số từ 15 tuổi ...").
            further = [s for s in scored[len(top):MAX_TIED] if within(s.coverage, scored[0].coverage, NOUN_MARGIN)]
            # Or in a sentence of the best evidence's own section that leaves the topic to the
            # sentences before it ("... ở 21 vùng nuôi tôm; lấy mẫu 01 vị trí/ao" then "số lượng
            # mẫu quan trắc 336 mẫu/năm" for "lấy bao nhiêu mẫu?").
            home = _home(hits[scored[0].unit.hit_index])
            nearby = [s for s in scored[len(top):MAX_TIED]
                      if _home(hits[s.unit.hit_index]) == home and s not in further]
            chosen, value = self._target(top, scored[0].coverage, hits, question, query,
                                         further=further, nearby=nearby)
            if value is None:  # many units tie (the question quotes a title): look further down
                more, value = self._target(further, scored[0].coverage, hits, question, query, wanted_only=True)
                if value is not None:
                    return more, value
            return chosen, value
        extractor = {
            "responsibility": self._responsibility,
            "deadline": self._deadline,
            "general": self._general,
        }[intent]
        if intent in ("responsibility", "general") and not SIGNER_Q.search(folded):  # "do ai ký?": its signer
            # "liên hệ cơ quan nào để được hướng dẫn?": what a sentence of the best document
            # writes in the blank's place, even a weaker sentence (the words around the blank are
            # the test), comes before whoever owns a section.
            # A sentence far weaker than the best does not overrule it when the best names an owner
            # itself ("Sở Nội vụ chủ trì, phối hợp với ... tham mưu bổ sung tiêu chí" over "Văn
            # phòng UBND tỉnh chủ trì tham mưu cho UBND tỉnh" of another task).
            best = scored[0]
            best_doc = hits[best.unit.hit_index].document.doc_id
            for cand in scored[:MAX_TIED]:
                if hits[cand.unit.hit_index].document.doc_id != best_doc:
                    continue
                # or a list pairing agencies with fields: the one asked by field, or by agency
                filler = blank_filler(cand.unit.text, question) or \
                    self._sentence_filler(cand, hits[cand.unit.hit_index], question) or \
                    (owner_by_field if intent == "responsibility" else field_by_owner)(cand.unit.text, question)
                if not filler:
                    continue
                if not within(cand.coverage, best.coverage, CLOSE_MARGIN) and \
                        extractor(best, hits[best.unit.hit_index], question, effective, query):
                    break
                return _extended(cand, hits[cand.unit.hit_index].passage.text, filler), filler
        if intent == "deadline":
            top = self._subject_first(top, hits, effective)
        if SIGNER_Q.search(folded):  # "ai ký quyết định giải thể ...?": the decision's signer, not the submission's
            top = _of_type(top, [c for c in scored[:MAX_TIED] if c.coverage >= self.min_coverage], hits,
                           type_named(NAMED_TYPE.search(folded)))

        def first_direct(cands: Iterable[Scored]) -> tuple[Scored, str] | None:
            """The first of ``cands`` the intent's reader answers from, its quote run on to the answer."""
            for cand in cands:
                direct = extractor(cand, hits[cand.unit.hit_index], question, effective, query)
                if direct:
                    return _extended(cand, hits[cand.unit.hit_index].passage.text, direct), direct
            return None

        found = first_direct(top)
        if found:
            return found
        if intent == "deadline" and not event:  # "Đoàn kiểm tra làm việc vào ngày nào?": its "Thời gian:" line
            found = self._event_time(scored, hits, query)
            if found:
                return found
        if intent == "deadline" and _DAY_Q.search(folded) and not _UNTIL_Q.search(folded):
            # "gửi lấy ý kiến ... ngày nào?", no evidence dated otherwise: the day of the letter the
            # act was done by ("... tại Văn bản số 6938/SNNMT-TL ngày 22/6/2026"); first that of a
            # letter the question's subject issued ("Sở Nội vụ gửi CV ... ngày nào?" over "Sở Tư
            # pháp nhận được Công văn số 2082/SNV-TCBC ngày 14/10/2025 của Sở Nội vụ")
            subject = question_subject(effective)
            readers = [lambda c: letter_date(c.unit.text, subject)] if subject else []
            readers.append(lambda c: vehicle_date(c.unit.text, hits[c.unit.hit_index].document.meta.issued))
            pool = top
            if VEHICLE_Q.search(folded):  # "... bằng tờ trình ngày nào?": its preamble, however weak
                doc = hits[top[0].unit.hit_index].document.doc_id if top else None
                pool = list(top) + [c for c in scored[:MAX_TIED] if hits[c.unit.hit_index].document.doc_id == doc]
            for read in readers:
                for cand in pool:
                    day = read(cand)
                    if day:
                        return _extended(cand, hits[cand.unit.hit_index].passage.text, day), day
        # The best sentence names what is asked and no date (no agency); the sentence beside it in
        # the same passage gives the time ("..., thời gian thí điểm từ ngày 26/8/2025 đến ngày
        # 30/9/2025. Các mô hình triển khai thí điểm gồm: ...") or gives the task to someone ("Ngày
        # 03/10/2024, ... giao Hội Khuyến học tỉnh thực hiện ..."; not "Sở Nội vụ kính trình ..."),
        # though it repeats fewer of the words.
        if intent == "deadline" and _ASKS_TIME.search(folded) or intent == "responsibility":
            beside = (c for c in _close(scored, FORM_MARGIN) if c.unit.hit_index == scored[0].unit.hit_index and c not in top)
            found = first_direct(c for c in beside
                                 if intent == "deadline" or _GIVES_TASK.search(strip_accents(c.unit.text.lower())))
            if found:
                return found
        if intent == "deadline":
            # No sentence among the best gives a time, but one of the best document further down,
            # nearly as close, does: "2. Thời gian nộp hồ sơ: ... trước ngày 31 tháng 3 hằng năm"
            # below the many lines about the dossier itself ("thời hạn nộp hồ sơ ...?").
            best_doc = hits[scored[0].unit.hit_index].document.doc_id
            found = first_direct(c for c in _close(scored, CLOSE_MARGIN)
                                 if c not in top and hits[c.unit.hit_index].document.doc_id == best_doc)
            if found:
                return found
        return scored[0], None

    @staticmethod
    def _sentence_filler(cand: Scored, hit: Hit, question: str) -> str | None:
        """The blank's filler in the whole sentence of a unit that a ";" cut from its opening (the
        holders a closing article lists before "chịu trách nhiệm thi hành Quyết định này")."""
        if not has_blank(question):
            return None
        text = hit.passage.text
        opening = sentence_start(text, cand.unit.start)
        return blank_filler(text[opening:cand.unit.end], question) if opening < cand.unit.start else None

    def _members_of_asked_agency(self, scored: Sequence[Scored], hits: Sequence[Hit],
                                 question: str) -> tuple[Scored, str] | None:
        """"Sở KH&CN cử ai vào Tổ giúp việc?": the people that the member list below a passage about
        as good as the best puts under the agency the question names first ("đ) Sở Khoa học và Công
        nghệ: Ông Nguyễn Xuân Tùng - Trưởng phòng Chuyển đổi số.")."""
        from ingest.facts.agencies import find_agencies

        named = find_agencies(question)
        if not named:
            return None
        agency = min(named, key=lambda m: m.start).canonical
        seen: set[tuple[str, int]] = set()
        for cand in _close(scored, FORM_MARGIN):
            passage = hits[cand.unit.hit_index].passage
            if (passage.doc_id, passage.start) in seen:
                continue
            seen.add((passage.doc_id, passage.start))
            # the list that follows the passage that matched (a decision may set up a board and a
            # team, each listing the same agency)
            text = self._document_text(passage.doc_id)[passage.start:passage.start + MEMBER_LIST_CHARS]
            people = agency_members(text, agency)
            if people:
                return cand, people
        return None

    def _online_address(self, top: Sequence[Scored], hits: Sequence[Hit]) -> tuple[Scored, str] | None:
        """The web or mail address the best evidence gives, in the unit or the line after it
        ("Bước 1: Đăng nhập phần mềm" / "Đăng nhập phần mềm tại địa chỉ http://...")."""
        for cand in top[:FOLLOWING_CANDIDATES]:
            hit = hits[cand.unit.hit_index]
            for text in (cand.unit.text, self._following(hit, cand.unit, 300)):
                m = _ONLINE.search(text)
                if m:
                    return _extended(cand, hit.passage.text, m.group(0)), m.group(0)
        return None

    def _event_time(self, scored: Sequence[Scored], hits: Sequence[Hit],
                    query: Query) -> tuple[Scored, str] | None:
        """The "Thời gian: Buổi sáng, ngày 18 tháng 4 năm 2026" field of the best evidence's
        document (an event's plan or invitation states its day once, in a line of its own), from a
        unit that quotes it, else from the document's text (cited by the best unit)."""
        best = scored[0]
        doc_id = hits[best.unit.hit_index].document.doc_id
        for cand in scored:
            if hits[cand.unit.hit_index].document.doc_id == doc_id:
                m = _EVENT_TIME.search(cand.unit.text)
                if m:
                    return _extended(cand, hits[cand.unit.hit_index].passage.text, m.group(1)), m.group(1).strip(" .")
        m = self._in_document(_EVENT_TIME, hits[best.unit.hit_index], query)
        return (best, m.group(1).strip(" .")) if m else None

    def _duration(self, top: Sequence[Scored], hits: Sequence[Hit], question: str,
                  query: Query) -> tuple[Scored, str] | None:
        """A time limit for "trong thời hạn bao lâu?": "không quá 02 giờ", "30 (ba mươi) ngày". Of
        several, the one written as the bound the question asks for ("tối đa" / "không quá"), then
        the one whose words say most of the question; a task table's next cell or the next
        sentence of the best units too ("Mười (10) ngày làm việc", "Thời gian gia hạn không quá
        12 tháng")."""
        folded = strip_accents(question.lower())
        asked = _DURATION_UNIT_Q.search(folded)  # "bao nhiêu năm?", "mấy tháng?": in those units
        # Asked in a unit, a plain number of it answers too ("thời gian lưu 02 năm").
        patterns = (_DURATION, _PLAIN_DURATION[asked.group(1)]) if asked else (_DURATION,)
        spans = [(cand, cand.unit.text, m) for cand in top for p in patterns for m in p.finditer(cand.unit.text)]
        for cand in top[:FOLLOWING_CANDIDATES]:
            after = self._following(hits[cand.unit.hit_index], cand.unit, 200)
            spans += [(cand, after, m) for p in patterns for m in p.finditer(after)]
        for cand in {cand.unit.hit_index: cand for cand in reversed(top)}.values():  # each passage's best
            passage = hits[cand.unit.hit_index].passage.text
            for m in _CELL_DURATION.finditer(passage):  # a table's time cell, with its row for unit
                start = m.start()
                for _ in range(ROW_LINES):
                    start = line_start(passage, max(0, start - 1))
                spans.append((Scored(stretched(cand.unit, passage, start, m.end()), cand.coverage, cand.score), passage, m))
        if asked:  # "mấy năm?" is not answered in days
            spans = [x for x in spans if re.search(rf"\b{asked.group(1)}\b", strip_accents(x[2].group(0).lower()))]
        else:  # years only when asked in years ("nhiệm kỳ ... bao nhiêu năm?")
            spans = [x for x in spans if not _YEARS.search(x[2].group(0))]
        if not spans:
            return None
        bound = bool(_LIMIT_WORD.search(folded))
        # "kiến nghị thông thường ... bao lâu?": the rule's general case, not one of its special
        # cases ("2. Đối với kiến nghị có tính cấp bách ... chậm nhất là 10 ngày làm việc")
        ordinary = bool(_ORDINARY_Q.search(folded))

        def said(cand: Scored, text: str, m: re.Match[str]) -> tuple[bool, float]:
            """The unit's own words before the next ones', then how much of the question the
            words around the time say (for a table's cell, the lines of its row)."""
            if m.re is not _CELL_DURATION:
                return text is cand.unit.text, self._near_weight(text, m, query)
            # what the row says of the question beyond what names the document (its title's
            # words come back in rows)
            near = terms(cand.unit.text, fold=query.accentless) - \
                self._identity_terms(hits[cand.unit.hit_index], query.accentless)
            return True, sum(w for t, w in self._weights.items() if t in near)

        cand, _, m = max(spans, key=lambda x: (
            ordinary and not _SPECIAL_CASE.match(x[0].unit.text),
            bound and bool(_LIMIT_WORD.search(strip_accents(x[2].group(0).lower()))), *said(*x)))
        found = m.group(0).strip()
        return _extended(cand, hits[cand.unit.hit_index].passage.text, found), found

    def _target(self, top: Sequence[Scored], best: float, hits: Sequence[Hit], question: str,
                query: Query, *, wanted_only: bool = False, further: Sequence[Scored] = (),
                nearby: Sequence[Scored] = ()) -> tuple[Scored | None, str | None]:
        """The value that answers a target question: a count of what it names ("bao nhiêu vụ")
        from evidence nearly as good as the best (in ``top``, then in ``further``, then in
        ``nearby`` at any strength, where only a count written with that noun will do), then a
        value of the kind it asks for (a count, not "tăng trên 3%"), then (unless ``wanted_only``)
        the first value at all."""
        def valued(cands: Sequence[Scored]) -> list[tuple[Scored, Value]]:
            found = [(cand, self._value(cand, hits[cand.unit.hit_index], question, query)) for cand in cands]
            return [(cand, value) for cand, value in found if value]

        def counting(found: list[tuple[Scored, Value]]) -> list[tuple[Scored, Value]]:
            return [x for x in found if within(x[0].coverage, best, NOUN_MARGIN) and is_wanted(x[1], question, noun=True)]

        found = valued(top)
        # "còn bao nhiêu tài sản phải xử lý?": "không có tài sản, tài chính cần xử lý", unless a
        # count of that very noun is given ("02 tài khoản" repeats only the "tài")
        asked = how_many(question)
        if asked and not any(noun_match(v, question) >= min(2, len(asked[0])) for _, v in counting(found)):
            for cand in top:
                none = stated_none(cand.unit.text, question)
                if none:
                    return cand, none
        counted = counting(found) or counting(valued(further)) \
            or [x for x in valued(nearby) if counts_asked(x[1], question)]
        if not counted and asked:
            # "bãi bỏ bao nhiêu văn bản?" where no count is written: the items of the list that
            # the evidence announces ("Bãi bỏ các văn bản ..., cụ thể như sau:" then 1. to 14.)
            listed = self._listed_count(top, hits, asked[0])
            if listed:
                return listed
        picks = counted or [x for x in found if is_wanted(x[1], question)] or ([] if wanted_only else found)
        if not picks:
            return (top[0] if top else None), None
        cand, value = pick_value(picks, question, self._weights, searched=query.norm, fold=query.accentless)
        together = counted_together(cand.unit.text, value, question)
        said = ", ".join(with_counted_noun(v, cand.unit.text, question) if len(together) == 1 else v.text
                         for v in together)
        return _extended(cand, hits[cand.unit.hit_index].passage.text, value.text), said

    def _listed_count(self, top: Sequence[Scored], hits: Sequence[Hit],
                      asked: tuple[str, ...]) -> tuple[Scored, str] | None:
        """A count of the numbered items a sentence in ``top`` announces ("... các văn bản ...,
        cụ thể như sau:"), when that sentence names what is counted (the first two words
        ``asked``, folded, of "bao nhiêu văn bản ..."), as "14 văn bản"."""
        noun = re.compile(rf"\b{' '.join(asked[:2])}\b")
        for cand in top:
            text = cand.unit.text.rstrip()
            folded = strip_accents(text).lower()
            m = noun.search(folded)
            if not text.endswith(":") or m is None or len(folded) != len(text):
                continue
            hit = hits[cand.unit.hit_index]
            count = count_items(self._document_text(hit.document.doc_id), hit.passage.start + cand.unit.end)
            if count:
                return cand, f"{count} {text[m.start():m.end()]}"
        return None

    def _value(self, cand: Scored, hit: Hit, question: str, query: Query) -> Value | None:
        cell = row_value(cand.unit.text, question)  # a table row: the column the question names
        if cell:
            return Value(cell[0], cell[1], cell[2], "field")
        field = labelled_value(cand.unit.text, question)
        # "Kinh phí: 350.000.000 đồng" asked "là bao nhiêu?", not "Các phường: Móng Cái 1, Móng Cái 2"
        if field and re.match(r"\W*\d", field):
            return Value(0, len(field), field, "field")
        value = best_value(cand.unit.text, question, self._weights, fold=query.accentless)
        if value is None:  # a flattened table: the row's label line, then its amount alone on the next
            below = _CELL_BELOW.match(self._following(hit, cand.unit, 80))
            value = Value(below.start(1), below.end(1), below.group(1), "field") if below else None
        if value is None:  # "... được bồi thường phần diện tích đó. Mức bồi thường bằng 50% ..."
            value = best_value(self._continuation(hit, cand.unit), question, self._weights, fold=query.accentless)
        return value if value and not echoes(value.text, question) else None

    def _responsibility(self, cand: Scored, hit: Hit, question: str, effective: str, query: Query) -> str | None:
        """The agency responsible; or, when the question names the agency, that its tasks follow."""
        from ingest.facts.agencies import find_agencies

        asked = {m.canonical for m in find_agencies(effective)}
        section = self._owner_section(hit)
        owner = unit_owner(cand.unit, section, self._assignments(hit, cand.unit), self._following(hit, cand.unit))
        said = self._owner_said(owner, asked, effective)
        if said is None and cand.unit.text[:1].islower():
            # a clause after ";" that leaves its subject to the sentence's first clause ("(4) Bộ Xây
            # dựng chỉ đạo các cơ quan ...; chỉ đạo các đơn vị liên quan thẩm định dự toán ...")
            start = sentence_start(hit.passage.text, cand.unit.start)
            if start < cand.unit.start:
                whole = stretched(cand.unit, hit.passage.text, start, cand.unit.end)
                said = self._owner_said(unit_owner(whole, section, (), ""), asked, effective)
        if said is None:  # an item of a list whose announcement names who acts
            at = hit.passage.start + cand.unit.start
            said = self._owner_said(lead_owner(self._document_text(hit.document.doc_id), at), asked, effective)
        return said

    def _subject_first(self, top: Sequence[Scored], hits: Sequence[Hit], question: str) -> list[Scored]:
        """``top`` with the units whose task another agency owns moved after the others, when the
        question makes an agency its subject and some unit's task is that agency's ("Sở Tài chính
        phải gửi báo cáo ... trước ngày nào?": the tasks under "1.2. Sở Tài chính", not the
        communes' "báo cáo ... gửi về Sở Tài chính" under "1.4. UBND các xã")."""
        from ingest.facts.agencies import find_agencies

        subject = question_subject(question)
        if subject is None:
            return list(top)
        owners = []
        for cand in top:
            hit = hits[cand.unit.hit_index]
            opens = find_agencies(cand.unit.text[:120])[:1]
            if opens and opens[0].start <= 2 and opens[0].canonical == subject:
                owners.append(subject)  # the sentence's own subject ("Sở TN&MT đã ... tổ chức đối thoại ...")
                continue
            owner = unit_owner(cand.unit, self._owner_section(hit), self._assignments(hit, cand.unit),
                               self._following(hit, cand.unit))
            owners.append(owner[0] if owner else None)
        if subject not in owners:
            return list(top)
        return [c for c, o in zip(top, owners) if o in (subject, None)] + \
               [c for c, o in zip(top, owners) if o not in (subject, None)]

    @staticmethod
    def _owner_said(owner: Owner | None, asked: set[str], effective: str) -> str | None:
        """How an owner answers the question (None when it does not: the agency the question
        names, or not of the kind asked for)."""
        if owner is None:
            return None
        canonical, written, role = owner
        if _asks_tasks(effective):
            # "Sở X có nhiệm vụ gì?": only evidence about Sở X's own tasks answers it; "hiệp hội
            # phải làm gì?" asks for a task, and the agency that owns the evidence is not one.
            return f"Nhiệm vụ của {canonical}" if canonical in asked else None
        if canonical in asked:
            return None
        kind = _ASKED_KIND.search(strip_accents(effective.lower()))
        if kind and not strip_accents(canonical.lower()).startswith(kind.group(1) + " "):
            return None  # "sở nào chủ trì ...?" is not answered by the Chủ tịch UBND cấp xã
        if written and TITLED.match(written):  # "Giám đốc Sở X" is who acts, not "Sở X"
            canonical, written = written, None
        notes = [n for n in (written if written not in (None, canonical) else None,
                             role if role not in (None, "thực hiện") else None) if n]
        return f"{canonical} ({', '.join(notes)})" if notes else canonical

    def _near_weight(self, text: str, span: re.Match[str], query: Query) -> float:
        """How much of the question the words right around ``span`` say ("Thời gian gia hạn không
        quá 12 tháng", "không quá 03 ngày đối với văn bản phức tạp"), its qualifier included."""
        near = terms(text[max(0, span.start() - NEAR_CHARS):span.end() + NEAR_CHARS], fold=query.accentless)
        return sum(w for t, w in self._weights.items() if t in near)

    def _following(self, hit: Hit, unit: Unit, limit: int = 600) -> str:
        """The document text after ``unit`` (it may run past the passage's end)."""
        rest = hit.passage.text[unit.end:]
        if len(rest) >= limit:
            return rest[:limit]
        doc = self._document_text(hit.document.doc_id)
        at = hit.passage.start + unit.end
        return doc[at:at + limit]

    def _continuation(self, hit: Hit, unit: Unit) -> str:
        """The sentence that continues ``unit``'s item, where a condition's value or a task's
        deadline is often stated."""
        return _next_sentence(self._following(hit, unit, 400))

    def _document_text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            if len(self._texts) >= 64:
                self._texts.pop(next(iter(self._texts)))
            doc = self.searcher.store.document(doc_id)
            self._texts[doc_id] = doc.text if doc else ""
        return self._texts[doc_id]

    def _assignments(self, hit: Hit, unit: Unit):
        start = hit.passage.start + unit.start
        end = hit.passage.start + unit.end
        for stored in self.searcher.store.facts(type="assignment", doc_id=hit.document.doc_id):
            fact = stored.fact
            if fact.start < end and start < fact.end:
                yield fact

    def _deadline(self, cand: Scored, hit: Hit, question: str, effective: str, query: Query) -> str | None:
        from ingest.facts.dates import find_deadlines

        q = strip_accents(question.lower())
        span = _SPAN_Q.search(q)
        text = cand.unit.text
        cell = _TIME_CELL.search(text)
        if cell and not echoes(cell.group(2), question):  # a task's time field is the answer
            value = cell.group(2)
            before = text[:cell.start()]
            if before.count("(") > before.count(")"):  # "... đợt 2 năm 2025 (thời gian từ ngày ... đến ngày ...)."
                value = value.split(")")[0]
            value = value.strip(" .;")
            found = find_deadlines(value, issued=hit.document.meta.issued)
            # "Trước ngày 15/11/2025" ends a stretch of time that it does not state.
            if (found or len(value) <= 80) and not (span and not any(f[2].start and f[2].end for f in found)):
                return shortened(value, 160)
        day = _DAY_Q.search(q)
        month = not day and _MONTH_Q.search(q)
        years = _YEARS_Q.search(q)
        limit = hit.document.meta.issued if _LIMIT_Q.search(q) else None
        often = bool(_FREQUENCY_Q.search(q))

        def wanted(text: str, deadline) -> bool:
            if often:  # "bao lâu một lần?" asks for a recurrence, not a date
                return deadline.recurrence not in (None, "continuous")
            # A time limit ("gia hạn đến ngày nào?") is not a day before the document was issued
            # ("đã tổ chức Đại hội vào ngày 27/9/2019").
            if limit and re.search(r"\d{4}", text) and (deadline.end or deadline.start or "9999") < limit:
                return False  # (a day without its year recurs: "trước ngày 15 tháng 11 hằng năm")
            # "ngày nào?" asks for a day, not "nhiệm kỳ 2026-2031"; "tháng nào?" for a month, not
            # a day ("ngày 08 tháng 5"); "giai đoạn nào?" for years.
            if span and not (deadline.start and deadline.end):
                return False
            if day:
                return bool(DAY.search(text))
            if month:
                return bool(_MONTH.search(text)) and not DAY.search(text)
            return not years or bool(deadline.start and deadline.end and deadline.start[:4] != deadline.end[:4])

        named = _days_named(q)

        def dates(text: str) -> list:
            # A period the question itself names ("KH giai đoạn 2026-2030"), or a day it names
            # without its year ("công trình khánh thành dịp 19/12" over "dịp 19/12/2025"), is
            # context, not the answer.
            return [f for f in find_deadlines(text, issued=hit.document.meta.issued)
                    if not echoes(text[f[0]:f[1]], question) and not _on_days(f[2], named)
                    and wanted(text[f[0]:f[1]], f[2])]

        if day and not limit:  # "... trình đề án tại Tờ trình 59/TTr-HCCV vào ngày nào?": the date that
            cited = vehicle_day(text, question, hit.document.meta.number)  # paper bears ("Tờ trình số 59/TTr-HCCV ngày ...")
            if cited:
                return cited
        found = dates(text)
        # "áp dụng đến khi nào?" over "... cho đến khi có văn bản định giá mới được ban hành"; "tự
        # giải thể vào thời điểm nào?" over "... tự giải thể sau khi Đại hội thành lập ... bầu ra Ban Chấp hành"
        until = None
        if not found and _UNTIL_EVENT_Q.search(q):
            until = _UNTIL_EVENT.search(text)
        elif not found and _WHEN_Q.search(q):
            until = _AFTER_EVENT.search(text)
        if until:
            return shortened(until.group(0).strip(), 160)
        if not found:  # "Giao Sở X chia sẻ ... . Thời gian thực hiện xong trước ngày 05/12/2025."
            text = self._continuation(hit, cand.unit)
            found = dates(text)
            if not found:  # a list item dated by the line that introduces the list ("Các Quyết định
                text = introducing(hit.passage.text, cand.unit.start)  # sau đây hết hiệu lực kể từ ngày ...:")
                found = dates(text)
            return text[found[0][0]:found[0][1]].strip() if found else None
        anchor = _anchor(text, question)
        s, e, _ = min(found, key=lambda f: (0 if f[0] >= anchor - 40 else 1, abs(f[0] - anchor)))
        return text[s:e].strip()

    def _general(self, cand: Scored, hit: Hit, question: str, effective: str, query: Query) -> str | None:
        q = strip_accents(question.lower())
        text = cand.unit.text
        meta = hit.document.meta
        # Who issued or signed it, whatever the subject says ("... hỗ trợ địa điểm làm việc") or
        # the signer's title ("Giám đốc Sở ký công văn ... là ai?").
        if ISSUER_Q.search(q):
            return meta.issuer
        if SIGNER_Q.search(q):
            m = re.search(r"Người ký:\s*([^\n;|]+)", text)
            if m:
                return m.group(1).strip()
            return meta.signer
        if _PROPOSER_Q.search(q):  # "ban hành theo đề nghị của ai?": the preamble's "Theo đề nghị của ..."
            proposer = _PROPOSER.search(text) or self._in_document(_PROPOSER, hit, query)
            return proposer.group(1).strip(" ,") if proposer else None
        role = role_asked(question)
        if role:  # "Trưởng ban ... là ai?": the member list of the board the decision sets up
            # the role as specific as asked, in the unit or its document, before a looser one
            whole = self._document_text(hit.document.doc_id) \
                if {"reference", "title"} & set(hit.signals) or not query.references else ""
            person = holder(text, role, strict=True) or holder(whole, role, strict=True) or \
                holder(text, role) or holder(whole, role)
            # "... là ai, công tác ở đâu?": the record gives the position held too
            if person or not _VENUE_Q.search(q):
                return person
        which = WHICH_DOC_Q.search(q) and not ISSUED_WHICH_Q.search(q)
        if number_asked(q) or which:  # "... là quyết định số mấy?": a number of that type
            wanted = asked_type(q)
            cited_only = bool(which or CITED_NUMBER_Q.search(q))
            numbers = [n for n, kind in typed_numbers(text) if (not wanted or kind == wanted)
                       and not echoes(n, question) and not (cited_only and n == meta.number)]
            issuer = asked_issuer(question) if which else None
            if issuer:  # "văn bản nào của Bộ KH&CN?": one its sentence says that body issued,
                numbers = [n for n in numbers if issued_in_clause(text, n, issuer, meta.province)]
                whole = self._whole_document(hit, query) if not numbers else ""
                # or, when the evidence cites only others' letters, one cited further down
                numbers = numbers or [n for n, kind in typed_numbers(whole)
                                      if (not wanted or kind == wanted) and n != meta.number
                                      and not echoes(n, question) and issued_in_clause(whole, n, issuer, meta.province)]
            if numbers:
                return numbers[0]
            if which or echoes(meta.number or "", question):  # not the number the question gives
                return None
            if (not wanted or meta.doc_type == wanted) and not cited_only:
                return meta.number
            # "... ban hành theo tờ trình số mấy?": the one its preamble cites ("Theo đề nghị của
            # Giám đốc Sở Xây dựng tại Tờ trình số 4834/TTr-SXD"), away from the matched passage.
            cited = [n for n, kind in typed_numbers(self._whole_document(hit, query))
                     if kind == wanted and not echoes(n, question) and n != meta.number]
            return cited[0] if cited else None
        if _VENUE_Q.search(q) and not _ISSUED_Q.search(q):  # "Họp ... ở đâu?": the "Địa điểm:" field
            venue = _VENUE.search(text) or self._in_document(_VENUE, hit, query)
            if venue:
                return venue.group(1).strip(" .")
            address = _ADDRESS.search(text)  # "đặt trụ sở tại số 28 Nguyễn Tất Thành, phường ..."
            return labelled_value(text, question) or (address.group(0).strip(" .,;") if address else None)
        if _PLACE_Q.search(q):  # "những địa phương nào đã ...?": the places the evidence names
            named = _places(text, query.provinces)
            if named:
                return named
        if _PLACE_Q.search(q) or _VENUE_Q.search(q):  # "ban hành ở đâu?", "tỉnh nào?"
            return None if meta.province in query.provinces else meta.province
        if EFFECTIVE_Q.search(q):
            effective = _EFFECTIVE.search(text) or self._in_document(_EFFECTIVE, hit, query)
            if effective:  # "có hiệu lực từ ngày nào?": the date the text gives, not the signing date
                found = effective.group(1) or effective.group(2)
                if effective.group(1) and meta.issued:
                    found += f" ({self._date_as_written(hit.document.doc_id, meta.issued)})"
                return found
        if _DOC_DATE_Q.search(q):
            # "... có dẫn QĐ 688/QĐ-BCĐ, QĐ này ngày nào?": the date written after that number
            others = cited_numbers(query, meta.number)
            if others:
                # the date the evidence's document writes for it, wherever: a decree cited in passing
                whole = self._document_text(hit.document.doc_id)
                for number in others:
                    cited = cited_date(whole, number, effective=bool(EFFECTIVE_Q.search(q)))
                    if cited:
                        return cited
                if not any(echoes(n, whole) for n in others):
                    return None  # a document this one never names: none of its dates answers
            mentioned = mentioned_date(text, question, meta)
            if mentioned:
                return mentioned
            own = _ISSUED_Q.search(q) or (_DATED_Q.search(q) and "reference" in hit.signals)
            if own and meta.issued:  # the document's own date, as its text writes it
                return self._date_as_written(hit.document.doc_id, meta.issued)
            m = DATE_TEXT.search(text)
            return m.group(0) if m else None
        if _SUBJECT_Q.search(q):  # "Nghị định 136/2025/NĐ-CP (that the letter cites) quy định về vấn đề gì?"
            whole = self._document_text(hit.document.doc_id)
            for number in cited_numbers(query, meta.number):
                subject = cited_subject(whole, number)
                if subject:
                    return subject
        if "reference" in hit.signals and meta.title and _ABOUT_Q.search(q) and not _ITEMS_Q.search(q):
            return meta.title  # "Công văn X phổ biến tài liệu gì?": what the document is about
        return labelled_value(text, question)

    def _whole_document(self, hit: Hit, query: Query) -> str:
        """The hit's whole document (a field stated once, away from the passage that matched);
        empty when the question names another document by number."""
        if "reference" not in hit.signals and query.references:
            return ""
        return self._document_text(hit.document.doc_id)

    def _in_document(self, pattern: re.Pattern[str], hit: Hit, query: Query) -> re.Match[str] | None:
        """``pattern`` in the hit's whole document (see ``_whole_document``)."""
        return pattern.search(self._whole_document(hit, query))

    def _date_as_written(self, doc_id: str, iso: str) -> str:
        y, m, d = (int(x) for x in iso.split("-"))
        pattern = re.compile(
            rf"(?<!\d)0?{d}\s*[/.-]\s*0?{m}\s*[/.-]\s*{y}(?!\d)|ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}",
            re.IGNORECASE,
        )
        found = pattern.search(self._document_text(doc_id))
        return found.group(0) if found else f"{d}/{m}/{y}"

    def _table_extreme(self, question: str, scored: Sequence[Scored],
                       hits: Sequence[Hit]) -> tuple[Hit, str, str] | None:
        """For "xã nào đạt điểm cao nhất?" when the best evidence is a row of a table that no
        sentence sums up ("cao nhất là 93% (Xã X)"): the passage holding the table's row with the
        extreme value, that row, and the answer. Only the best row's own table is read."""
        close = _close(scored, FORM_MARGIN)
        if any(ranked_first(s.unit.text, question) for s in close):
            return None  # the report names it in words, which ``_extract`` reads
        for cand in close:
            if cand.unit.text.count(": ") < 3:
                continue
            hit = hits[cand.unit.hit_index]
            rows = table_rows(self._document_text(hit.document.doc_id), hit.passage.start + cand.unit.start)
            found = table_extreme(rows, question)
            if not found:
                return None
            row, answer = found
            needle = row[:TABLE_ROW_NEEDLE]
            other = hit if needle in hit.passage.text else self._support_elsewhere(needle, hit)
            return (other, needle, answer) if other else None
        return None

    def _support_elsewhere(self, direct: str, hit: Hit) -> Hit | None:
        """A passage of the same document that contains ``direct`` (an answer taken from the
        document's metadata, such as its signer or date): the citation that proves it, the one
        with ``direct`` on a line of its own (a signer's name under the signature, not in the list
        of recipients) if there is one, else the first."""
        needle = strip_accents(direct).lower()
        first = None
        for sp in self.searcher.store.passages(doc_id=hit.document.doc_id):
            if needle in strip_accents(sp.passage.text).lower():
                found = Hit(sp.id, sp.passage, hit.document, hit.score)
                if _on_own_line(direct, sp.passage.text):
                    return found
                first = first or found
        return first

    # --- output ---------------------------------------------------------------------------

    def _compose(self, direct: str | None, unit: Unit, hit: Hit) -> str:
        quote = quoted(unit.text, direct, INTRODUCED_LIMIT if ":\n" in unit.text else 300)
        quote = unquoted(quote)
        source = doc_label(hit.document)
        if direct and direct not in quote:
            return f"{direct}. Theo {source}: “{quote}”"
        if direct:
            return f"{direct} — theo {source}: “{quote}”"
        return f"Theo {source}: “{quote}”"

    def _citations(self, hits: Sequence[Hit], support: dict[int, Unit | None], k: int) -> tuple[Citation, ...]:
        out = []
        seen = set()
        for i, hit in enumerate(hits):
            if hit.passage_id in seen:
                continue
            seen.add(hit.passage_id)
            unit = support.get(i)
            text, highlight = excerpt(hit.passage.text, (unit.start, unit.end) if unit else (0, 0))
            m = hit.document.meta
            out.append(Citation(
                hit.document.doc_id, hit.document.source, m.title, m.doc_type, m.number, m.issuer, m.issued,
                hit.passage.section, hit.passage.page, text, highlight, hit.score, hit.passage.ocr, hit.passage_id,
            ))
            if len(out) >= k:
                break
        return tuple(out)


_TASKS_Q = re.compile(r"\b(nhiem vu|lam gi|viec gi|duoc giao|trach nhiem|thi sao)\b")


def _of_type(top: Sequence[Scored], pool: Sequence[Scored], hits: Sequence[Hit], wanted: str | None,
             *, only: bool = False) -> list[Scored]:
    """``top`` after the evidence in ``pool`` from documents of the type ``wanted`` ("ai ký quyết
    định ...?": the decision, even when a submission asking to sign it matches better); ``only``
    that evidence when there is some."""
    if not wanted:
        return list(top)
    same = [c for c in pool if hits[c.unit.hit_index].document.meta.doc_type == wanted]
    return same if only and same else same + [c for c in top if c not in same]


# The kind of body a responsibility question asks for ("sở nào", "bộ nào"): the owner must be one.
_ASKED_KIND = re.compile(r"\b(so|bo|cuc|chi cuc|phong) nao\b")


def _home(hit: Hit) -> tuple[str, str]:
    """The document and section a hit's passage belongs to."""
    return hit.document.doc_id, hit.passage.section


def _reader(intent: Intent, question: str) -> tuple[Callable[[str], str | None] | None, bool]:
    """The reader for the question (see _part_reader), else for a general question the plain one:
    what follows the question's own words ("còn thiếu giấy tờ gì?" what follows "còn thiếu:"),
    whose label may sit on the line above the unit; and whether it is that plain one."""
    read = _part_reader(intent, question)
    if read is None and intent == "general":
        return (lambda text: colon_value(text, question)), True
    return read, False


def _part_reader(intent: Intent, question: str) -> Callable[[str], str | None] | None:
    """What a sentence must say for questions that ask for a part of it: "vì sao ...?" the cause it
    gives, "... từ A thành gì?" what it was changed into, "có ý kiến gì?" the position it takes
    ("thống nhất dự thảo"), "là loại tổ chức gì?" the kind it names after "là"."""
    if asks_phone(question):  # "số điện thoại của Phó Giám đốc ... là số nào?"
        return phone
    if _CLOCK_Q.search(strip_accents(question.lower())):  # "bắt đầu từ mấy giờ sáng?"
        return clock_time
    if asks_reason(question):
        return reason
    if asks_purpose(question):  # "... nhằm mục tiêu gì?"
        return purpose
    if asks_change(question):
        return changed_to
    if asks_opinion(question):
        return position
    if asks_attached(question):  # "báo cáo kèm những tài liệu gì?"
        return attached
    if asks_request(question):
        return lambda text: request(text, question) or (colon_value(text, question) if intent == "general" else None)
    if asks_kind(question):
        return lambda text: kind_of(text, question)
    if asks_ranked_first(question):  # "xã nào đạt chỉ số cao nhất?"
        return lambda text: ranked_first(text, question)
    if asks_place(question) and not role_asked(question):  # "Trưởng ban là ai, công tác ở đâu?": a record
        return place
    if PART_Q.search(strip_accents(question.lower())):
        return lambda text: numbered_part(text, question)
    return None


def _extraction(intent: Intent, question: str) -> Intent:
    """What the direct answer is read as: a question about a property of the document ("ban hành
    ở đâu?", "cơ quan nào ban hành?") or about who holds a role ("Tổ trưởng ... là ai?") is
    answered from the document and its member lists, whatever else its wording suggests."""
    q = strip_accents(question.lower())
    return "general" if _PLACE_Q.search(q) or ISSUER_Q.search(q) or _PROPOSER_Q.search(q) or role_asked(question) \
        or asks_purpose(question) else intent


# "Các phường: Cẩm Phả, ..." then "350.000.000" on a line of its own: the cell the PDF put below
_CELL_BELOW = re.compile(r"[ \t.;]*\n[ \t]*(\d{1,3}(?:[.,]\d{3})+(?:[ \t]*(?:đồng|triệu đồng|tỷ đồng))?|"
                         r"\d+(?:[.,]\d+)?[ \t]*(?:%|đồng|triệu đồng|tỷ đồng))[ \t]*(?:\n|$)")


def _next_sentence(following: str) -> str:
    """The sentence that continues the same item after a unit, if any: not a new line, list
    item or heading."""
    m = re.match(r"[ \t]*([^\n]*?(?:[.;](?=\s)|$))", following, re.MULTILINE)
    sentence = m.group(1).strip() if m else ""
    return "" if not sentence or LIST_MARKER.match(sentence) else sentence


def rare_words(weights: dict[str, float], question: str = "") -> list[str]:
    """The question's rare single words, rarest first: those that may show the question is about
    something the documents are not ("Netflix"). A known abbreviation ("PCCC") is not one: it
    names something the documents may well be about, even if none of them writes it so; nor is
    two capitals ("LĐ, BT, ĐN" for three provinces) or how ``question`` is worded ("ít nhất")."""
    said = _WORDING.findall(strip_accents(question).lower())  # "cho rằng", "mang lại", "ít nhất"
    said += map(strip_accents, _WORDING_AS_WRITTEN.findall(question.lower()))  # "hai tỉnh ... cũ"
    skip = {w for phrase in said for w in phrase.split()} | \
        {strip_accents(a).lower() for a in _SHORT_ABBREVIATION.findall(question)}
    rare = [(w, t) for t, w in weights.items()
            if "_" not in t and not any(ch.isdigit() for ch in t) and w >= RARE_IDF and t not in _KNOWN_ABBREVIATIONS
            and strip_accents(t) not in skip]
    return [t for _, t in sorted(rare, reverse=True)]


# How a question is worded, not what it is about: rare in documents, but no sign of another topic.
_WORDING = re.compile(r"\b(?:cho biet|cho rang|mang lai|trich dan|trich|dan chieu|doi chieu|so sanh|nhac den|de cap|it nhat|toi da|toi thieu|"
                      r"khoang|chiem|xin|lua chon|vuot qua|trong khoi|dua tren|dua vao|"
                      # "bắt đầu ... từ mấy giờ sáng?": a time, which documents write "vào lúc 07h30"
                      r"bat dau|(?:may|bao nhieu) gio (?:sang|chieu|toi)|"
                      r"suc chua|"  # "có sức chứa bao nhiêu chỗ?" over "Hội trường 100 chỗ"
                      r"soan thao)\b")  # "đơn vị nào soạn thảo báo cáo?" over "Công an tỉnh đã dự thảo Báo cáo"
# ... and words that would be ambiguous without their diacritics: a count in words, "cũ" (old, of
# a province or body before a merger, which documents write "(trước sắp xếp)"), "mảng" (a field of
# work, which documents call "công tác" or "lĩnh vực"; not "mạng", a network)
_WORDING_AS_WRITTEN = re.compile(r"\b(?:cũ|hai|ba|bốn|bảy|tám|chín|mười|mảng)\b")
_SHORT_ABBREVIATION = re.compile(r"(?<!\w)[A-ZĐ]{2}(?!\w)")
_ARTICLE_TITLE = re.compile(r"(?m)^(?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:]\s*([^\n]{3,120})")


def _with_article_title(passage) -> str:
    """The passage's section path with its article's title, which a legal section label leaves
    out ("Điều 6" for "Điều 6. Trách nhiệm của Văn phòng UBND tỉnh") and which may name the owner."""
    section = passage.section
    last = section.rsplit(" › ", 1)[-1]
    if not last.startswith(("Điều", "ĐIỀU")):
        return section
    # The article's own heading, wherever the passage has it ("Chương II | ... | Điều 6. ...").
    number = last.split()[-1]
    # The nearest heading of that number: text read above a passage may hold an earlier
    # "Điều 1." (the decision's own, above the regulation it issues).
    titles = [t for t in _ARTICLE_TITLE.finditer(passage.text) if t.group(0).split()[1].rstrip(".:") == number]
    return f"{section} › {titles[-1].group(1).strip()}" if titles else section


def _full_labels(section: str, above: str) -> str:
    """``section`` with each label cut for display ("…") replaced by its heading line, the last
    one in ``above`` (the document text up to the passage's end) that starts as the label does.

    >>> _full_labels("I. Trách nhiệm › 1. Các cơ quan (Sở Tài chính, Ban…",
    ...              "I. Trách nhiệm\\n1. Các cơ quan (Sở Tài chính, Ban Quản lý các Khu công nghiệp):\\na) Là đầu mối")
    'I. Trách nhiệm › 1. Các cơ quan (Sở Tài chính, Ban Quản lý các Khu công nghiệp)'
    """
    labels = section.split(" › ")
    for i, label in enumerate(labels):
        if not label.endswith("…") or not label[:-1].strip():
            continue
        heading = r"[ \t]+".join(map(re.escape, label[:-1].split()))
        lines = list(re.finditer(rf"(?m)^[ \t]*{heading}[^\n]*", above))
        if lines:
            labels[i] = " ".join(lines[-1].group().split()).rstrip(" :;,.")
    return " › ".join(labels)


_LOCAL_KINDS = {"xa": "xã", "phuong": "phường", "dac khu": "đặc khu", "huyen": "huyện", "thi tran": "thị trấn",
                "thi xa": "thị xã", "thon": "thôn"}
_LOCAL_Q = re.compile(rf"\b({'|'.join(sorted(_LOCAL_KINDS, key=len, reverse=True))}) nao\b")
MAX_LOCAL_UNITS = 10


def _local_units(text: str, kind: str, question: str) -> str | None:
    """The local units of ``kind`` (folded: "xa", "dac khu") that ``text`` names and the question
    does not ("Đặc khu Phú Quý", "xã Hàm Tân" in "(UBND xã Hàm Tân)"), in order."""
    folded_q = strip_accents(question.lower())
    names: list[str] = []
    for m in re.finditer(rf"(?<!\w){re.escape(_LOCAL_KINDS[kind])}\s+((?:[^\W\d_]\w*|\d+)(?:[ ](?:[^\W_]\w*))*)",
                         text, re.IGNORECASE):
        words = []
        for word in m.group(1).split(" "):
            if not (word[0].isupper() or word.isdigit()) or (word.isdigit() and not words):
                break
            words.append(word)
        if not words:
            continue
        name = f"{m.group(0)[:m.start(1) - m.start()].strip()} {' '.join(words)}"
        if strip_accents(" ".join(words).lower()) not in folded_q and name not in names:
            names.append(name)
    return ", ".join(names[:MAX_LOCAL_UNITS]) or None


def _places(text: str, asked: Sequence[str]) -> str | None:
    """The provinces and cities ``text`` names besides those ``asked`` (the question's), in order."""
    names: list[str] = []
    for _, _, name in find_provinces(text):
        if name not in asked and name not in names:
            names.append(name)
    return ", ".join(names) or None


_WHICH_Q = re.compile(r"\b(co quan nao|don vi nao|so nao|bo nao|ban nao|nganh nao|phong nao|ai|"
                      r"(co quan|don vi|to chuc)( \w+){1,3} nao)\b")  # "cơ quan báo chí nào được giao ...?"


def _asks_tasks(question: str) -> bool:
    """ "Sở X có nhiệm vụ gì?", not "Cơ quan nào được giao chủ trì ...?" (that asks for the owner)."""
    q = strip_accents(question.lower())
    return bool(_TASKS_Q.search(q)) and not _WHICH_Q.search(q)


def _anchor(text: str, question: str) -> int:
    """Position just after the last question term found in ``text`` (where a value follows)."""
    q = terms(question)
    low = text.lower()
    best = 0
    for t in q:
        if "_" in t or len(t) < 2:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(t)}(?!\w)", low):
            best = max(best, m.end())
    return best


@lru_cache(maxsize=8192)  # passages and titles recur from question to question
def _text_terms(text: str, fold: bool) -> frozenset[str]:
    """Terms of a text with both forms of its abbreviations and the initials of its names."""
    extra = "\n".join(expansions(text) + abbreviations_of(text))
    return frozenset(terms(f"{text}\n{extra}", fold=fold) | initialisms(text))


def _cite_first(other: Hit, direct: str, chosen: Scored, scored: Sequence[Scored],
                hits: Sequence[Hit]) -> tuple[list[Hit], list[Scored], Scored]:
    """Hits and scored units with ``other`` put first, its unit being the sentence of its line
    that states ``direct``, on a line of its own if it stands alone anywhere (a signer's name
    under the signature, not in the list of recipients), or "Bộ ... có công văn số
    5460/BKHCN-KHTC ngày ... gửi Cục Thuế" for the number of a letter cited there)."""
    new_hits = [other] + [h for h in hits if h.passage_id != other.passage_id]
    position = {h.passage_id: i for i, h in enumerate(new_hits)}
    text = other.passage.text
    at = _own_line_at(direct, text)
    at = at if at >= 0 else strip_accents(text).lower().find(strip_accents(direct).lower())
    line = line_start(text, at)
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    start, stop = next(((line + s, line + e) for s, e in sentence_spans(text[line:end]) if line + e >= at + len(direct)),
                       (at, at + len(direct)))
    start, stop = min(start, at), max(stop, at + len(direct))
    first = Scored(Unit(0, start, stop, text[start:stop], ""), chosen.coverage, chosen.score)
    rest = [replace(x, unit=replace(x.unit, hit_index=position[hits[x.unit.hit_index].passage_id]))
            for x in scored if hits[x.unit.hit_index].passage_id != other.passage_id]
    return new_hits, [first] + rest, first


def _own_line_at(needle: str, text: str) -> int:
    """Where ``needle`` stands alone on a line of ``text`` (a signer's name under the signature),
    accents and case aside; -1 when it does not."""
    folded = strip_accents(needle).lower()
    m = re.search(rf"^[ \t]*({re.escape(folded)})[ \t]*$", strip_accents(text).lower(), re.MULTILINE)
    return m.start(1) if m else -1


def _on_own_line(needle: str, text: str) -> bool:
    return _own_line_at(needle, text) >= 0


def _extended(cand: Scored, passage: str, direct: str) -> Scored:
    """``cand`` widened to the end of the continuation that states ``direct`` when the answer was
    read there (a deadline in the sentence after the task), so that the quote proves it."""
    unit = cand.unit
    if direct in unit.text:
        return cand
    at = passage.find(direct, unit.end, unit.end + 400)
    if at < 0:
        # or in what heads its line ("Câu số 18. Cử tri kiến nghị ..."), maybe running into the
        # unit (the holders listed before the ";" that opens it)
        before = passage.rfind(direct, line_start(passage, unit.start), unit.end)
        if 0 <= before < unit.start:
            return Scored(stretched(unit, passage, before, unit.end), cand.coverage, cand.score)
        return cand
    return Scored(stretched(unit, passage, unit.start, at + len(direct)), cand.coverage, cand.score)


# A time limit asked as _LIMIT_Q words it or less tightly ("hạn nộp hồ sơ là ngày nào?", "trước
# ngày nào?" with words between): not the day something was done
_UNTIL_Q = re.compile(_LIMIT_Q.pattern + r"|\bhan (?:cuoi|nop|gui|hoan thanh)\b|"
                      r"\b(?:den|truoc|han|toi)\s+(?:\w+\s+){0,2}?ngay (?:nao|may|bao nhieu)\b")


_GIVES_TASK = re.compile(r"\b(giao|chu tri|co trach nhiem|phan cong|uy quyen)\b")


# A question that asks for a time, not one that gives it ("... giao ai ... trước ngày 15/11/2025?")
_ASKS_TIME = re.compile(r"\b(?:khi nao|bao gio|bao lau|may gio|(?:ngay|thang|nam|quy|thoi gian|thoi diem|luc|thoi han) nao)\b")


# A day the question names: "19/12", "ngày 19 tháng 12" (folded)
_NAMED_DAY = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?!\d)|\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\b")


def _days_named(folded_question: str) -> frozenset[tuple[int, int]]:
    """The (day, month) pairs a folded question names.

    >>> sorted(_days_named("khanh thanh dip 19/12 va ngay 2 thang 9 nam 2025"))
    [(2, 9), (19, 12)]
    """
    return frozenset((int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4)))
                     for m in _NAMED_DAY.finditer(folded_question))


def _on_days(deadline: Deadline, days: frozenset[tuple[int, int]]) -> bool:
    """Whether a deadline starts or ends on one of ``days`` (day, month)."""
    return any(iso and len(iso) == 10 and (int(iso[8:]), int(iso[5:7])) in days
               for iso in (deadline.start, deadline.end))


def _close(scored: Sequence[Scored], margin: float) -> list[Scored]:
    """The units (of the first ``MAX_TIED``) at most ``margin`` weaker than the best."""
    return [s for s in scored[:MAX_TIED] if within(s.coverage, scored[0].coverage, margin)]
