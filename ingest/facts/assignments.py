"""Who does what by when: assignments of tasks to agencies, and time limits without an agency.

Five shapes are recognised, from the most to the least explicit:

* task tables: "Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành";
* labelled fields under a task heading: "- Cơ quan chủ trì: Sở Nội vụ." "- Thời gian thực hiện: ...";
* sentences: "Giao Sở X chủ trì, phối hợp với Sở Y, Sở Z triển khai ... trước ngày 30/6/2026",
  "Đề nghị Sở X ...", "Sở X có trách nhiệm ...";
* "Sở X: <tasks>" lines (also with damaged text: "S Tài chính: Triển khai ...");
* a heading naming an agency ("1. Sở Thông tin và Truyền thông") with its tasks below it.

A sentence that names an agency but gives it nothing to do yields nothing.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.facts import dates
from ingest.facts.agencies import AgencyMatch, bare_agency_at, find_agencies, organisation_label
from ingest.facts.text import DOC_NUMBER, action_at, paren_depth, sentence_spans, squash, strip_list_marker
from ingest.records import Assignment, Deadline, DeadlineFact, Paragraph, Role

__all__ = ["extract_assignments", "pick_deadline", "task_text"]

_F = re.IGNORECASE | re.UNICODE
MAX_TASK = 300

_ASSIGN_SECTION = re.compile(
    r"tổ\s+chức\s+thực\s+hiện|trách\s+nhiệm|phân\s+công|giao\s+nhiệm\s+vụ|nhiệm\s+vụ\s+cụ\s+thể\s+của|"
    r"đề\s+nghị|triển\s+khai\s+thực\s+hiện",
    _F,
)
_EXCLUDED_SECTION = re.compile(
    r"thành\s+phần|đối\s+tượng|nơi\s+nhận|căn\s+cứ|thành\s+viên|đại\s+biểu|khách\s+mời|kết\s+quả\s+(?:đạt|thực)|"
    r"tình\s+hình|đánh\s+giá",
    _F,
)
_LABEL_PREFIX = re.compile(
    r"^(?:(?:Giao\s+nhiệm\s+vụ\s+cho|Giao\s+cho|Giao|Kính\s+đề\s+nghị|Đề\s+nghị|Yêu\s+cầu|Chỉ\s+đạo|Đối\s+với|"
    r"Trách\s+nhiệm\s+của|Nhiệm\s+vụ\s+của|Nhiệm\s+vụ\s+cụ\s+thể\s+của)\s+)+",
    _F,
)
_LABEL_FILLER = re.compile(
    r"^(?:[\s,;&\-–/]|và|các|cùng|tỉnh|thành\s+phố|trực\s+thuộc|thuộc|liên\s+quan|có|\([^()]*\))*$", _F
)
_TRIGGER = re.compile(
    r"(?<![\w])(?:giao\s+cho|giao|kính\s+đề\s+nghị|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|phân\s+công|"
    r"trách\s+nhiệm\s+của)\s+",
    _F,
)
_TITLE = re.compile(
    r"(?:Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch|Chánh\s+Văn\s+phòng|Chánh\s+Thanh\s+tra|Trưởng\s+ban|"
    r"Người\s+đứng\s+đầu|Lãnh\s+đạo)\s+(?:các\s+)?",
    _F,
)
_LIST_GAP = re.compile(r"^(?:\s|,|;|và|cùng|với|\([^()]{0,60}\))*$", _F)
_QUALIFIER_SKIP = re.compile(
    r"\s*,?\s*(?:(?:theo|căn\s+cứ|trong\s+phạm\s+vi)\s+(?:chức\s+năng,?\s*)?(?:nhiệm\s+vụ|thẩm\s+quyền)"
    r"(?:\s+(?:được\s+giao|của\s+mình|quản\s+lý))?|trên\s+địa\s+bàn\s+tỉnh|có\s+liên\s+quan|liên\s+quan)\s*,?\s*",
    _F,
)
_STRONG_ROLE = re.compile(
    r"\s*,?\s*(?P<role>chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|được\s+giao|"
    r"chủ\s+động\s+phối\s+hợp|chủ\s+động)(?![\w])",
    _F,
)
_PAST = re.compile(r"\s*(?:đã|đang|vừa|cũng\s+đã|đều\s+đã)(?![\w])", _F)
_COLLAB = re.compile(r"\s*,?\s*(?:và\s+)?(?:chủ\s+động\s+)?phối\s+hợp(?:\s+chặt\s+chẽ)?\s*(?:với|cùng)?\s*", _F)
_FIELD = re.compile(
    r"(?P<label>(?:Cơ\s+quan|Đơn\s+vị)\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện|chịu\s+trách\s+nhiệm)"
    r"(?:\s+(?:tham\s+mưu\s+)?thực\s+hiện|\s+tham\s+mưu)?|"
    r"Chủ\s+trì(?:\s+thực\s+hiện)?|Phối\s+hợp(?:\s+thực\s+hiện)?|Trách\s+nhiệm\s+thực\s+hiện|Đơn\s+vị\s+thực\s+hiện|"
    r"Thời\s+gian\s+(?:thực\s+hiện|hoàn\s+thành)|Thời\s+gian|Thời\s+hạn(?:\s+hoàn\s+thành)?|Tiến\s+độ(?:\s+thực\s+hiện)?|"
    r"Nội\s+dung(?:\s+thực\s+hiện)?|Nhiệm\s+vụ|Sản\s+phẩm)\s*:\s*",
    _F,
)
_GENERIC_SECTION = re.compile(
    r"^(?:(?:mục\s+tiêu|yêu\s+cầu|nhiệm\s+vụ|giải\s+pháp|nội\s+dung|tổ\s+chức\s+thực\s+hiện|kinh\s+phí|"
    r"thời\s+gian|địa\s+điểm|mục\s+đích|phạm\s+vi|đối\s+tượng)[\s,và]*)+(?:chủ\s+yếu|trọng\s+tâm|cụ\s+thể)?$",
    _F,
)
_TIME_CELL = re.compile(r"thời\s+gian|thời\s+hạn|tiến\s+độ|hoàn\s+thành", _F)
_STRONG_KINDS = {dates.DATE, dates.MONTH, dates.QUARTER, dates.HALF, dates.RECURRENCE, dates.RELATIVE}
_DEADLINE_CUES = {"trước", "chậm nhất", "chậm nhất là", "hạn", "hạn chót", "đến", "đến hết", "trong", "tới", "hết", "trước hoặc trong"}


# --- small helpers -----------------------------------------------------------------------------


def task_text(text: str) -> str:
    """A readable task: one line, no list marker, at most 300 characters cut at a clause."""
    text = squash(text)
    text = text[strip_list_marker(text) :]
    text = re.sub(r"^(?:và|,|:)\s*", "", text).strip(" .;,:")
    if len(text) <= MAX_TASK:
        return text
    head = text[:MAX_TASK]
    for sep in ("; ", ", ", " "):
        cut = head.rfind(sep)
        if cut >= 100 or (sep == " " and cut > 0):
            return head[:cut].rstrip(" .;,:")
    return head


_GENERIC = frozenset(
    "thực hiện triển khai phối hợp tổ chức các một số nội dung sau như nhiệm vụ này được giao với "
    "theo dõi chủ động kịp thời nghiêm túc".split()
)
_NAMED_DOC = re.compile(r"kế\s+hoạch|quyết\s+định|chỉ\s+thị|văn\s+bản|thông\s+báo|chương\s+trình", _F)


def _meaningful(task: str) -> bool:
    """False for empty shells: "thực hiện", "phối hợp thực hiện các nội dung sau", "Hoạt động 1"."""
    words = re.findall(r"[^\W\d_]+", task.lower())
    if len(words) < 2 or (len(words) <= 3 and re.search(r"\d", task)):
        return False
    if any(w not in _GENERIC for w in words) and not re.search(r"nội\s+dung\s+(?:như\s+)?sau\s*:?$", task, _F):
        return True
    return bool(_NAMED_DOC.search(task)) and not re.search(r"nội\s+dung\s+(?:như\s+)?sau", task, _F)


def pick_deadline(text: str, *, issued: str | None, task_start: bool = False) -> Deadline | None:
    """The time limit of a task sentence: dates with "trước/chậm nhất", months, quarters and
    recurrences first; years and periods only with a cue ("trong năm 2025", "đến năm 2030")."""
    best: tuple[int, dates.DeadlineHit] | None = None
    for h in dates.scan(text, issued=issued):
        if h.citation:
            continue
        if h.kind in _STRONG_KINDS:
            rank = 0 if (h.cue or h.kind in {dates.RECURRENCE, dates.RELATIVE}) else 2
        elif h.kind in {dates.YEAR, dates.PERIOD} and h.cue in _DEADLINE_CUES | {"từ"}:
            rank = 1
        elif h.kind == dates.CONTINUOUS and task_start and h.start <= 2:
            rank = 1
        else:
            continue
        if h.kind == dates.DATE and re.search(r"(?:ban\s+hành|ký|kí)\s*$", text[: h.start], _F):
            continue
        if best is None or rank < best[0]:
            best = (rank, h)
    return best[1].deadline if best else None


def _is_strong_deadline(text: str, *, issued: str | None) -> Deadline | None:
    for h in dates.scan(text, issued=issued):
        if h.citation:
            continue
        if h.kind in {dates.RECURRENCE, dates.RELATIVE}:
            return h.deadline
        if h.kind in {dates.DATE, dates.MONTH, dates.QUARTER, dates.HALF} and h.cue in _DEADLINE_CUES:
            return h.deadline
    return None


def _in_assign_section(section: Sequence[str]) -> bool:
    return any(_ASSIGN_SECTION.search(s) for s in section)


def _excluded(section: Sequence[str]) -> bool:
    return any(_EXCLUDED_SECTION.search(s) for s in section)


def _label_body(label: str) -> str:
    body = label[strip_list_marker(label) :]
    body = re.sub(r"^(?:[IVX]+|\d+(?:\.\d+)*)\s*[.)]\s*", "", body)
    body = _LABEL_PREFIX.sub("", body.strip())
    return body.strip().rstrip(":.…").strip()


def label_agencies(label: str, *, province: str | None, generic: bool) -> list[AgencyMatch]:
    """The agencies a heading label names, if it names nothing else ("1. Sở Tài chính",
    "8. Báo Đắk Nông, Đài PT-TH tỉnh"); organisation-like labels when ``generic``."""
    body = _label_body(label)
    if not body or len(body) > 160:
        return []
    if body.isupper() and not strip_list_marker(label) and not re.match(r"^\s*(?:[IVX]+|\d+)[.)]", label):
        return []  # an unnumbered capitalised line: a letterhead or footer, not a section
    matches = find_agencies(body, province=province)
    if matches:
        rest, pos = [], 0
        for m in matches:
            rest.append(body[pos : m.start])
            pos = m.end
        rest.append(body[pos:])
        leftover = " ".join(rest)
        if province:
            leftover = re.sub(re.escape(province), " ", leftover, flags=re.IGNORECASE)
        if _LABEL_FILLER.match(leftover):
            return matches
        return []
    if generic:
        org = organisation_label(body)
        if org:
            return [AgencyMatch(0, 0, body, org)]
    return []


@dataclass(slots=True)
class _Ctx:
    issued: str | None
    province: str | None
    out: list
    headings: dict[str, str] | None = None  # section label → the heading's full text


def _emit(ctx: _Ctx, agency: AgencyMatch, role: Role, task: str, deadline: Deadline | None, start: int, end: int) -> None:
    if not task or not _meaningful(task):
        return
    ctx.out.append(
        Assignment(
            agency=agency.canonical,
            mention=squash(agency.mention),
            role=role,
            task=task,
            deadline=deadline,
            start=start,
            end=end,
        )
    )


# --- agency lists ------------------------------------------------------------------------------


def _agency_list(text: str, pos: int, end: int, province: str | None) -> tuple[list[AgencyMatch], int]:
    """Agencies written one after another from ``pos`` ("Sở Y, Sở Z và UBND các huyện"), and
    where the list stops. Person titles before an agency ("Giám đốc Sở ...") are skipped."""
    found: list[AgencyMatch] = []
    i = pos
    end = min(end, pos + 400)  # a list of subjects is never longer than this
    matches = [m for m in find_agencies(text[pos:end], province=province)]
    k = 0
    while k < len(matches):
        m = matches[k]
        gap = text[i : pos + m.start]
        gap_wo_title = _TITLE.sub("", gap)
        if found and not _LIST_GAP.match(gap_wo_title):
            break
        if not found and gap_wo_title.strip(" ,"):
            break
        found.append(AgencyMatch(pos + m.start, pos + m.end, m.mention, m.canonical))
        i = pos + m.end
        k += 1
    return found, i


def _outside_parens(text: str, matches: list[AgencyMatch], offset: int = 0) -> list[AgencyMatch]:
    """Drop agencies named inside parentheses ("Trung tâm Dịch vụ việc làm (Sở Nội vụ)") or as
    the author of a cited document ("Quyết định số 1441/QĐ-UBND ngày ... của Chủ tịch UBND tỉnh")."""
    out = []
    for m in matches:
        before = text[: m.start - offset]
        if paren_depth(before) > 0:
            continue
        if re.search(r"của\s*$", before) and DOC_NUMBER.search(before[-120:]):
            continue
        if re.search(r"(?<![\w])(?:các|những)\s+\w+(?:\s+\w+)?\s+(?:của|thuộc|trực\s+thuộc)\s*$", before, _F):
            continue  # "các Phòng của Sở GDĐT": the rooms are meant, not the department
        out.append(m)
    return out


def _skip_parens(text: str, i: int) -> int:
    m = re.match(r"\s*\([^()]{0,80}\)", text[i:])
    return i + m.end() if m else i


def _partners_and_task(text: str, i: int, end: int, province: str | None) -> tuple[list[AgencyMatch], int | None]:
    """After "phối hợp với": the partner agencies, and where the task verb starts (None if no
    verb follows). A verb inside an agency's name ("Sở Giáo dục và Đào tạo") or used as a noun
    ("các tổ chức liên quan") does not start the task."""
    lead = re.match(r"\s*,\s*", text[i:end])
    if lead and action_at(text, i + lead.end()) is not None:
        return [], i + lead.end()  # "phối hợp, tạo điều kiện ...": no partners named
    agencies = [AgencyMatch(i + m.start, i + m.end, m.mention, m.canonical) for m in find_agencies(text[i:end], province=province)]
    j = None
    for w in re.finditer(r"(?<![\w])[^\W\d_]", text[i:end]):
        k = i + w.start()
        if any(a.start <= k < a.end for a in agencies) or paren_depth(text[i:k]) > 0:
            continue
        verb_end = action_at(text, k)
        if verb_end is None or re.match(r"(?:phối\s+hợp|chủ\s+trì)", text[k:], _F):
            continue
        if re.search(r"(?<![\w])(?:chủ|nhà|các|những)\s+$", text[max(i, k - 8) : k], _F):
            continue  # "chủ đầu tư", "các tổ chức": a noun here
        if re.match(r"tổ\s+chức", text[k:], _F) and re.match(
            r"\s*(?:,|có\s+liên\s+quan|liên\s+quan|khác|và\s+cá\s+nhân|chính\s+trị|đoàn\s+thể)", text[verb_end:], _F
        ):
            continue  # "các tổ chức, cá nhân", "tổ chức liên quan": a noun here
        j = k
        break
    if j is None:
        return [], None
    return _outside_parens(text, [a for a in agencies if a.end <= j]), j


# --- sentence patterns -------------------------------------------------------------------------


def _sentence_roles(
    text: str, subjects: list[AgencyMatch], after: int, e: int, province: str | None
) -> tuple[list[tuple[AgencyMatch, Role]], int | None] | None:
    """Roles given by the words after the subjects ("chủ trì, phối hợp với Y ...", "có trách
    nhiệm ...") and where the task starts (None when no task follows); None without such words."""
    rm = _STRONG_ROLE.match(text, after)
    if not rm:
        return None  # the caller checks for a plain verb
    word = squash(rm["role"]).lower()
    k = rm.end()
    if word == "chủ trì":
        roles: list[tuple[AgencyMatch, Role]] = [(a, "chủ trì") for a in subjects]
        cm = _COLLAB.match(text, k)
        if cm and re.match(r"\s*,?\s*(?:và\s+)?(?:chủ\s+động\s+)?phối\s+hợp", text[k:], _F):
            partners, task_from = _partners_and_task(text, cm.end(), e, province)
            if task_from is None:
                # "X chủ trì, phối hợp với Y." with the task elsewhere (a "Nội dung:" field)
                partners = _outside_parens(text, [
                    AgencyMatch(cm.end() + a.start, cm.end() + a.end, a.mention, a.canonical)
                    for a in find_agencies(text[cm.end() : e], province=province)
                ])
            own = {a.canonical for a in subjects}
            roles += [(a, "phối hợp") for a in partners if a.canonical not in own]
            return roles, task_from
        return roles, k + re.match(r"\s*,?\s*", text[k:]).end()
    if word in {"phối hợp", "chủ động phối hợp"}:
        cm = _COLLAB.match(text, rm.start())
        _, task_from = _partners_and_task(text, cm.end() if cm else k, e, province)
        return [(a, "phối hợp") for a in subjects], task_from
    task_from = k + re.match(r"\s*,?\s*", text[k:]).end()
    if word in {"có trách nhiệm", "chịu trách nhiệm", "được giao"} and re.match(r"(?:chủ\s+trì|phối\s+hợp)(?![\w])", text[task_from:], _F):
        return _sentence_roles(text, subjects, task_from, e, province)  # "có trách nhiệm chủ trì, phối hợp ..."
    if word == "chủ động":
        task_from = rm.start() + re.match(r"\s*,?\s*", text[rm.start() :]).end()
    elif word in {"chịu trách nhiệm", "có trách nhiệm"} and re.match(r"về(?![\w])", text[task_from:], _F):
        task_from = rm.start() + re.match(r"\s*,?\s*", text[rm.start() :]).end()  # "chịu trách nhiệm về ..."
    return [(a, "thực hiện") for a in subjects], task_from


def _extended_subjects(
    text: str, pos: int, e: int, province: str | None
) -> tuple[list[AgencyMatch], int] | None:
    """Subjects mixed with a few unlisted bodies before a role word: "Sở Tư pháp và các sở, ban,
    ngành, cơ quan thông tấn báo chí và UBND các xã chủ động tổ chức ..."."""
    limit = min(e, pos + 400)
    m = re.search(
        r"(?<![\w])(?:chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+động)(?![\w])",
        text[pos:limit],
        _F,
    )
    if not m or re.search(r"[;.:]", text[pos : pos + m.start()]) or _TRIGGER.search(text, pos + 1, pos + m.start()):
        return None
    stop = pos + m.start()
    agencies = _outside_parens(
        text[pos:stop], [AgencyMatch(pos + x.start, pos + x.end, x.mention, x.canonical) for x in find_agencies(text[pos:stop], province=province)], offset=pos
    )
    if not agencies or agencies[0].start != pos:
        return None
    covered = sum(a.end - a.start for a in agencies)
    rest = re.sub(r"[\s,]+|(?<![\w])(?:và|các|cùng)(?![\w])", " ", text[pos:stop])
    if len(text[pos:stop]) - covered > 60 or len(rest.split()) - sum(len(a.mention.split()) for a in agencies) > 8:
        return None
    return agencies, stop


def _sentence_assignments(
    ctx: _Ctx, p: Paragraph, s: int, e: int, *, weak_ok: bool, default_task: str = "",
    default_deadline: Deadline | None = None,
) -> bool:
    """Assignments stated in one sentence text[s:e]; True if any was found.

    ``default_task``: the task when the sentence only says who ("Cơ quan thực hiện: Sở X chủ
    trì, phối hợp với Sở Y." under a "Nội dung: ..." field)."""
    text = p.text
    starts: list[tuple[int, bool]] = [(s + strip_list_marker(text[s:e]), False)]
    starts += [(m.end(), True) for m in _TRIGGER.finditer(text, s, e)]
    starts += [(s + m.end(), False) for m in re.finditer(r";\s*", text[s:e])]
    starts.sort()
    got = False
    used_until = s
    for pos, triggered in starts:
        if pos < used_until:
            continue
        subjects, after = _agency_list(text, pos, e, ctx.province)
        if not subjects:
            continue
        after = _skip_parens(text, after)
        m = _QUALIFIER_SKIP.match(text, after)
        if m:
            after = m.end()
        if _PAST.match(text, after):
            continue
        found = _sentence_roles(text, subjects, after, e, ctx.province)
        if found is None and _STRONG_ROLE.match(text, after):
            continue
        if found is None and action_at(text, after) is not None:
            if not (triggered or weak_ok):
                continue
            found = [(a, "thực hiện") for a in subjects], after + re.match(r"\s*", text[after:]).end()
        if found is None:
            ext = _extended_subjects(text, pos, e, ctx.province)
            if ext is None:
                continue
            subjects, after = ext
            found = _sentence_roles(text, subjects, after, e, ctx.province)
            if found is None:
                continue
        roles, task_from = found
        if task_from is None:
            if not default_task:
                continue
            span = (p.start + subjects[0].start, p.start + e)
            for agency, role in dict.fromkeys(roles):
                _emit(ctx, agency, role, default_task, default_deadline, *span)
                got = True
            used_until = e
            continue
        # The task runs to the end of the sentence, or to the next clause with its own subject.
        task_end = e
        for nm in re.finditer(r";\s*", text[task_from:e]):
            nxt = task_from + nm.end()
            lst, _ = _agency_list(text, nxt, e, ctx.province)
            if lst:
                task_end = task_from + nm.start()
                break
        task = task_text(text[task_from:task_end])
        if not _meaningful(task):
            continue
        deadline = pick_deadline(text[subjects[0].start : task_end], issued=ctx.issued)
        span = (p.start + subjects[0].start, p.start + task_end)
        seen = set()
        for agency, role in roles:
            if (agency.canonical, role) in seen:
                continue
            seen.add((agency.canonical, role))
            _emit(ctx, agency, role, task, deadline, *span)
            got = True
        used_until = task_end
    return got


# --- "Sở X: tasks" lines -----------------------------------------------------------------------


def _colon_agencies(p: Paragraph, province: str | None, *, bare_ok: bool) -> tuple[list[AgencyMatch], int] | None:
    text = p.text
    q = strip_list_marker(text)
    q2 = q + (_LABEL_PREFIX.match(text[q:]).end() if _LABEL_PREFIX.match(text[q:]) else 0)
    agencies, after = _agency_list(text, q2, min(len(text), q2 + 200), province)
    if not agencies and bare_ok:
        b = bare_agency_at(text, q2)
        if b:
            agencies, after = [b], b.end
    if not agencies:
        return None
    m = re.match(r"\s*(?:tỉnh(?:\s+[A-ZĐÀ-Ỹ][^\W_]*){0,3})?\s*(?:\([^()]{0,60}\))?\s*:\s*", text[after:])
    if not m:
        return None
    return agencies, after + m.end()


_LEAD_IN = re.compile(r"\s*(?:[-+•]\s*)?(?:Giao(?:\s+cho)?|Đề\s+nghị|Yêu\s+cầu|Phân\s+công)\s+", _F)


def _lead_in(p: Paragraph, province: str | None) -> tuple[list[AgencyMatch], Role] | None:
    """A line that gives the items below it to an agency: "Giao Sở Tư pháp chủ trì, phối hợp
    với các cơ quan, đơn vị liên quan:" (then "a) Tổ chức rà soát ...", "b) ..."). The agency,
    and "chủ trì" when the line says so."""
    text = p.text.rstrip()
    m = _LEAD_IN.match(text)
    if not text.endswith(":") or m is None:
        return None
    agencies, after = _agency_list(text, m.end(), min(len(text), m.end() + 200), province)
    if not agencies:
        return None
    rest = text[after:]
    if not re.match(r"\s*(?:\([^()]{0,60}\)\s*)?(?::|chủ\s+trì|thực\s+hiện|triển\s+khai|tham\s+mưu)", rest, _F):
        return None  # "Đề nghị Sở X quan tâm ... như sau:" is no hand-over of the items
    role: Role = "chủ trì" if re.match(r"\s*(?:\([^()]{0,60}\)\s*)?chủ\s+trì", rest, _F) else "thực hiện"
    return agencies, role


def _continues_previous(prev: Paragraph, p: Paragraph, province: str | None) -> bool:
    """True if ``p`` starts with the end of a name begun in the previous paragraph."""
    if prev.kind != "text" or re.search(r"[.;:!?]\s*$", prev.text):
        return False
    tail = " ".join(prev.text.split()[-4:])
    joined = f"{tail} {p.text[:80]}"
    return any(m.start < len(tail) < m.end for m in find_agencies(joined, province=province))


def _colon_line(ctx: _Ctx, p: Paragraph, found: tuple[list[AgencyMatch], int]) -> bool:
    text = p.text
    agencies, k = found
    if action_at(text, k) is None:
        return False
    _role_task(ctx, p, agencies, k, len(text), span_start=agencies[0].start)
    return True


def _role_task(ctx: _Ctx, p: Paragraph, agencies: list[AgencyMatch], k: int, end: int, *, span_start: int,
               role: Role = "thực hiện") -> None:
    """Tasks written after an agency already known (a heading or "X:"): "Chủ trì, phối hợp với Y ...".
    ``role`` is the agency's role unless the task says otherwise (a lead-in's "chủ trì")."""
    text = p.text
    partners: list[AgencyMatch] = []
    task_from = k
    m = re.match(r"\s*chủ\s+trì(?![\w])", text[k:], _F)
    if m:
        role = "chủ trì"
        cm = _COLLAB.match(text, k + m.end())
        if cm and re.match(r"\s*,?\s*(?:và\s+)?(?:chủ\s+động\s+)?phối\s+hợp", text[k + m.end() :], _F):
            partners, found = _partners_and_task(text, cm.end(), end, ctx.province)
            task_from = found if found is not None else k
            if any(o.canonical in {a.canonical for a in agencies} for o in partners):
                return  # "Chủ trì, phối hợp với Sở X" under the heading "Sở X": a heading was lost
        else:
            task_from = k + m.end() + re.match(r"\s*,?\s*", text[k + m.end() :]).end()
    else:
        cm = _COLLAB.match(text, k)
        if cm and re.match(r"\s*(?:chủ\s+động\s+)?phối\s+hợp", text[k:], _F):
            role = "phối hợp"
            others, found = _partners_and_task(text, cm.end(), end, ctx.province)
            task_from = found if found is not None else k
            own = {a.canonical for a in agencies}
            if any(o.canonical in own for o in others):
                return  # "Phối hợp với Sở X ..." under the heading "Sở X": the heading is missing
    task = task_text(text[task_from:end])
    if len(task.split()) < 2:
        return
    deadline = pick_deadline(text[k:end], issued=ctx.issued, task_start=True)
    span = (p.start + span_start, p.start + end)
    for a in agencies:
        _emit(ctx, a, role, task, deadline, *span)
    own = {a.canonical for a in agencies}
    for a in partners:
        if a.canonical not in own:
            _emit(ctx, a, "phối hợp", task, deadline, *span)


# --- labelled fields ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Block:
    section: tuple[str, ...]
    fields: list[tuple[str, str, int, int, Paragraph]]  # (kind, value, start, end, paragraph)
    intro: str = ""  # the plain paragraph right above the fields ("a) Nghị định ...", "Phối hợp kiểm tra ...")


def _field_kind(label: str) -> str:
    low = squash(label).lower()
    if "chủ trì" in low:
        return "chủ trì"
    if "phối hợp" in low:
        return "phối hợp"
    if "thực hiện" in low and low.startswith(("cơ quan", "đơn vị", "trách nhiệm")) or "chịu trách nhiệm" in low:
        return "thực hiện"
    if low.startswith(("thời", "tiến độ")):
        return "time"
    if low.startswith(("nội dung", "nhiệm vụ")):
        return "task"
    return "other"


def _fields(p: Paragraph) -> list[tuple[str, str, int, int]]:
    text = p.text
    q = strip_list_marker(text)
    first = _FIELD.match(text, q)
    if not first:
        return []
    out = []
    marks = [first] + [
        m for m in _FIELD.finditer(text, first.end()) if re.search(r"(?:[;.]\s*|^\s*)$", text[: m.start()][-3:] or "")
    ]
    for i, m in enumerate(marks):
        vend = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        value = text[m.end() : vend].rstrip(" ;.")
        out.append((_field_kind(m["label"]), value, m.start(), m.end() + len(value)))
    return out


def _flush_block(ctx: _Ctx, block: _Block) -> None:
    kinds = {k for k, *_ in block.fields}
    if not kinds & {"chủ trì", "phối hợp", "thực hiện", "time"}:
        return
    task = ""
    for kind, value, _, _, _ in block.fields:
        if kind == "task":
            task = task_text(value)
            break
    label = ""
    if block.section:
        label = _label_body((ctx.headings or {}).get(block.section[-1], block.section[-1]))
        if find_agencies(label) or label.isupper() or _GENERIC_SECTION.match(label):
            label = ""  # "GIẢI PHÁP", "Nhiệm vụ, giải pháp": a part of the plan, not a task
    intro = block.intro[strip_list_marker(block.intro) :].strip()
    bullet = re.match(r"\s*[-+•*–]", block.intro) is not None
    if not task and intro and (action_at(intro) is not None or bullet):
        task = task_text(intro)  # "- Ra mắt AI pháp luật ..." right above the fields
    elif not task and intro and label and strip_list_marker(block.intro):
        task = task_text(f"{label}: {intro}")  # "Tham gia góp ý ...: a) Nghị định quy định ..."
    if not task and label:
        task = task_text(label)
    deadline = None
    for kind, value, _, _, _ in block.fields:
        if kind == "time":
            deadline = dates.parse_deadline(value, issued=ctx.issued)
            if deadline is not None:
                break
    emitted = False
    for kind, value, fs, fe, p in block.fields:
        if kind not in {"chủ trì", "phối hợp", "thực hiện"}:
            continue
        # A field holding sentences ("Sở Nội vụ chủ trì tham mưu ...; Sở Tư pháp ... chủ động ...").
        sub = _Ctx(ctx.issued, ctx.province, [])
        value_start = fe - len(value)
        fake = Paragraph(text=p.text, start=p.start, end=p.end, page=p.page, section=p.section)
        if _sentence_assignments(sub, fake, value_start, fe, weak_ok=True, default_task=task, default_deadline=deadline):
            for a in sub.out:
                ctx.out.append(a if a.deadline or deadline is None else _with_deadline(a, deadline))
            emitted = True
            continue
        if not task:
            continue
        for a in _outside_parens(value, find_agencies(value, province=ctx.province)):
            mention = AgencyMatch(value_start + a.start, value_start + a.end, a.mention, a.canonical)
            _emit(ctx, mention, kind, task, deadline, p.start + fs, p.start + fe)  # type: ignore[arg-type]
            emitted = True
    if not emitted and deadline is not None and task:
        kind, value, fs, fe, p = next(f for f in block.fields if f[0] == "time")
        ctx.out.append(DeadlineFact(task=task, deadline=deadline, start=p.start + fs, end=p.start + fe))


def _with_deadline(a: Assignment, deadline: Deadline) -> Assignment:
    return Assignment(a.agency, a.mention, a.role, a.task, deadline, a.start, a.end)


# --- task tables -------------------------------------------------------------------------------


def _column_kinds(header: Sequence[str]) -> list[str]:
    kinds = []
    for h in header:
        low = squash(h).lower()
        if "chủ trì" in low:
            kinds.append("chủ trì")
        elif "phối hợp" in low:
            kinds.append("phối hợp")
        elif _TIME_CELL.search(low) and not re.search(r"kết\s+quả|sản\s+phẩm", low):
            kinds.append("time")
        elif re.search(r"được\s+kiểm\s+tra|theo\s+dõi|đôn\s+đốc|ghi\s+chú|kinh\s+phí|sản\s+phẩm|kết\s+quả", low):
            kinds.append("other")
        elif re.search(r"nhiệm\s+vụ|nội\s+dung|công\s+việc|hoạt\s+động|đề\s+án|tên\s+", low):
            kinds.append("task")
        elif re.search(r"trách\s+nhiệm|thực\s+hiện|cơ\s+quan|đơn\s+vị", low):
            kinds.append("thực hiện")
        else:
            kinds.append("other")
    return kinds


def _table_row(ctx: _Ctx, p: Paragraph) -> None:
    if not p.header or not p.cells or tuple(p.cells) == tuple(p.header):
        return
    kinds = _column_kinds(p.header)
    if "task" not in kinds or not {"chủ trì", "phối hợp", "thực hiện", "time"} & set(kinds):
        return
    cells = list(p.cells) + [""] * max(0, len(kinds) - len(p.cells))
    task = ""
    for kind, cell in zip(kinds, cells):
        if kind == "task" and cell.strip():
            task = task_text(cell)
            break
    if len(task.split()) < 2:
        return
    issued = ctx.issued
    deadline = None
    for kind, head, cell in zip(kinds, p.header, cells):
        if kind == "time" and cell.strip():
            year = re.search(r"(?:19|20)\d{2}", head)
            deadline = dates.parse_deadline(cell, issued=f"{year.group(0)}-01-01" if year else issued)
            if deadline is None and re.match(r"^\s*thường\s+xuyên", cell, _F):
                deadline = Deadline(text=squash(cell), recurrence="continuous")
            break
    span = (p.start, p.end)
    emitted = False
    seen = set()
    for kind, cell in zip(kinds, cells):
        if kind not in {"chủ trì", "phối hợp", "thực hiện"} or not cell.strip():
            continue
        if re.match(r"\s*Theo\s+(?:phân\s+công|quy\s+định|chức\s+năng)", cell, _F):
            continue  # "Theo phân công tại Quyết định số ...": the assignee is elsewhere
        agencies = _outside_parens(cell, find_agencies(cell, province=ctx.province))
        if not agencies:
            org = organisation_label(re.sub(r"^\s*(?:Đại\s+diện\s+)?(?:Lãnh\s+đạo|Thủ\s+trưởng)\s+", "", cell, flags=_F))
            agencies = [AgencyMatch(0, 0, cell, org)] if org else []
        for a in agencies:
            if (a.canonical, kind) in seen:
                continue
            seen.add((a.canonical, kind))
            _emit(ctx, a, kind, task, deadline, *span)  # type: ignore[arg-type]
            emitted = True
    if not emitted and deadline is not None:
        ctx.out.append(DeadlineFact(task=task, deadline=deadline, start=p.start, end=p.end))


# --- the document ------------------------------------------------------------------------------


def extract_assignments(
    paragraphs: Sequence[Paragraph], *, issued: str | None = None, province: str | None = None
) -> list[Assignment | DeadlineFact]:
    """Assignments and agency-less time limits in ``paragraphs``, in document order."""
    ctx = _Ctx(issued, province, [], {p.section[-1]: p.text for p in paragraphs if p.heading and p.section})
    labels, consumed = _joined_labels(paragraphs, province)

    suspect = _gapped_labels(paragraphs)
    colon_lines = [_colon_agencies(p, province, bare_ok=False) if p.kind == "text" else None for p in paragraphs]
    block: _Block | None = None
    closing = False  # after "Nơi nhận" / "Trên đây là ...": no more tasks under headings
    # Who the paragraphs below belong to, in reading order: (agencies, depth of the label that
    # named them). A label of the same or a higher level ends it. Labels the outliner missed
    # count too ("2.10." then "Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh").
    # The role is what a lead-in line gave them ("Giao Sở X chủ trì ...:"), else "thực hiện".
    owner: tuple[list[AgencyMatch], int, Role] | None = None
    section_depth = 0  # depth of the last heading: a lead-in's items end with the next one as high
    pending: int | None = None  # depth of a bare number line ("2.10.") waiting for its label
    for idx, p in enumerate(paragraphs):
        if p.kind == "table_row":
            _table_row(ctx, p)
            continue
        text = p.text
        if not text.strip() or idx in consumed:
            continue
        depth = _depth(text)
        if p.heading or depth is not None:
            d = depth if depth is not None else 1
            if owner is not None and d <= owner[1]:
                owner = None
            if p.heading:
                section_depth = d
                closing = False
                label = p.section[-1] if p.section else text
                named = [] if label in suspect else label_agencies(
                    labels.get(label, text), province=province, generic=_in_assign_section(p.section)
                )
                if named:
                    owner = (named, d, "thực hiện")
        if _CLOSING.match(text):
            closing = True
        if _BARE_NUMBER.match(text):
            pending = depth if depth is not None else 2
            continue
        if pending is not None and not p.heading and _label_like(text):
            named = label_agencies(text, province=province, generic=_in_assign_section(p.section))
            if named:
                owner = (named, pending, "thực hiện")
            pending = None
            continue
        pending = None
        fields = [] if p.heading else _fields(p)
        if fields:
            seen_kinds = {f[0] for f in block.fields} if block is not None else set()
            if block is None or block.section != p.section or fields[0][0] in seen_kinds:
                if block is not None:
                    _flush_block(ctx, block)
                prev = paragraphs[idx - 1] if idx > 0 else None
                intro = prev.text if prev is not None and prev.kind == "text" and not prev.heading and not _fields(prev) else ""
                block = _Block(p.section, [], intro if len(intro) < 400 else "")
            block.fields.extend((k, v, s, e, p) for k, v, s, e in fields)
            continue
        if block is not None and block.section != p.section:
            _flush_block(ctx, block)
            block = None
        if block is not None and not p.heading and block.fields and not block.fields[-1][1].strip():
            kind = block.fields[-1][0]  # "- Nội dung:" with the content on the next line
            q = strip_list_marker(text)
            block.fields[-1] = (kind, text[q:], q, len(text), p)
        if p.heading or _excluded(p.section) or re.match(r"^\W*(?:Căn\s+cứ|Nơi\s+nhận|Số\s*:)", text, _F):
            continue
        before = len(ctx.out)
        # "Sở X: tasks" (a bare department name only among other such lines).
        found = colon_lines[idx]
        if found is None:
            near = colon_lines[max(0, idx - 3) : idx] + colon_lines[idx + 1 : idx + 4]
            if any(near):
                found = _colon_agencies(p, province, bare_ok=True)
        if found is not None and idx > 0 and _continues_previous(paragraphs[idx - 1], p, province):
            found = None  # "3.1. Bằng khen của Thủ tướng" + "Chính phủ: ...": a heading cut in two
        if found is not None and _colon_line(ctx, p, found):
            if depth is not None:
                owner = (found[0], depth, "thực hiện")  # "1. Sở Tài chính: ..." and its tasks below
            continue
        in_section = _in_assign_section(p.section)
        got = False
        for s, e in sentence_spans(text):
            got = _sentence_assignments(ctx, p, s, e, weak_ok=in_section) or got
        if not got and not p.heading:
            owners, role = (owner[0], owner[2]) if owner is not None else ([], "thực hiện")
            q = strip_list_marker(text)
            fragment = q == 0 and (text[:1].islower() or text[:1].isdigit())  # a cut-off continuation
            if owners and not closing and not fragment and not _PAST.match(text, q) and _opens_task(text, q, owners):
                _role_task(ctx, p, owners, q, len(text), span_start=q, role=role)
            lead = None if closing or p.heading else _lead_in(p, province)
            if lead is not None:  # the items below are its tasks, up to the next heading as high
                owner = (lead[0], section_depth, lead[1])
        if len(ctx.out) == before:
            _deadline_facts(ctx, p)
    if block is not None:
        _flush_block(ctx, block)
    return ctx.out


_DEPTHS = (
    (re.compile(r"^(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s"), 0),
    (re.compile(r"^[IVXL]{1,5}\s*[.)\-–](?:\s|$)"), 1),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}\.?(?:\s|$)"), 4),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.?(?:\s|$)"), 3),
    (re.compile(r"^(?:Điều\s+\d+|\d{1,2}\s*[.)])(?:\s|$)"), 2),
    (re.compile(r"^[a-zđ]\s*\)(?:\s|$)"), 5),
)


def _depth(text: str) -> int | None:
    """Outline level of a numbered line: I. → 1, 1. → 2, 1.1. → 3, a) → 5; None if unnumbered."""
    t = text.lstrip()
    for pattern, depth in _DEPTHS:
        if pattern.match(t):
            return depth
    return None


_BARE_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[a-zđ]\)|[IVX]{1,4}\.)\s*$")


def _label_like(text: str) -> bool:
    """A short line without a full stop: a heading the outliner missed."""
    return len(text.split()) <= 20 and not re.search(r"[.;]\s*$", text) and not strip_list_marker(text)


def _joined_labels(paragraphs: Sequence[Paragraph], province: str | None) -> tuple[dict[str, str], set[int]]:
    """Heading labels cut by a line break ("2.4. Bộ" + "Chỉ huy Quân sự tỉnh"), joined back when
    only the joined text names an agency; returns label → text and the continuation indexes."""
    labels: dict[str, str] = {}
    consumed: set[int] = set()
    for i, p in enumerate(paragraphs[:-1]):
        nxt = paragraphs[i + 1]
        if not p.heading or not p.section or nxt.heading or nxt.kind != "text" or not _label_like(nxt.text):
            continue
        if label_agencies(p.text, province=province, generic=False):
            continue
        joined = f"{p.text} {nxt.text}"
        if label_agencies(joined, province=province, generic=False):
            labels[p.section[-1]] = joined
            consumed.add(i + 1)
    return labels, consumed


_CLOSING = re.compile(r"^\W*(?:Nơi\s+nhận|Trên\s+đây\s+là|KT\.|TM\.|TL\.|Lưu\s*:)", _F)


def _opens_task(text: str, q: int, owners: list[AgencyMatch]) -> bool:
    """A paragraph under an agency heading is a task if it opens with a task verb, possibly
    after a short lead ("Trên cơ sở đề xuất của ..., Sở Tài chính tổng hợp ...")."""
    if action_at(text, q) is not None:
        return True
    if not re.match(r"(?:Trên\s+cơ\s+sở|Căn\s+cứ|Theo|Hằng\s+năm|Hàng\s+năm|Định\s+kỳ|Trước\s+ngày)", text[q:], _F):
        return False
    comma = text.find(",", q, q + 250)
    while comma != -1:
        k = comma + 1 + len(text[comma + 1 :]) - len(text[comma + 1 :].lstrip())
        if action_at(text, k) is not None:
            return True
        lst, after = _agency_list(text, k, min(len(text), k + 120), None)
        if lst and action_at(text, after + len(text[after:]) - len(text[after:].lstrip())) is not None:
            return True
        comma = text.find(",", comma + 1, q + 250)
    return False


_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _ordinal(label: str) -> int | None:
    m = re.match(r"^\s*(\d{1,2})\s*[.)]\s", label)
    if m:
        return int(m.group(1))
    m = re.match(r"^\s*([a-zđ])\s*\)\s", label)
    if m and m.group(1) in _LETTERS:
        return _LETTERS.index(m.group(1)) + 1
    return None


def _gapped_labels(paragraphs: Sequence[Paragraph]) -> set[str]:
    """Numbered labels whose next sibling skips numbers ("1. ..." then "7. ..."): the headings in
    between were lost (web extraction), so what follows the label may belong to others."""
    order: dict[tuple[str, ...], list[str]] = {}
    seen: set[tuple[str, ...]] = set()
    for p in paragraphs:
        for depth in range(1, len(p.section) + 1):
            path = p.section[:depth]
            if path not in seen:
                seen.add(path)
                order.setdefault(path[:-1], []).append(path[-1])
    gapped = set()
    for labels in order.values():
        numbered = [(lab, _ordinal(lab)) for lab in labels]
        for (lab, n), (_, m) in zip(numbered, numbered[1:]):
            if n is not None and m is not None and m != n + 1 and m > n:
                gapped.add(lab)
    return gapped


_TIME_LEAD = re.compile(
    r"(?:(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|định\s+kỳ(?:\s+\d+\s+tháng)?|"
    r"(?:trước|chậm\s+nhất|trong)[^,]{0,40})\s*,?\s*",
    _F,
)


def _deadline_facts(ctx: _Ctx, p: Paragraph) -> None:
    """Sentences that set a time limit without naming who: "Hoàn thành trước ngày 30/6/2026",
    "Định kỳ hằng quý, báo cáo kết quả ..."."""
    text = p.text
    for s, e in sentence_spans(text):
        deadline = _is_strong_deadline(text[s:e], issued=ctx.issued)
        if deadline is None:
            continue
        if re.search(r"(?<![\w])(?:đã|đang|vừa)(?![\w])", text[s:e], _F):
            continue  # a report of what was done, not a time limit
        q = s + strip_list_marker(text[s:e])
        lead = _TIME_LEAD.match(text, q)
        opens = action_at(text, q) is not None or (lead is not None and action_at(text, lead.end()) is not None)
        dated = deadline.end is not None and re.search(
            r"(?<![\w])(?:hoàn\s+thành|báo\s+cáo|gửi|nộp)(?![\w])", text[s:e], _F
        )
        if not (opens or dated):
            continue
        task = task_text(text[q:e])
        if len(task.split()) < 3:
            continue
        ctx.out.append(DeadlineFact(task=task, deadline=deadline, start=p.start + q, end=p.start + e))
