"""Who holds a role in a board, council or team that a decision sets up.

"Trưởng ban ... là ai?" is answered from the member list, written in one of three ways:

* a role label: "1. Trưởng ban: Ông Đinh Văn A - Phó Chủ tịch UBND tỉnh."
* a person, then the role: "- Ông Đỗ Văn B - Giám đốc Sở Nội vụ, Phó Trưởng ban Thường trực;"
* a table row as fields: "Họ và tên: Nguyễn C; Chức vụ: ...; Chức danh: Chủ tịch Hội đồng"

>>> role_asked("truong ban vi su tien bo cua phu nu tinh la ai")
'truong ban'
>>> role_asked("Ai là Phó Chủ tịch Hội đồng thi đua?")
'pho chu tich hoi dong'
>>> role_asked("Ai được bầu làm Chủ tịch Hiệp hội nhiệm kỳ 2025-2030?")
'chu tich'
>>> holder("1. Trưởng ban: Ông Đinh Văn A - Phó Chủ tịch UBND tỉnh.", "truong ban")
'Ông Đinh Văn A - Phó Chủ tịch UBND tỉnh'
>>> named_person("1. Lãnh đạo Sở tham gia Ban:\\n- Họ và tên: Lê Thị C;\\n- Chức vụ: Phó Giám đốc Sở;\\n- Họ và tên: D")
'Lê Thị C - Phó Giám đốc Sở'
>>> named_person("cụ thể như sau:\\nSTT: 1; Họ và tên: Trần Văn E; Chức vụ: Phó Giám đốc; Số điện thoại: 0914")
'Trần Văn E - Phó Giám đốc'
>>> mentioned_person("(Thông tin liên hệ: Đ/c Thiếu tá Đoàn Văn Tuấn, Đội trưởng Đội tham mưu, SĐT: 0908)")
'Đoàn Văn Tuấn - Đội trưởng Đội tham mưu'
>>> mentioned_person("- Ông Điểu Ken, Phó Tổng Biên tập Báo Lâm Đồng;")  # no Kinh surname after "Ông"
'Điểu Ken - Phó Tổng Biên tập Báo Lâm Đồng'
>>> mentioned_person("du lịch Bà Rịa Vũng Tàu, Ninh Thuận") is None  # a place, not "Bà" and a name
True
>>> named_person("Viễn thông tỉnh cử thành viên tham gia Hội đồng như sau:\\nHọ và tên Chức vụ\\n| Hoàng Văn Đăng | Phó Giám đốc")
'Hoàng Văn Đăng'
"""
from __future__ import annotations

import re

from ingest.facts.text import fold

_ROLE = (r"(?:pho )?(?:truong ban|chu tich|truong doan|to truong|to pho|thu ky|chanh van phong|giam doc|"
         r"uy vien thuong truc|thuong truc)(?: (?:hoi dong|chi dao|thuong truc|ban|to|doan))?")
# "trưởng ban ... là ai", "ai là chủ tịch hội đồng", "chủ tịch hội đồng do ai làm", "ai giữ chức trưởng ban",
# "ai được bầu làm chủ tịch"
_ROLE_Q = re.compile(rf"^(?:.*?\b)?({_ROLE})\b.*\b(?:la ai|do ai)\b|\bai (?:(?:duoc )?(?:du kien|de xuat|de nghi) )?(?:la|lam|giu|giu chuc|dam nhiem|(?:duoc|trung) (?:bau|cu|bo nhiem|chon)(?: lam| giu chuc)?) ({_ROLE})\b")
# A person, not an agency: "cử ai", "ai được cử", "lãnh đạo nào", "đồng chí nào", "họ tên",
# "lãnh đạo (được cử) ... là ai".
_PERSON_Q = re.compile(r"\b(?:(?:cu|gioi thieu|de cu|chi dinh|bo nhiem) (?:nhung )?ai|ai duoc (?:cu|gioi thieu|de cu)|"
                       # "ai trong lãnh đạo Sở phụ trách ...": one of the leaders, by name
                       r"ai trong (?:so |cac )?(?:lanh dao|ban giam doc|ban lanh dao|ban thuong vu|thuong truc)|"
                       r"(?:lanh dao|dong chi|ong|ba|nguoi|can bo|thanh vien) nao|ho (?:va )?ten|"
                       r"cu (?:lanh dao|dong chi|can bo|cong chuc|dai dien)(?: \w+){1,3} nao|"
                       r"(?:lanh dao|dong chi|can bo|dai dien)\b.*\bla ai|"
                       # "PGĐ nào phụ trách", not "tổ phó thuộc sở nào phụ trách" (a department)
                       rf"(?:{_ROLE})(?: \w+){{0,6}} (?<!\bso )(?<!\bbo )(?<!co quan )(?<!don vi )(?<!\bphong )"
                       r"nao (?:phu trach|truc tiep|chiu trach nhiem|duoc (?:giao|phan cong)|"
                       r"chi dao|theo doi))\b")
_RECIPIENTS = re.compile(r"\bNơi nhận\s*$", re.IGNORECASE)
_PERSON = re.compile(r"^(?:mời\s+)?(?:ông|bà|đồng chí|đ/c)\s+\S", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?:\d{1,2}\.|[-+•])?\s*(?P<label>[^:\n]{2,60}):\s*(?P<rest>\S.*)$")
_FIELD = re.compile(r"(?P<name>[^:;]{2,30}):\s*(?P<value>[^;]*)")
# A record's name field, first on its line or after a row number ("STT: 1; Họ và tên: ...").
_NAME_FIELD = re.compile(r"(?:^|^\W*(?:stt|tt)\s*:\s*\d+\s*;)\W*họ\s+(?:và\s+)?tên\s*:", re.IGNORECASE | re.MULTILINE)
# A line or table cell starting with a name, maybe after "Ông"/"Bà": "| Hoàng Thế Đăng | Phó Giám đốc".
_LISTED = re.compile(r"(?:^|\|)[ \t]*(?:[-+•][ \t]*)?(?:(?:Ông|Bà|Đồng chí|Đ/c)[ \t]+)?(?P<name>(?:[^\W\d_]+[ \t]*){2,5})",
                     re.MULTILINE)
_ITEM_MARKER = re.compile(r"^\s*(?:\d{1,2}\.|[-+•])\s*")


def _fold(text: str) -> str:
    return " ".join(fold(text).split())


def role_asked(question: str) -> str | None:
    """The role a "... là ai?" question asks about, folded ("chu tich hoi dong"), else None.
    Positions may be abbreviated ("PGĐ thường trực" for "Phó Giám đốc Thường trực")."""
    from index.abbrev import expand_inline

    m = _ROLE_Q.search(_fold(expand_inline(question)))
    return (m.group(1) or m.group(2)) if m else None


def _is_role(text: str, role: str, strict: bool = False) -> bool:
    """Does a role as written ("Phó Trưởng ban Thường trực") name the asked role? Unless
    ``strict``, the asked role may be more specific ("chủ tịch hội đồng" for "Chủ tịch"); never
    of another rank ("phó")."""
    written = _fold(re.sub(r"[.;,]+$", "", text.strip()))
    return bool(written) and (written.startswith(role) or not strict and role.startswith(written)) \
        and written.startswith("pho") == role.startswith("pho")


def person_asked(question: str) -> bool:
    """Does the question ask for a person by name ("cử ai tham gia", "lãnh đạo nào", "PGĐ nào phụ
    trách")?"""
    from index.abbrev import expand_inline

    return bool(_PERSON_Q.search(_fold(expand_inline(question))))


def _fields(text: str) -> dict[str, str]:
    """"Họ và tên: A; Chức vụ: B" (one line or one field per line) as {folded name: value}."""
    out: dict[str, str] = {}
    for line in text.split("\n"):
        for m in _FIELD.finditer(_ITEM_MARKER.sub("", line)):
            out.setdefault(_fold(m.group("name")), m.group("value").strip(" .;"))
    return out


def _person(fields: dict[str, str], role: str | None = None) -> str | None:
    """The named person of a record, with the position held outside the asked ``role``."""
    name = fields.get("ho va ten") or fields.get("ho ten")
    if not name:
        return None
    # "Chức vụ", "Chức danh", "Chức vụ trong Ban vận động", "Nhiệm vụ": where roles are written.
    roles = {f: v for f, v in fields.items() if f.startswith(("chuc vu", "chuc danh", "nhiem vu"))}
    if role is not None and not any(_is_role(v, role) for v in roles.values()):
        return None
    position = next((v for v in roles.values() if v and (role is None or not _is_role(v, role))), None)
    return f"{name} - {position}" if position else name


def named_person(text: str) -> str | None:
    """The first person ``text`` names in a "Họ và tên:" record, with their position; else, after
    a line that announces a list ("... cử thành viên tham gia Hội đồng như sau:"), the first
    line or table cell that starts with a person's name."""
    starts = [m.start() for m in _NAME_FIELD.finditer(text)]
    if not starts:
        return _listed_name(text)
    end = starts[1] if len(starts) > 1 else len(text)  # the next person's record starts there
    return _person(_fields(text[starts[0]:end]))


def heading_person(section: str) -> str | None:
    """The person the deepest heading of a section path that names one names, with the position
    written before or after the name ("Điều 2 › 5. Bà Ksor Hiền, Phó Giám đốc" → "Ksor Hiền - Phó
    Giám đốc"; "Điều 2 › 6. Phó Giám đốc Nguyễn Văn Châu › đ) Theo dõi địa bàn" → "Nguyễn Văn
    Châu - Phó Giám đốc"): a leader's duties listed under their name."""
    for label in reversed(section.split(" › ")):
        person = _heading_person(_ITEM_MARKER.sub("", label).strip())
        if person:
            return person
    return None


def _heading_person(heading: str) -> str | None:
    titled = _TITLED.match(heading)  # "2. Phó Giám đốc Đỗ Việt Hưng": the position, then the name
    if titled and _named(titled.group("name")):
        return f"{titled.group('name')} - {titled.group('position')}"
    if not _PERSON.match(heading):
        return None
    parts = re.split(r"\s*[,;:]\s*|\s+[-–]\s+", heading.rstrip(" .…"))
    name = re.sub(r"^(?:ông|bà|đồng chí|đ/c)\s+", "", parts[0], flags=re.IGNORECASE)
    if not _named(name):
        return None
    return f"{name} - {parts[1]}" if len(parts) > 1 and parts[1] else name


# A leader's position before the name (OCR may drop a tone mark: "Giám đôc").
_TITLED = re.compile(r"^(?P<position>(?:Phó\s+)?(?:Giám\s+đ[ốôo]c|Chủ\s+tịch|Trưởng\s+ban|Chánh\s+Văn\s+phòng|"
                     r"Trưởng\s+phòng|Chánh\s+Thanh\s+tra|Cục\s+trưởng|Viện\s+trưởng)(?:\s+Sở)?)\s+"
                     r"(?P<name>(?:[^\W\d_]+\s+){1,4}[^\W\d_]+)$")


def _named(name: str) -> bool:
    """A person's name: with a Vietnamese surname, or 2-5 capitalised words (after "Ông"/"Bà"
    or a position a name need not start with a Kinh surname: "Bà Ksor Hiền", "Ông Rơ Mah Tuấn")."""
    from ingest.metadata.signer import is_person_name

    words = name.split()
    return is_person_name(name) or 2 <= len(words) <= 5 and all(
        w[:1].isupper() and w.replace("'", "").isalpha() for w in words)


# A person named in running text: "Thông tin liên hệ: Đ/c Thiếu tá Đoàn Văn Tuấn, Đội trưởng ...".
_MENTION = re.compile(r"(?:\b[Đđ]/[Cc]|\b[Đđ]ồng chí|\bÔng|\bBà)\s+(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?"
                      r"(?P<name>(?:[^\W\d_]+\s+){1,4}[^\W\d_]+)(?P<after>[^\n]{0,120})")


def mentioned_person(text: str) -> str | None:
    """The first person ``text`` names with "Ông", "Bà", "Đồng chí" or "Đ/c" (and a rank such
    as "Thiếu tá"), with the position written after the comma that follows the name."""
    from ingest.provinces import find_provinces

    for m in _MENTION.finditer(text):
        # after the title a name need not start with a Kinh surname ("Ông Điểu Ken, Phó Tổng
        # Biên tập"): its capitalised words up to the comma, unless they are a place ("Bà Rịa")
        run = m.group("name").strip()
        name = _leading_name(run) or (run if _named(run) else None)
        if name is None or find_provinces(f"{text[m.start():m.start('name')]}{name}"):
            continue
        rest = text[m.start("name") + len(name):m.end()]
        position = re.match(r"\s*,\s*([^,;()\n]{3,80})", rest)
        return f"{name} - {position.group(1).strip()}" if position else name
    return None


def _listed_name(text: str) -> str | None:
    intro = re.search(r":\s*$", text, re.MULTILINE)
    if intro is None or _RECIPIENTS.search(text[: intro.start()].rsplit("\n", 1)[-1]):
        return None  # "Nơi nhận:" lists who gets a copy, not who is sent
    return next((name for m in _LISTED.finditer(text, intro.end()) if (name := _leading_name(m.group("name")))), None)


def _leading_name(words_run: str) -> str | None:
    """The longest run of two or more of the first words that is a person's name ("Nguyễn Thị
    Bích Ngọc, Phó Giám đốc" -> "Nguyễn Thị Bích Ngọc")."""
    from ingest.metadata.signer import is_person_name

    words = words_run.split()
    while len(words) >= 2:
        if is_person_name(" ".join(words)):
            return " ".join(words)
        words.pop()
    return None


def holder(text: str, role: str, strict: bool = False) -> str | None:
    """The person ``text`` lists in ``role`` (folded, as ``role_asked`` returns it), with the
    position written next to the name; None when no line of ``text`` names one. ``strict``
    takes no role less specific than the one asked (not "Phó Chủ tịch: Bà A" for "phó chủ tịch
    thường trực"). A line may list several roles: "Chủ tịch hội: ông A; Phó Chủ tịch thường
    trực: Bà B; Phó Chủ tịch: Bà C".

    >>> line = "3. Chủ tịch hội: ông Nguyễn Văn A; Phó Chủ tịch thường trực: Bà Lê Thị B; Phó Chủ tịch: Bà Trần Thị C"
    >>> holder(line, "pho chu tich thuong truc"), holder(line, "pho chu tich")
    ('Bà Lê Thị B', 'Bà Trần Thị C')
    >>> holder("Phó Chủ tịch: Bà Trần Thị C", "pho chu tich thuong truc", strict=True) is None
    True
    """
    for line in text.split("\n"):
        found = _person(_fields(line), role)
        if found:
            return found
        labelled = [(_fold(label.group("label")) != role, label.group("rest"))
                    for label in map(_LABEL.match, line.split(";"))
                    if label and _is_role(label.group("label"), role, strict) and _PERSON.match(label.group("rest"))]
        if labelled:  # the role written as asked before a more specific one ("Phó Chủ tịch thường trực")
            # without the record that follows the name ("Ông Đoàn Xuân Đạt, sinh ngày 30/4/1976; quê quán: ...")
            person = re.sub(r",\s*sinh (?:ngày|năm)\b.*$", "", min(labelled, key=lambda x: x[0])[1])
            return re.sub(r"^mời\s+", "", person, flags=re.IGNORECASE).strip(" .;")
        body = _ITEM_MARKER.sub("", line)
        if _PERSON.match(body):
            parts = re.split(r"\s*[,;]\s*|\s+[-–]\s+", body.strip(" .;"))
            if any(_is_role(p, role, strict) for p in parts[1:]):
                person = re.sub(r"^mời\s+", "", parts[0], flags=re.IGNORECASE)
                position = [p for p in parts[1:] if not _is_role(p, role)]
                return f"{person} - {position[0]}" if position else person
    return None


# A member line: "- Ông Nguyễn Tiến Dũng - Phó Chánh Văn phòng Sở." / "Bà Lê Thị C, Phó Giám đốc;"
_MEMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-+•*])?\s*(?:Ông|Bà|Đồng chí|Đ/c)\s+(?P<name>[^,;\n]+?)\s*(?:\s[-–]\s|,)\s*"
                     r"(?P<position>[^;\n]+?)[.;]?\s*$", re.MULTILINE)
_LIST_ITEM = re.compile(r"^\s*(?:[a-zđ][).]|\d{1,2}(?:\.\d{1,2})*\.?|[-+•])?\s*")
MAX_MEMBERS = 5


def agency_members(text: str, agency: str) -> str | None:
    """The people a member list puts under ``agency`` (canonical), "name - position" joined by
    "; ": on the agency's own line after a colon, or on the lines below it as its heading.

    >>> members = ("3. Các thành viên Tổ giúp việc gồm:\\na) Sở Nội vụ\\n- Ông Nguyễn Thành Nhân - Trưởng phòng "
    ...            "Công chức.\\n- Bà Lê Thùy Dương - Trưởng phòng Tổ chức.\\nb) Sở Khoa học và Công nghệ: Ông Nguyễn "
    ...            "Xuân Tùng - Trưởng phòng Chuyển đổi số.")
    >>> agency_members(members, "Sở Khoa học và Công nghệ")
    'Nguyễn Xuân Tùng - Trưởng phòng Chuyển đổi số'
    >>> agency_members(members, "Sở Nội vụ")
    'Nguyễn Thành Nhân - Trưởng phòng Công chức; Lê Thùy Dương - Trưởng phòng Tổ chức'
    >>> agency_members("a. Sở Y tế\\n\\n1. Ông Nguyễn Văn An - Phó Giám đốc.\\n2. Bà Lê Thị Bình - Trưởng phòng.",
    ...                "Sở Y tế")
    'Nguyễn Văn An - Phó Giám đốc; Lê Thị Bình - Trưởng phòng'
    >>> agency_members("Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp.\\n- Ông A Bình - Giám đốc.", "Sở Nội vụ") is None
    True
    """
    from ingest.facts.agencies import find_agencies

    lines = text.split("\n")
    initial = fold(agency)[:1]
    for i, line in enumerate(lines):
        lead = _LIST_ITEM.match(line).end()
        if fold(line[lead:lead + 1]) != initial:  # cheap: most lines cannot start with the agency
            continue
        named = [m for m in find_agencies(line[lead:]) if m.start == 0 and m.canonical == agency]
        if not named:
            continue
        rest = line[lead + named[0].end:]
        if re.match(r"\s*:\s*\S", rest):  # "đ) Sở Khoa học và Công nghệ: Ông Nguyễn Xuân Tùng - ..."
            people = [m for m in [_MEMBER.match(rest.split(":", 1)[1])] if m]
        elif not rest.strip(" :"):  # "a) Sở Nội vụ" heading the members listed below it
            people = []
            for below in lines[i + 1:]:
                if not below.strip() and not people:
                    continue
                m = _MEMBER.match(below)
                if m is None:
                    break
                people.append(m)
        else:
            continue
        named_people = [f"{m.group('name').strip()} - {m.group('position').strip()}" for m in people
                        if _named(m.group("name").strip())]
        if named_people:
            return "; ".join(named_people[:MAX_MEMBERS])
    return None


# "... là của Phó Thủ tướng nào?", "Thứ trưởng nào ký ...?": a leader asked by title, whose name
# the evidence writes after it ("Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến chỉ đạo")
_LEADER = r"(?:pho )?(?:thu tuong|bo truong|thu truong|chu tich|giam doc|truong ban|chanh van phong|cuc truong)"
_LEADER_Q = re.compile(rf"\b({_LEADER})(?: (?!khi\b|ngay\b|thang\b|nam\b|luc\b|gio\b|so\b|cap\b)\w+){{0,4}} nao\b"
                       r"(?! (?:phu trach|duoc|chu tri))")
MAX_QUALIFIER_WORDS = 8  # words between a title and the name: "Chính phủ", "Ủy ban nhân dân tỉnh"


def leader_asked(question: str) -> str | None:
    """The leader's title a "... <chức danh> nào?" question asks by, folded; else None.

    >>> leader_asked("Ý kiến chỉ đạo về việc này là của Phó Thủ tướng nào?")
    'pho thu tuong'
    >>> leader_asked("Ủy ban nhân dân tỉnh nào ban hành?") is None
    True
    """
    m = _LEADER_Q.search(_fold(question))
    return m.group(1) if m else None


def titled_person(text: str, title: str) -> str | None:
    """The person ``text`` names right after the title ``title`` (folded), its qualifier maybe
    between ("Phó Thủ tướng Chính phủ Trần Hồng Hà"); a "Phó ..." is not the title without it.

    >>> titled_person("Thủ tướng Chính phủ Phạm Minh Chính giao, Phó Thủ tướng Chính phủ Trần Hồng Hà "
    ...               "có ý kiến chỉ đạo", "pho thu tuong")
    'Trần Hồng Hà'
    >>> titled_person("Phó Thủ tướng Trần Hồng Hà có ý kiến", "thu tuong") is None
    True
    """
    words = text.split()
    folded = [_fold(w).strip(",.;:()") for w in words]
    wanted = title.split()
    for at in range(len(words) - len(wanted)):
        if folded[at:at + len(wanted)] != wanted or (not title.startswith("pho") and at and folded[at - 1] == "pho"):
            continue
        after = words[at + len(wanted):at + len(wanted) + MAX_QUALIFIER_WORDS + 5]
        for start in range(min(len(after), MAX_QUALIFIER_WORDS + 1)):
            if start and after[start - 1][-1:] in ",.;:":
                break  # the clause ended before a name: "Phó Thủ tướng có ý kiến, ..." names nobody
            run = []
            for w in after[start:start + 5]:
                if not w[:1].isupper():
                    break
                run.append(w.strip(",.;:()"))
                if w[-1:] in ",.;:)":
                    break
            name = _leading_name(" ".join(run)) if len(run) >= 2 else None
            if name:
                return name
    return None
