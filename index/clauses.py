"""What a sentence gives as a reason ("vì sao?"), as the new form of something changed
("... thành gì?"), as a body's position on a draft ("có ý kiến gì?"), or as what a request asks
for ("đề nghị ... làm gì?").

>>> reason("Do nội dung công văn không nêu cụ thể hình thức nhập khẩu nên Cục Hải quan chưa đủ cơ sở trả lời.")
'nội dung công văn không nêu cụ thể hình thức nhập khẩu'
>>> reason("Lý do: Hội không tổ chức đại hội quá 05 năm.")
'Hội không tổ chức đại hội quá 05 năm'
>>> reason("Sở nhận thấy việc thành lập Hội là cần thiết, nhằm bảo đảm quyền của đội ngũ Thừa phát lại.")
'bảo đảm quyền của đội ngũ Thừa phát lại'
>>> reason("Hội đã tổ chức Đại hội nhiệm kỳ IV.") is None
True
>>> position("Sở Tài chính thống nhất dự thảo và không có ý kiến tham gia thêm.")
'thống nhất dự thảo và không có ý kiến tham gia thêm'
>>> position("Sở Tư pháp đề nghị Sở Nội vụ cho ý kiến đối với Đề án.") is None
True
>>> position("Trên cơ sở ý kiến thống nhất của Công an tỉnh, Sở kính trình UBND tỉnh chưa thống nhất cho phép thành lập Hội.")
'chưa thống nhất cho phép thành lập Hội'
>>> changed_to('- Dòng 1: Sửa đơn vị tính dịch vụ “Điều dưỡng” từ “giờ/đối tượng/lượt” thành “giờ/đối tượng/ngày”.')
'giờ/đối tượng/ngày'
>>> changed_to("Đội ứng cứu sự cố mạng, máy tính tỉnh được đổi tên thành Đội ứng cứu sự cố an toàn thông tin mạng tỉnh.")
'Đội ứng cứu sự cố an toàn thông tin mạng tỉnh'
>>> changed_to("Đề nghị đổi tên thành Trung tâm Chuyển đổi số tỉnh là phù hợp với quy định.")
'Trung tâm Chuyển đổi số tỉnh'
>>> changed_to("Điều chỉnh kế hoạch để chuyển đổi số thành công trong năm 2026.") is None
True
>>> place("Hội đã tiến hành Đại hội tại Đoàn An điều dưỡng 198 số 2B Lữ Gia, phường Lâm Viên - Đà Lạt.")
'Đoàn An điều dưỡng 198 số 2B Lữ Gia, phường Lâm Viên - Đà Lạt'
>>> place("- Địa điểm: Hội trường 100 chỗ, Trung tâm Hành chính tỉnh")
'Hội trường 100 chỗ, Trung tâm Hành chính tỉnh'
>>> place("Thực hiện theo quy định tại Điều 5 Quyết định này.") is None
True
>>> place("TT: 2; Tên thủ tục: Cấp lại giấy CFS; Địa điểm thực hiện: Như trên; Phí: Không") is None
True
>>> request("Công an tỉnh kính báo cáo Lãnh đạo UBND tỉnh chỉ đạo thẩm định và duyệt, ký theo quy định./. Nơi nhận:")
'kính báo cáo Lãnh đạo UBND tỉnh chỉ đạo thẩm định và duyệt, ký theo quy định'
>>> request("Sở Tư pháp đề nghị Sở Nội vụ cho ý kiến đối với Đề án.", "Hội đề nghị Sở Tư pháp làm gì với hồ sơ?") is None
True
>>> request("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 02/01/2026.") is None
True
>>> kind_of("Liên đoàn Pickleball tỉnh Lâm Đồng là tổ chức xã hội - nghề nghiệp, hoạt động theo Điều lệ.",
...         "Liên đoàn là loại hình tổ chức gì?")
'tổ chức xã hội - nghề nghiệp'
>>> kind_of("Liên đoàn có tư cách pháp nhân, con dấu và tài khoản riêng.", "lien doan la loai to chuc gi") is None
True
"""
from __future__ import annotations

import re

from index.abbrev import expand_inline
from index.query import ABBREVIATED_TYPES, DOC_TYPES
from ingest.normalize import strip_accents

# "vì sao", "tại sao", "lý do gì", "nguyên nhân nào", typed with or without diacritics
_WHY_Q = re.compile(r"\b(vi sao|tai sao|ly do (?:gi|nao|la gi)|vi ly do gi|nguyen nhan (?:gi|nao|la gi)|do dau)\b")
# "có ý kiến gì", "góp ý thế nào", "ý kiến ra sao", "có đồng ý không"
_OPINION_Q = re.compile(r"\b(?:y kien|gop y|quan diem)(?: \w+){0,2}? (?:gi|the nao|nhu the nao|ra sao|nao)\b"
                        r"|\b(?:de xuat|kien nghi)(?: \w+){0,3}? (?:the nao|nhu the nao|ra sao)\b"
                        r"|\b(?:co )?(?:dong y|thong nhat|nhat tri) (?:khong|hay khong)\b"
                        r"|\bco (?:dong y|thong nhat|nhat tri)\b.*\bkhong\W*$")  # "có đồng ý với X không?"
_PLACE_Q = re.compile(r"\b(?:o dau|tai dau|dia diem (?:nao|o dau|la gi)|noi nao)\b")
_CHANGED_Q = re.compile(r"\b(?:thanh|bang) (?:gi|cai gi|nhu the nao|nhu nao|cum tu nao|tu nao)\b")

def _to_clause_end(name: str, chars: str = ".;\\n") -> str:
    """A named group of 8-300 characters up to the end of its clause (".", ";" or the line's end)."""
    return rf"(?P<{name}>[^{chars}]{{8,300}}?)\s*(?:[.;]\s|[.;]?$|\n)"


# "Do X nên Y", "Vì X, nên Y", "Bởi X cho nên Y"
_CAUSE = re.compile(r"(?:^|(?<=[\s(,;:\-–]))(?:Do|Vì|Bởi vì|Bởi|do|vì|bởi vì|bởi)\s+(?P<reason>[^.;\n]{8,300}?)"
                    r",?\s+(?:nên|cho nên|vì vậy|vì thế|do đó|dẫn đến)\s")
# "Lý do: ...", "Nguyên nhân: ...", "Lý do là ..."
_LABEL = re.compile(r"(?:Lý do|Nguyên nhân)(?:\s+chính)?\s*(?::|là)\s*" + _to_clause_end("reason", "\\n;"),
                    re.IGNORECASE | re.MULTILINE)
# "... thành “B”" (quoted) or "đổi tên thành B" / "sửa thành B" up to the end of the clause
_QUOTED_NEW = re.compile(r"\bthành\s+[“\"](?P<new>[^”\"\n]{1,150})[”\"]")
# "thành" opening a word of its own is no change into something ("thành công", "thành viên").
_NEW = re.compile(r"\b(?:đổi tên|sửa(?:\s+đổi)?|thay(?:\s+thế)?|điều chỉnh)\b[^.;\n]{0,150}?\s+thành\s+"
                  r"(?!(?:công|viên|lập|phần|tích|tựu|quả|thạo|thật|tâm|ra)\b)(?P<new>[^,.;:\n()]{3,150})")
_NEW_END = re.compile(r"\s+(?:là|để|nhằm|theo|kể từ|từ ngày|nhưng|cho phù hợp)\s.*$")  # the name ends its clause

# "X là cần thiết, nhằm Y": why X is needed is its purpose Y
_NEEDED = re.compile(r"\bcần thiết\s*[,:]?\s*(?:nhằm|để|vì|bởi vì|bởi)\s+" + _to_clause_end("reason"), re.MULTILINE)

# A position taken on a draft or proposal, up to the end of its sentence
_POSITION = re.compile(r"(?<!\w)(?<!ý kiến )(?<!sự )(?P<position>(?:cơ bản |về cơ bản |hoàn toàn )?(?:thống nhất|nhất trí|đồng ý|không đồng ý|"
                       r"không có ý kiến|chưa thống nhất)\b[^.;\n]{0,250}?)\s*(?:[.;]\s|[.;]?$|\n)",
                       re.MULTILINE | re.IGNORECASE)


# Where something takes place: "tại <a place>" (not "tại Điều 5", "tại thời điểm") or "Địa điểm: ..."
_AT = re.compile(r"(?:^|(?<=[\s(,]))(?:tại|ở)\s+(?P<place>[^.;\n]{3,200}?)"
                 r"\s*(?:[.;]\s|[.;]?$|\n|,\s*(?:từ|vào|lúc|trong|ngày|thời gian)\b)", re.MULTILINE)
_VENUE = re.compile(r"Địa điểm(?:[^:\n]{0,30})?\s*:\s*(?P<place>[^\n;]{3,200}?)\s*(?:[.;]\s|[.;]?$|\n)", re.MULTILINE)
_AS_ABOVE = re.compile(r"(?:như trên|nt|-)\W*$", re.IGNORECASE)  # a table cell pointing at the row above
_PLACE_WORD = re.compile(r"(?:trụ sở|hội trường|phòng|số \d|nhà|khách sạn|trung tâm|đường|thôn|xã|phường|thị trấn)\b")
_NOT_A_PLACE = re.compile(r"(?:Điều|Khoản|Mục|Chương|Phụ lục|Quyết định|Nghị định|Thông tư|Công văn|Kế hoạch|Chỉ thị|"
                          r"Nghị quyết|Văn bản|Tờ trình|Báo cáo|Thông báo|Luật|Hội nghị|Đại hội|Phiên)\b", re.IGNORECASE)


def asks_place(question: str) -> bool:
    return bool(_PLACE_Q.search(strip_accents(question.lower())))


def place(text: str) -> str | None:
    """Where ``text`` says something takes place or is found: its "Địa điểm:" line, or the
    place after "tại"/"ở" that starts with a name or a place word ("tại Đoàn An điều dưỡng
    198 ...", "tại trụ sở Sở Nội vụ")."""
    for m in _VENUE.finditer(text):
        if not _AS_ABOVE.match(m.group("place")):
            return m.group("place").strip(" ,")
    for m in _AT.finditer(text):
        where = m.group("place")
        if _NOT_A_PLACE.match(where):
            continue
        if where[0].isupper() or where[0].isdigit() or _PLACE_WORD.match(where):
            return where.strip(" ,")
    return None


# "... là loại (hình) tổ chức gì?": the kind of thing something is, named by its noun.
_KIND_Q = re.compile(r"\bla (?:loai hinh|loai) ((?:\w+ ){0,2}?\w+) gi\b")


def asks_kind(question: str) -> str | None:
    """The folded noun of a "là loại (hình) <noun> gì?" question ("to chuc"), else None."""
    m = _KIND_Q.search(strip_accents(question.lower()))
    return m.group(1) if m else None


def kind_of(text: str, question: str) -> str | None:
    """What ``text`` says something is, for "là loại (hình) tổ chức gì?": the phrase after
    "là" that starts with the asked noun, up to the end of its clause."""
    noun = asks_kind(question)
    folded = strip_accents(text.lower())
    if noun is None or len(folded) != len(text):
        return None
    m = re.search(rf"\bla ({re.escape(noun)}\b[^,;.:()\n]*)", folded)
    return text[m.start(1):m.end(1)].strip() if m else None


# "... đề nghị lãnh đạo UBND tỉnh làm gì?", "Hội kiến nghị những gì?": what a request asks for.
# Not "Sở được yêu cầu làm gì?": the duties of the one asked.
_REQUEST_Q = re.compile(r"(?<!duoc )(?<!bi )\b(?:de nghi|kien nghi|yeu cau|kinh trinh)\b(?P<whom>[^?.;]{0,80}?)"
                        r"\b(?:lam gi|viec gi|nhung gi|dieu gi|noi dung gi)\b")
_WHOM_TAIL = re.compile(r"\s+(?:voi|ve|doi voi|cho|trong|tai)\b.*$")  # "lanh dao UBND tinh [voi du thao]"
_WHOM_LEAD = 4  # words the addressee may start after: "kính báo cáo", "đề nghị đồng chí"
# The request a letter or submission makes: "Công an tỉnh kính báo cáo Lãnh đạo UBND tỉnh chỉ đạo
# thẩm định ...", "đề nghị Sở Tư pháp phối hợp Sở Nội vụ trình UBND tỉnh ...". Not a mention of one
# ("theo đề nghị của Sở", "hồ sơ đề nghị", "Tờ trình đề nghị ban hành").
_REQUEST = re.compile(
    r"(?<!theo )(?<!hồ sơ )(?<!đơn )(?<!trình )(?<!văn bản )"
    r"\b(?P<what>(?:kính\s+(?:đề\s+nghị|báo\s+cáo|trình)|đề\s+nghị|kiến\s+nghị)\s+(?!của\b)"
    r"[^.;\n]{12,300}?)\s*(?:\./\.|[.;](?:\s|$)|$|\n)", re.IGNORECASE)
_REQUEST_WORDS = 5  # a request names whom it asks and what: "đề nghị Sở Tư pháp thẩm định hồ sơ"


def asks_request(question: str) -> bool:
    return bool(_REQUEST_Q.search(strip_accents(question.lower())))


def _folded(text: str) -> str:
    return " ".join(strip_accents(expand_inline(text)).lower().split())


def request(text: str, question: str = "") -> str | None:
    """The request ``text`` makes, from its verb to the end of its clause ("kính báo cáo Lãnh đạo
    UBND tỉnh chỉ đạo thẩm định và duyệt, ký theo quy định"); when the question names whom it asks
    ("đề nghị Sở Tư pháp làm gì?"), a request to that body."""
    asked = _REQUEST_Q.search(_folded(question))
    whom = _WHOM_TAIL.sub("", asked.group("whom")).strip() if asked else ""
    for m in _REQUEST.finditer(text):
        what = m.group("what").strip(" ,:")
        if len(what.split()) < _REQUEST_WORDS:
            continue
        if whom and whom not in " ".join(_folded(what).split()[:_WHOM_LEAD + len(whom.split())]):
            continue
        return what
    return None


def asks_opinion(question: str) -> bool:
    return bool(_OPINION_Q.search(strip_accents(question.lower())))


def asks_reason(question: str) -> bool:
    return bool(_WHY_Q.search(strip_accents(question.lower())))


# "nhằm mục tiêu gì?", "với mục đích gì?", "để làm gì?": the purpose a sentence gives after "nhằm"
_PURPOSE_Q = re.compile(r"\b(?:nham|de|voi) (?:muc tieu|muc dich) (?:gi|nao)\b|\bmuc dich (?:la )?gi\b|\bde lam gi\b")
_PURPOSE = re.compile(r"\b[Nn]hằm\s+(?:mục (?:đích|tiêu)\s+)?" + _to_clause_end("purpose"), re.MULTILINE)
# ... or after "để" following what is done ("điều chỉnh các kế hoạch, đề án để bảo đảm ..."), not
# "không để xảy ra", nor "để" opening the sentence (its purpose may be another sentence's)
_SO_THAT = re.compile(r"(?<=\w)\s+(?<!không )để\s+" + _to_clause_end("purpose"), re.MULTILINE)


def asks_purpose(question: str) -> bool:
    return bool(_PURPOSE_Q.search(strip_accents(question.lower())))


def purpose(text: str) -> str | None:
    """The purpose ``text`` states after "nhằm" (else after "để"), to the end of its clause.

    >>> purpose("Việc công nhận Ban Vận động nhằm vận động công dân tham gia thành lập hội. Hiện có 14 văn phòng.")
    'vận động công dân tham gia thành lập hội'
    >>> purpose("Nhằm phát huy tinh thần chủ động, sáng tạo của đội ngũ công chức; kịp thời biểu dương điển hình.")
    'phát huy tinh thần chủ động, sáng tạo của đội ngũ công chức'
    >>> purpose("Các bộ rà soát, điều chỉnh các kế hoạch, đề án để bảo đảm mục tiêu tăng trưởng năm 2025.")
    'bảo đảm mục tiêu tăng trưởng năm 2025'
    >>> purpose("Các bộ tăng cường kiểm tra, không để xảy ra sai phạm.") is None
    True
    """
    m = _PURPOSE.search(text) or _SO_THAT.search(text)
    return m.group("purpose").strip(" ,") if m else None


def asks_change(question: str) -> bool:
    return bool(_CHANGED_Q.search(strip_accents(question.lower())))


# "báo cáo kèm những tài liệu gì?", "gửi kèm theo giấy tờ nào?", "đính kèm gì?"; not the document
# a rule is issued with ("Điều lệ ban hành kèm theo quyết định nào?": a number)
_DOC_TYPE_WORDS = "|".join(sorted([*DOC_TYPES, *ABBREVIATED_TYPES], key=len, reverse=True))  # folded
_ATTACHED_Q = re.compile(rf"(?<!ban hanh )\b(?:kem theo|kem|dinh kem)\s+(?:(?:nhung|cac)\s+)?"
                         rf"(?!(?:{_DOC_TYPE_WORDS})\b)(?:\w+\s+){{0,2}}?(?:gi|nao)\b")
# What a sentence sends with something, up to the purpose or the end of its clause; not the
# document it belongs to ("Quy chế ban hành kèm theo Quyết định này", folded)
_ATTACHED = re.compile(r"\b(?:gửi |đính )?kèm(?:\s+theo)?(?!\s+theo\b)\s*:?\s+" + _to_clause_end("attached"),
                       re.MULTILINE | re.IGNORECASE)
_OWN_DOCUMENT = re.compile(rf"(?:{_DOC_TYPE_WORDS})\s+(?:nay|so)\b")
_ATTACHED_END = re.compile(r"\s+(?:để|nhằm|về|gửi|trước ngày)\s.*$")


def asks_attached(question: str) -> bool:
    """
    >>> asks_attached("Ban Chủ nhiệm phải báo cáo kèm những tài liệu gì?")
    True
    >>> asks_attached("Điều lệ đang áp dụng được ban hành kèm theo quyết định nào?")
    False
    """
    return bool(_ATTACHED_Q.search(strip_accents(question.lower())))


def attached(text: str) -> str | None:
    """What ``text`` says goes with something sent: "kèm theo X" gives X, to its purpose.

    >>> attached("Ban Chủ nhiệm có trách nhiệm báo cáo kết quả Đại hội kèm theo biên bản Đại hội, Nghị quyết "
    ...          "Đại hội và các văn bản khác liên quan để Ủy ban nhân dân tỉnh phê chuẩn.")
    'biên bản Đại hội, Nghị quyết Đại hội và các văn bản khác liên quan'
    >>> attached("Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ giúp việc.") is None
    True
    >>> attached("Quy chế ban hành kèm theo Quyết định này; hồ sơ gửi kèm bản sao giấy phép thành lập.")
    'bản sao giấy phép thành lập'
    """
    m = _ATTACHED.search(text)
    while m and _OWN_DOCUMENT.match(strip_accents(m.group("attached")).lower()):
        m = _ATTACHED.search(text, m.start() + 1)
    return _ATTACHED_END.sub("", m.group("attached")).strip(" ,:") if m else None


# "Nhằm X; đồng thời ...; Sở ... đề nghị ...": a sentence that opens with its aim is done for it
_AIM_FIRST = re.compile(r"(?:^|(?<=[.!?]\s))Nhằm\s+" + _to_clause_end("reason"), re.MULTILINE)


def reason(text: str) -> str | None:
    """The cause ``text`` states: "Do X nên Y" gives X, "Lý do: X" gives X, "... là cần thiết,
    nhằm X" gives X, and so does a sentence opening "Nhằm X; ...".

    >>> reason("Nhằm khắc phục tình trạng các thửa đất bị bỏ hoang; đồng thời tăng thu ngân sách; Sở đề nghị các xã triển khai.")
    'khắc phục tình trạng các thửa đất bị bỏ hoang'
    """
    m = _CAUSE.search(text) or _LABEL.search(text) or _NEEDED.search(text) or _AIM_FIRST.search(text)
    return m.group("reason").strip(" ,") if m else None


def position(text: str) -> str | None:
    """The position ``text`` states ("thống nhất dự thảo và không có ý kiến tham gia thêm")."""
    m = _POSITION.search(text)
    return m.group("position").strip(" ,") if m else None


def changed_to(text: str) -> str | None:
    """What ``text`` says something was changed into ("từ “A” thành “B”" gives B)."""
    m = _QUOTED_NEW.search(text)
    if m:
        return m.group("new").strip()
    m = _NEW.search(text)
    return _NEW_END.sub("", m.group("new")).strip() if m else None
