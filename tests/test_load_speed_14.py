"""Speed changes of the load step (issue 14, item 2) that must not change what is read: the agency heads a first
letter may open, and the words after a mention read by one pattern of ordered alternatives."""

from __future__ import annotations

import regex

from graph.resolve import TRAILING, TRAILING_NAMES, TRAILING_STEPS
from loaders import names
from loaders.text import fold

#: first letters as pages print them: Latin, Vietnamese with their tones in both cases, digits and signs
LETTERS = ("ABCDĐEGHIKLMNOPQRSTUVXYabcdđeghiklmnopqrstuvxyÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢ"
           "ÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴàáảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ"
           "0123456789 .,-(\"“ßſﬁﬆİıK")


def test_the_heads_a_first_letter_may_open_are_those_whose_own_pattern_opens_on_it():
    for caps in (False, True):
        compiled = [(regex.compile(source, regex.V1), head) for source, head in names._head_sources(caps)]
        for letter in LETTERS:
            expected = [head for pattern, head in compiled if pattern.match(letter, partial=True)]
            assert names._heads_from(letter, caps)[1] == expected, (letter, caps)


def _steps_one_by_one(words: str) -> list[tuple[str, tuple[int, int], dict[str, str | None]]]:
    out, pos = [], 0
    while pos < len(words):
        step = next(((name, m) for name, pattern in TRAILING_STEPS
                     if (m := pattern.match(words, pos)) and m.end() > pos), None)
        if step is None:
            break
        out.append((step[0], step[1].span(), step[1].groupdict()))
        pos = step[1].end()
    return out


def _steps_at_once(words: str) -> list[tuple[str, tuple[int, int], dict[str, str | None]]]:
    out, pos = [], 0
    while pos < len(words) and (m := TRAILING.match(words, pos)):
        name, groups = TRAILING_NAMES[int(m.lastgroup[1:])]
        out.append((name, m.span(), {own: m.group(g) for g, own in groups.items()}))
        pos = m.end()
    return out


TAILS = [
    ", ngày 3 tháng 2 năm 2019 của Bộ Chính trị khóa XII về tăng cường công tác phòng chống thiên tai",
    " (khoá XI) do Ban Chấp hành Trung ương ban hành về đổi mới căn bản",
    " ngày 12/8/2020 của Ban Bí thư về nâng cao chất lượng",
    " được ký ban hành vào ngày 7-5-2018, Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII",
    " Hội nghị Trung ương 4 khóa XIII về xây dựng, chỉnh đốn Đảng",
    ", tháng 6/2017 của BCH TW",
    " of June 3, 2017, of the 5th plenum of the XIIth Central Committee on building the Party",
    " issued in 2012 by the Politburo (12th tenure) on land policy",
    " term XIII adopted at the 7th plenum",
    " [3] (12) , ; : – năm 2015 của Đảng Cộng sản Việt Nam",
    "",
    "về việc tổ chức",
]


def test_the_words_after_a_mention_read_at_once_as_step_by_step():
    assert not any(pattern.match("") for _, pattern in TRAILING_STEPS)  # no step is empty: first match is first step
    for tail in TAILS:
        words = fold(tail)
        for start in range(len(words) + 1):  # from each position of each tail
            assert _steps_at_once(words[start:]) == _steps_one_by_one(words[start:]), (tail, start)
