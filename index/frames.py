"""The phrase that fills a question's "... nào" in a sentence of the evidence.

"Cục Hải quan đề nghị liên hệ cơ quan nào để được hướng dẫn?" asks for what stands between
"liên hệ" (or a linking word such as "với") and "để được hướng dẫn" in the sentence that answers
it, whether or not that phrase names a known agency:

>>> blank_filler("Trường hợp có vướng mắc thì cung cấp hồ sơ với cơ quan hải quan nơi đăng ký tờ khai "
...              "để được hướng dẫn.", "Công ty liên hệ cơ quan nào để được hướng dẫn?")
'cơ quan hải quan nơi đăng ký tờ khai'
>>> blank_filler("Đề nghị Công ty liên hệ với Bộ Khoa học và Công nghệ, Bộ Công Thương để được hướng dẫn "
...              "theo thẩm quyền.", "Công ty liên hệ những bộ nào để được hướng dẫn?")
'Bộ Khoa học và Công nghệ, Bộ Công Thương'
>>> blank_filler("Các xã gửi báo cáo về Sở Nội vụ trước ngày 15/12 hằng năm để tổng hợp.",
...              "Các xã gửi báo cáo về cơ quan nào để tổng hợp?")
'Sở Nội vụ'
>>> blank_filler("Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Quốc phòng, Bộ Nội vụ và các bộ liên quan.",
...              "Bộ KH&CN phải phối hợp với những bộ nào?")
'Bộ Quốc phòng, Bộ Nội vụ'
>>> blank_filler("Sở Tài chính bố trí kinh phí.", "Công ty liên hệ cơ quan nào để được hướng dẫn?") is None
True
>>> blank_filler("c) Chủ trì, phối hợp với các cơ quan, đơn vị liên quan xây dựng dữ liệu, tham mưu công khai thông tin "
...              "quy hoạch trên Cổng thông tin điện tử tỉnh.", "Giao cơ quan nào công khai thông tin quy hoạch?") is None
True
>>> blank_filler("Các Hội chuyển về trực thuộc Cơ quan Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng (mới);",
...              "Các hội này chuyển về trực thuộc cơ quan nào?")
'Cơ quan Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng (mới)'
>>> blank_filler("Sở Công Thương phối hợp với Sở Tài chính hướng dẫn các xã.", "do sở nào hướng dẫn các xã?") is None
True
>>> blank_filler("Phối hợp với UBND các xã triển khai thực hiện Kế hoạch.", "Sở chỉ đạo đơn vị nào thực hiện?") is None
True
>>> blank_filler("Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy sản thực hiện các nội dung sau:",
...              "Sở NN&MT chỉ đạo đơn vị nào thực hiện?")
'Chi cục Thủy sản'
>>> blank_filler("1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:",
...              "Sở NN&MT chỉ đạo đơn vị nào thực hiện quan trắc môi trường nuôi trồng thủy sản?")
'Chi cục Biển đảo và Thủy sản'
>>> blank_filler("ghi chép số liệu theo hướng dẫn của cơ quan quản lý thủy sản và đơn vị thực hiện quan trắc",
...              "Sở chỉ đạo đơn vị nào thực hiện quan trắc môi trường?") is None
True
>>> blank_filler("Điều 2. Sở Nội vụ có trách nhiệm thông báo việc giải thể Hiệp hội trên Cổng thông tin điện tử tỉnh.",
...              "Cơ quan nào thông báo việc giải thể Hiệp hội?")
'Sở Nội vụ'
>>> blank_filler("Đội ứng cứu sự cố do Công an tỉnh trực tiếp quản lý, chỉ đạo.", "Đội do cơ quan nào trực tiếp quản lý?")
'Công an tỉnh'
>>> blank_filler("2. Chữ ký số của cơ quan phải được chứng thực bởi Cục Chứng thực số và Bảo mật thông tin và chỉ "
...              "được sử dụng theo thẩm quyền.", "Chữ ký số phải được cơ quan nào chứng thực?")
'Cục Chứng thực số và Bảo mật thông tin'
>>> blank_filler("- Ban Chấp hành bầu Ban Thường trực, Chủ tịch, các Phó Chủ tịch.",
...              "Theo chương trình đại hội, Chủ tịch và các Phó Chủ tịch do ai bầu?")
'Ban Chấp hành'
>>> blank_filler("11. Công bố kết quả bầu Chủ tịch và các Phó Chủ tịch.", "Chủ tịch và các Phó Chủ tịch do ai bầu?") is None
True
>>> blank_filler("Hồ sơ phải được phê duyệt lại do chưa đủ điều kiện.", "Hồ sơ phải được cơ quan nào phê duyệt lại?") is None
True
>>> blank_filler("Kế hoạch được phê duyệt bởi UBND tỉnh theo Quyết định số 12/QĐ-UBND.", "Kế hoạch được cơ quan nào phê duyệt?")
'UBND tỉnh'
>>> blank_filler("Điều 1. Cho phép sáp nhập Quỹ Khuyến học huyện, Quỹ Bảo trợ trẻ em vào Quỹ Phát triển cộng đồng tỉnh.",
...              "Quyết định cho phép sáp nhập những quỹ nào vào Quỹ Phát triển cộng đồng?")
'Quỹ Khuyến học huyện, Quỹ Bảo trợ trẻ em'

A blank that opens the question (or its clause after a colon) is the subject of the clause, a
name, whatever the sentence puts between the question's verb and its object:

>>> blank_filler("Điều 2. Ban Chấp hành lâm thời Hội Khuyến học tỉnh có trách nhiệm khẩn trương tổ chức "
...              "Đại hội.", "Ai có trách nhiệm tổ chức Đại hội Hội Khuyến học tỉnh?")
'Ban Chấp hành lâm thời Hội Khuyến học tỉnh'
>>> blank_filler("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ; Chủ tịch Hội Khuyến học tỉnh và các cơ quan, "
...              "đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.", "Những ai chịu trách nhiệm thi hành quyết định?")
'Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ; Chủ tịch Hội Khuyến học tỉnh'
>>> blank_filler("- Thực hiện xây dựng chuyên mục tuyên truyền.", "Ai xây dựng chuyên mục tuyên truyền?") is None
True
>>> blank_filler("(Về hồ sơ có liên quan, Thanh tra tỉnh, Sở Tư pháp sẽ trực tiếp gửi Tòa án nhân dân khu vực 1).",
...              "Vụ án của bà A: cơ quan nào sẽ trực tiếp gửi hồ sơ cho Tòa án?")
'Thanh tra tỉnh, Sở Tư pháp'

So is a blank after the "thì" of a condition, whichever way the sentence words the condition:

>>> blank_filler("Sau thời gian trên, Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định giải thể hội.",
...              "Hết 3 tháng thanh lý tài sản thì ai xem xét quyết định giải thể hội?")
'Chủ tịch Ủy ban nhân dân tỉnh'

"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.owners import PARTNER_BEFORE
from ingest.normalize import strip_accents

# The blank: "(những) cơ quan nào", "bộ nào", "địa phương nào", "ai", "đâu".
# "những quỹ nào", "các hình thức nào": things listed where the question has its blank.
_WH = re.compile(r"\b(?:(?:nhung |cac )?(?:co quan|don vi|bo|so|ban|nganh|to chuc|dia phuong|noi) nao|(?:nhung )?ai|dau|"
                 r"(?:nhung|cac) (?:\w+ ){1,2}nao)\b")
_AGENCY_BLANK = re.compile(r"(?:nhung |cac )?(?:co quan|don vi|bo|so|ban|nganh) nao")
_LINK = re.compile(r"\b(?:với|cho(?!\s+phép)|đến|tại|tới)\s", re.IGNORECASE)  # "với X để ...", "tại X để ..."
# between the agencies of a list: separators, "và", and "cơ quan" before a body's name ("trực
# thuộc Cơ quan Ủy ban MTTQ Việt Nam tỉnh ...")
_LIST_GAP = re.compile(r"[\s,;:]*(?:và\s+)?(?P<kind>(?:cơ quan|Cơ quan)\s+)?")
_NEW_OR_OLD = re.compile(r"(?:\s*\((?:mới|cũ|trước sắp xếp)\))?")
_LINKING_WORDS = {"va", "cac", "nhung", "cua", "voi"}
_AGENT = {"do", "boi"}  # "do sở nào hướng dẫn": the agent, named after "do" or as the subject
_WHEN = re.compile(r"\s+(?:trước|chậm nhất|trong thời hạn|trong vòng|vào ngày|định kỳ|hằng|hàng)\s", re.IGNORECASE)
_LEAD_VERB = re.compile(r"^(?:(?:\d{1,2}|[a-zđ])[.)]\s*)?(?:Giao|Đề nghị|Yêu cầu|Phân công|Mời)\s+", re.IGNORECASE)
MAX_SUBJECT_WORDS = 15
# What a sentence may write between its subject and the verb the question asks about
_DUTY_TAIL = re.compile(r"(?:\s+(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|được giao|sẽ|phải|cần|khẩn trương|chủ động))+\s*$",
                        re.IGNORECASE)
# A filler that ends in a kind of body names none ("... của cơ quan quản lý và đơn vị")
_GENERIC_END = re.compile(r"\b(?:co quan|don vi|to chuc|ca nhan|dia phuong)$")
# A subject that only says what kind of body ("Các cơ quan được giao ..., gồm: ..."): the names follow.
_GENERIC_SUBJECT = re.compile(r"^(?:\d{1,2}\s+)?(?:cac|nhung) (?:co quan|don vi|so|bo|nganh|dia phuong|to chuc)$")
# The word that opens a conditional's main clause: whatever the condition's words, the name
# after it is the subject ("..., thì Tổ chức làm nhiệm vụ bồi thường đề xuất").
_MAIN_CLAUSE = {"thi"}
# The agent of a passive verb, after it: "được chứng thực bởi Cục Chứng thực số ..., và chỉ ..."
_BY = re.compile(r"\s+(?:boi|do)\s+")
# ... up to a clause break or a linking word ("và" only before a lower-case word: "và chỉ được")
_BY_END = re.compile(r"[,;()]|\.(?!\w)|\s(và|để|theo|tại|trong|khi|nếu)\s+(?=\w)")
# "gửi ... cho cơ quan nào": the recipient of a verb of sending, which the evidence may name right
# after the verb ("gửi Sở Tư pháp tổng hợp") whatever it sends
_TO = {"cho", "ve", "den", "toi"}
_SEND_VERB = re.compile(r"\b(gui|chuyen|nop|trinh)\b")
CONTEXT_WORDS = 3  # question words on each side of the blank that must be found in the sentence
MAX_FILLER = 150
MAX_LISTED = 400  # the holders a closing article lists ("Chánh Văn phòng ..., Giám đốc Sở ..., ...")
# "... và các cơ quan, đơn vị có liên quan" (or "và Thủ trưởng các đơn vị liên quan") ends a list of holders
_RELATED_TAIL = re.compile(r"\s+và\s+(?:thủ trưởng\s+)?(?:các|những)\s+(?:cơ quan|đơn vị|tổ chức|cá nhân|sở)"
                           r"[\w\s,]{0,40}?(?:có\s+)?liên quan\s*$", re.IGNORECASE)
_ARTICLE = re.compile(r"^\s*(?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:]\s*")


def _agencies_after(sentence: str, before: list[str]) -> str | None:
    """The agencies listed right after the question's last words ("phối hợp với Bộ Quốc phòng,
    Bộ Nội vụ và các bộ, cơ quan liên quan" -> "Bộ Quốc phòng, Bộ Nội vụ")."""
    from ingest.facts.agencies import find_agencies

    folded = _fold(sentence)
    if len(folded) != len(sentence):
        return None
    head = _phrase(before).search(folded)
    if head is None:
        return None
    from ingest.provinces import find_provinces

    rest = sentence[head.end():]
    names, at = [], 0
    for m in find_agencies(rest):
        gap = _LIST_GAP.fullmatch(rest, at, m.start)
        if not gap:
            break  # the list ended before this agency
        end = m.end
        if rest[m.start:m.end].endswith(("tỉnh", "thành phố")):  # its province: "... tỉnh Lâm Đồng (mới)"
            place = find_provinces(rest[end:end + 40])[:1]
            if place and place[0][0] <= 1:
                end += place[0][1]
                end += len(_NEW_OR_OLD.match(rest, end).group(0))
        names.append(rest[m.start - len(gap.group("kind") or ""):end])
        at = end
    return ", ".join(names) or None


def _subject(sentence: str, frame: _Frame) -> str | None:
    """The name that opens the clause whose verb phrase the question asks about ("Ban Chấp hành
    lâm thời Hội ... có trách nhiệm khẩn trương tổ chức Đại hội" for "Ai có trách nhiệm tổ chức
    Đại hội ...?"): the question's words after the blank, its last one maybe further on."""
    folded = _fold(sentence)
    if len(folded) != len(sentence):
        return None
    # all of the words, a word or two maybe between them ("có trách nhiệm khẩn trương tổ chức")
    tail = re.compile(r"\b" + r"\W+(?:\w+\W+){0,2}?".join(map(re.escape, frame.after)) + r"\b").search(folded)
    if tail is None:
        return None
    # The list only when the question goes on as the sentence does ("... chịu trách nhiệm thi
    # hành", not "chịu trách nhiệm mua sắm ..." against the closing article)
    going_on = _words(folded[tail.end():])[:1]
    listed = _listed_subject(sentence[:tail.start()]) if set(going_on) <= frame.question_words else None
    if listed:
        return listed
    clause = re.split(r"[,;:.]\s|\n", sentence[:tail.start()])[-1]
    clause = _LEAD_VERB.sub("", clause.strip(" -+•“\"'"))  # a quoted rule: "... 126/2024/NĐ-CP: “Chủ tịch ..."
    clause = _DUTY_TAIL.sub("", clause)  # "Sở Nội vụ có trách nhiệm [thông báo ...]": the name
    if _GENERIC_SUBJECT.match(_fold(clause)):  # "Các cơ quan được giao chủ trì ..., gồm: Sở X, Sở Y"
        return _agencies_after(sentence[tail.end():], ["gom"])
    words = clause.split()
    if not words or len(words) > MAX_SUBJECT_WORDS or clause.isupper() or "<" in sentence[:tail.start()] or \
            set(_words(_fold(clause))) <= frame.question_words:
        return None  # no name, a heading or a form's placeholder ("<CƠ QUAN, TỔ CHỨC QUẢN LÝ TRỰC TIẾP>")
    # A name ("Ban Chấp hành lâm thời ...", "Ủy ban nhân dân tỉnh"), not a task line's verb ("Thực hiện ...")
    from ingest.facts.agencies import find_agencies

    named = len(words) > 1 and words[0][0].isupper() and words[1][0].isupper()
    if not named and not any(m.start == 0 for m in find_agencies(clause)):
        return None
    # Agencies listed before it share the clause ("Thanh tra tỉnh, Sở Nông nghiệp và Môi trường sẽ gửi")
    names = [clause.strip()]
    for piece in reversed(re.split(r"(?<=,)\s", sentence[:tail.start()])[:-1]):
        piece = piece.strip(" ,(")
        found = find_agencies(piece)
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(piece):
            break
        names.insert(0, piece)
    return ", ".join(names)


def _active_agent(sentence: str, frame: _Frame) -> str | None:
    """The subject of the question's verb in a sentence that writes the question's object after
    it ("Ban Chấp hành bầu Ban Thường trực, Chủ tịch, các Phó Chủ tịch" for "Ban Thường trực, Chủ
    tịch và các Phó Chủ tịch do ai bầu?")."""
    folded = _fold(sentence)
    if len(folded) != len(sentence):
        return None
    for verb in _phrase(list(frame.after)).finditer(folded):
        done_to = set(_words(folded[verb.end():verb.end() + MAX_FILLER]))
        if set(frame.done_to) <= done_to:
            return _subject(sentence[:verb.end()], frame)
    return None


def _listed_subject(head: str) -> str | None:
    """The holders a decision's closing article lists before its verb, through "," and ";", up to
    the "và các cơ quan, đơn vị có liên quan" that ends such a list ("Chánh Văn phòng UBND tỉnh,
    Thủ trưởng các Sở, ban, ngành; Chủ tịch Hội X và các cơ quan, đơn vị có liên quan chịu
    trách nhiệm thi hành Quyết định này"); None for a subject not so listed."""
    related = _RELATED_TAIL.search(head)
    if related is None:
        return None
    opening = re.split(r"(?<!\w\.\w)\.\s|:\s|\n", head[:related.start()])[-1]
    opening = _ARTICLE.sub("", opening).strip(" ,;-")
    if not opening[:1].isupper() or len(opening) > MAX_LISTED or not re.search(r"[,;]", opening):
        return None
    return opening


def _fold(text: str) -> str:
    return strip_accents(text).lower()


def _words(text: str) -> list[str]:
    return re.findall(r"[\w&]+", text)


def _phrase(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b")


@dataclass(frozen=True, slots=True)
class _Frame:
    """A question's blank: the question's words right before and after it."""
    question_words: frozenset[str]
    before: tuple[str, ...]
    after: tuple[str, ...]
    agent: bool = False  # "do cơ quan nào ...": only "do X ..." frames it
    # "X do ai bầu?": X's words, which a sentence in the active voice writes after the verb
    done_to: tuple[str, ...] = ()
    subject: bool = False  # "Ai có trách nhiệm tổ chức ...?": the clause's subject
    listed: bool = False  # "... phối hợp với những bộ nào?": the agencies listed after ``before``
    # "gửi ý kiến cho cơ quan nào tổng hợp?": the recipient may follow the verb itself, its object
    # written or not ("gửi Sở Tư pháp tổng hợp", "gửi ý kiến về Sở Tư pháp")
    sent: re.Pattern[str] | None = None


@lru_cache(maxsize=64)
def _frame(question: str) -> _Frame | None:
    """The blank of ``question``, read once however many sentences are tried."""
    q = _fold(question)
    wh = _blank(question, q)
    if wh is None:
        return None
    after = tuple(_words(q[wh.end():])[:CONTEXT_WORDS])
    lead = q[:wh.start()].rstrip()
    before = tuple(_words(lead)[-2:])
    words = frozenset(_words(q))
    if not after and len(before) == 2 and _AGENCY_BLANK.match(q, wh.start()):
        return _Frame(words, before, after, listed=True)
    opens = not lead or lead.endswith((",", ":", ";", "."))  # "Vụ án X: cơ quan nào sẽ gửi ...?"
    if opens and len(after) >= 2 and after[0] != "la":  # "Ai có trách nhiệm tổ chức ...?"
        return _Frame(words, (), after, subject=True)
    if len(after) == 1 and before and before[-1] in _AGENT:
        # "X do ai bầu?": the one a sentence has do it to X ("Ban Chấp hành bầu Ban Thường trực, ...")
        done_to = [w for w in _words(lead)[-CONTEXT_WORDS * 2:-1] if w not in _LINKING_WORDS]
        return _Frame(words, before[-1:], after, agent=True, done_to=tuple(done_to)) if done_to else None
    if len(after) < 2 or not before or lead.endswith((",", ":", ";", ".")) or before[-1] == "la":
        return None  # the blank is the clause's subject ("..., cơ quan nào có ý kiến ...")
    if before[-1] in _AGENT:
        return _Frame(words, before[-1:], after, agent=True)
    verbs = list(_SEND_VERB.finditer(lead)) if before[-1] in _TO else []
    if verbs:
        verb, *sent_object = _words(lead[verbs[-1].start():])[:-1]
        to = "|".join(sorted(_TO))
        written = r"\W+".join(map(re.escape, sent_object))  # what it sends, when the evidence says it
        sent = rf"\b{verb}\b" + (rf"(?:\W+{written})?" if sent_object else "")
        return _Frame(words, before, after, sent=re.compile(sent + rf"(?:\s+(?:{to})\b)?"))
    return _Frame(words, before, after)


def _blank(question: str, folded: str) -> re.Match[str] | None:
    """The question's blank, as typed: "đâu", not the "dấu" of "con dấu" nor the "não" of "bộ
    não", which fold to the same letters; typed without diacritics, a "dau" followed by another
    blank is taken for "dấu"."""
    found = list(_WH.finditer(folded))
    lowered = question.lower()
    if len(lowered) == len(folded) and lowered != folded:
        found = [m for m in found if lowered[m.start():m.end()].endswith(("nào", "ai", "đâu"))]
    elif len(found) > 1 and found[0].group(0) == "dau":
        found = found[1:]
    return found[0] if found else None


def has_blank(question: str) -> bool:
    """Whether ``question`` has a blank that ``blank_filler`` can fill (read once, cached)."""
    return _frame(question) is not None


def blank_filler(sentence: str, question: str) -> str | None:
    """What ``sentence`` writes where the question has its "... nào", found between the
    question's words before and after the blank; None when the sentence does not frame it so."""
    frame = _frame(question)
    if frame is None:
        return None
    if frame.listed:
        return _agencies_after(sentence, list(frame.before))
    if frame.subject:
        return _subject(sentence, frame)
    if frame.done_to:
        return _active_agent(sentence, frame)
    filler = _filler(sentence, frame)
    if filler is None and frame.before[-1] in _MAIN_CLAUSE:
        # "..., thì ai xem xét ...?" answered by "Sau thời gian trên, Chủ tịch UBND tỉnh xem xét,
        # ...": the main clause's subject, after a condition worded unlike the question's
        return _subject(sentence, frame)
    return filler


def _filler(sentence: str, frame: _Frame) -> str | None:
    """The blank between the question's words before and after it."""
    before, after, agent = list(frame.before), list(frame.after), frame.agent
    folded = _fold(sentence)
    if len(folded) != len(sentence):  # offsets must carry over to the original text
        return None
    tail = _phrase(after).search(folded)  # all of "để được hướng", not just "để được"
    # "chỉ đạo đơn vị nào thực hiện quan trắc ...?" answered by "chỉ đạo Chi cục X thực hiện các
    # nội dung sau:": two words after the blank will do, with both words before it
    short = tail is None and len(after) > 2 and len(before) == 2
    if short:
        tail = _phrase(after[:2]).search(folded)
    if tail is None:
        return None
    window_start = max(0, tail.start() - MAX_FILLER)
    heads = list(_phrase(before).finditer(folded[window_start:tail.start()]))
    if not heads and before[-1] in _MAIN_CLAUSE:  # "..., thì đơn vị nào đề xuất": after the "thì"
        heads = list(_phrase(before[-1:]).finditer(folded[window_start:tail.start()]))
    if not heads and frame.sent:  # "ý kiến của Sở Nội vụ gửi Sở Tư pháp tổng hợp": after the verb
        heads = list(frame.sent.finditer(folded[window_start:tail.start()]))
    if heads:
        start = window_start + heads[-1].end()
    elif agent or short or len(after) < CONTEXT_WORDS:
        return None  # two words after the blank ("... chỉ đạo đơn vị nào thực hiện?") frame too little
    else:  # "liên hệ ... với X để": a preposition as written, not "Tài" in "Sở Tài chính"
        links = list(_LINK.finditer(sentence[window_start:tail.start()]))
        if not links:
            return None
        start = window_start + links[-1].end()
        if PARTNER_BEFORE.search(folded[:start]) and not {"phoi", "hop"} <= frame.question_words:
            return None  # "phối hợp với X": those who help, not whom the question asks for
    filler = sentence[start:tail.start()]
    if not filler.strip() and before[-1] == "duoc":  # "phải được cơ quan nào chứng thực?"
        by = _BY.match(folded, tail.end())  # "... được chứng thực bởi Cục X và chỉ ..."
        if by and sentence[by.end():by.end() + 1].isupper():  # a name, not "do chưa đủ điều kiện" (because ...)
            # "và" may join a name's words ("Cục Chứng thực số và Bảo mật thông tin")
            stops = [m.start() for m in _BY_END.finditer(sentence, by.end())
                     if m.group(1) != "và" or sentence[m.end()].islower()]
            filler = sentence[by.end():stops[0] if stops else len(sentence)]
    filler = re.sub(rf"^\W*(?:{_LINK.pattern})?", "", filler, flags=re.IGNORECASE)
    filler = _WHEN.split(filler)[0].strip(" ,;:.-")  # "Sở Nội vụ trước ngày 15/12": the agency
    filler = re.sub(r"\s+(?:để|nhằm)$", "", filler)  # "gửi Sở Tư pháp để tổng hợp" for "... tổng hợp?"
    if not filler or len(filler) > MAX_FILLER or not any(ch.isalpha() for ch in filler) or \
            any(ch in filler for ch in "\n:;"):  # one phrase, not a run of lines or fields
        return None
    if set(_words(_fold(filler))) <= frame.question_words:
        return None  # the question already says it
    if _GENERIC_END.search(_fold(filler)):
        return None  # "... của cơ quan quản lý và đơn vị [thực hiện quan trắc]": no one named
    return filler


# "Văn phòng UBND tỉnh về cải cách thủ tục hành chính; Sở Tư pháp về cải cách thể chế; ...": who
# answers for which field, one pair per ";" (a footnote's number may open the list)
_FIELD_PAIR = re.compile(r"^\W*(?:\d{1,2}\s+)?(?P<agency>[^;:,]{3,80}?)\s+về\s+(?P<field>[^;:]{3,120}?)[\s.]*$")


def _field_pairs(text: str) -> list[tuple[str, str]]:
    """The (agency, field) pairs of a list written "Sở Tư pháp về cải cách thể chế; Sở Tài chính
    về ..."; empty unless it pairs two at least."""
    from ingest.facts.agencies import find_agencies

    if text.count(" về ") < 2 or ";" not in text:  # cheap: most units are no such list
        return []
    pairs = []
    for part in text.split(";"):
        m = _FIELD_PAIR.match(part)
        named = find_agencies(m.group("agency")) if m else []
        if named and named[0].start == 0 and named[0].end == len(m.group("agency")):
            pairs.append((m.group("agency"), m.group("field")))
    return pairs if len(pairs) >= 2 else []


# "... chuẩn bị báo cáo về lĩnh vực nào?", "phụ trách mảng gì?"
_FIELD_Q = re.compile(r"\b(?:linh vuc|mang|noi dung|van de)(?: \w+){0,2} (?:nao|gi)\b")


def field_by_owner(text: str, question: str) -> str | None:
    """The field a list pairs with the one agency of it that the question names ("Sở KH&CN
    chuẩn bị báo cáo về lĩnh vực nào?" → "xây dựng chính quyền điện tử, chính quyền số").

    >>> field_by_owner("Sở Tư pháp về cải cách thể chế; Sở Khoa học và Công nghệ về chính quyền số.",
    ...                "Sở KH&CN chuẩn bị báo cáo về lĩnh vực nào?")
    'chính quyền số'
    """
    from index.abbrev import expand_inline
    from ingest.facts.agencies import find_agencies

    if not _FIELD_Q.search(_fold(question)):
        return None
    asked = {m.canonical for m in find_agencies(expand_inline(question))}
    fields = [field for agency, field in _field_pairs(text)
              if {m.canonical for m in find_agencies(agency)} & asked]
    return fields[0] if len(fields) == 1 else None


def owner_by_field(text: str, question: str) -> str | None:
    """Of a list that pairs agencies with fields ("Sở Tư pháp về cải cách thể chế; Sở Tài chính
    về cải cách tài chính công"), the agency of the one field whose words the question all says;
    None when ``text`` is no such list or no single field fits.

    >>> owner_by_field("1 Văn phòng UBND tỉnh về cải cách thủ tục hành chính; Sở Tư pháp về cải cách thể chế.",
    ...                "Cơ quan nào chuẩn bị báo cáo về mảng cải cách thể chế?")
    'Sở Tư pháp'
    >>> owner_by_field("Sở Tư pháp về cải cách thể chế.", "Cơ quan nào báo cáo về cải cách thể chế?") is None
    True
    """
    pairs = [(agency, _words(_fold(field))) for agency, field in _field_pairs(text)]
    asked = set(_words(_fold(question)))
    fits = [(len(field), agency) for agency, field in pairs if field and set(field) <= asked]
    fits.sort(reverse=True)
    if not fits or len(fits) > 1 and fits[0][0] == fits[1][0]:
        return None
    return fits[0][1]
