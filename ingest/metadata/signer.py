"""The signer: a "Người ký:" property, or the person's name in the signature block (after
"Nơi nhận" and the signing title "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")."""
from __future__ import annotations

import re

from ingest.metadata.text import SURNAMES, is_upper
from ingest.normalize import is_syllable
from ingest.provinces import find_provinces

# Titles that head a signature block ("KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN").
_SIGN_TITLE = re.compile(
    r"(?:^|\s)(?:(?:KT|TM|TL|TUQ|Q|PP)\.\s*(?=[^\W\d_])|(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|"
    r"BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|THỦ\s+TƯỚNG|CHỦ\s+NHIỆM|CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+BAN|"
    r"CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|TỔ\s+TRƯỞNG|HIỆU\s+TRƯỞNG|TRƯỞNG\s+PHÒNG|CHÁNH\s+THANH\s+TRA|"
    r"TỔNG\s+GIÁM\s+ĐỐC|THƯ\s+KÝ|TRƯỞNG\s+ĐOÀN)(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊ"
    r"ÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ,]+)*\s*$)"
)
_RECIPIENTS = re.compile(r"^(?:Nơi nhận|NƠI NHẬN)\b")
# A police or army officer signs with the rank before the name ("Thiếu tướng Trương Minh Đương"),
# which marks the signature even where a scan lost the title line above it.
_RANKED = re.compile(r"^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)\s+(?P<name>.+?)\s*$")
UNANCHORED_TAIL = 12  # last lines of a document searched for a ranked name when nothing marks the block
SIGNATURE_TAIL = 3  # last lines of a document where a name alone, below "Nơi nhận", is the signer
_SIGNER_PROPERTY = re.compile(r"^[-•*\s]*Người ký\s*:\s*(?P<name>.+)$")


def _unglue(word: str) -> str:
    """Drop a stray lower-case glyph of the signature image glued to a name: "ơNguyễn" -> "Nguyễn"."""
    for cut in (1, 2):
        head, rest = word[:cut], word[cut:]
        if head.islower() and head.isalpha() and rest[:1].isupper() and rest[1:].islower():
            return rest
    return word


def is_person_name(candidate: str) -> bool:
    """2-5 capitalised syllables starting with a Vietnamese surname, naming no province."""
    words = candidate.split()
    if not 2 <= len(words) <= 5 or words[0] not in SURNAMES:
        return False
    if not all(w[:1].isupper() and w[1:] == w[1:].lower() and is_syllable(w) for w in words):
        return False
    return not find_provinces(candidate)


def _name_in(line: str) -> str | None:
    """A person's name filling ``line``, or ending it after a signing title or "; " (PDF columns
    glued: "- Văn phòng Chủ tịch nước; Phạm Minh Chính", "PHÓ TRƯỞNG BAN Nguyễn Bắc Hải")."""
    line = " ".join(_unglue(w) for w in line.split())
    if is_person_name(line):
        return line
    lead = re.match(r"^((?:[^\W\d_]+\s+){1,4}[^\W\d_]+)\s+(\d{1,3}|[^\W\d_])(?:\s|$)", line)
    if lead and is_person_name(lead.group(1)) and not lead.group(2).isupper():
        return lead.group(1)  # a page number or footnote marker glued after the name
    if line.endswith((";", ",", ".", ")")):
        return None
    words = line.split()
    run: list[str] = []
    while words and words[-1][:1].isupper() and words[-1][1:] == words[-1][1:].lower():
        run.insert(0, words.pop())
    while len(run) >= 2:
        if is_person_name(" ".join(run)) and words and (words[-1].isupper() or words[-1][-1] in ";:,)"):
            return " ".join(run)
        if not words or run[0] not in SURNAMES:
            words.append(run.pop(0))
        else:
            break
    return None


def find_signer(lines: list[str]) -> str | None:
    for line in lines:
        m = _SIGNER_PROPERTY.match(line)
        if m and is_person_name(m.group("name").strip()):
            return m.group("name").strip()
    anchors = [i for i, line in enumerate(lines) if _RECIPIENTS.match(line) or (
        _SIGN_TITLE.search(line) and is_upper(line.split(":")[-1]))]
    if not anchors:  # a scan may glue "Nơi nhận:" to the last sentence: an officer's rank still shows
        ranked = [m.group("name") for m in map(_RANKED.match, lines[-UNANCHORED_TAIL:])
                  if m and is_person_name(m.group("name"))]
        return ranked[-1] if ranked else None
    recipients = [i for i in anchors if _RECIPIENTS.match(lines[i])]
    # The block starts at the first "Nơi nhận" (annexes may follow), else at the last title.
    begin = recipients[0] - 3 if recipients else anchors[-1]
    seen_title = False
    for i in range(max(begin, 0), min(len(lines), max(begin, 0) + 40)):
        line = lines[i]
        ranked = _RANKED.match(line)
        if ranked and is_person_name(ranked.group("name")):
            return ranked.group("name")
        if _SIGN_TITLE.search(line):
            seen_title = True
        if not seen_title:
            continue
        name = _name_in(line)
        words = line.split()
        if i + 1 < len(lines) and len(words) <= 4 and words[0] in SURNAMES and all(
            w[:1].isupper() and w[1:] == w[1:].lower() for w in words
        ):
            # A name broken by a fixed-width wrap: "Bùi" / "Xuân Cường", "Lê Tấn" / "Cận".
            nxt = lines[i + 1]
            joined = _name_in(line + " " + nxt) if len(nxt.split()) <= 3 else None
            if joined and (name is None or len(nxt.split()) == 1 and is_syllable(nxt)):
                name = joined
        if name:
            return name
        if re.match(r"^(?:PHỤ LỤC|Phụ lục|QUY CHẾ|QUY ĐỊNH|DANH SÁCH|Điều \d|Chương)", line):
            break
    if recipients:
        # A title the scan damaged ("GLÁM ĐÓC U„ụợớ—~") hides the block's start; a name alone on
        # one of the document's last lines, below the recipients, is still the signature.
        tail = range(max(recipients[0] + 1, len(lines) - SIGNATURE_TAIL), len(lines))
        names = [lines[i].strip() for i in tail if is_person_name(lines[i].strip())]
        return names[-1] if names else None
    return None
