"""The main flow of each page of app.py, run with Streamlit's AppTest on a two-document index."""
from __future__ import annotations

import json
from datetime import date

import pytest

from webapp.engine import EMPTY_INDEX
from webapp.feedback import FeedbackStore
from webfixtures import APP, app, built_index, index_dir, open_page, write_documents  # noqa: F401 - fixtures

PLAN_SECTION = "II. NHIỆM VỤ › 1. Sở Văn hóa, Thể thao và Du lịch"


def _markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def _frame(at, columns):
    """The first dataframe whose columns are ``columns``."""
    for df in at.dataframe:
        if list(df.value.columns) == columns:
            return df.value
    raise AssertionError(f"no table with columns {columns}: {[list(d.value.columns) for d in at.dataframe]}")


def test_chat_answers_with_citations_and_records_feedback(app, index_dir):
    at = app.run()
    assert not at.exception
    assert "Hỏi đáp văn bản" in [t.value for t in at.title]
    assert "2** văn bản" in "\n".join(m.value for m in at.sidebar.caption)

    at.chat_input[0].set_value("Cơ quan nào chủ trì xây dựng nền tảng thư viện số?").run()
    assert not at.exception
    user, assistant = at.chat_message
    assert user.name == "user" and assistant.name == "assistant"
    text = "\n".join(m.value for m in assistant.markdown)
    assert '<div class="tra-loi">Sở Văn hóa, Thể thao và Du lịch (chủ trì).' in text
    # The first source: document number, section, and the supporting span highlighted.
    assert "<b>[1] Kế hoạch 57/KH-UBND</b>" in text
    assert f"Mục: {PLAN_SECTION}" in text
    assert "<mark>- Chủ trì xây dựng nền tảng thư viện số của tỉnh, hoàn thành trước ngày 30/6/2024.</mark>" in text
    assert at.session_state["messages"][1]["answer"]["citations"][0]["section"] == PLAN_SECTION

    # 👍 is stored with the question, the answer and the citations.
    answer_id = at.session_state["messages"][1]["id"]
    at.feedback(key=f"fb-{answer_id}").set_value(1).run()
    assert not at.exception
    with FeedbackStore(index_dir / "feedback.sqlite") as store:
        [record] = store.records()
    assert (record.answer_id, record.rating) == (answer_id, 1)
    assert record.question == "Cơ quan nào chủ trì xây dựng nền tảng thư viện số?"
    assert record.citations[0]["number"] == "57/KH-UBND"


def test_chat_follow_up_uses_history_and_filters_restrict(app):
    at = app.run()
    at.chat_input[0].set_value("Cơ quan nào chủ trì xây dựng nền tảng thư viện số?").run()
    at.chat_input[0].set_value("Thời hạn là khi nào?").run()
    assert not at.exception
    follow_up = at.session_state["messages"][3]["answer"]
    # The previous turn was passed as history: the short question was completed with it.
    assert follow_up["effective_question"] == \
        "Thời hạn là khi nào? Cơ quan nào chủ trì xây dựng nền tảng thư viện số?"
    assert follow_up["answer"].startswith("trước ngày 30/6/2024")
    # The chat says how it read the question, so that the user can check it.
    assert [c.value for c in at.chat_message[1].caption] == []
    assert "Đã hiểu câu hỏi là: “Thời hạn là khi nào? Cơ quan nào chủ trì" in \
        "\n".join(c.value for c in at.chat_message[3].caption)

    # Only the letter: the plan's answer is out of reach.
    at.sidebar.multiselect(key="loc-loai").set_value(["Công văn"]).run()
    at.chat_input[0].set_value("Cơ quan nào chủ trì xây dựng nền tảng thư viện số?").run()
    assert not at.exception
    cited = {c["number"] for c in at.session_state["messages"][5]["answer"]["citations"]}
    assert cited == {"205/UBND-VX"}


def test_question_typed_without_diacritics_is_answered_and_shown_as_understood(app):
    at = app.run()
    at.chat_input[0].set_value("co quan nao chu tri xay dung nen tang thu vien so").run()
    assert not at.exception
    answer = at.session_state["messages"][1]["answer"]
    assert answer["answer"].startswith("Sở Văn hóa, Thể thao và Du lịch (chủ trì).")
    assert answer["effective_question"] == "cơ quan nào chủ trì xây dựng nền tảng thư viện số"
    assert "Đã hiểu câu hỏi là: “cơ quan nào chủ trì xây dựng nền tảng thư viện số”" in \
        [c.value for c in at.chat_message[1].caption]


def test_task_table_lists_assignments_and_filters(app):
    at = open_page(app, "nhiem-vu")
    assert not at.exception
    columns = ["Cơ quan", "Vai trò", "Nhiệm vụ", "Thời hạn", "Văn bản", "Tỉnh/thành", "Năm"]
    df = _frame(at, columns)
    assert len(df) == 5
    row = df[df["Nhiệm vụ"].str.startswith("xây dựng nền tảng thư viện số")].iloc[0]
    assert (row["Cơ quan"], row["Vai trò"], row["Thời hạn"], row["Văn bản"], row["Tỉnh/thành"], row["Năm"]) == (
        "Sở Văn hóa, Thể thao và Du lịch", "chủ trì", "trước ngày 30/6/2024", "Kế hoạch 57/KH-UBND", "Quảng Trị", 2024)

    at.multiselect(key="nv-tinh").set_value(["Hà Giang"]).run()
    df = _frame(at, columns)
    assert set(df["Văn bản"]) == {"Công văn 205/UBND-VX"}
    at.multiselect(key="nv-tinh").set_value([]).run()
    at.text_input(key="nv-tim").set_value("tiem chung tre em").run()  # accents ignored
    df = _frame(at, columns)
    assert list(df["Cơ quan"]) == ["Sở Y tế"]
    assert [b.label for b in at.main.get("download_button")] == ["CSV", "Excel"]


def test_targets_and_deadlines_relative_to_the_chosen_day(app):
    at = open_page(app, "muc-tieu")
    assert not at.exception
    targets = _frame(at, ["Chỉ tiêu", "Giá trị", "Thời kỳ", "Văn bản", "Tỉnh/thành", "Năm"])
    row = targets[targets["Chỉ tiêu"] == "trường trung học phổ thông kết nối với thư viện số của tỉnh"].iloc[0]
    assert (row["Giá trị"], row["Văn bản"]) == ("phấn đấu 90%", "Kế hoạch 57/KH-UBND")

    at.date_input(key="hom-nay").set_value(date(2024, 7, 1)).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    # 30/6/2024 is past; Quý III/2024 (ends 30/9) and 15/12/2024 are later; 30/9/2025 too.
    assert metrics["Quá hạn"] == "1"
    assert metrics["Sắp đến hạn (30 ngày)"] == "0"
    assert metrics["Còn hạn"] == "3"
    deadlines = _frame(at, ["Thời hạn", "Nhiệm vụ", "Cơ quan", "Văn bản", "Tỉnh/thành", "Trạng thái", "Hạn (ngày)",
                            "Lặp lại"])
    assert list(deadlines["Hạn (ngày)"]) == ["30/06/2024", "30/09/2024", "15/12/2024", "30/09/2025"]
    assert list(deadlines["Trạng thái"]) == ["Quá hạn", "Còn hạn", "Còn hạn", "Còn hạn"]


def test_document_list_opens_the_document_view(app, index_dir):
    at = open_page(app, "van-ban")
    assert not at.exception
    docs = _frame(at, ["Loại", "Số hiệu", "Trích yếu", "Cơ quan ban hành", "Tỉnh/thành", "Ngày ban hành", "Tệp",
                       "Số trang"])
    assert sorted(docs["Số hiệu"]) == ["205/UBND-VX", "57/KH-UBND"]

    at.selectbox(key="mo-van-ban").set_value(_doc_id(index_dir, "57/KH-UBND")).run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Kế hoạch 57/KH-UBND"]
    text = _markdown(at)
    assert "Phát triển thư viện số tỉnh Quảng Trị năm 2024" in text
    assert "#### II. NHIỆM VỤ" in text and "##### 1. Sở Văn hóa, Thể thao và Du lịch" in text
    assert "Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12/2024." in text
    assert [t.label for t in at.tabs] == ["Nội dung", "Mục tiêu (1)", "Nhiệm vụ (4)"]


def test_deep_link_opens_a_section(app, index_dir):
    at = open_page(app, "van-ban", doc=_doc_id(index_dir, "57/KH-UBND"), section=PLAN_SECTION)
    assert not at.exception
    text = _markdown(at)
    assert "Chủ trì xây dựng nền tảng thư viện số của tỉnh" in text
    assert "Bố trí kinh phí" not in text  # another section
    assert at.radio[0].value == PLAN_SECTION
    # "Mục sau" moves on to the next section of the outline.
    next(b for b in at.button if b.label == "Mục sau").click().run()
    assert at.query_params["section"] == "II. NHIỆM VỤ › 2. Sở Giáo dục và Đào tạo"
    assert "Phối hợp với Sở Văn hóa" in _markdown(at)


def test_doc_parameter_on_the_home_page_opens_the_document(app, index_dir):
    app.query_params.update(doc=_doc_id(index_dir, "205/UBND-VX"))
    at = app.run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Công văn 205/UBND-VX"]


def test_unknown_document_falls_back_to_the_list(app):
    at = open_page(app, "van-ban", doc="khong-co")
    assert not at.exception
    assert any("Không tìm thấy văn bản" in w.value for w in at.warning)


def test_empty_index_without_corpus_says_what_to_do(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("INDEX_DIR", str(tmp_path / "new-index"))
    monkeypatch.setenv("CORPUS_DIR", str(tmp_path / "empty-corpus"))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    at.chat_input[0].set_value("Ai chủ trì?").run()
    assert not at.exception
    assert at.session_state["messages"][1]["answer"]["answer"] == EMPTY_INDEX


@pytest.mark.slow
def test_first_start_builds_the_index_from_the_corpus_folder(tmp_path, monkeypatch):
    """No index yet: the corpus folder is ingested (with the bundled model) before the page shows."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("INDEX_DIR", str(tmp_path / "new-index"))
    monkeypatch.setenv("CORPUS_DIR", str(write_documents(tmp_path / "corpus")))
    monkeypatch.delenv("EMBED_MODEL", raising=False)
    at = AppTest.from_file(str(APP), default_timeout=300).run()
    assert not at.exception
    assert any(s.value == "Đã nạp: 2 tệp mới." for s in at.success)
    assert "2** văn bản" in "\n".join(m.value for m in at.sidebar.caption)
    # Without the Vietnamese model in the local cache, the bundled fallback is used, and said so.
    manifest = json.loads((tmp_path / "new-index" / "index.json").read_text(encoding="utf-8"))
    warned = any("mô hình dự phòng" in w.value for w in at.sidebar.warning)
    assert warned == bool(manifest["fallback"])
    at.chat_input[0].set_value("Cơ quan nào chủ trì xây dựng nền tảng thư viện số?").run()
    assert at.session_state["messages"][1]["answer"]["answer"].startswith("Sở Văn hóa, Thể thao và Du lịch")


def _doc_id(index_dir, number: str) -> str:
    from ingest.store import Store

    with Store(index_dir, create=False) as store:
        [doc_id] = [d.doc_id for d in store.documents() if d.meta.number == number]
    return doc_id


def test_a_broken_index_shows_an_error_not_a_traceback(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    folder = tmp_path / "index"
    folder.mkdir()
    (folder / "index.sqlite").write_bytes(b"not sqlite" * 100)
    monkeypatch.setenv("INDEX_DIR", str(folder))
    monkeypatch.setenv("CORPUS_DIR", str(tmp_path / "no-corpus"))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert [e.value for e in at.sidebar.error][0].startswith("Không mở được chỉ mục: cannot open index")
