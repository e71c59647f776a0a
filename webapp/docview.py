"""A document's outline and its text by section, built from its passages' section paths.

A passage's section is the path of headings above it ("IV. Tổ chức thực hiện › 1. Sở Y tế").
Consecutive passages with the same path form one ``Section`` whose text is the document's text
over their span; the outline lists every path and its ancestors in order of appearance.

>>> from ingest.records import Passage
>>> text = "Mở đầu.\\nI. Mục tiêu\\nĐạt 80%.\\nII. Nhiệm vụ\\n1. Sở Y tế\\nChủ trì."
>>> cut = [(0, 7, ""), (8, 28, "I. Mục tiêu"), (29, 41, "II. Nhiệm vụ"), (42, 61, "II. Nhiệm vụ › 1. Sở Y tế")]
>>> ps = [Passage("d", i, text[s:e], sec, None, s, e) for i, (s, e, sec) in enumerate(cut)]
>>> [(e.label, e.depth) for e in outline(sections(text, ps))]
[('Phần đầu', 0), ('I. Mục tiêu', 0), ('II. Nhiệm vụ', 0), ('1. Sở Y tế', 1)]
>>> [s.body for s in within(sections(text, ps), "II. Nhiệm vụ")]
['', 'Chủ trì.']
>>> only = Passage("d", 0, "", "II. Nhiệm vụ › 1. Sở Y tế", None, 0, 33)
>>> sections("II. Nhiệm vụ\\n1. Sở Y tế\\nChủ trì.", [only])[0].body
'Chủ trì.'
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ingest.records import Passage

SEP = " › "
PREAMBLE = "Phần đầu"  # text before the first heading


@dataclass(frozen=True, slots=True)
class Section:
    path: str  # "" for the text before the first heading
    label: str  # the last heading of the path
    depth: int
    text: str  # the document's text over the passages' span, heading line included
    pages: tuple[int, ...]
    ocr: bool

    @property
    def body(self) -> str:
        """The text without the heading lines it starts with (they are shown as headings)."""
        labels = {_squash(p) for p in _parts(self.path)}
        lines = self.text.strip().split("\n")
        while lines and _squash(lines[0]) in labels:
            lines.pop(0)
        return "\n".join(lines).strip()


    @property
    def where(self) -> str:
        """"trang 3–5 · nhận dạng chữ (OCR)"; "" when nothing is known."""
        parts = []
        if self.pages:
            first, last = self.pages[0], self.pages[-1]
            parts.append(f"trang {first}" if first == last else f"trang {first}–{last}")
        if self.ocr:
            parts.append("nhận dạng chữ (OCR): hãy đối chiếu bản gốc")
        return " · ".join(parts)


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    path: str
    label: str
    depth: int


def _parts(path: str) -> list[str]:
    return [p for p in path.split(SEP)] if path else []


def sections(text: str, passages: Sequence[Passage]) -> list[Section]:
    """Runs of consecutive passages sharing a section path, in document order."""
    out: list[Section] = []
    run: list[Passage] = []

    def close() -> None:
        if not run:
            return
        path = run[0].section
        parts = _parts(path)
        body = text[run[0].start:run[-1].end] if text else "\n".join(p.text for p in run)
        pages = tuple(sorted({p.page for p in run if p.page is not None}))
        out.append(Section(path, parts[-1] if parts else PREAMBLE, max(len(parts) - 1, 0), body, pages,
                           any(p.ocr for p in run)))
        run.clear()

    for p in sorted(passages, key=lambda p: p.seq):
        if run and p.section != run[0].section:
            close()
        run.append(p)
    close()
    return out


def outline(secs: Sequence[Section]) -> list[OutlineEntry]:
    """Every section path and its ancestors once, in order of first appearance."""
    seen: set[str] = set()
    out: list[OutlineEntry] = []
    for s in secs:
        parts = _parts(s.path)
        if not parts and "" not in seen:
            seen.add("")
            out.append(OutlineEntry("", PREAMBLE, 0))
        for depth in range(len(parts)):
            path = SEP.join(parts[: depth + 1])
            if path not in seen:
                seen.add(path)
                out.append(OutlineEntry(path, parts[depth], depth))
    return out


def entered(previous: str | None, path: str) -> list[OutlineEntry]:
    """The headings to show when the text moves on from section ``previous`` to section ``path``.

    >>> [(e.label, e.depth) for e in entered("I. Mục tiêu", "II. Nhiệm vụ › 1. Sở Y tế")]
    [('II. Nhiệm vụ', 0), ('1. Sở Y tế', 1)]
    >>> entered("II. Nhiệm vụ › 1. Sở Y tế", "II. Nhiệm vụ › 1. Sở Y tế")
    []
    """
    if previous == path:
        return []
    if not path:
        return [OutlineEntry("", PREAMBLE, 0)]
    old, new = _parts(previous or ""), _parts(path)
    same = 0
    while same < min(len(old), len(new)) and old[same] == new[same]:
        same += 1
    return [OutlineEntry(SEP.join(new[: d + 1]), new[d], d) for d in range(same, len(new))]


def menu_labels(entries: Sequence[OutlineEntry]) -> dict[str, str]:
    """Outline labels for a radio list: indented by depth and unique.

    Sections repeat names ("1. Kết quả năm 2024" under several headings); Streamlit's radio
    tells options apart by their label, so a repeated label gets zero-width spaces appended.

    >>> labels = menu_labels([OutlineEntry("A", "A", 0), OutlineEntry("A › 1. X", "1. X", 1),
    ...                       OutlineEntry("B", "B", 0), OutlineEntry("B › 1. X", "1. X", 1)])
    >>> [(v, len(v)) for v in labels.values()]
    [('A', 1), ('\u20031. X', 5), ('B', 1), ('\u20031. X\u200b', 6)]
    """
    from webapp.render import unique

    return unique({e.path: "\u2003" * e.depth + e.label for e in entries})


def within(secs: Sequence[Section], path: str | None) -> list[Section]:
    """The sections at ``path`` and below it; every section for None."""
    if path is None:
        return list(secs)
    if path == "":
        return [s for s in secs if s.path == ""]
    return [s for s in secs if s.path == path or s.path.startswith(path + SEP)]


def neighbours(entries: Sequence[OutlineEntry], path: str | None) -> tuple[str | None, str | None]:
    """The previous and next outline paths around ``path`` (None at the ends or for the whole text)."""
    paths = [e.path for e in entries]
    if path is None or path not in paths:
        return None, (paths[0] if paths else None)
    i = paths.index(path)
    return (paths[i - 1] if i > 0 else None), (paths[i + 1] if i + 1 < len(paths) else None)
