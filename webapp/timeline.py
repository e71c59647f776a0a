"""Deadlines relative to a date ("today", injectable): overdue, due soon, later, and a timeline chart.

>>> from datetime import date
>>> status(None, "2025-06-30", None, date(2025, 7, 1))
'Quá hạn'
>>> status(None, "2025-07-20", None, date(2025, 7, 1))
'Sắp đến hạn'
>>> status(None, None, "quarterly", date(2025, 7, 1))
'Định kỳ'
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from webapp.tables import DeadlineRow, frame

if TYPE_CHECKING:
    import pandas as pd

OVERDUE = "Quá hạn"
SOON = "Sắp đến hạn"
LATER = "Còn hạn"
RECURRING = "Định kỳ"
UNDATED = "Chưa rõ ngày"
STATUS_ORDER = (OVERDUE, SOON, LATER, RECURRING, UNDATED)
STATUS_COLORS = {OVERDUE: "#d62728", SOON: "#ff7f0e", LATER: "#2ca02c"}
SOON_DAYS = 30
RECURRENCE_VI = {"weekly": "hằng tuần", "monthly": "hằng tháng", "quarterly": "hằng quý",
                 "semiannual": "6 tháng một lần", "yearly": "hằng năm"}


def _date(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def status(start: str | None, end: str | None, recurrence: str | None, today: date, *,
           soon_days: int = SOON_DAYS) -> str:
    """Where a deadline stands on ``today``; the due date is ``end`` (or ``start`` when only it is known)."""
    due = _date(end) or _date(start)
    if due is None:
        return RECURRING if recurrence else UNDATED
    if due < today:
        return OVERDUE
    if due <= today + timedelta(days=soon_days):
        return SOON
    return LATER


@dataclass(frozen=True, slots=True)
class TimelineItem:
    task: str
    agency: str
    deadline: str  # as written
    start: date  # == due for a single day
    due: date
    status: str
    document: str


def around(today: date, months: int) -> tuple[date, date]:
    """The period from ``months`` before ``today`` to ``months`` after it.

    >>> around(date(2024, 7, 1), 6)
    (datetime.date(2023, 12, 31), datetime.date(2024, 12, 31))
    """
    days = round(months * 30.5)
    return today - timedelta(days=days), today + timedelta(days=days)


def items(rows: Sequence[DeadlineRow], today: date, *, soon_days: int = SOON_DAYS,
          period: tuple[date, date] | None = None) -> list[TimelineItem]:
    """The dated deadlines, for the chart; only those due within ``period`` when it is given."""
    out = []
    for r in rows:
        due = _date(r.end) or _date(r.start)
        if due is None or (period and not period[0] <= due <= period[1]):
            continue
        start = min(_date(r.start) or due, due)
        out.append(TimelineItem(r.task, r.agency or "(không ghi cơ quan)", r.deadline, start, due,
                                status(r.start, r.end, r.recurrence, today, soon_days=soon_days), r.document))
    return out


def counts(rows: Sequence[DeadlineRow], today: date, *, soon_days: int = SOON_DAYS) -> dict[str, int]:
    out = dict.fromkeys(STATUS_ORDER, 0)
    for r in rows:
        out[status(r.start, r.end, r.recurrence, today, soon_days=soon_days)] += 1
    return out


def deadline_frame(rows: Sequence[DeadlineRow], today: date, *, soon_days: int = SOON_DAYS) -> pd.DataFrame:
    """The deadlines table with a status column and the recurrence in Vietnamese."""
    statuses = [status(r.start, r.end, r.recurrence, today, soon_days=soon_days) for r in rows]
    due = [_date(r.end) or _date(r.start) for r in rows]
    return frame(list(rows), DeadlineRow, extra={
        "Trạng thái": statuses,
        "Hạn (ngày)": [d.strftime("%d/%m/%Y") if d else "" for d in due],
        "Lặp lại": [RECURRENCE_VI.get(r.recurrence or "", r.recurrence or "") for r in rows],
    })


def chart(timeline: Sequence[TimelineItem], today: date) -> Any:
    """An Altair chart: one row per agency, a mark per deadline (a bar for a period), a rule at today."""
    import altair as alt
    import pandas as pd

    data = pd.DataFrame([{
        "Nhiệm vụ": t.task if len(t.task) <= 160 else t.task[:157] + "…",
        "Cơ quan": t.agency if len(t.agency) <= 40 else t.agency[:37] + "…",
        "Thời hạn": t.deadline,
        "Bắt đầu": pd.Timestamp(t.start),
        "Hạn": pd.Timestamp(t.due),
        "Trạng thái": t.status,
        "Văn bản": t.document,
    } for t in timeline])
    lanes = max(1, data["Cơ quan"].nunique()) if len(data) else 1
    color = alt.Color("Trạng thái:N", scale=alt.Scale(domain=list(STATUS_COLORS), range=list(STATUS_COLORS.values())),
                      legend=alt.Legend(orient="top", title=None))
    y = alt.Y("Cơ quan:N", title=None, axis=alt.Axis(labelLimit=260))
    tooltip = ["Nhiệm vụ", "Cơ quan", "Thời hạn", alt.Tooltip("Hạn:T", format="%d/%m/%Y"), "Văn bản", "Trạng thái"]
    base = alt.Chart(data)
    bars = base.mark_bar(height=8, opacity=0.45).encode(
        x=alt.X("Bắt đầu:T", title=None, axis=alt.Axis(format="%m/%Y")), x2="Hạn:T", y=y, color=color, tooltip=tooltip)
    points = base.mark_point(filled=True, size=90).encode(x="Hạn:T", y=y, color=color, tooltip=tooltip)
    rule = alt.Chart(pd.DataFrame({"Hôm nay": [pd.Timestamp(today)]})).mark_rule(
        color="#555", strokeDash=[4, 3]).encode(x="Hôm nay:T")
    return (bars + points + rule).properties(height=min(60 + 34 * lanes, 520))
