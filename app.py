"""Trợ lý văn bản chính sách: the web app officials use in a browser.

    streamlit run app.py

Environment: INDEX_DIR (default data/index), CORPUS_DIR (default ./corpus, indexed on the first
start when the index is empty), MAX_UPLOAD_MB (default 50), EMBED_MODEL.

Layout and st.* calls only; the logic lives in ``webapp/`` and is tested without a browser.
The index and the model are loaded once per process (st.cache_resource) and shared by all
sessions; session_state keeps the chat history (and the widgets' own state).
"""
from __future__ import annotations

import uuid
from datetime import date

import streamlit as st

from index.conversation import Turn
from index.settings import from_env
from webapp import docview, render, tables, timeline, uploads
from webapp.engine import Engine, IngestReport, corpus_dir, corpus_files
from webapp.feedback import FeedbackStore

st.set_page_config(page_title="Trợ lý văn bản chính sách", page_icon=":material/gavel:", layout="wide")
st.set_option("client.toolbarMode", "viewer")

STYLE = """<style>
.tra-loi {font-size: 1.05rem; line-height: 1.6; margin-bottom: .5rem;}
.trich-doan {border-left: 3px solid #e0a800; background: rgba(255, 224, 102, .12); padding: .5rem .8rem;
             border-radius: 4px; line-height: 1.6; margin-bottom: .4rem;}
.trich-doan mark {background: #ffe066; color: inherit; padding: 0 .1rem;}
.van-ban {line-height: 1.75; font-size: 1.05rem;}
.nguon {font-size: .9rem; opacity: .9; margin-bottom: .3rem;}
[data-testid="stMainBlockContainer"] {padding-top: 4.5rem;}
h1 {font-size: 2rem !important;}
</style>"""
ALL = "\u0000toàn văn"  # outline choice: the whole document
CONTEXT = 220  # characters shown around the supporting span of the first source
SETTINGS = from_env()


@st.cache_resource(show_spinner="Đang mở chỉ mục và mô hình…")
def get_engine(index_dir: str) -> Engine:
    return Engine(from_env(index_dir=index_dir))


@st.cache_resource(show_spinner=False)
def get_feedback(path: str) -> FeedbackStore:
    return FeedbackStore(path)


ENGINE = get_engine(SETTINGS.index_dir)


def docs_by_id() -> dict:
    return {d.doc_id: d for d in ENGINE.documents()}


def doc_labels() -> dict[str, str]:
    return render.unique({d.doc_id: render.document_label(d) for d in ENGINE.documents()})


def show_report(report: IngestReport | None, refused: list[tuple[str, str]] = ()) -> None:
    """One summary line, then one line per file that was refused, failed or skipped."""
    failed = list(refused) + list(report.failed if report else ())
    skipped = list(report.skipped if report else ())
    parts = [f"{report.ingested if report else 0} tệp mới"]
    if report and report.unchanged:
        parts.append(f"{report.unchanged} không đổi")
    if skipped:
        parts.append(f"{len(skipped)} bỏ qua")
    if failed:
        parts.append(f"{len(failed)} lỗi")
    (st.success if report and report.ingested else st.info)("Đã nạp: " + ", ".join(parts) + ".")
    for name, reason in failed:
        st.error(f"{name}: {reason}")
    for name, reason in skipped:
        st.warning(f"{name}: {reason}")
    if report and report.notice:
        st.warning(report.notice)


def bootstrap() -> None:
    """First start with an empty index: build it from the corpus folder, with a progress bar."""
    if ENGINE.ready:
        return
    files = corpus_files(corpus_dir())
    if not ENGINE.can_bootstrap(files):
        return
    bar = st.progress(0.0, text=f"Lần chạy đầu: đang tạo chỉ mục từ {len(files)} tệp trong {corpus_dir()}…")
    # Ingestion commits file by file: if this run is interrupted, the next one resumes.
    report = ENGINE.bootstrap(files, progress=lambda fraction, text: bar.progress(min(fraction, 1.0), text=text))
    bar.empty()
    if report is not None:
        show_report(report)


# --- Hỏi đáp ---------------------------------------------------------------------------------


def save_feedback(message: dict) -> None:
    value = st.session_state.get(f"fb-{message['id']}")
    store = get_feedback(str(ENGINE.feedback_path()))
    if value is None:
        store.forget(message["id"])
    else:
        store.record(message["id"], 1 if value == 1 else -1, message["answer"])


def show_citation(n: int, c: dict, *, context: int | None) -> None:
    st.markdown(render.citation_details(c, n), unsafe_allow_html=True)
    st.markdown(render.excerpt_html(c, context=context), unsafe_allow_html=True)
    params = {"doc": c["doc_id"], "section": c["section"]} if c.get("section") else {"doc": c["doc_id"]}
    st.page_link(PAGES["van-ban"], label="Mở văn bản tại mục này", icon=":material/description:",
                 query_params=params)


def show_answer(message: dict) -> None:
    """The short answer, its first source with the supporting span, the other sources folded."""
    answer = message["answer"]
    note = render.understood_note(answer)
    if note:
        st.caption(render.md_escape(note))
    st.markdown(render.answer_html(answer), unsafe_allow_html=True)
    citations = answer.get("citations") or []
    if citations and answer.get("found"):
        show_citation(1, citations[0], context=CONTEXT)
        rest, title = citations[1:], f"Các nguồn khác ({len(citations) - 1})"
    else:
        rest, title = citations, f"Các đoạn gần nhất ({len(citations)})"
    if rest:
        with st.expander(title, icon=":material/format_quote:"):
            for n, c in enumerate(rest, start=len(citations) - len(rest) + 1):
                show_citation(n, c, context=None)
    st.feedback("thumbs", key=f"fb-{message['id']}", on_change=save_feedback, args=(message,))


def page_chat() -> None:
    docs = ENGINE.documents()
    options = render.filter_options(docs)
    labels = doc_labels()
    with st.sidebar:
        st.subheader("Bộ lọc hỏi đáp")
        types = st.multiselect("Loại văn bản", options["doc_types"], key="loc-loai", persist_state="session",
                               placeholder="Tất cả")
        provinces = st.multiselect("Tỉnh/thành", options["provinces"], key="loc-tinh", persist_state="session",
                                   placeholder="Tất cả")
        years = st.multiselect("Năm ban hành", options["years"], key="loc-nam", persist_state="session",
                               placeholder="Tất cả")
        chosen = st.multiselect("Văn bản cụ thể", list(labels), format_func=lambda d: labels.get(d, d),
                                key="loc-van-ban", persist_state="session", placeholder="Tất cả")
        if st.button("Xóa hội thoại", icon=":material/delete_sweep:", width="stretch"):
            st.session_state["messages"] = []
    filters = render.chat_filters(doc_types=types, provinces=provinces, years=years, doc_ids=chosen)

    messages = st.session_state.setdefault("messages", [])
    if not messages:
        st.title("Hỏi đáp văn bản")
        st.markdown(
            "Đặt câu hỏi bằng tiếng Việt về các văn bản đã nạp: **ai chủ trì, ai phối hợp** một nhiệm vụ, "
            "**mục tiêu, chỉ tiêu** (tỷ lệ, số lượng), **thời hạn**, số hiệu, ngày ban hành… "
            "Mỗi câu trả lời được trích nguyên văn từ văn bản, kèm nguồn để đối chiếu. "
            "Có thể hỏi tiếp, ví dụ: *“Còn Sở Tài chính thì sao?”*")
        if filters:
            st.info("Đang áp dụng bộ lọc ở thanh bên: chỉ tìm trong các văn bản phù hợp.")
    for message in messages:
        with st.chat_message(message["role"]):
            if message["role"] == "user":
                st.markdown(render.escape(message["content"]), unsafe_allow_html=True)
            else:
                show_answer(message)

    question = st.chat_input("Nhập câu hỏi về nội dung văn bản…")
    if question:
        with st.chat_message("user"):
            st.markdown(render.escape(question), unsafe_allow_html=True)
        history = [Turn.from_json(m["answer"]) for m in messages if m["role"] == "assistant"][-3:]
        with st.chat_message("assistant"):
            with st.spinner("Đang tìm trong văn bản…"):
                answer = ENGINE.ask(question, history=history, filters=filters)
            reply = {"role": "assistant", "id": uuid.uuid4().hex, "answer": render.answer_record(answer)}
            messages += [{"role": "user", "content": question}, reply]
            show_answer(reply)


# --- Tra cứu nhiệm vụ --------------------------------------------------------------------------


def filter_bar(rows: list, *, agencies: bool, key: str) -> tables.RowFilter:
    """Search box and multiselects above a table."""
    labels = doc_labels()
    text = st.text_input("Tìm kiếm", key=f"{key}-tim", placeholder="Gõ từ khóa: tên cơ quan, nội dung, chỉ tiêu…",
                         persist_state="session")
    cols = st.columns(4 if agencies else 3)
    chosen_agencies = ()
    if agencies:
        chosen_agencies = cols[0].multiselect("Cơ quan", tables.choices(rows, "agency"), key=f"{key}-co-quan",
                                              placeholder="Tất cả", persist_state="session")
    rest = cols[1:] if agencies else cols
    doc_ids = rest[0].multiselect("Văn bản", tables.choices(rows, "doc_id"), format_func=lambda d: labels.get(d, d),
                                  key=f"{key}-van-ban", placeholder="Tất cả", persist_state="session")
    provinces = rest[1].multiselect("Tỉnh/thành", tables.choices(rows, "province"), key=f"{key}-tinh",
                                    placeholder="Tất cả", persist_state="session")
    years = rest[2].multiselect("Năm", tables.choices(rows, "year"), key=f"{key}-nam", placeholder="Tất cả",
                                persist_state="session")
    return tables.RowFilter(text, tuple(chosen_agencies), tuple(doc_ids), tuple(provinces), tuple(years))


def downloads(df, name: str, sheet: str, key: str) -> None:
    """CSV and Excel of the table as shown; the files are made only when a button is clicked."""
    left, right, _ = st.columns([1, 1, 4])
    left.download_button("CSV", lambda: tables.to_csv(df), file_name=f"{name}.csv", mime="text/csv",
                         key=f"{key}-csv", icon=":material/download:", on_click="ignore", width="stretch")
    right.download_button("Excel", lambda: tables.to_xlsx(df, sheet), file_name=f"{name}.xlsx", key=f"{key}-xlsx",
                          mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          icon=":material/download:", on_click="ignore", width="stretch")


YEAR = st.column_config.NumberColumn(format="%d", width="small")
TASK_COLUMNS = {"Nhiệm vụ": st.column_config.TextColumn(width="large"),
                "Cơ quan": st.column_config.TextColumn(width="medium"), "Năm": YEAR}
TARGET_COLUMNS = {"Chỉ tiêu": st.column_config.TextColumn(width="large"), "Năm": YEAR}
DOCUMENT_COLUMNS = {"Trích yếu": st.column_config.TextColumn(width="large"), "Số trang": YEAR}


def show_table(df, *, max_height: int = 520, columns: dict | None = None, **kwargs):
    """A table as tall as its rows up to ``max_height``, empty cells blank."""
    return st.dataframe(df, hide_index=True, placeholder="", height=min(38 + 35 * len(df), max_height),
                        column_config=columns, **kwargs)


def assignment_rows() -> list:
    return ENGINE.memo("assignments", lambda: tables.assignment_rows(ENGINE.facts("assignment"), docs_by_id()))


def page_tasks() -> None:
    st.title("Tra cứu nhiệm vụ")
    rows = assignment_rows()
    if not rows:
        st.info("Chưa có nhiệm vụ nào được trích xuất từ các văn bản đã nạp.")
        return
    shown = tables.apply(rows, filter_bar(rows, agencies=True, key="nv"))
    st.caption(f"{len(shown)} / {len(rows)} nhiệm vụ · vai trò: chủ trì, phối hợp hoặc thực hiện")
    df = tables.frame(shown, tables.AssignmentRow)
    show_table(df, columns=TASK_COLUMNS)
    downloads(df, "nhiem-vu", "Nhiệm vụ", "nv")


# --- Mục tiêu & thời hạn -------------------------------------------------------------------------


def page_targets() -> None:
    st.title("Mục tiêu & thời hạn")
    targets = ENGINE.memo("targets", lambda: tables.target_rows(ENGINE.facts("target"), docs_by_id()))
    deadlines = ENGINE.memo("deadlines", lambda: tables.deadline_rows(
        ENGINE.facts("assignment") + ENGINE.facts("deadline"), docs_by_id()))
    if not targets and not deadlines:
        st.info("Chưa có mục tiêu hay thời hạn nào được trích xuất từ các văn bản đã nạp.")
        return
    row_filter = filter_bar(targets + deadlines, agencies=False, key="mt")

    st.subheader("Mục tiêu, chỉ tiêu")
    shown = tables.apply(targets, row_filter)
    st.caption(f"{len(shown)} / {len(targets)} chỉ tiêu")
    df = tables.frame(shown, tables.TargetRow)
    show_table(df, max_height=420, columns=TARGET_COLUMNS)
    downloads(df, "muc-tieu", "Mục tiêu", "mt")

    st.subheader("Thời hạn")
    left, right = st.columns([1, 3])
    today = left.date_input("Tính đến ngày", value=date.today(), format="DD/MM/YYYY", key="hom-nay")
    due = tables.apply(deadlines, row_filter)
    counts = timeline.counts(due, today)
    with right:
        cols = st.columns(4)
        cols[0].metric("Quá hạn", counts[timeline.OVERDUE])
        cols[1].metric(f"Sắp đến hạn ({timeline.SOON_DAYS} ngày)", counts[timeline.SOON])
        cols[2].metric("Còn hạn", counts[timeline.LATER])
        cols[3].metric("Định kỳ / chưa rõ ngày", counts[timeline.RECURRING] + counts[timeline.UNDATED])
    months = left.select_slider("Trục thời gian: trước và sau ngày này", [3, 6, 12, 24, 60], value=12,
                                format_func=lambda m: f"{m} tháng", key="khoang")
    dated = timeline.items(due, today)
    shown = timeline.items(due, today, period=timeline.around(today, months))
    if shown:
        st.altair_chart(timeline.chart(shown, today), width="stretch")
    if len(shown) < len(dated):
        st.caption(f"{len(dated) - len(shown)} thời hạn có ngày nằm ngoài khoảng hiển thị (xem trong bảng).")
    if not dated:
        st.caption("Không có thời hạn nào ghi ngày cụ thể để vẽ trên trục thời gian.")
    df = timeline.deadline_frame(due, today)
    show_table(df, max_height=420, columns=TASK_COLUMNS)
    downloads(df, "thoi-han", "Thời hạn", "th")


# --- Văn bản ------------------------------------------------------------------------------------


def open_document(doc_id: str | None, section: str | None = None) -> None:
    st.query_params.clear()
    if doc_id:
        st.query_params["doc"] = doc_id
    if section is not None and section != ALL:
        st.query_params["section"] = section


def page_documents() -> None:
    doc_id = st.query_params.get("doc")
    if doc_id and ENGINE.document(doc_id) is not None:
        document_view(doc_id, st.query_params.get("section"))
        return
    st.title("Văn bản")
    if doc_id:
        st.warning("Không tìm thấy văn bản được yêu cầu trong chỉ mục; hãy chọn trong danh sách.")
    docs = ENGINE.documents()
    if not docs:
        st.info("Chưa có văn bản nào. Hãy tải văn bản lên ở thanh bên.")
        return
    rows = tables.document_rows(docs)
    text = st.text_input("Tìm kiếm", key="vb-tim", placeholder="Số hiệu, trích yếu, cơ quan ban hành…",
                         persist_state="session")
    cols = st.columns(3)
    types = cols[0].multiselect("Loại văn bản", tables.choices(rows, "doc_type"), key="vb-loai", placeholder="Tất cả",
                                persist_state="session")
    provinces = cols[1].multiselect("Tỉnh/thành", tables.choices(rows, "province"), key="vb-tinh",
                                    placeholder="Tất cả", persist_state="session")
    years = cols[2].multiselect("Năm", tables.choices(rows, "year"), key="vb-nam", placeholder="Tất cả",
                                persist_state="session")
    shown = tables.apply(rows, tables.RowFilter(text, provinces=tuple(provinces), years=tuple(years),
                                                doc_types=tuple(types)))
    labels = doc_labels()
    st.selectbox("Mở văn bản", [r.doc_id for r in shown], index=None, format_func=lambda d: labels.get(d, d),
                 placeholder=f"Chọn một trong {len(shown)} văn bản để xem… (hoặc chọn một dòng trong bảng)",
                 key="mo-van-ban", on_change=lambda: open_document(st.session_state.get("mo-van-ban")))
    df = tables.frame(shown, tables.DocumentRow)
    event = show_table(df, max_height=560, columns=DOCUMENT_COLUMNS, on_select="rerun", selection_mode="single-row",
                       key="bang-van-ban")
    if event.selection.rows:
        open_document(shown[event.selection.rows[0]].doc_id)
        st.rerun()
    downloads(df, "van-ban", "Văn bản", "vb")


def document_view(doc_id: str, section: str | None) -> None:
    doc = ENGINE.document(doc_id)
    m = doc.meta
    st.button("Danh sách văn bản", icon=":material/arrow_back:", on_click=open_document, args=(None,))
    name = render.doc_name(m.doc_type, m.number, m.title, doc.source)
    st.title(name)
    if m.title and m.title != name:
        st.markdown(f"**{render.escape(m.title)}**", unsafe_allow_html=True)
    facts = [("Cơ quan ban hành", m.issuer), ("Ngày ban hành", render.vn_date(m.issued)), ("Tỉnh/thành", m.province),
             ("Người ký", m.signer), ("Tệp", doc.source.rsplit("/", 1)[-1]), ("Số trang", doc.pages)]
    st.caption(" · ".join(f"{k}: {v}" for k, v in facts if v))
    if doc.notes:
        with st.expander("Ghi chú khi đọc tệp"):
            for note in doc.notes:
                st.caption(render.md_escape(note))

    secs = docview.sections(doc.text, [sp.passage for sp in ENGINE.passages(doc_id)])
    entries = docview.outline(secs)
    paths = [e.path for e in entries]
    if section is not None and section not in paths:
        st.warning("Không tìm thấy mục được yêu cầu trong văn bản này; đang hiển thị toàn văn.")
        section = None
    by_id = {doc_id: doc}
    targets = tables.target_rows(ENGINE.facts("target", doc_id), by_id)
    tasks = tables.assignment_rows(ENGINE.facts("assignment", doc_id), by_id)
    tab_text, tab_targets, tab_tasks = st.tabs(["Nội dung", f"Mục tiêu ({len(targets)})", f"Nhiệm vụ ({len(tasks)})"])

    with tab_text:
        left, right = st.columns([1, 2.6], gap="large")
        with left:
            labels = {ALL: "Toàn văn", **docview.menu_labels(entries)}
            key = f"muc|{doc_id}|{section}"
            with st.container(height=560, border=False):
                chosen = list(labels).index(section if section is not None else ALL)
                st.radio("**Mục lục**", list(labels), index=chosen, format_func=labels.get, key=key,
                         on_change=lambda: open_document(doc_id, st.session_state.get(key)))
        with right:
            before, after = docview.neighbours(entries, section)
            b1, b2, _ = st.columns([1, 1, 3])
            b1.button("Mục trước", icon=":material/chevron_left:", disabled=before is None, width="stretch",
                      on_click=open_document, args=(doc_id, before))
            b2.button("Mục sau", icon=":material/chevron_right:", disabled=after is None, width="stretch",
                      on_click=open_document, args=(doc_id, after))
            previous = None
            for s in docview.within(secs, section):
                for heading in docview.entered(previous, s.path):
                    st.markdown(f"{'####' if heading.depth == 0 else '#####'} {render.md_escape(heading.label)}")
                previous = s.path
                if s.where:
                    st.caption(s.where)
                if s.body:
                    st.markdown(f'<div class="van-ban">{render.escape(s.body)}</div>', unsafe_allow_html=True)

    with tab_targets:
        if targets:
            show_table(tables.frame(targets, tables.TargetRow), columns=TARGET_COLUMNS)
        else:
            st.caption("Không có chỉ tiêu nào được trích xuất từ văn bản này.")
    with tab_tasks:
        if tasks:
            show_table(tables.frame(tasks, tables.AssignmentRow), columns=TASK_COLUMNS)
        else:
            st.caption("Không có nhiệm vụ nào được trích xuất từ văn bản này.")


# --- Thanh bên: chỉ mục, tải lên, phản hồi --------------------------------------------------------


def sidebar_status() -> None:
    status = ENGINE.status()
    if ENGINE.error:
        st.error(f"Không mở được chỉ mục: {ENGINE.error}")
    how = f"mô hình {status.model}" if status.model else "tìm theo từ khóa"
    st.caption(f"Chỉ mục: **{status.documents}** văn bản · **{status.passages}** đoạn · {how}")
    if status.fallback:
        how = "" if status.model else ", nên chỉ tìm theo từ khóa"
        st.warning(f"Chưa có mô hình tiếng Việt: chỉ mục dùng mô hình dự phòng (all-MiniLM-L6-v2), kém với tiếng "
                   f"Việt{how}. Cài mô hình chính: `python -m index download-model`.", icon=":material/warning:")
    elif status.notice:
        st.warning(status.notice, icon=":material/warning:")
    if status.stale:
        st.info("Chỉ mục vừa được cập nhật từ bên ngoài.")
        if st.button("Tải lại chỉ mục", icon=":material/refresh:"):
            ENGINE.reload()
            st.rerun()


def sidebar_upload() -> None:
    limit = SETTINGS.max_upload_mb
    with st.expander("Thêm văn bản", icon=":material/upload_file:"):
        with st.form("tai-len", clear_on_submit=True, border=False):
            files = st.file_uploader("Tệp PDF, DOCX, DOC, TXT, HTML", accept_multiple_files=True,
                                     type=[e.lstrip(".") for e in uploads.ACCEPTED],
                                     help=f"Tối đa {limit} MB mỗi tệp. Tệp được kiểm tra nội dung trước khi nạp.")
            submitted = st.form_submit_button("Nạp vào chỉ mục", type="primary", width="stretch")
        if submitted and files:
            accepted, refused = uploads.accept(((f.name, f.getvalue()) for f in files), ENGINE.folder,
                                               max_bytes=limit * 1024 * 1024)
            report = None
            if accepted:
                bar = st.progress(0.0, text="Đang nạp…")
                report = ENGINE.ingest([a.path for a in accepted],
                                       progress=lambda fraction, text: bar.progress(min(fraction, 1.0), text=text))
                bar.empty()
            show_report(report, refused)


def sidebar_feedback() -> None:
    store = get_feedback(str(ENGINE.feedback_path()))
    up, down = store.counts()
    with st.expander(f"Phản hồi: {up} hữu ích, {down} không", icon=":material/thumbs_up_down:"):
        st.caption("Đánh giá của người dùng cho từng câu trả lời, kèm câu hỏi và trích dẫn.")
        st.download_button("Tải phản hồi (CSV)", store.to_csv, file_name="phan-hoi.csv", mime="text/csv",
                           icon=":material/download:", on_click="ignore", width="stretch")


PAGES = {
    "hoi-dap": st.Page(page_chat, title="Hỏi đáp", icon=":material/forum:", url_path="hoi-dap", default=True),
    "nhiem-vu": st.Page(page_tasks, title="Tra cứu nhiệm vụ", icon=":material/assignment_ind:", url_path="nhiem-vu"),
    "muc-tieu": st.Page(page_targets, title="Mục tiêu & thời hạn", icon=":material/flag:", url_path="muc-tieu"),
    "van-ban": st.Page(page_documents, title="Văn bản", icon=":material/description:", url_path="van-ban"),
}

st.markdown(STYLE, unsafe_allow_html=True)
page = st.navigation(list(PAGES.values()), position="top")
if "doc" in st.query_params and page.url_path != PAGES["van-ban"].url_path:  # ?doc=… on any page opens it
    st.switch_page(PAGES["van-ban"], query_params=st.query_params.to_dict())
bootstrap()
with st.sidebar:
    st.markdown("#### Trợ lý văn bản chính sách")
    status_box = st.empty()
    sidebar_upload()  # before the page and the status, so both show what was just added
    sidebar_feedback()
    with status_box.container():
        sidebar_status()
page.run()
