"""Dates, periods and recurrences normalised to ISO ranges."""
from __future__ import annotations

import pytest

from ingest.facts.dates import find_deadlines, parse_deadline
from ingest.records import Deadline


@pytest.mark.parametrize(
    ("text", "issued", "expected"),
    [
        # exact days
        ("trước ngày 30/6/2026", None, Deadline("trước ngày 30/6/2026", None, "2026-06-30")),
        ("ngày 15 tháng 3 năm 2025", None, Deadline("ngày 15 tháng 3 năm 2025", "2025-03-15", "2025-03-15")),
        ("Hoàn thành trước 30/6", "2025-02-01", Deadline("trước 30/6", None, "2025-06-30")),
        ("chậm nhất ngày 15/12/2025", None, Deadline("chậm nhất ngày 15/12/2025", None, "2025-12-15")),
        ("từ ngày 01/3 đến ngày 15/3/2026", None, Deadline("từ ngày 01/3 đến ngày 15/3/2026", "2026-03-01", "2026-03-15")),
        # days of one month, its month and year written once
        ("(từ ngày 08 đến ngày 10 tháng 12 năm 2025)", None,
         Deadline("từ ngày 08 đến ngày 10 tháng 12 năm 2025", "2025-12-08", "2025-12-10")),
        ("từ 08-10/12/2025", None, Deadline("từ 08-10/12/2025", "2025-12-08", "2025-12-10")),
        ("ngày 05 - 07 tháng 3", "2025-12-10", Deadline("ngày 05 - 07 tháng 3", "2026-03-05", "2026-03-07")),
        # several days of one recurring deadline: the next one counts
        ("định kỳ trước ngày 01/6 và 15/11 hằng năm", "2025-03-01",
         Deadline("trước ngày 01/6 và 15/11 hằng năm", None, "2025-06-01", "yearly")),
        # months
        ("tháng 10/2025", None, Deadline("tháng 10/2025", "2025-10-01", "2025-10-31")),
        ("trong tháng 12", "2025-03-02", Deadline("trong tháng 12", "2025-12-01", "2025-12-31")),
        ("Từ tháng 3 đến tháng 9/2026", None, Deadline("Từ tháng 3 đến tháng 9/2026", "2026-03-01", "2026-09-30")),
        ("trước tháng 10/2025", None, Deadline("trước tháng 10/2025", None, "2025-09-30")),
        # quarters and halves
        ("Quý III/2025", None, Deadline("Quý III/2025", "2025-07-01", "2025-09-30")),
        ("quý I năm 2026", None, Deadline("quý I năm 2026", "2026-01-01", "2026-03-31")),
        ("trong Quý IV", "2024-05-01", Deadline("trong Quý IV", "2024-10-01", "2024-12-31")),
        ("6 tháng đầu năm 2025", None, Deadline("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")),
        ("06 tháng cuối năm 2024", None, Deadline("06 tháng cuối năm 2024", "2024-07-01", "2024-12-31")),
        # years and periods
        ("năm 2025", None, Deadline("năm 2025", "2025-01-01", "2025-12-31")),
        ("trong năm 2025", None, Deadline("trong năm 2025", "2025-01-01", "2025-12-31")),
        ("đến năm 2030", None, Deadline("đến năm 2030", None, "2030-12-31")),
        ("Năm 2025 và các năm tiếp theo", None, Deadline("Năm 2025 và các năm tiếp theo", "2025-01-01", None)),
        ("giai đoạn 2021-2025", None, Deadline("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
        ("2018 - 2020", None, Deadline("2018 - 2020", "2018-01-01", "2020-12-31")),
        # recurrences
        ("hằng quý", None, Deadline("hằng quý", recurrence="quarterly")),
        ("hàng quý", None, Deadline("hàng quý", recurrence="quarterly")),
        ("Định kỳ hàng quý", None, Deadline("Định kỳ hàng quý", recurrence="quarterly")),
        ("định kỳ 6 tháng", None, Deadline("định kỳ 6 tháng", recurrence="semiannual")),
        ("hằng năm", None, Deadline("hằng năm", recurrence="yearly")),
        ("hàng năm", None, Deadline("hàng năm", recurrence="yearly")),
        ("hằng tháng", None, Deadline("hằng tháng", recurrence="monthly")),
        ("hằng tuần", None, Deadline("hằng tuần", recurrence="weekly")),
        ("trước ngày 20/11 hằng năm", "2025-03-01", Deadline("trước ngày 20/11 hằng năm", None, "2025-11-20", "yearly")),
        ("trước ngày 20/11 hằng năm", "2025-12-01", Deadline("trước ngày 20/11 hằng năm", None, "2026-11-20", "yearly")),
        ("Hằng năm, trước ngày 15/12", "2025-01-10", Deadline("Hằng năm, trước ngày 15/12", None, "2025-12-15", "yearly")),
        ("trước ngày 15 hằng tháng", None, Deadline("trước ngày 15 hằng tháng", recurrence="monthly")),
        ("Trước ngày 05 của tháng liền kề", None, Deadline("Trước ngày 05 của tháng liền kề", recurrence="monthly")),
        # a year-less day long before the document's date belongs to the next year
        ("trước ngày 01/6", "2025-12-01", Deadline("trước ngày 01/6", None, "2026-06-01")),
        ("trước ngày 20/12", "2025-12-01", Deadline("trước ngày 20/12", None, "2025-12-20")),
        ("Thường xuyên", None, Deadline("Thường xuyên", recurrence="continuous")),
        # a count per period: once a year, twice a year, once a quarter
        ("tối thiểu một lần/năm", None, Deadline("tối thiểu một lần/năm", recurrence="yearly")),
        ("ít nhất 02 lần mỗi năm", None, Deadline("ít nhất 02 lần mỗi năm", recurrence="semiannual")),
        ("mỗi quý một lần", None, Deadline("mỗi quý một lần", recurrence="quarterly")),
        ("một quý một lần", None, Deadline("một quý một lần", recurrence="quarterly")),
        ("1 lần / tháng", None, Deadline("1 lần / tháng", recurrence="monthly")),
        # a day of the week, with its hour
        ("trước 11h00’ ngày thứ 5 hằng tuần", None, Deadline("trước 11h00’ ngày thứ 5 hằng tuần", recurrence="weekly")),
        ("vào sáng thứ Hai hàng tuần", None, Deadline("vào sáng thứ Hai hàng tuần", recurrence="weekly")),
        # relative limits keep their words and no dates
        (
            "trong thời hạn 30 ngày kể từ ngày ký ban hành",
            None,
            Deadline("trong thời hạn 30 ngày kể từ ngày ký ban hành"),
        ),
    ],
)
def test_parse_deadline(text: str, issued: str | None, expected: Deadline) -> None:
    assert parse_deadline(text, issued=issued) == expected


def test_once_in_a_named_year_is_that_year_not_a_recurrence() -> None:
    assert parse_deadline("tổ chức một lần trong năm 2025") == Deadline("trong năm 2025", "2025-01-01", "2025-12-31")


def test_year_less_date_without_issued_keeps_text_only() -> None:
    assert parse_deadline("trước ngày 30/6") == Deadline("trước ngày 30/6", None, None)


@pytest.mark.parametrize("text", ["", "3 lần/năm", "xếp thứ 8/14 tỉnh", "ngày 31/2/2025", "tỷ lệ 37,8%", "Quyết định số 28/2018/QĐ-TTg"])
def test_no_deadline(text: str) -> None:
    assert parse_deadline(text) is None


def test_find_deadlines_skips_dates_of_cited_documents() -> None:
    text = "Theo Quyết định số 390/QĐ-UBND ngày 07/3/2017 của UBND tỉnh, hoàn thành trước ngày 30/6/2026."
    found = find_deadlines(text)
    assert len(found) == 1
    start, end, deadline = found[0]
    assert text[start:end] == "trước ngày 30/6/2026"
    assert deadline.end == "2026-06-30"


def test_issuing_before_a_day_is_a_time_limit_issued_on_a_day_is_not() -> None:
    text = ("Căn cứ Kế hoạch ban hành ngày 07/3/2025, các sở xây dựng kế hoạch của đơn vị mình "
            "(Kế hoạch ban hành trước ngày 15/3/2026).")
    assert [(text[s:e], d.end) for s, e, d in find_deadlines(text)] == [("trước ngày 15/3/2026", "2026-03-15")]


def test_a_documents_own_date_line_and_a_cited_documents_date_are_no_time_limits() -> None:
    text = ("UBND TỈNH ĐỒNG THÁP\nĐồng Tháp, ngày 14 tháng 4 năm 2026\nThực hiện Kế hoạch số 19/KH-BGDĐT "
            "của Bộ Giáo dục và Đào tạo (GDĐT) ngày 05 tháng 02 năm 2026, báo cáo trước ngày 20/4/2026.\n"
            "Hằng năm, ngày 15/12 gửi báo cáo.")
    assert [text[s:e] for s, e, _ in find_deadlines(text)] == ["trước ngày 20/4/2026", "Hằng năm", "ngày 15/12"]


def test_joint_document_symbols_with_ampersand_are_citations_too() -> None:
    text = ("Rà soát trên cơ sở Kế hoạch số 515/KH-BCA-BNN&MT ngày 31 tháng 8 năm 2025 của Bộ Công an, "
            "hoàn thành trước ngày 05 tháng 12 năm 2025.")
    assert [text[s:e] for s, e, _ in find_deadlines(text)] == ["trước ngày 05 tháng 12 năm 2025"]


def test_a_symbol_broken_after_its_hyphen_is_still_a_citation() -> None:
    # "08/2021/QĐ- UBND": the line broke after the hyphen in the PDF's text layer
    text = ("Bãi bỏ Quyết định số 08/2021/QĐ- UBND ngày 20 tháng 5 năm 2021 của UBND tỉnh Phú Thọ "
            "kể từ ngày 01 tháng 01 năm 2026.")
    assert [text[s:e] for s, e, _ in find_deadlines(text)] == ["kể từ ngày 01 tháng 01 năm 2026"]


def test_find_deadlines_spans_in_order() -> None:
    text = "Báo cáo hằng quý; tổng kết trong tháng 12/2025 và giai đoạn 2021 - 2025."
    found = find_deadlines(text)
    assert [text[s:e] for s, e, _ in found] == ["hằng quý", "trong tháng 12/2025", "giai đoạn 2021 - 2025"]
    assert [d.recurrence for _, _, d in found] == ["quarterly", None, None]
    assert found[1][2].start == "2025-12-01" and found[1][2].end == "2025-12-31"
