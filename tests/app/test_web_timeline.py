"""Deadline status relative to an injected "today", and the timeline chart's data."""
from __future__ import annotations

from datetime import date

import pytest

from webapp.tables import DeadlineRow
from webapp.timeline import (
    LATER,
    OVERDUE,
    RECURRING,
    SOON,
    UNDATED,
    around,
    chart,
    counts,
    deadline_frame,
    items,
    status,
)

TODAY = date(2024, 7, 1)


def _row(task, start=None, end=None, recurrence=None, text="", agency="Sở Y tế"):
    return DeadlineRow(task, agency, text or task, start, end, recurrence, "Kế hoạch 57/KH-UBND", "Quảng Trị", 2024,
                       "kh")


ROWS = [
    _row("a", end="2024-06-30", text="trước ngày 30/6/2024"),
    _row("b", start="2024-07-01", end="2024-09-30", text="Quý III/2024"),
    _row("c", end="2024-07-31", text="trước ngày 31/7/2024", agency=""),
    _row("d", recurrence="quarterly", text="hằng quý"),
    _row("e", text="sớm nhất có thể"),
]


@pytest.mark.parametrize(("start", "end", "recurrence", "expected"), [
    (None, "2024-06-30", None, OVERDUE),
    (None, "2024-07-01", None, SOON),  # due today
    (None, "2024-07-31", None, SOON),  # 30 days ahead
    (None, "2024-08-01", None, LATER),
    ("2024-07-01", "2024-09-30", None, LATER),  # a period is due at its end
    ("2024-05-01", None, None, OVERDUE),  # only a start known
    (None, None, "yearly", RECURRING),
    (None, None, None, UNDATED),
    (None, "not-a-date", None, UNDATED),
])
def test_status(start, end, recurrence, expected):
    assert status(start, end, recurrence, TODAY) == expected


def test_counts_and_items():
    assert counts(ROWS, TODAY) == {OVERDUE: 1, SOON: 1, LATER: 1, RECURRING: 1, UNDATED: 1}
    assert counts(ROWS, date(2025, 1, 1))[OVERDUE] == 3
    timeline = items(ROWS, TODAY)
    assert [(t.task, t.start, t.due, t.status, t.agency) for t in timeline] == [
        ("a", date(2024, 6, 30), date(2024, 6, 30), OVERDUE, "Sở Y tế"),
        ("b", date(2024, 7, 1), date(2024, 9, 30), LATER, "Sở Y tế"),
        ("c", date(2024, 7, 31), date(2024, 7, 31), SOON, "(không ghi cơ quan)"),
    ]


def test_deadline_frame():
    df = deadline_frame(ROWS, TODAY)
    assert list(df.columns) == ["Thời hạn", "Nhiệm vụ", "Cơ quan", "Văn bản", "Tỉnh/thành", "Trạng thái", "Hạn (ngày)",
                                "Lặp lại"]
    assert list(df["Trạng thái"]) == [OVERDUE, LATER, SOON, RECURRING, UNDATED]
    assert list(df["Hạn (ngày)"]) == ["30/06/2024", "30/09/2024", "31/07/2024", "", ""]
    assert list(df["Lặp lại"]) == ["", "", "", "hằng quý", ""]


def test_chart_holds_every_dated_deadline_and_today():
    spec = chart(items(ROWS, TODAY), TODAY).to_dict()
    datasets = spec["datasets"].values()
    rows = next(d for d in datasets if len(d) == 3)
    assert [(r["Nhiệm vụ"], r["Trạng thái"]) for r in rows] == [("a", OVERDUE), ("b", LATER), ("c", SOON)]
    assert any(len(d) == 1 and str(d[0]["Hôm nay"]).startswith("2024-07-01") for d in datasets)


def test_items_within_a_period_around_today():
    period = around(TODAY, 1)  # 30 days each side
    assert period == (date(2024, 6, 1), date(2024, 7, 31))
    assert [t.task for t in items(ROWS, TODAY, period=period)] == ["a", "c"]  # "b" is due on 30/9
