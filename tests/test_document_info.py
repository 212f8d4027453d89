"""document_info: title, date and locality from the file's metadata, else from the text itself."""

from __future__ import annotations

from pathlib import Path

import loaders
from loaders.document import document_info


def test_metadata_wins() -> None:
    info = document_info("Một dòng\nSở Y tế tỉnh Quảng Trị", {"title": "Tiêu đề", "date": "2024-01-02",
                                                             "locality": "Huế"})
    assert (info.title, info.date, info.locality) == ("Tiêu đề", "2024-01-02", "Huế")


def test_from_the_text_dateline_and_places() -> None:
    text = ("TỈNH ỦY THANH HÓA\nSố 12-NQ/TU\nThanh Hóa, ngày 13 tháng 5 năm 2022\nNGHỊ QUYẾT\n"
            "về phát triển du lịch tỉnh Thanh Hóa; UBND tỉnh Thanh Hóa chủ trì, phối hợp tỉnh Nghệ An.")
    info = document_info(text)
    assert info.title == ("NGHỊ QUYẾT về phát triển du lịch tỉnh Thanh Hóa; UBND tỉnh Thanh Hóa chủ trì, "
                          "phối hợp tỉnh Nghệ An.")
    assert info.date == "2022-05-13"
    assert info.locality == "Thanh Hóa"


def test_no_date_without_a_dateline() -> None:
    assert document_info("Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị.").date is None


def test_seed(seed_path: Path) -> None:
    info = loaders.extract(loaders.read(seed_path)).document
    assert info.title == "Hội nghị giao ban các ngành khối khoa giáo năm 2023"
    assert info.locality == "Quảng Trị"
    assert info.date == "2023-09-22"  # no dateline: the meeting it reports dates it


def test_a_report_without_dateline_is_dated_by_the_event_it_opens_with() -> None:
    text = ("Hội nghị sơ kết công tác dân vận năm 2024\n\n"
            "Sáng ngày 14/6/2024, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận. "
            "Hội nghị nhìn lại 10 năm học tập Nghị quyết số 33-NQ/TW ngày 9/6/2014 về văn hóa.")
    assert document_info(text).date == "2024-06-14"
    text = "Tin hoạt động\n\nNgày 8-11-2023, Huyện ủy Cam Lộ tổ chức lễ kết nạp đảng viên mới."
    assert document_info(text).date == "2023-11-08"


def test_the_date_of_a_cited_or_issued_document_does_not_date_the_report() -> None:
    cited = ("Quán triệt Nghị quyết số 33-NQ/TW ngày 9/6/2014 của Hội nghị Trung ương 9, "
             "các huyện đã mở nhiều lớp học.")
    assert document_info(cited).date is None
    issued = "Ngày 2/8/2022, Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU về phát triển du lịch; hội nghị diễn ra sau đó."
    assert document_info(issued).date is None
    undated = "Chiều 14/6, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết."
    assert document_info(undated).date is None
    # a symbol's issuer code before ", ngày" is no place of a dateline ("Hà Nội, ngày …")
    for symbol in ("Quy định số 30-QĐ/TW", "Kế hoạch số 212/KH-UBND", "Hướng dẫn số 15-HD/ĐUK"):
        preamble = f"Căn cứ {symbol}, ngày 12/7/2016 của cấp trên về công tác kiểm tra;\n"
        assert document_info(preamble).date is None, symbol
        report = preamble + "Ngày 05/4/2017, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị tập huấn nghiệp vụ."
        assert document_info(report).date == "2017-04-05", symbol
    letterhead = "ĐẢNG BỘ HUYỆN X ĐẢNG ỦY XÃ Y * Số 12-KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Tân Lập, ngày 3 tháng 2 năm 2021"
    assert document_info(letterhead).date == "2021-02-03"  # a flattened letterhead keeps its dateline


def test_a_dateline_beats_the_event_date_and_a_time_then_date_stamp_counts() -> None:
    text = "Tin tức\n\n08:15, 20/6/2024\n\nSáng ngày 14/6/2024, Ban Dân vận Tỉnh ủy tổ chức hội nghị."
    assert document_info(text).date == "2024-06-20"


def test_a_portal_publication_stamp_dates_the_page() -> None:
    body = "\n\nSáng ngày 14/6/2024, Hội Nông dân tỉnh tổ chức hội nghị tập huấn."
    for stamp, date in [("Ngày đăng: 20/06/2024", "2024-06-20"), ("Bài đăng ngày 21/6/2024", "2024-06-21"),
                        ("Cập nhật lúc 08:30, 22/06/2024", "2024-06-22"), ("Ngày xuất bản: 23-06-2024", "2024-06-23")]:
        assert document_info(f"Nông dân học cách bán hàng trực tuyến\n{stamp}{body}").date == date, stamp
        info = document_info(f"https://hoinongdan.example.vn/tin-tuc\n{stamp}\nNông dân học cách bán hàng{body}")
        assert (info.title, info.date) == ("Nông dân học cách bán hàng", date)  # an address, a stamp: no title
    # the stamp counts where the page prints it, before the body; a date in running text does not
    cited = "Tin tức\n\nDữ liệu đất đai của tỉnh được cập nhật ngày 5/5/2021 theo Nghị quyết số 12-NQ/TU."
    assert document_info(cited).date is None


def test_a_page_date_printed_alone_or_in_a_database_row_and_a_letterhead_below_the_site_menus() -> None:
    # a bare date line under the headline is the page's; the event it reports comes later
    news = "Huyện ủy sơ kết công tác dân vận\n\n21/06/2024\n\nSáng ngày 18/6/2024, Huyện ủy tổ chức hội nghị sơ kết."
    assert document_info(news).date == "2024-06-21"
    row = "Loại văn bản: | Quyết định |\nNgày ban hành: | 15/03/2021 | Ngày hiệu lực: | 15/03/2021 |"
    assert document_info(row).date == "2021-03-15"
    menus = "\n".join(f"Chuyên mục {i} | Tin tức | Văn bản | Hỏi đáp | Liên hệ | Sơ đồ cổng" for i in range(20))
    letter = (f"{menus}\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 77/QĐ-UBND | "
              "Lai Châu, ngày 9 tháng 3 năm 2022\nQUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo")
    assert len(menus) > 600 and document_info(letter).date == "2022-03-09"

def test_the_title_is_under_the_letterhead() -> None:
    plan = ("HUYỆN ỦY CAM LỘ\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 45-KH/HU\nCam Lộ, ngày 3 tháng 4 năm 2023\n\n"
            "KẾ HOẠCH\nthực hiện Chỉ thị số 21-CT/TW của Ban Bí thư về công tác phụ nữ\n\n"
            "Thực hiện Chỉ thị số 21-CT/TW, Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:")
    assert document_info(plan).title == "KẾ HOẠCH thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư về công tác phụ nữ"
    decision = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH QUẢNG BÌNH | Độc lập - Tự do - "
                "Hạnh phúc |\nSố: 812/QĐ-UBND | Quảng Bình, ngày 9 tháng 3\nnăm 2022 |\nQUYẾT ĐỊNH\n"
                "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH\nỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nCăn cứ Luật Du lịch;")
    assert document_info(decision).title == "QUYẾT ĐỊNH PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH"
    news = "Tỉnh ủy Quảng Bình sơ kết Chỉ thị 21-CT/TW\nThứ Hai, 3/4/2023 10:20\nSáng 3/4, Tỉnh ủy tổ chức hội nghị."
    assert document_info(news).title == "Tỉnh ủy Quảng Bình sơ kết Chỉ thị 21-CT/TW"
