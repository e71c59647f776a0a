"""The documents a text rests on: numbers cited by the "Căn cứ ..." / "Thực hiện ..."
paragraphs that open the body."""
from __future__ import annotations

import re

from ingest.doctypes import find_numbers
from ingest.metadata.dates import find_date
from ingest.metadata.text import AUTHORITY, NUMBER_LINE, PREAMBLE, is_upper

_PREAMBLE_SKIP = re.compile(r"^(?:Xét\b|Theo đề nghị|Theo đề xuất|Trên cơ sở|Kính gửi)")


def preamble_cites(lines: list[str], start: int) -> list[str]:
    """Numbers cited by the "Căn cứ ..." / "Thực hiện ..." paragraphs that open the body."""
    refs: list[str] = []
    mode: str | None = None  # "cite", "skip" (Kính gửi, Xét, Theo đề nghị, authority line)
    prev = ""
    for i in range(start, min(len(lines), start + 60)):
        line = lines[i]
        continues = mode is not None and (
            not prev.endswith((".", ";", ":"))
            or (prev.endswith(":") and line.startswith(("-", "+", "•")))
            or line[:1].islower()
        )
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if find_date(lines, i, i + 1) or NUMBER_LINE.match(line):
            mode = "skip"  # header lines read after "Kính gửi:" (one column after the other)
        elif PREAMBLE.match(line) or (line in {"Căn", "Thực"} and nxt.startswith(("cứ", "hiện"))):
            mode = "cite"
        elif _PREAMBLE_SKIP.match(line) or (is_upper(line) and AUTHORITY.match(line)):
            mode = "skip"
        elif mode == "skip" and line.startswith(("-", "+", "•")):
            pass  # recipients under "Kính gửi:"
        elif not continues:
            break
        if mode == "cite":
            refs.extend(find_numbers(line))
        prev = line
    return refs


def dedupe(numbers: list[str], own: str | None) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for n in numbers:
        if n != own:
            seen.setdefault(n, None)
    return tuple(seen)
