"""The header block of the first page: the "Số:" line, the place-date line and the issuer
lines above them (Nghị định 30/2020/NĐ-CP layout, columns read in any order)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.doctypes import type_from_title
from ingest.metadata.dates import find_date
from ingest.metadata.numbers import NumberLine, read_number_line
from ingest.metadata.text import NUMBER_LINE, PREAMBLE, VV_LINE, is_upper
from ingest.provinces import find_provinces


HEADER_WINDOW = 40  # lines of the first page the header is looked for in


@dataclass(frozen=True, slots=True)
class Header:
    start: int  # first header line (issuer or number)
    end: int  # first line after the number and place-date lines
    issuer_lines: list[str]
    number: str | None
    symbol: str | None  # the number's symbol, also when the digits are blank
    has_year: bool
    issued: str | None
    place_province: str | None
    date_line: int | None  # first line of the place-date (the place may wrap)


def parse_header(lines: list[str]) -> Header | None:
    """The header from its "Số:" line and place-date line (either may be missing), or None."""
    window = min(len(lines), HEADER_WINDOW)
    num_i = next((i for i in range(window) if NUMBER_LINE.match(lines[i])), None)
    # The place-date may follow "Kính gửi:" when columns are read one after the other, so
    # the search stops only where the body starts.
    stop = next((i for i in range(window) if PREAMBLE.match(lines[i])
                 or (len(lines[i]) > 250 and not VV_LINE.match(lines[i]))
                 or lines[i].startswith(("Xét ", "Theo đề nghị"))), window)
    found = find_date(lines, 0, stop)
    if num_i is None and found is None:
        return None
    if num_i is None and found is not None and found.line > 12:
        return None  # a date deep in a page without a "Số:" line is not a header
    num = read_number_line(lines, num_i) if num_i is not None else NumberLine()
    anchors = [i for i in (num_i, found.line if found else None) if i is not None]
    first = min(anchors)
    end = max([*anchors, found.end_line if found else 0]) + 1
    if num_i is not None and num.below:
        end = max(end, num_i + 2)
    # Issuer: the run of upper-case lines just above the first header anchor (or above the
    # type line): mixed-case lines (site menus, "Dự thảo") reset the run.
    issuer: list[str] = []
    for line in lines[:first]:
        line = re.sub(r"\s+\d{4,}$", "", line)  # a stamped register number beside the name
        if not any(c.isalpha() for c in line):
            continue
        if is_upper(line) and type_from_title(line) is None:
            issuer.append(line)
        elif not VV_LINE.match(line):
            issuer = []
    province = None
    if found:
        spans = find_provinces(found.place)
        province = spans[-1][2] if spans else None
    return Header(
        start=first - len(issuer),
        end=end,
        issuer_lines=issuer,
        number=num.number,
        symbol=num.symbol,
        has_year=num.has_year,
        issued=found.iso if found and found.iso else num.stamp_date,
        place_province=province,
        date_line=found.line if found else None,
    )
