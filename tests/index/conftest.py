"""A small real index (loaders, metadata, facts; BM25 only) built once per test module."""
from __future__ import annotations

import pytest

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG

Số: 45/KH-UBND

Hà Giang, ngày 10 tháng 3 năm 2024

KẾ HOẠCH
Chuyển đổi số tỉnh Hà Giang năm 2024

Thực hiện Nghị quyết số 52/NQ-CP ngày 22/4/2020 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2024 như sau:

I. MỤC TIÊU
1. Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt tối thiểu 60%.
2. 100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng.
3. Phấn đấu trong năm 2024: số hóa 80% hồ sơ lưu trữ của các sở, ngành; tinh giản tối thiểu 15% số lượng văn bản giấy so với năm trước.

II. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông
- Chủ trì triển khai nền tảng phòng chống mã độc tập trung, hoàn thành trước ngày 30/9/2024.
- Định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch.
2. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2024.
3. Sở Nội vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông tổ chức đào tạo kỹ năng số cho cán bộ, công chức trong Quý III/2024.
4. Tổ chức tập huấn sử dụng nền tảng số cho công chức cấp xã
- Cơ quan chủ trì: Sở Giáo dục và Đào tạo
- Thời gian hoàn thành: Quý IV/2024
5. Kho dữ liệu số giai đoạn 2024-2025 của tỉnh hoàn thành trước ngày 31/12/2025.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Sơn
"""

OTHER = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN

Số: 12/BC-UBND

Lạng Sơn, ngày 5 tháng 1 năm 2024

BÁO CÁO
Kết quả cải cách hành chính năm 2023

Năm 2023, tỉnh Lạng Sơn đã tiếp nhận 120.000 hồ sơ thủ tục hành chính, trong đó 45% được xử lý trực tuyến.
Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật của tỉnh.
- Tổng số xã có hồ sơ cải cách hành chính trễ hạn: 07 đơn vị.
- Tổng số xã không có hồ sơ trễ hạn: 93 đơn vị.
- Số vụ vi phạm hành chính được phát hiện năm 2023 tăng trên 5% so với năm trước.
- Năm 2023, lực lượng chức năng đã phát hiện 35 vụ vi phạm hành chính.
Hiện nay, thành phố Hà Nội và thành phố Hồ Chí Minh đã thành lập Hội Thừa phát lại và hoạt động ổn định.
Trung tâm Văn hóa tỉnh hỗ trợ Liên đoàn Cầu lông tỉnh Lạng Sơn đặt trụ sở tại số 12 Lê Lợi, phường Chi Lăng, tỉnh Lạng Sơn.
Bộ tiêu chí đánh giá chuyển đổi số được cấu trúc thành 2 lĩnh vực, 5 tiêu chí, 19 tiêu chí thành phần, cụ thể:
- Chuyển đổi số cấp xã về chính quyền số: 3 tiêu chí và 11 tiêu chí thành phần;
- Chuyển đổi số cấp xã về xã hội số: 2 tiêu chí và 8 tiêu chí thành phần.
"""


TABLE = """# Phụ lục: Nhiệm vụ xây dựng dữ liệu số năm 2024

| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Xây dựng kho dữ liệu dùng chung của tỉnh | Sở Thông tin và Truyền thông | Quý II/2024 |
| 2 | Chuẩn hóa dữ liệu hộ tịch | Sở Tư pháp | Trước ngày 30/11/2024 |
"""


DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Số: 88/QĐ-SNNMT

QUYẾT ĐỊNH
Phân công nhiệm vụ Lãnh đạo Sở

Điều 1. Phân công nhiệm vụ như sau:
1. Giám đốc Sở Trần Văn An
- Lãnh đạo, điều hành chung mọi hoạt động của Sở.
2. Phó Giám đốc Lê Văn Bình
- Giúp Giám đốc phụ trách lĩnh vực đất đai, khoáng sản và đo đạc bản đồ.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""


INVITATION = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN

Số: 30/GM-UBND

Lạng Sơn, ngày 2 tháng 2 năm 2024

GIẤY MỜI
Họp sơ kết công tác cải cách hành chính quý I năm 2024

Ủy ban nhân dân tỉnh tổ chức họp sơ kết công tác cải cách hành chính quý I năm 2024 và đăng ký nhiệm vụ quý II.
Thời gian: 14 giờ 00, ngày 15/02/2024.
Địa điểm: Phòng họp số 2, Trụ sở Ủy ban nhân dân tỉnh.
Hội Khuyến học tỉnh đã tổ chức Đại hội nhiệm kỳ III vào ngày 12/3/2018, đến nay đã hết nhiệm kỳ nhưng Hội Khuyến học tỉnh chưa tổ chức Đại hội nhiệm kỳ IV.
Sở Nội vụ đề xuất gia hạn thời gian tổ chức Đại hội nhiệm kỳ IV đến ngày 30/9/2024.
Sở Y tế hoàn thành tự kiểm tra công tác cải cách hành chính trước ngày 05/3/2024.
Đoàn kiểm tra làm việc tại đơn vị trong tháng 8/2024.

Nghị quyết số 54/2023/NQ-HĐND của Hội đồng nhân dân tỉnh về mức hỗ trợ đào tạo có hiệu lực từ ngày 08 tháng 12 năm 2023.
Các sở, ngành đăng ký danh sách dự họp trước ngày 10/02/2024.
Văn thư chuyển giấy mời đến các đại biểu trong thời hạn không quá 04 giờ kể từ khi nhận được.
Đề nghị các thành viên gửi ý kiến chậm nhất ngày 20/02/2024 về dự thảo Đề án đại hội nhiệm kỳ 2026 - 2031.
"""


BOARD = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG

Số: 9/QĐ-UBND

QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo phát triển du lịch tỉnh Hà Giang

Căn cứ Công văn số 120/UBND-KGVX ngày 5/1/2024 và Quyết định số 77/QĐ-UBND ngày 2/1/2024 về quy hoạch du lịch;
Điều 1. Thành lập Ban Chỉ đạo phát triển du lịch tỉnh Hà Giang, gồm các ông, bà có tên sau:
1. Trưởng ban: Ông Hoàng Văn Quý - Phó Chủ tịch Ủy ban nhân dân tỉnh.
2. Phó Trưởng ban: Bà Vàng Thị Mỷ - Giám đốc Sở Văn hóa, Thể thao và Du lịch.
Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch xây dựng quy chế hoạt động của Ban Chỉ đạo. Thời gian hoàn thành trước ngày 15/4/2024.
- Nơi đặt bộ phận thường trực: số 8 đường Nguyễn Trãi, thành phố Hà Giang.
- Số điện thoại của bộ phận thường trực: 0219 3867 123.
Trường hợp có vướng mắc, các doanh nghiệp lữ hành cung cấp hồ sơ với bộ phận một cửa nơi nộp hồ sơ để được hướng dẫn.
Điều 3. Quyết định có hiệu lực kể từ ngày ký.
Điều 4. Trách nhiệm Văn phòng Ủy ban nhân dân tỉnh
1. Tiếp nhận, phân loại kiến nghị của cử tri gửi Ủy ban nhân dân tỉnh.
"""


COMPENSATION = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG

Số: 15/2025/QĐ-UBND

QUYẾT ĐỊNH
Quy định bồi thường nhà ở trong hành lang an toàn lưới điện

Điều 1. Bồi thường nhà ở
1. Nhà ở nằm trong hành lang bảo vệ an toàn lưới điện, xây dựng trên đất đủ điều kiện bồi thường thì chủ sở hữu được bồi thường phần diện tích trong hành lang. Mức hưởng bằng 60% đơn giá;
2. Nhà ở xây dựng trên đất không đủ điều kiện bồi thường thì được hỗ trợ phần diện tích trong hành lang. Mức hưởng bằng 25% đơn giá.
Điều 2. Bàn giao mặt bằng
Trong thời hạn 30 (ba mươi) ngày kể từ ngày nhận đủ tiền bồi thường, chủ sở hữu nhà ở phải bàn giao mặt bằng cho đơn vị thi công.
Trước khi hết hạn 15 ngày làm việc, chủ sở hữu chưa bàn giao được mặt bằng thì đề nghị gia hạn thời gian bàn giao mặt bằng. Thời gian gia hạn không quá 06 tháng.
"""


def build_text_index(root, files: dict[str, str]):
    """An index folder (BM25 only) of plain-text documents {file name: text} under ``root``."""
    from index.build import refresh
    from index.settings import Settings
    from ingest.__main__ import ingest_paths
    from ingest.store import Store

    docs = root / "docs"
    docs.mkdir()
    for name, text in files.items():
        (docs / name).write_text(text, encoding="utf-8")
    folder = root / "idx"
    with Store(folder) as store:
        summary = ingest_paths([str(docs)], store)
        assert summary.ingested == len(files) and not summary.failed
        refresh(store, Settings(index_dir=str(folder)), embed=False)
    return folder


@pytest.fixture(scope="module")
def plan_index(tmp_path_factory):
    return build_text_index(tmp_path_factory.mktemp("plans"), {
        "kh45.txt": PLAN, "bc12.txt": OTHER, "phu-luc.md": TABLE, "qd88.txt": DECISION, "gm30.txt": INVITATION,
        "qd9.txt": BOARD, "qd15.txt": COMPENSATION})


@pytest.fixture(scope="module")
def answerer(plan_index):
    from index.answer import Answerer
    from index.search import Searcher
    from index.settings import Settings

    searcher = Searcher.open(plan_index, Settings(index_dir=str(plan_index)))
    yield Answerer(searcher)
    searcher.close()


@pytest.fixture
def answerer_of(tmp_path_factory):
    """An Answerer over a fresh index of plain-text documents {file name: text}."""
    from index.answer import Answerer
    from index.search import Searcher
    from index.settings import Settings

    opened = []

    def make(files: dict[str, str]):
        folder = build_text_index(tmp_path_factory.mktemp("docs"), files)
        opened.append(Searcher.open(folder, Settings(index_dir=str(folder))))
        return Answerer(opened[-1])

    yield make
    for searcher in opened:
        searcher.close()
