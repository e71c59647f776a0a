"""Text the app shows: citation labels, highlighted excerpts, answers, the chat filters.

Everything taken from documents is HTML-escaped before it is put into markup, and ``$``
is escaped too so amounts are never read as formulas.

>>> highlight("Sở Y tế <chủ trì> việc này.", (0, 7))
'<mark>Sở Y tế</mark> &lt;chủ trì&gt; việc này.'
>>> citation_label({"doc_type": "Kế hoạch", "number": "12/KH-UBND", "section": "II. Nhiệm vụ", "page": 3})
'Kế hoạch 12/KH-UBND · II. Nhiệm vụ · trang 3'
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from index.search import Filters
from ingest.records import Document

def escape(text: str) -> str:
    """Escape for HTML inside st.markdown: tags, ``$`` (formulas) and line breaks."""
    return html.escape(text, quote=False).replace("$", "&#36;").replace("\n", "<br>")


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~<>$-])")


def md_escape(text: str) -> str:
    """Escape Markdown syntax in a label (widget labels, headings).

    >>> md_escape("1. Sở Y tế (chủ trì) *")
    '1. Sở Y tế \\\\(chủ trì\\\\) \\\\*'
    """
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def highlight(text: str, span: Sequence[int]) -> str:
    """``text`` escaped, the ``[start, end)`` span wrapped in ``<mark>``; a bad span marks nothing."""
    start, end = (int(span[0]), int(span[1])) if len(span) == 2 else (0, 0)
    start, end = max(0, start), min(len(text), end)
    if end <= start:
        return escape(text)
    return f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}"


def doc_name(doc_type: str | None, number: str | None, title: str | None, source: str | None) -> str:
    """"Kế hoạch 12/KH-UBND", or the number, or the title, or the file name."""
    if doc_type and number:
        return f"{doc_type} {number}"
    if number:
        return f"Văn bản {number}"
    if title:
        return title
    return Path(source or "").name or "(không rõ)"


def document_label(doc: Document) -> str:
    m = doc.meta
    name = doc_name(m.doc_type, m.number, m.title, doc.source)
    extra = [x for x in (m.province, m.issued[:4] if m.issued else None) if x]
    return f"{name} ({', '.join(extra)})" if extra and name != m.title else name


def unique(labels: Mapping[str, str]) -> dict[str, str]:
    """The same labels, a repeated one made distinct with zero-width spaces.

    Streamlit's selection widgets tell options apart by their displayed label.

    >>> list(unique({"a": "Kế hoạch 5", "b": "Kế hoạch 5"}).values())
    ['Kế hoạch 5', 'Kế hoạch 5\u200b']
    """
    out: dict[str, str] = {}
    used: set[str] = set()
    for key, label in labels.items():
        while label in used:
            label += "\u200b"
        used.add(label)
        out[key] = label
    return out


def citation_label(c: Mapping[str, Any]) -> str:
    """One line: document, section, page, OCR; ``c`` is a citation of ``Answer.to_json()``."""
    parts = [doc_name(c.get("doc_type"), c.get("number"), c.get("title"), c.get("source"))]
    if c.get("section"):
        parts.append(str(c["section"]))
    if c.get("page"):
        parts.append(f"trang {c['page']}")
    if c.get("ocr"):
        parts.append("nhận dạng chữ (OCR)")
    return " · ".join(parts)


def citation_details(c: Mapping[str, Any], n: int | None = None) -> str:
    """Escaped HTML under a citation: [n] document (bold), title, issuer and date, section, page, OCR."""
    name = doc_name(c.get("doc_type"), c.get("number"), c.get("title"), c.get("source"))
    lines = [f"<b>{f'[{n}] ' if n else ''}{escape(name)}</b>"]
    if c.get("title") and c.get("title") != name:
        lines.append(escape(str(c["title"])))
    who = " · ".join(str(x) for x in (c.get("issuer"), vn_date(c.get("issued"))) if x)
    where = []
    if c.get("section"):
        where.append(f"Mục: {escape(str(c['section']))}")
    if c.get("page"):
        where.append(f"Trang {int(c['page'])}")
    lines += [x for x in (escape(who), " · ".join(where)) if x]
    if c.get("ocr"):
        lines.append("<b>Lưu ý:</b> đoạn này được nhận dạng chữ (OCR) từ bản quét, hãy đối chiếu với bản gốc.")
    return '<div class="nguon">' + "<br>".join(lines) + "</div>"


def window(text: str, span: Sequence[int], *, context: int = 200) -> tuple[str, tuple[int, int]]:
    """About ``context`` characters of ``text`` on each side of ``span``, cut at spaces, with "…".

    >>> window("một hai ba bốn năm sáu bảy", (8, 10), context=4)
    ('… hai ba bốn …', (6, 8))
    """
    start, end = (int(span[0]), int(span[1])) if len(span) == 2 else (0, 0)
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if end <= start:
        start = end = 0
    left = max(0, start - context)
    right = min(len(text), max(end, start) + context)
    if left > 0:
        cut = text.rfind(" ", 0, left + 1)
        left = cut + 1 if cut >= 0 and start - cut <= context * 2 else left
    if right < len(text):
        cut = text.find(" ", right)
        right = cut if cut >= 0 else len(text)
    prefix = "… " if left > 0 else ""
    suffix = " …" if right < len(text) else ""
    piece = text[left:right].strip()
    lead = len(text[left:right]) - len(text[left:right].lstrip())
    offset = len(prefix) - left - lead
    return prefix + piece + suffix, (start + offset, end + offset) if end > start else (0, 0)


def excerpt_html(c: Mapping[str, Any], *, context: int | None = None) -> str:
    """The excerpt in a quote block, its supporting span highlighted; trimmed around it with ``context``."""
    text, span = str(c.get("text", "")), tuple(c.get("highlight") or (0, 0))
    if context is not None:
        text, span = window(text, span, context=context)
    return f'<div class="trich-doan">{highlight(text, span)}</div>'


def answer_html(answer: Mapping[str, Any]) -> str:
    return f'<div class="tra-loi">{escape(str(answer.get("answer", "")))}</div>'


def understood_note(answer: Mapping[str, Any]) -> str | None:
    """"Đã hiểu câu hỏi là: ..." when the assistant read the question otherwise than typed (a
    follow-up completed from the conversation, diacritics put back), so the user can check it.

    >>> understood_note({"question": "so nao chu tri?", "effective_question": "sở nào chủ trì?"})
    'Đã hiểu câu hỏi là: “sở nào chủ trì?”'
    >>> understood_note({"question": "Sở nào chủ trì?", "effective_question": "Sở nào chủ trì?"}) is None
    True
    """
    asked, understood = str(answer.get("question") or ""), str(answer.get("effective_question") or "")
    if not understood or " ".join(understood.split()) == " ".join(asked.split()):
        return None
    return f"Đã hiểu câu hỏi là: “{understood}”"


def answer_record(answer: Any) -> dict[str, Any]:
    """What the chat history keeps of an ``Answer``: its JSON plus the resolved question.

    ``Turn.from_json`` reads ``effective_question`` so that chains of follow-ups keep their
    subject; ``Answer.to_json`` does not include it.
    """
    return {**answer.to_json(), "effective_question": answer.effective_question}


def vn_date(iso: str | None) -> str | None:
    """"2018-08-17" -> "17/08/2018"."""
    if not iso or len(iso) < 10:
        return iso
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


def chat_filters(*, doc_types: Iterable[str] = (), provinces: Iterable[str] = (), years: Iterable[int] = (),
                 doc_ids: Iterable[str] = ()) -> Filters:
    return Filters(doc_types=tuple(doc_types), provinces=tuple(provinces), years=tuple(int(y) for y in years),
                   doc_ids=tuple(doc_ids))


def filter_options(documents: Iterable[Document]) -> dict[str, list]:
    """Choices for the filters: document types, provinces, years (newest first)."""
    docs = list(documents)
    return {
        "doc_types": sorted({d.meta.doc_type for d in docs if d.meta.doc_type}),
        "provinces": sorted({d.meta.province for d in docs if d.meta.province}),
        "years": sorted({int(d.meta.issued[:4]) for d in docs if d.meta.issued}, reverse=True),
    }
