"""The document's number: the "Số:" line of the header (digits left blank for stamping keep
the symbol; an e-signature stamp may carry the date) and the property lines of legal-database
pages ("- Số hiệu: 431/KH-UBND")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.doctypes import BLANK_NUMBER, NUMBER, normalise_number
from ingest.metadata.dates import iso_date
from ingest.metadata.text import NUMBER_LINE

_PROPERTY = re.compile(r"^[-•*\s]*(?P<key>Số hiệu|Ngày ban hành|Nơi ban hành)\s*:\s*(?P<value>.+)$")


@dataclass(frozen=True, slots=True)
class NumberLine:
    """What the "Số:" line says."""

    number: str | None = None  # "788/STP-HCBT"
    symbol: str | None = None  # the number's symbol, also when the digits are blank
    has_year: bool = False  # "144/2025/QĐ-UBND"
    stamp_date: str | None = None  # the date of an e-signature stamp written after the number
    below: bool = False  # the number is on the line after a bare "Số:"


def read_number_line(lines: list[str], i: int) -> NumberLine:
    """Read the "Số:" line ``lines[i]`` (or the line after it when the number is there)."""
    m = NUMBER_LINE.match(lines[i])
    rest = m.group("rest") if m else ""
    below = not rest.strip() and i + 1 < len(lines)  # "Số:" / "144/2025/QĐ-..."
    if below:
        rest = lines[i + 1]
    # a scan may read a gap into the digits: "Số: 257 1/VNPT-LĐG-NSTH"
    rest = re.sub(r"^(\s*\d{2,}) (\d{1,2}/)", r"\1\2", rest)
    nm = NUMBER.match(rest.strip())
    if nm:
        # An e-signature stamp: "Số: 2775/SNV-CCHC; 10/11/2025; 11:00:27;".
        sm = re.match(r";\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*;", rest.strip()[nm.end():])
        return NumberLine(
            number=normalise_number(nm.group(0)),
            symbol=nm.group("symbol"),
            has_year=bool(nm.group("year")),
            stamp_date=iso_date(*sm.groups()) if sm else None,
            below=below,
        )
    bm = BLANK_NUMBER.match(rest)
    return NumberLine(symbol=bm.group("symbol") if bm else None, below=below)


def properties(lines: list[str]) -> dict[str, str]:
    """ "- Số hiệu: 431/KH-UBND" style property lines of legal-database pages."""
    found: dict[str, str] = {}
    for line in lines:
        m = _PROPERTY.match(line)
        if m and m.group("key") not in found:
            found[m.group("key")] = m.group("value").strip()
    return found


def property_number(props: dict[str, str]) -> str | None:
    """The number in a "Số hiệu" property."""
    found = NUMBER.match(props.get("Số hiệu", ""))
    return normalise_number(found.group(0)) if found else None


def property_date(props: dict[str, str]) -> str | None:
    """The date of issue in a "Ngày ban hành: 17/08/2018" property."""
    found = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", props.get("Ngày ban hành", ""))
    return iso_date(*found.groups()) if found else None
