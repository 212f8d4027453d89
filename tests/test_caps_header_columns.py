"""A header in two columns and its owner line. An official document prints the issuing body in capitals on the left
and the national motto (or the Party's name) on the right (Decree 30/2020/NĐ-CP, appendix I); text taken from a PDF
or a Word table puts both on one line, a tab or a wide gap between them. The body's name goes on down the left
column, never across the gap. The line above the body's name may name its owner ("UBND HUYỆN …", "HUYỆN ỦY …"),
which gives the body its place. Each sentence is written for this file."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"


# ------------------------------------------------------------------ the right column is no part of the body's name


def test_a_committee_over_two_lines_beside_the_motto_keeps_its_province() -> None:
    text = (f"ỦY BAN NHÂN DÂN            {MOTTO}\nTỈNH CAO BẰNG              {MOTTO_2}\n\n"
            "Số: 17/QĐ-UBND\n\nQuyết định về bảng giá đất năm 2026.")
    assert agencies_of(text) == {"UBND tỉnh Cao Bằng": "Cao Bằng"}


def test_the_partys_name_beside_the_central_committee_is_no_part_of_it() -> None:
    text = "BAN CHẤP HÀNH TRUNG ƯƠNG\t\tĐẢNG CỘNG SẢN VIỆT NAM\n*\n\nSố: 40-CT/TW\n\nChỉ thị về công tác dân vận."
    assert agencies_of(text) == {"Ban Chấp hành Trung ương": None}


def test_two_issuers_side_by_side_are_both_read() -> None:
    text = "BỘ TÀI CHÍNH          BỘ NỘI VỤ\n\nSố: 8/TTLT-BTC-BNV\n\nThông tư liên tịch về kinh phí."
    found = agencies_of(text)
    assert "Bộ Tài chính" in found and "Bộ Nội vụ" in found


def test_a_wide_gap_in_running_text_is_left_alone() -> None:
    text = "Sở Xây dựng   phối hợp với Sở Tài chính tỉnh Cà Mau thẩm định dự án."
    assert agencies_of(text) == {"Sở Xây dựng tỉnh Cà Mau": "Cà Mau", "Sở Tài chính tỉnh Cà Mau": "Cà Mau"}


# ------------------------------------------------------------------ the owner line gives the body below its place


def test_an_office_under_a_district_committee_is_the_districts() -> None:
    text = (f"UBND HUYỆN NAM ĐÀN          {MOTTO}\nPHÒNG NỘI VỤ          {MOTTO_2}\n\nSố: 12/PNV\n\n"
            "Về việc tuyển dụng viên chức năm 2026 theo hướng dẫn của Sở Nội vụ tỉnh Nghệ An.")
    found = agencies_of(text)
    assert found["Phòng Nội vụ huyện Nam Đàn"] == "Nghệ An"
    assert "Phòng Nội vụ tỉnh Nghệ An" not in found


def test_the_owner_line_counts_without_columns_and_across_a_blank_line() -> None:
    text = "UBND HUYỆN NAM ĐÀN\n\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG\n\nSố: 3/TNMT\n\nVề việc cấp giấy chứng nhận."
    assert agencies_of(text)["Phòng Tài nguyên và Môi trường huyện Nam Đàn"] == "Nghệ An"


def test_an_office_under_a_city_committee_is_the_citys() -> None:
    text = f"UBND THÀNH PHỐ PLEIKU\t{MOTTO}\nPHÒNG Y TẾ\t{MOTTO_2}\n\nSố: 9/PYT\n\nVề phòng chống sốt xuất huyết."
    found = agencies_of(text)
    assert found == {"UBND thành phố Pleiku": "Gia Lai", "Phòng Y tế thành phố Pleiku": "Gia Lai"}


def test_a_board_under_a_party_committee_is_named_after_the_committee() -> None:
    text = "HUYỆN ỦY NAM ĐÀN          ĐẢNG CỘNG SẢN VIỆT NAM\nBAN DÂN VẬN\n\nSố: 4-HD/BDVHU\n\nHướng dẫn công tác dân vận."
    assert agencies_of(text) == {"Huyện ủy Nam Đàn": "Nghệ An", "Ban Dân vận Huyện ủy Nam Đàn": "Nghệ An"}


def test_a_body_that_prints_its_own_place_keeps_it() -> None:
    text = "UBND TỈNH CAO BẰNG\nSỞ Y TẾ TỈNH CAO BẰNG\n\nSố: 5/SYT\n\nVề tiêm chủng mở rộng."
    assert agencies_of(text) == {"UBND tỉnh Cao Bằng": "Cao Bằng", "Sở Y tế tỉnh Cao Bằng": "Cao Bằng"}


def test_an_owner_line_in_running_text_gives_nothing() -> None:
    text = "UBND huyện Nam Đàn\nPhòng Nội vụ đã tổ chức hội nghị ở tỉnh Nghệ An."
    assert "Phòng Nội vụ huyện Nam Đàn" not in agencies_of(text)


def test_a_city_in_capitals_is_read_whole() -> None:
    text = "ỦY BAN NHÂN DÂN THÀNH PHỐ BUÔN MA THUỘT\n\nSố: 30/KH-UBND\n\nKế hoạch chỉnh trang đô thị."
    assert agencies_of(text) == {"UBND thành phố Buôn Ma Thuột": "Đắk Lắk"}
