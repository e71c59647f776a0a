"""What kind of answer a question wants, from its wording.

>>> detect("Cơ quan nào chủ trì triển khai hệ thống phòng chống mã độc?")
'responsibility'
>>> detect("Mục tiêu tỷ lệ hồ sơ TTHC xử lý trực tuyến năm 2023 là bao nhiêu?")
'target'
>>> detect("Thời hạn hoàn thành là khi nào?")
'deadline'
>>> detect("Kế hoạch số 292 được ban hành ngày nào?")
'general'
>>> detect("Các đơn vị gửi ý kiến chậm nhất ngày nào?")
'deadline'
>>> detect("co quan nao chu tri")
'responsibility'
>>> detect("Ai quyết định thành lập đoàn kiểm tra?"), detect("het 3 thang thi ai xem xet giai the hoi")
('responsibility', 'responsibility')
>>> detect("Ai ký xác nhận nội dung đính chính trên Giấy chứng nhận?"), detect("Ai ký Kế hoạch 45?")
('responsibility', 'general')
>>> detect("Tổ giúp việc Hội đồng thẩm định chỉ số CCHC: Sở Tài chính cử ai tham gia?")
'responsibility'
>>> detect("Sở Nội vụ làm gì?"), detect("Sở Nội vụ đề nghị Sở Tài chính làm gì với hồ sơ?")
('responsibility', 'general')
>>> detect("Tỉnh triển khai nền tảng AI nào theo báo cáo chỉ số CCHC?"), detect("Chỉ số CCHC của tỉnh?")
('general', 'target')
>>> detect("Theo chỉ số 766, đơn vị cấp xã duy nhất xếp loại Tốt là xã nào?")
'general'

>>> detect("Cơ quan báo chí nào được giao tăng thời lượng tin bài tuyên truyền?")
'responsibility'
>>> detect("xa phai xong csdl quy hoach truoc moc nao")
'deadline'
>>> detect("Ban nào chủ trì?"), detect("Cục Thuế có nhắc văn bản nào của Bộ KH&CN?")
('responsibility', 'general')
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from index.fields import PART_Q
from index.query import DOC_TYPES
from ingest.normalize import normalize, strip_accents

Intent = Literal["target", "responsibility", "deadline", "general"]

# Patterns run on the accent-free, lower-case question, so they also catch unaccented typing.
_RESPONSIBILITY = re.compile(
    r"\b(co quan nao|don vi nao|so nao|bo nao|(?<!van )ban nao|nganh nao|phong nao|cuc nao|chi cuc nao|"
    r"(pho )?(giam doc|chu tich|truong phong|truong ban|chanh van phong|pgd|gd|pct|ct) nao|"
    r"lanh dao nao|ai (chiu trach nhiem|chu tri|phu trach|thuc hien|"
    r"trien khai|duoc giao|duoc uy quyen|co trach nhiem|phoi hop|xay dung|lam|tham muu|de xuat|huong dan|kiem tra|"
    r"theo doi|tong hop|quan ly|giam sat|tiep nhan|xu ly|to chuc|thanh tra|tham dinh|bao cao|"
    r"quyet dinh|thanh lap|phe duyet|chi dao|dam nhiem|dieu phoi|van hanh|ky xac nhan|xac nhan|cap|xem xet|cung cap|bo tri|dam bao)|"
    r"(?:cu|chon|de cu|phan cong) ai|"
    # "ai được UBND tỉnh ủy quyền ...": who is handed a power, by whom named between
    r"ai duoc (?:\w+ ){1,4}?(?:uy quyen|phan cap)|"
    r"ai la (nguoi|co quan)|giao cho ai|giao cho (co quan|don vi) nao|doi tuong nao|phoi hop voi ai|"
    r"trach nhiem cua ai|(chuyen|gui|trinh|giao|uy quyen|phan cap) (cho|den) ai|"
    # a body of a named kind asked to act: "cơ quan báo chí nào được giao ...", "đơn vị sự nghiệp nào chủ trì"
    r"(co quan|don vi|to chuc)( \w+){1,3} nao (duoc giao|chu tri|phu trach|thuc hien|co trach nhiem|tham muu))\b"
)
# Words that describe a responsibility without asking who holds it: they make a question about
# responsibility unless it asks for a quantity ("các Hội được giao nhiệm vụ ... còn bao nhiêu hội?").
_RESPONSIBILITY_CUE = re.compile(
    r"\b(chu tri|thuoc trach nhiem|co quan (chu tri|phu trach|thuc hien)|don vi (chu tri|phu trach|thuc hien)|"
    r"(duoc|bi) yeu cau|nhiem vu (gi|nao)|giao nhiem vu|lam gi)\b"
)
# What a request asks someone to do ("Công an tỉnh đề nghị lãnh đạo UBND tỉnh làm gì với dự thảo?"):
# the request's content, not a responsibility.
_REQUEST_CONTENT = re.compile(r"\b(de nghi|kien nghi|yeu cau|xin)\b[^?.;]{0,80}?\blam gi\b")
_DEADLINE = re.compile(
    r"\b(khi nao|bao gio|thoi han|han chot|thoi gian (hoan thanh|thuc hien)|truoc ngay nao|"
    r"(vao |trong )?nam nao|giai doan nao|nhiem ky nao|dinh ky|tan suat|bao lau|may lan(?= ?(?:mot|moi|trong|/))|thoi diem nao|thoi gian nao|tien do|"
    r"hoan thanh (truoc|vao|trong)|den (ngay|thang|nam) nao|thang nao|quy nao|"
    r"han (nop|gui|bao cao|hoan thanh|cuoi|trinh)|cham nhat|muon nhat|(nhung )?ngay nao|(truoc )?moc (thoi gian )?nao)\b"
    # "hạn" (time limit) opening a clause, or asked about with "ngày nào": not "hạn chế", "hạn mức",
    # "hạn hán", "giới hạn", "Hàn Quốc", which fold to the same letters.
    r"|(?:^|[:;,.] ?)han\b(?! (?:han|che|muc|quoc))|(?<!gioi )\bhan\b(?! (?:han|che|muc|quoc))[^?]*\b(?:ngay|thang) nao\b"
)
_TARGET = re.compile(
    r"\b(bao nhieu|ty le|ti le|muc tieu(?! quoc gia)|chi tieu|phan tram|dat (muc|ty le)|thu may|xep (hang|thu)|"
    r"so luong|toi thieu|it nhat|phan dau|chi so|vi tri (nao|thu)|hang (may|bao nhieu))\b|%"
)
# Which thing or place by its kind ("nền tảng AI nào?", "bằng ngôn ngữ gì?", "là xã nào?"): a name,
# whatever the question says of rates or indexes ("... theo báo cáo chỉ số CCHC").
_THING_Q = re.compile(
    r"\b(nen tang|phan mem|he thong|ung dung|mo hinh|giai phap|hinh thuc|phuong thuc|ngon ngu|cong cu|"
    r"chuong trinh|du an|san pham|dich vu|xa|phuong|dac khu|huyen|tinh|dia phuong) (\w+ )?(nao|gi)\b")
# A quantity asked for that is not a length of time, and no date asked for.
# "Mấy lần?" counts times ("bồi thường 01 lần"); "mấy lần một năm?" asks how often.
_PER_PERIOD = r"(?:lần|lan) ?(?:một|mot|mỗi|moi|trong|/)"
_QUANTITY = re.compile(rf"\bbao nhieu\b(?! (?:ngay|thang|nam|gio|tuan|lau|quy)\b| {_PER_PERIOD})|%|\bphan tram\b")
# "mấy" counting what follows it ("mấy chuyên mục", "gồm mấy thành viên"), not a time ("mấy giờ",
# "tháng mấy?") or a rank or number ("lần thứ mấy", "số mấy"); typed without diacritics, not
# "máy" either ("máy tính", "nhà máy").
_NOT_COUNTED = rf"(?:giờ|gio|ngày|ngay|tháng|thang|năm|nam|tuần|tuan|quý|quy|phút|phut)\b|{_PER_PERIOD}"
_COUNTING_MAY = re.compile(rf"(?<!thứ )(?<!số )\bmấy\s+(?!{_NOT_COUNTED})(?=\w)")
_COUNTING_MAY_FOLDED = re.compile(
    rf"(?<!thu )(?<!so )(?<!nha )\bmay\s+(?!{_NOT_COUNTED}|(?:tinh|moc|bay|in|chu|anh|lanh(?! dao)|phat|thu|xuc|cay|bom|"
    r"quet|dem|giat|hut|do|cat|ao|mac|nhan)\b)(?=\w)")
_BAO_NHIEU = re.compile(r"\bbao\s+nhieu\s+")
# "Số lượng mẫu quan trắc ... là bao nhiêu?", "tổng số trạm 5G ... nâng lên bao nhiêu?": the
# question names what it counts before asking, when nothing follows "bao nhiêu"
_COUNTED_BEFORE = re.compile(r"\b(?:so luong|tong so)\s+(?=[a-z])")
_BAO_NHIEU_LAST = re.compile(r"\bbao\s+nhieu\W*$")


def _counting_may(text: str) -> list[int]:
    """Where the words counted by "mấy" start in ``text`` (normalised, lower case)."""
    if text == strip_accents(text):  # typed without diacritics: "may" may be "máy"
        return [m.end() for m in _COUNTING_MAY_FOLDED.finditer(text)]
    return [m.end() for m in _COUNTING_MAY.finditer(text)]


@lru_cache(maxsize=256)
def how_many(question: str) -> tuple[tuple[str, ...], ...]:
    """The folded words (up to four) after each "bao nhiêu" or counting "mấy" ("bao nhiêu tiêu
    chí thành phần" -> (tieu, chi, thanh, phan); "gồm mấy thành viên" -> (thanh, vien)), or,
    when "bao nhiêu" ends the question, after the "số lượng" or "tổng số" that names what it
    counts. Read once per question however many values are weighed against it.

    >>> how_many("Số lượng mẫu quan trắc môi trường ao nuôi tôm là bao nhiêu?")
    (('mau', 'quan', 'trac', 'moi'),)
    >>> how_many("Tổng kinh phí thực hiện là bao nhiêu?")
    ()
    """
    text = normalize(question).lower()
    folded = strip_accents(text)
    starts = sorted([m.end() for m in _BAO_NHIEU.finditer(folded)] + _counting_may(text))
    counted = _COUNTED_BEFORE.search(folded) if _BAO_NHIEU_LAST.search(folded) else None
    if counted:
        starts.append(counted.end())
    phrases = (tuple(re.findall(r"[a-z]+", folded[i:])[:4]) for i in starts)
    return tuple(p for p in phrases if p)


_WHEN = re.compile(r"\b(khi nao|bao gio|ngay nao|thang nao|nam nao|thoi han|han chot|truoc ngay)\b")
# "ký" (signed) folds to "ky" like "kỳ" (period) in "định kỳ", "thời kỳ", and "đăng ký" (register).
SIGNED = (r"(?<!dinh )(?<!dang )(?<!thoi )(?<!nhiem )(?<!hoc )(?<!chu )"
          r"ky(?! (?:hop|thi|niem|tiep|cuoc|bao cao|thuat|nang|luong|cang|su)\b)")
EFFECTIVE_Q = re.compile(r"\b(co hieu luc|hieu luc thi hanh|ap dung tu)\b")  # stated in the text
# "hạn ban hành ...", "phải ban hành ... khi nào?" ask for a time limit, not the document's date.
# "đề ngày nào?", "mang ngày tháng năm nào?" (dated): the date a document is written on, like "ký ngày nào?";
# "Luật số 90/2025/QH15 ... được thông qua ngày nào?": a law's date, when the question opens with it
# (not "Đại hội ... thông qua Điều lệ vào ngày nào?", an event).
_GENERAL_DATE = re.compile(rf"(?<!han )(?<!phai )\b(ban hanh|{SIGNED}|co hieu luc)\b.*(?<!truoc )\b(ngay nao|khi nao|bao gio)\b|"
                           r"\b(?:de|mang) ngay (?:thang nam )?(?:nao|may|bao nhieu)\b|"
                           rf"^(?:luat|nq|nd|{'|'.join(DOC_TYPES)})\s+(?:so\s+)?\d[^?]*\bduoc thong qua\b"
                           r"(?: vao)? (?:ngay nao|khi nao)\b")


# Words that ask for a time limit or a period even about issuing something ("Hạn chót để các sở
# ban hành kế hoạch là ngày nào?", "... ban hành khung giá để tiêm phòng đợt 2, đợt tiêm kéo dài
# từ ngày nào đến ngày nào?").
_TIME_LIMIT = re.compile(r"\b(han chot|thoi han|han cuoi|cham nhat|muon nhat|"
                         r"tu (?:ngay|thang|khi) nao (?:den|toi) (?:ngay|thang|khi) nao)\b")


# Questions about the document itself (its issuer, signer, number, date of issue) rather than
# about what it says.
# "cơ quan ban hành" asked about ("Cơ quan ban hành Kế hoạch 45 là cơ quan nào?"), not a noun
# phrase inside another question ("dấu cơ quan ban hành văn bản đặt trùm lên bao nhiêu phần?").
ISSUER_Q = re.compile(r"\b((co quan|don vi) nao ban hanh|(do )?ai ban hanh|noi ban hanh|"
                      r"(co quan|don vi) ban hanh\b(?!.*\b(?:bao nhieu|khi nao|ngay nao|the nao)\b)"
                      r"(?=.*\b(?:la gi|ai|nao)\W*$|\W*$))")
# Who signed the document ("Ai ký Kế hoạch 45?", "ai ký thay Chủ tịch?"), not who signs
# something in a procedure it sets out ("ai ký xác nhận nội dung đính chính?"); also "Giám đốc Sở
# ký công văn ... là ai?" (though not the secretary: "Thư ký Hội đồng là ai?") and "Thứ trưởng
# nào ký ...?".
SIGNER_Q = re.compile(r"\b(ai ky(?! (?:xac nhan|duyet|vao|ten|hop dong|cam ket|bien ban|phieu|giay|don|chung tu|hoa don|"
                      r"thoa thuan|nhay)\b)|nguoi ky|ky boi)\b"
                      rf"|(?<!thu )\b{SIGNED}\b(?! (?:xac nhan|hop dong|cam ket))[^?]{{0,120}}\bla ai\b"
                      # "Thứ trưởng nào ký công văn ...?"; "... do lãnh đạo nào của VPCP ký?"
                      rf"|\bnao {SIGNED}\b(?! (?:ket|xac nhan|hop dong|cam ket))"
                      rf"|\bdo\b[^?]{{0,40}}\b(?:ai|nao)\b[^?]{{0,60}}\b{SIGNED}\W*$")
NUMBER_Q = re.compile(r"\b(so hieu|so ky hieu|so may|so bao nhieu|la so)\b")
_TYPED_NUMBER_Q = re.compile(rf"\b(?:{'|'.join(DOC_TYPES)})\s+(?:so may|so bao nhieu|so hieu|so ky hieu)\b")


def number_asked(folded: str) -> bool:
    """Does a folded question ask for a document's number ("là quyết định số mấy?"), not for a
    numbered part of it ("theo mẫu số mấy?")?"""
    return bool(NUMBER_Q.search(folded)) and not PART_Q.search(folded)


def about_document(question: str) -> bool:
    """ "Ai ký Kế hoạch 45?", "Số hiệu của ...?", "... ban hành ngày nào?" """
    q = _folded(question)
    return bool(ISSUER_Q.search(q) or SIGNER_Q.search(q) or number_asked(q)
                or _GENERAL_DATE.search(q) and not _TIME_LIMIT.search(q)) \
        and not EFFECTIVE_Q.search(q)


# Typed with diacritics, "quỹ" (fund) and "kỹ" (skill) are not "quý" (quarter) and "ký" (signed),
# which fold to the same letters: "những quỹ nào" asks for funds, not a quarter.
_NOT_FOLDED = re.compile(r"\b(quỹ|kỹ)\b")


def _folded(question: str) -> str:
    return strip_accents(_NOT_FOLDED.sub(r"\1_", normalize(question).lower()))


def detect(question: str) -> Intent:
    q = _folded(question)
    if _GENERAL_DATE.search(q) and not _TIME_LIMIT.search(q) or SIGNER_Q.search(q):
        # "ban hành ngày nào" asks for the document's date, not a task deadline; "ai ký" for its
        # signer, whatever the document is about ("... về nâng cao chỉ số PAPI").
        return "general"
    if number_asked(q) and _TYPED_NUMBER_Q.search(q):
        # "... theo đề nghị tại tờ trình số mấy?" asks for a document's number, whatever the
        # question says of tasks ("các hội do Nhà nước giao nhiệm vụ").
        return "general"
    if _RESPONSIBILITY.search(q):
        return "responsibility"
    if (_QUANTITY.search(q) or _counting_may(normalize(question).lower())) and not _WHEN.search(q):
        return "target"  # "tỷ lệ bao nhiêu % ở tiêu chí tiến độ ...": a value, whatever it is about
    if _RESPONSIBILITY_CUE.search(_REQUEST_CONTENT.sub(" ", q)):
        return "responsibility"
    if _DEADLINE.search(q):
        return "deadline"
    if _TARGET.search(q) and not _THING_Q.search(q):
        return "target"
    return "general"
