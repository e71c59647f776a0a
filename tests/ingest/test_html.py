"""HTML pages: main content only, block-level elements as blocks, tables as rows."""
from __future__ import annotations

import unicodedata

import pytest

from ingest.boilerplate import strip_boilerplate
from ingest.errors import UnreadableDocument
from ingest.loaders.html import decode_html, html_blocks, load_html


def cp1258(text: str) -> bytes:
    """Encode like Windows-1258: base letter (with its quality mark) + combining tone."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return bytes(out)


PORTAL = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Sở Thông tin và Truyền thông</title>
<script>var label = "Lượt xem";</script><style>.menu{color:red}</style></head>
<body>
<div id="header"><div class="logo"><h1>SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BẮC KẠN</h1></div>
 <ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li>
 <li><a href="/tt">Tin tức</a></li><li><a href="/vb">Văn bản</a></li></ul></div>
<div class="container">
 <div class="col-left">
  <div class="news-detail">
   <h1 class="title">Tiếp tục đẩy mạnh triển khai dịch vụ công trực tuyến</h1>
   <div class="date">08/06/2023</div>
   <div class="tools"><a href="#">In trang</a> <a href="#">Tăng cỡ chữ</a> <a href="#">Giảm cỡ chữ</a></div>
   <div class="content">
    <p>Đó là nội dung chỉ đạo của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Thông tin
       và Truyền thông chiều 7/6 về rà soát tình hình triển khai nhiệm vụ năm 2023.</p>
    <p>Trong 6 tháng đầu năm, tỷ lệ người dân có điện thoại thông minh đạt 73%;
       tỷ lệ hộ gia đình có cáp quang đạt 76,6%.</p>
    <table border="1"><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr>
      <tr><td>Dịch vụ công trực tuyến phát sinh hồ sơ</td><td>58%</td></tr>
      <tr><td>Hồ sơ xử lý<br>trực tuyến</td><td>50%</td></tr></table>
    <p>Phó Chủ tịch UBND tỉnh yêu cầu Ngành đẩy mạnh dịch vụ công trực tuyến./.</p>
    <p style="text-align:right"><strong>Thu Trang</strong></p>
   </div>
   <div class="luot-xem">Lượt xem: 802</div>
   <div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>
     <li><a href="/1">Bắc Kạn tổ chức hội nghị chuyển đổi số năm 2023</a> (02/06/2023)</li>
     <li><a href="/2">Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng</a> (25/05/2023)</li></ul></div>
  </div>
 </div>
 <div class="col-right sidebar">
  <div class="box"><h3>Thống kê truy cập</h3><p>Đang online: 15</p><p>Hôm nay: 1.024</p></div>
 </div>
</div>
<div id="footer"><p>SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BẮC KẠN</p>
 <p>Địa chỉ: Tổ 10, phường Đức Xuân, thành phố Bắc Kạn</p>
 <p>Điện thoại: 0209.3870.000 - Email: stttt@backan.gov.vn</p>
 <p>© Bản quyền thuộc Sở Thông tin và Truyền thông</p></div>
</body></html>
"""

PORTAL_TEXT = [
    "Tiếp tục đẩy mạnh triển khai dịch vụ công trực tuyến",
    "08/06/2023",
    "Đó là nội dung chỉ đạo của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Thông tin "
    "và Truyền thông chiều 7/6 về rà soát tình hình triển khai nhiệm vụ năm 2023.",
    "Trong 6 tháng đầu năm, tỷ lệ người dân có điện thoại thông minh đạt 73%; tỷ lệ hộ gia đình "
    "có cáp quang đạt 76,6%.",
    "Chỉ tiêu: Dịch vụ công trực tuyến phát sinh hồ sơ; Kết quả: 58%",
    "Chỉ tiêu: Hồ sơ xử lý trực tuyến; Kết quả: 50%",
    "Phó Chủ tịch UBND tỉnh yêu cầu Ngành đẩy mạnh dịch vụ công trực tuyến./.",
    "Thu Trang",
]


def test_portal_page_keeps_the_news_body_only(tmp_path):
    path = tmp_path / "tin.html"
    path.write_text(PORTAL, encoding="utf-8")
    loaded = load_html(path)
    assert (loaded.format, loaded.pages, loaded.notes) == ("html", None, ())
    assert [b.text for b in loaded.blocks] == PORTAL_TEXT
    assert [b.kind for b in loaded.blocks].count("table_row") == 2


# An older portal laid out with tables and no helpful class names: the loader finds the
# text column, and the chrome it lets through is for ingest.boilerplate.
OLD_PORTAL = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body>
<table width="100%">
<tr><td colspan="2">SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH SƠN LA</td></tr>
<tr><td width="20%"><a href="/">Trang chủ</a><br><a href="/gt">Giới thiệu</a><br>
  <a href="/lh">Liên hệ</a><br><a href="/a">Hoạt động khoa học</a><br><a href="/b">Thông báo</a></td>
 <td>
  <p><b>Sơn La tăng cường nâng cao Chỉ số ICT Index năm 2021</b></p>
  <p>Lượt xem: 802</p>
  <p>Ngày 20/9/2021, UBND tỉnh ban hành Công văn số 3033/UBND-KGVX về việc tăng cường thực
     hiện các giải pháp nâng cao Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin.</p>
  <p>Sở Tài chính: tham mưu bố trí kinh phí để bổ sung, nâng cấp hạ tầng công nghệ thông tin,
     đáp ứng yêu cầu chuyển đổi số của các cơ quan nhà nước trên địa bàn tỉnh.</p>
  <p>Chi tiết Công văn số 3033/UBND-KGVX</p>
  <p align="right">Lê Luyến</p>
  <p>Thông tin mới nhất</p>
  <p>Thống kê truy cập</p><p>Đang online: 1</p><p>Hôm nay: 1</p>
 </td></tr>
<tr><td colspan="2">Địa chỉ: Tầng 3, tòa nhà 6T1, Khu Quảng trường Tây Bắc<br>
 Điện thoại: 02123.852.224<br>Xây dựng và quản trị: Trung tâm Hỗ trợ Khởi nghiệp</td></tr>
</table></body></html>
"""


def test_old_table_layout_portal_in_windows_1258(tmp_path):
    path = tmp_path / "tin.htm"
    path.write_bytes(cp1258(OLD_PORTAL))
    loaded = load_html(path)
    assert loaded.notes == ("decoded as windows-1258",)
    kept = [b.text for b in strip_boilerplate(loaded.blocks)]
    assert kept == [
        "Sơn La tăng cường nâng cao Chỉ số ICT Index năm 2021",
        "Ngày 20/9/2021, UBND tỉnh ban hành Công văn số 3033/UBND-KGVX về việc tăng cường thực "
        "hiện các giải pháp nâng cao Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin.",
        "Sở Tài chính: tham mưu bố trí kinh phí để bổ sung, nâng cấp hạ tầng công nghệ thông tin, "
        "đáp ứng yêu cầu chuyển đổi số của các cơ quan nhà nước trên địa bàn tỉnh.",
        "Chi tiết Công văn số 3033/UBND-KGVX",
        "Lê Luyến",
    ]


def test_article_element_is_the_main_content():
    page = """<html><body><nav><a href="/">Trang chủ</a></nav>
    <aside><p>Văn bản mới: Quyết định 12/QĐ-UBND về việc phê duyệt danh mục</p></aside>
    <article><header><h1>Thông báo kết luận</h1><time>22/01/2026</time></header>
      <p>Chủ tịch UBND tỉnh kết luận, giao các sở, ngành triển khai ngay.</p>
      <ol><li>Sở Nội vụ chủ trì tổng hợp.</li><li>Sở Tài chính bố trí kinh phí.</li></ol>
      <ul><li>Hoàn thành trước ngày 30/6/2026.</li></ul>
    </article><footer>© 2026 Cổng thông tin điện tử</footer></body></html>"""
    assert [b.text for b in html_blocks(page)] == [
        "Thông báo kết luận",
        "22/01/2026",
        "Chủ tịch UBND tỉnh kết luận, giao các sở, ngành triển khai ngay.",
        "1. Sở Nội vụ chủ trì tổng hợp.",
        "2. Sở Tài chính bố trí kinh phí.",
        "- Hoàn thành trước ngày 30/6/2026.",
    ]


def test_document_header_table_and_spans():
    page = """<html><body><div class="content-detail">
    <table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH ĐẮK NÔNG</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      <br>Độc lập - Tự do - Hạnh phúc</td></tr>
     <tr><td>Số: 431/KH-UBND</td><td>Đắk Nông, ngày 17 tháng 8 năm 2018</td></tr></table>
    <p>KẾ HOẠCH nâng cao Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin.</p>
    <table><thead><tr><th rowspan="2">Năm</th><th colspan="2">Xếp hạng</th></tr>
      <tr><th>Chung</th><th>Hạ tầng kỹ thuật</th></tr></thead>
      <tr><td>2016</td><td>43</td><td>15</td></tr>
      <tr><td>2017</td><td>49</td><td>25</td></tr></table>
    </div></body></html>"""
    assert [b.text for b in html_blocks(page)] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH ĐẮK NÔNG",
        "Số: 431/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Đắk Nông, ngày 17 tháng 8 năm 2018",
        "KẾ HOẠCH nâng cao Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin.",
        "Năm: 2016; Xếp hạng / Chung: 43; Xếp hạng / Hạ tầng kỹ thuật: 15",
        "Năm: 2017; Xếp hạng / Chung: 49; Xếp hạng / Hạ tầng kỹ thuật: 25",
    ]


def test_hidden_elements_and_comments_are_dropped():
    page = """<html><body><div class="content"><p>Nội dung chính của văn bản hướng dẫn.</p>
    <p style="display: none">Văn bản ẩn</p><!-- ghi chú --><p hidden>Ẩn nữa</p>
    <p>Dòng một<br/>Dòng hai</p></div></body></html>"""
    assert [b.text for b in html_blocks(page)] == [
        "Nội dung chính của văn bản hướng dẫn.",
        "Dòng một",
        "Dòng hai",
    ]


def test_declared_charset_wrongly_latin1_is_read_as_utf8():
    data = '<html><head><meta charset="iso-8859-1"></head><body>Hướng dẫn</body></html>'.encode()
    assert decode_html(data) == (data.decode("utf-8"), "utf-8")


def test_undeclared_charset_is_detected():
    data = cp1258("<html><body><p>Quyết định phê duyệt Điều lệ Hội Cựu giáo chức tỉnh</p></body></html>")
    text, encoding = decode_html(data)
    assert encoding == "cp1258"
    assert "Quyết định phê duyệt Điều lệ" in text


def test_page_without_content_fails(tmp_path):
    path = tmp_path / "rong.html"
    path.write_text("<html><head><script>x()</script></head><body>  </body></html>", encoding="utf-8")
    with pytest.raises(UnreadableDocument, match="^no text in the page's main content$"):
        load_html(path)
