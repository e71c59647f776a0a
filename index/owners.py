"""Who a task belongs to: the agency or titled person a sentence, its label or its section names.

Owners are ``(canonical name, name as written or None, role or None)``. ``unit_owner`` looks, in
order, at a role field ("Cơ quan chủ trì: Sở X"), the unit's label ("Sở X: ..."), the assignments
extracted at ingest, the section headings above the passage, and an agency acting in the sentence.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from index.evidence import Unit
from index.lists import list_lead
from ingest.normalize import strip_accents
from ingest.records import Assignment

if TYPE_CHECKING:
    from ingest.facts.agencies import AgencyMatch

Owner = tuple[str, str | None, str | None]

# Folded text that ends right before a partner's name: "... phối hợp (chặt chẽ) với X".
PARTNER_BEFORE = re.compile(r"phoi hop(?: chat che)?\s+(?:voi|cung)\s*$")
_MARKER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|[IVX]+\.)\s*")


def _strip_marker(label: str) -> str:
    return _MARKER.sub("", label).strip()


_DIRECTIVE = re.compile(r"^(?:giao cho|giao|đề nghị|yêu cầu|chỉ đạo|phân công|trách nhiệm(?:\s+của)?)\s+",
                        re.IGNORECASE)
_TITLE = (r"(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Chánh Văn phòng|Chánh Thanh tra|Trưởng phòng|Trưởng ban|Chi cục trưởng|"
          r"Cục trưởng|Bộ trưởng|Thứ trưởng|Tổng Giám đốc|Viện trưởng|Hiệu trưởng|Bí thư)")
_NAME = r"(?:[A-ZĐ][^\s,;:()]*\s+){1,4}[A-ZĐ][^\s,;:()]*"
# "Phó Giám đốc Sở Trần Văn A"
_PERSON = re.compile(rf"^({_TITLE}(?:\s+(?:Sở|UBND|Ủy ban nhân dân)[^A-ZĐ]*?)?)\s+({_NAME})")
_OFFICE = re.compile(rf"^({_TITLE})\s+(\S.*)$")
_PLACE = re.compile(r"(?:tỉnh|thành phố|TP\.?)\s+[A-ZĐ]\S*(?:\s+[A-ZĐ]\S*){0,3}")
# "Bà Nguyễn Thị B, Phó Giám đốc (Thường trực)"
_ADDRESSED = re.compile(rf"^(?:Ông|Bà|Đồng chí|Đ/c)\s+({_NAME})\s*[,–-]\s*({_TITLE}[^,;:()]*)")
_ROLE_FIELD_NAME = re.compile(
    r"^\s*(?:[-+•]\s*)?(?:Cơ quan|Đơn vị)\s+(?:chủ trì|phối hợp|thực hiện|chịu trách nhiệm)[^:]{0,40}$|"
    r"^\s*(?:[-+•]\s*)?(?:Chủ trì|Phối hợp)(?:\s+thực hiện)?$", re.IGNORECASE)
_ROLE_FIELD = re.compile(
    r"(?P<field>(?:Cơ quan|Đơn vị)\s+(?:chủ trì|phối hợp|thực hiện|chịu trách nhiệm)[^:;\n]{0,40}|"
    r"(?<![\w])(?:Chủ trì|Phối hợp)(?:\s+thực hiện)?)\s*:\s*(?P<value>[^;\n]+)", re.IGNORECASE)


def name_owner(label: str) -> Owner | None:
    """The owner a label or field value names: an agency of the gazetteer, another
    organisation ("Phòng Tổ chức cán bộ"), or a titled person ("Phó Giám đốc Trần Văn A")."""
    from ingest.facts.agencies import canonical_agency, find_agencies, organisation_label

    text = _DIRECTIVE.sub("", _strip_marker(label))
    group = _members_named(text)
    if group:
        return group, None, None
    text = re.sub(r"\s*\([^()]*(?:\)|$)\s*", " ", text).strip(" :.;,…")  # "(...)", or cut off
    if not text:
        return None
    office = _OFFICE.match(text)
    found = find_agencies(office.group(2)) if office else []
    if found and found[0].start == 0:
        # "Chủ tịch Ủy ban nhân dân cấp xã", "Giám đốc Sở Tư pháp Lê Văn C": an agency's head
        rest = office.group(2)[found[0].end:].strip()
        if not rest or re.fullmatch(_NAME, rest) or _PLACE.fullmatch(rest):
            return " ".join(filter(None, (office.group(1), found[0].canonical, rest))), None, None
    person = _PERSON.match(text)
    if person:
        return f"{person.group(1)} {person.group(2)}".strip(), None, None
    addressed = _ADDRESSED.match(text)
    if addressed:
        return f"{addressed.group(2).strip()} {addressed.group(1)}", None, None
    canon = canonical_agency(text) or canonical_agency(text, bare=True)
    if canon:
        return canon, text if text != canon else None, None
    # A field value may list several agencies: the first one leads.
    found = find_agencies(text)
    if found and found[0].start == 0:
        m = found[0]
        rest = text[m.end:]
        if _BRANCH_WORD.search(rest) and _BRANCH.fullmatch(rest):  # "... chi nhánh khu vực 14"
            return m.canonical, text, None
        return m.canonical, m.mention if m.mention != m.canonical else None, None
    if organisation_label(text):
        return text, None, None
    return None


# "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu kinh tế, ...)": a group, its members in brackets
_GROUP = re.compile(r"^(?P<group>(?:Các|Những)\s+[^()]{3,80}?)\s*\((?P<members>[^()]{6,400})\)[\s:.;]*$")


def _members_named(text: str) -> str | None:
    """A group label whose brackets list its member agencies, with the members: they, not the
    group's name, say who acts.

    >>> _members_named("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý các Khu công nghiệp tỉnh):")
    'Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý các Khu công nghiệp tỉnh)'
    >>> _members_named("Các sở, ngành (theo chức năng, nhiệm vụ được giao)") is None
    True
    """
    from ingest.facts.agencies import find_agencies

    m = _GROUP.match(text)
    first = find_agencies(m.group("members"))[:1] if m else []
    if not first or first[0].start > 2:  # the brackets open with a member, not "(theo chức năng ...)"
        return None
    return f"{m.group('group').strip()} ({' '.join(m.group('members').split())})"


_FIELD_LINE = re.compile(r"^\s*(?:[-+•]\s*)?[^:\n]{2,50}:\s*\S")
_SUB_ITEM = re.compile(r"^\s*\+\s")


def _role_field(text: str) -> Owner | None:
    field = _ROLE_FIELD.search(text)
    if field:
        owner = name_owner(field.group("value"))
        if owner:
            role = "phối hợp" if "phoi hop" in strip_accents(field.group("field").lower()) else "chủ trì"
            return owner[0], owner[1], role
    return None


def _record_field(following: str) -> Owner | None:
    """The role field among the field lines right after a task ("(2) Sao lưu ..." then
    "- Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh." and "- Thời gian hoàn thành: ..."),
    past the other "+" items of the record's content ("- Nội dung:" then "+ Tổng kết ...",
    "+ Tập huấn ...", then "- Cơ quan thực hiện: Sở Y tế chủ trì, ..."); or the field that ends
    the task's own line ("đ) Tỷ lệ giải ngân ... đạt 29,2%. Cơ quan chủ trì theo dõi: Sở Tài chính.")."""
    lines = following.split("\n")
    owner = _role_field(lines[0])
    if owner:
        return owner
    for line in lines[1:]:
        if _SUB_ITEM.match(line):
            continue
        if not _FIELD_LINE.match(line):
            return None
        owner = _role_field(line)
        if owner:
            return owner
    return None


# Folded text that ends right before the agency it directs or hands a power to, maybe its head
# ("giao ", "ủy quyền cho Giám đốc ").
_DIRECTED_BEFORE = re.compile(rf"(giao|de nghi|yeu cau|giao cho|uy quyen cho|phan cong cho|phan cap cho)"
                              rf"(\s+{strip_accents(_TITLE).lower()})?\s*$")
_TITLE_BEFORE = re.compile(rf"(?<![\w/])(?<!/Phó )({_TITLE})\s+$")  # not one of "Giám đốc/Phó Giám đốc"
TITLED = re.compile(rf"^{_TITLE}\s")


def _titled(text: str, m: AgencyMatch) -> str:
    """How the text names an agency it makes act: with the title of its head written before it
    ("Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ thực hiện ..."), the head acts."""
    title = _TITLE_BEFORE.search(text[max(0, m.start - 30):m.start])
    return f"{title.group(1)} {m.mention}" if title else m.mention


_LIST_LEAD = re.compile(r"\s*(?:\(?(?:\d{1,2}|[a-zđ])[.)]\s*|[-+•]\s*)?")  # "1. ", "(4) ", "a) ", "- " or nothing


# The basis it acts on set off by commas before the verb: "3. Sở Tài chính, trên cơ sở đề xuất
# của các cơ quan, đơn vị, địa phương, chủ trì tổng hợp trình ..."
_ACTS_AFTER_BASIS = re.compile(r",\s*(?:trên cơ sở|căn cứ|theo|trong phạm vi|sau khi)\b[^;:.]{0,160}?,\s*"
                               r"(?:chủ trì|phối hợp|có trách nhiệm|tham mưu|thực hiện|triển khai|tổng hợp|hướng dẫn)\b",
                               re.IGNORECASE)


def _acts(rest: str) -> bool:
    """After an agency's name (and its place, "Lâm Đồng"), a lower-case word: a verb it heads."""
    words = rest.split()
    while words and words[0][:1].isupper():
        words.pop(0)
    return bool(words) and words[0][:1].islower() and rest[:1] == " "


# An agency's branch or office named after it: "Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực II".
_BRANCH = re.compile(r"\s*[-–]?\s*(?:(?i:Chi nhánh|Văn phòng đại diện)(?:\s+(?:(?i:Khu vực|tỉnh|thành phố)|[A-ZĐ0-9][^\s,;:]*))*"
                     r"|(?:(?:tỉnh|thành phố)\s+)?[A-ZĐ][^\s,;:]*(?:\s+[A-ZĐ][^\s,;:]*){0,3})\s*")


_BRANCH_WORD = re.compile(r"\b(?:chi nhánh|văn phòng đại diện|khu vực)\b", re.IGNORECASE)


def _owner_cell(following: str) -> Owner | None:
    """A table flattened to one cell per line (as crawled text keeps it): the line right after
    the task holds nothing but an agency, the lead column ("Biểu dương ... chuyển đổi số." then
    "Sở Nội vụ" then "Sở KH&CN; các cơ quan liên quan")."""
    from ingest.facts.agencies import find_agencies

    lines = following.split("\n")
    if len(lines) < 2 or lines[0].strip():  # the task must end its line
        return None
    cell = lines[1].strip().rstrip(".;")
    if cell.endswith(":"):  # "Sở Y tế:" heads the next agency's tasks
        return None
    found = find_agencies(cell)
    if len(found) != 1 or found[0].start > 2:
        return None
    agency = found[0]
    branch = len(cell) - agency.end > 2  # more than the agency's name: its branch or province
    if branch and not _BRANCH.fullmatch(cell[agency.end:]):
        return None
    written = cell if branch else agency.mention
    return agency.canonical, written if written != agency.canonical else None, "chủ trì"


# at the start of the unit, or "giao" within it ("... có Công văn số 3682/UBND-KGVXNV giao Hội
# Khuyến học tỉnh thực hiện ...", not "bàn giao", "chuyển giao")
_DIRECTED = re.compile(r"(?:^\W*(?:Đề nghị|Giao|Yêu cầu)|(?<![Bb]àn )(?<!chuyển )(?<!\w)giao)\s+(?P<org>[A-ZĐ][^,;:()]{2,80}?)\s+"
                       r"(?:chủ trì|tham mưu|thực hiện|phối hợp|triển khai|chỉ đạo|có trách nhiệm|xây dựng)\b")


def unit_owner(unit: Unit, section: str, facts: Iterable[Assignment], following: str = "") -> Owner | None:
    """(canonical agency or titled person, as written, role) that a unit's task belongs to.

    ``section`` is the path of the unit's passage; ``facts`` the assignments extracted at ingest
    that overlap the unit (consumed lazily, only when the unit itself names no owner);
    ``following`` the document text after the unit, where a task record's fields may follow."""
    from ingest.facts.agencies import find_agencies

    # 1. A role field: "Cơ quan chủ trì: Sở X" (task records and table rows), in the unit or
    #    in the field lines that follow it.
    owner = _role_field(unit.text) or _record_field(following) or _owner_cell(following)
    if owner:
        return owner
    # 2. "Sở X: <tasks>" — the label names the agency.
    if unit.label and not _ROLE_FIELD_NAME.match(unit.label):
        owner = name_owner(unit.label)
        if owner:
            return owner
    # 3. A fact extracted at ingest for this passage and span.
    for fact in facts:
        return fact.agency, fact.mention, fact.role
    # 4. The section the passage sits under names the owner ("1. Sở Thông tin và Truyền thông",
    #    "3. Giao Phòng Tổ chức cán bộ", "đ) Phó Giám đốc Trần Văn A").
    for label in reversed(section.split(" › ")) if section else ():
        owner = name_owner(label)
        if owner:  # as written only when it names a branch ("Ngân hàng Nhà nước chi nhánh khu vực 14")
            return owner[0], owner[1] if owner[1] and _BRANCH_WORD.search(owner[1]) else None, None
    # 5. An agency named in the sentence itself, acting ("Sở X chủ trì", "giao Sở X", "Phó Giám
    #    đốc Sở X phụ trách").
    #    Or the subject that opens the sentence ("1. Công an tỉnh trực tiếp quản lý Đội ...").
    for m in find_agencies(unit.text):
        after = strip_accents(unit.text[m.end:m.end + 40].lower())
        before = strip_accents(unit.text[max(0, m.start - 30):m.start].lower())
        if PARTNER_BEFORE.search(before):
            continue  # "phối hợp với các cơ quan, đơn vị liên quan xây dựng ...": a partner, not the owner
        if re.match(r"\s*(?:\([^)]*\)\s*)?(chu tri|co trach nhiem|thuc hien|trien khai|phoi hop|tham muu|xay dung|phu trach|:)", after) \
                or _DIRECTED_BEFORE.search(before):
            return m.canonical, _titled(unit.text, m), None
        if _LIST_LEAD.fullmatch(unit.text[:m.start]) and (_acts(unit.text[m.end:m.end + 60])
                                                         or _ACTS_AFTER_BASIS.match(unit.text, m.end)):
            return m.canonical, _titled(unit.text, m), None
    # 6. An organisation no gazetteer knows, asked to act ("- Đề nghị Bộ Tư lệnh Vùng Cảnh sát
    #    biển 3 tham mưu triển khai ...").
    directed = _DIRECTED.search(unit.text)
    if directed:
        from ingest.facts.agencies import organisation_label

        org = organisation_label(directed.group("org"))
        if org:
            return org, None, None
    return None


# An announcement that hands its items to someone ("Ủy quyền cho Giám đốc Sở X thực hiện ..., cụ
# thể như sau:", "Giao Sở Y chủ trì các nhiệm vụ sau:"), not a letter's address ("VĂN PHÒNG CHÍNH
# PHỦ điện:") above its recipients.
_LEAD_ASSIGNS = re.compile(r"\b(giao|uy quyen|phan cong|phan cap|chu tri|co trach nhiem|thuc hien|trien khai|phu trach)\b")


def lead_owner(text: str, at: int) -> Owner | None:
    """The owner of a list item starting at ``at`` in ``text`` that its list's announcement
    names ("Điều 1. Ủy quyền cho Giám đốc Sở X thực hiện ..., cụ thể như sau:" above "1. Cấp
    giấy chứng nhận ..."), when the announcement hands the items to it."""
    lead = list_lead(text, at)
    if lead is None:
        return None
    line = text[lead[0]:lead[1]]
    if not _LEAD_ASSIGNS.search(strip_accents(line.lower())):
        return None
    return unit_owner(Unit(0, 0, len(line), line, ""), "", ())


# What may come before a question's subject: "Theo KH 12/KH-UBND, ", "QĐ 1627 Quảng Ngãi: "
_QUESTION_LEAD = re.compile(r"(?:(?:theo|trong|tại)\b[^,:?]{0,120}[,:]\s*|[^,:?]{0,120}:\s*)?", re.IGNORECASE)
# "UBND tỉnh yêu cầu Sở X ...": the agency that opens the question directs another, which acts
_DIRECTS = re.compile(r"\s*(?:yeu cau|giao|de nghi|chi dao|phan cong|uy quyen)\b")


def question_subject(question: str) -> str | None:
    """The agency a question opens with as its subject (after a lead naming the document), canonical;
    None when it opens otherwise, directs another agency, or asks about a partner's part.

    >>> question_subject("Sở Tài chính Quảng Ngãi phải gửi báo cáo cho Bộ Tài chính trước ngày nào?")
    'Sở Tài chính'
    >>> question_subject("Trong kế hoạch của UBND tỉnh, Sở Y tế phải hoàn thành việc này khi nào?")
    'Sở Y tế'
    >>> question_subject("Báo cáo gửi Sở Tài chính trước ngày nào?") is None
    True
    >>> question_subject("UBND tỉnh yêu cầu Sở Tài chính gửi báo cáo trước ngày nào?") is None
    True
    """
    from ingest.facts.agencies import find_agencies

    question = question.strip()
    folded = strip_accents(question.lower())
    if "phoi hop" in folded:
        return None
    for m in sorted(find_agencies(question), key=lambda m: m.start):
        if _QUESTION_LEAD.fullmatch(question[:m.start]):
            return None if _DIRECTS.match(strip_accents(question[m.end:].lower())) else m.canonical
    return None
