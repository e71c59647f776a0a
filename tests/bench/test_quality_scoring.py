"""The benchmark's answer matching: what counts as the accepted answer."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("quality", Path(__file__).resolve().parents[2] / "bench" / "quality.py")
quality = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(quality)


def test_a_date_in_another_written_form_is_the_accepted_answer():
    assert quality.contains_answer("ngày 20/8/2025 — theo Tờ trình", ["20 tháng 8 năm 2025"])
    assert quality.contains_answer("11 tháng 7 năm 2025", ["ngày 11/07/2025"]) is False  # "ngày" is asked for
    assert quality.contains_answer("11 tháng 7 năm 2025", ["11/07/2025"])
    assert quality.contains_answer("nhiệm kỳ 2026-2031", ["2026 - 2031"])


def test_other_dates_and_numbers_are_not():
    assert not quality.contains_answer("ngày 20/8/2024", ["20 tháng 8 năm 2025"])
    assert not quality.contains_answer("ngày 2/8/2025", ["20/8/2025"])
    assert not quality.contains_answer("2026-2030", ["2026 - 2031"])
