"""Find numbered references to Party and State documents: a pipeline of small pure steps.

normalise (loaders.normalize, with an offset map back) → find mentions (one compiled pattern from
loaders.grammar) → parse and canonicalise symbols → annotate context (date, issuer, term, title,
locality) → resolve number-only and short forms → relation cues → map spans back to the text as given.
The grammar lives in loaders/grammar.py as data; this module only applies it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

import regex

from loaders import grammar as g
from loaders.dates import date_at, find_dates
from loaders.gazetteer import canonical_province, main_province
from loaders.model import DocumentRelation, OtherReference, Reference
from loaders.normalize import Normalized, normalize
from loaders.text import bare, fold, has_diacritics, toneless


@dataclass
class Findings:
    references: list[Reference] = field(default_factory=list)
    other_references: list[OtherReference] = field(default_factory=list)
    relations: list[DocumentRelation] = field(default_factory=list)
    self_symbol: str | None = None  # the document's own "Số ..." header, not a reference


@dataclass
class Symbol:
    """A parsed symbol: canonical text, family, type code, number; `end` is where it ends in the text."""

    symbol: str
    family: str
    doc_type: str | None
    number: str
    end: int
    issuer: str | None = None  # the first issuer code (TW, TU, CP, UBND …)
    central_or_local: bool = False  # printed TƯ: TW or TU depending on the issuer named
    legislature: bool = False  # N/YYYY/QHnn: a law unless a type word says otherwise


@dataclass
class Mention:
    """One mention found in the normalised text (offsets into it)."""

    start: int
    end: int
    number: str
    type_word: g.TypeWord | None = None
    parsed: Symbol | None = None  # the printed symbol, when the text prints one
    year: str | None = None  # the year printed with a number that has no code ("Thông tư 36/2017")
    session: int | None = None  # the legislature's session named with a number-only resolution or law
    is_self: bool = False
    is_alias: bool = False
    named_at: int | None = None  # an alias: where the unnumbered document it names starts ("Chỉ thị của …")
    shared_suffix: bool = False
    symbol: str | None = None
    family: str | None = None
    doc_type: str | None = None
    date: str | None = None
    issuer: str | None = None
    issuer_code: str | None = None
    issuer_family: str | None = None
    issuer_province: str | None = None
    issuer_local: bool = False  # the issuer is named as a provincial body without its province ("… tỉnh")
    term: str | None = None
    title: str | None = None
    title_end: int | None = None  # where the title after the mention ends
    relation: str | None = None
    short_form: bool = False
    locality: str | None = None
    context_end: int = 0  # where the date/issuer/term written after the mention ends
    issued_here: bool = False  # a verb of issuing leads it ("…, Ban Tuyên giáo Trung ương có Hướng dẫn số …")


# --- symbols ------------------------------------------------------------------------------------

_YEAR = regex.compile(r"(?:19|20)\d\d")
_LEGISLATURE = regex.compile(g.LEGISLATURE.pattern, regex.IGNORECASE)
_CODE = regex.compile(r"(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}&][\p{L}\d&]*")
_TRAILING_DIGITS = regex.compile(r"^(?P<code>.*?\p{L})(?P<digits>\d+)$")
# A known code with a capitalised word glued after it ("70/NQ-CPSigner" in a translation's attribute table): no code
# has a capital followed by two lower-case letters.
_GLUED_LABEL = regex.compile(r"(?P<head>.+?)(?P<word>\p{Lu}\p{Ll}{2,}\p{L}*)")
# A department numbered by one capital letter ("V9" of the Procuracy, "X11" of the Ministry of Public Security).
_NUMBERED_UNIT = regex.compile(r"\p{Lu}\d{1,3}")


def _is_code(seg: str) -> bool:
    """A code segment: NQ, TW, BGDĐT, TTg, QH14, XD&KTVBQPPL; or a known code in any case ('tw')."""
    return bool(_CODE.fullmatch(seg)) or seg.upper() in g.CANONICAL_CODES


def _split_glued(seg: str) -> list[str]:
    """'NĐCP' → ['NĐ', 'CP'], 'QĐUBND' → ['QĐ', 'UBND']; other segments unchanged."""
    code = g.canonical_code(seg)
    if code in g.STATE_TYPES or code in g.PARTY_TYPES or code in g.STATE_ISSUERS or g.is_party_issuer(code):
        return [seg]
    for t in g.GLUED_TYPES:
        if seg.upper().startswith(t.upper()):
            rest = g.canonical_code(seg[len(t):])
            if rest in g.STATE_ISSUERS or g.is_party_issuer(rest):
                return [seg[:len(t)], seg[len(t):]]
    return [seg]


def _strip_footnote(code: str, end: int) -> tuple[str, int]:
    """'TW1' → 'TW' (a footnote number glued to the symbol); 'QH14' keeps its digits."""
    m = _TRAILING_DIGITS.match(code)
    if m and not _LEGISLATURE.fullmatch(code) and g.canonical_code(m.group("code")) not in g.NUMBERED_ISSUERS:
        base = g.canonical_code(m.group("code"))
        if g.is_party_issuer(base) or base in g.STATE_ISSUERS:
            return m.group("code"), end - len(m.group("digits"))
    return code, end


def _seg_code(seg: str, seg_start: int, seg_end: int) -> tuple[str, int]:
    """The code a printed segment stands for, and where it ends: 'BGD ĐT' → BGDĐT when that is a known
    code (else the part before the break), '…/TWCỦA' or '…/TWngày' → TW, 'TW1' → TW."""
    for brk in (" ", "\n"):
        if brk in seg:
            joined = seg.replace(brk, "")
            if joined.upper() in g.CANONICAL_CODES:
                return joined, seg_end
            seg = seg[:seg.index(brk)]
            seg_end = seg_start + len(seg)
    if seg.upper() not in g.CANONICAL_CODES:
        for word in g.GLUED_AFTER_CODE:
            head, tail = seg[:-len(word)], seg[-len(word):]
            if tail in (word, word.lower()) and head.upper() in g.CANONICAL_CODES:
                return head, seg_end - len(word)
            if tail == word.capitalize() and head.isupper() and _CODE.fullmatch(head):
                return head, seg_end - len(word)  # a legal database's next label: "…/NQLT-CP-ĐCTUBTƯMTTQVNNgày đăng"
        glued = _GLUED_LABEL.fullmatch(seg)
        if glued and glued.group("head").upper() in g.CANONICAL_CODES:
            return glued.group("head"), seg_end - len(glued.group("word"))  # "…/NQ-CPSigner:": the next label
    return _strip_footnote(seg, seg_end)


def _codes(segs: list[tuple[str, int, int]]) -> tuple[list[str], int | None]:
    """The code segments of a symbol, canonical and split where glued, and where the last one ends."""
    codes: list[str] = []
    end = None
    for seg, start, seg_end in segs:
        seg = g.DOTTED_CODES.get(seg, seg)
        if not (_is_code(seg.split()[0]) or _is_code("".join(seg.split()))):
            if len(codes) >= 2 and _NUMBERED_UNIT.fullmatch(seg):
                codes.append(seg)  # a numbered department after the issuer: "03/CT-BCA-X11", "01/QĐ-VKSTC-V9"
                end = seg_end
            break
        code, end = _seg_code(seg, start, seg_end)
        for c in _split_glued(code):
            c = g.canonical_code(g.ungarbled_code(c))
            issuer_seen = any(k not in g.STATE_TYPES and k not in g.PARTY_TYPES for k in codes)
            codes.append(c if issuer_seen else g.expand_truncated(c))  # a unit after its body is no issuer cut short
            # ("102/HĐND-TTHĐ": the council's standing board, not TTHĐND)
        if end != seg_end:
            break
    return codes, end


def _known_glued(seg: str) -> bool:
    """A segment glued to its number that the tables know: a code, or a type and an issuer ('QĐUBND')."""
    return seg.upper() in g.CANONICAL_CODES or len(_split_glued(seg)) == 2


def _is_party_shape(doc_type: str | None, issuers: list[str], seps: list[str]) -> bool:
    """A party symbol: its issuer is a Party body, or it is printed N-TYPE/ISSUER with a Party type and its
    issuer is no State body's own code (a steering board's BCĐ serves Party and State alike: "43-CV/BCĐ")."""
    if not doc_type or not issuers:
        return False
    printed_party = len(seps) > 1 and seps[0].strip() in ("-", "") and seps[1].strip() == "/"
    if _state_only_type(doc_type) and not printed_party:
        return False
    if g.is_party_issuer(issuers[0]):
        return True
    shared = g.issuer_level(issuers[0]) == "either"
    state_issuer = (issuers[0] in g.STATE_ISSUERS and not shared) or bool(_LEGISLATURE.fullmatch(issuers[0]))
    return printed_party and not state_issuer and doc_type in g.PARTY_TYPES


def _state_only_type(doc_type: str | None) -> bool:
    """A type only the State issues (công điện CĐ, nghị định NĐ …: not among the Party's types of Hướng dẫn
    36-HD/VPTW): printed in the State's shape, its symbol is the State's whatever its issuer's code ("84/CĐ-TW" of the
    Central Steering Committee for Natural Disaster Prevention)."""
    return doc_type in g.STATE_TYPES and doc_type not in g.PARTY_TYPES


def _before_full_stop(segs: list[tuple[str, int, int]], seps: list[str]) -> tuple[list, list]:
    """A dot joins codes ("1234/QĐ.UBND", "123/UBND.VX") unless it is a full stop with no space after it: after an
    issuer, a body's code (not a unit's: "UBND.VX") starts the next sentence ("… Kế hoạch số 3/KH-UBND.UBND xã chủ trì")."""
    for i in range(1, len(segs)):
        code = g.canonical_code(segs[i][0])
        if seps[i] == "." and g.canonical_code(segs[i - 1][0]) not in g.STATE_TYPES | g.PARTY_TYPES \
                and (code in g.STATE_ISSUERS or g.is_party_issuer(code)):
            return segs[:i], seps[:i]
    return segs, seps


def parse_symbol(number: str, seps: list[str], segs: list[tuple[str, int, int]], typed: bool) -> Symbol | None:
    """Canonical symbol from a number and its printed segments; None when they do not make a symbol.

    `typed`: a type word stands before the number, so letters ("285/CCTTHC") count too.
    """
    if seps and seps[0] == "" and not _known_glued(segs[0][0]):
        return None  # a number glued to letters is a symbol only when they are a known code ("3892BGDDT")
    first = segs[0][0].split()[0] if segs else ""
    if seps and g.CAPITALISED_WORD.fullmatch(first) and (seps[0] == " " or g.ungarbled_code(first) == first):
        # "KẾ HOẠCH 5 NĂM": a word after the number, not the code of "09 KH/ĐU"; so is a headline's word in capitals
        # after a dash or a space, one that names no code read without its diacritics ("QUY ĐỊNH 41 CỦA BỘ CHÍNH
        # TRỊ", "NGHỊ ĐỊNH 09 - MỘT CHÍNH SÁCH"; a garbled "ƯBND" is a code)
        return None
    segs, seps = _before_full_stop(segs, seps)
    year = None
    if len(segs) > 1 and _YEAR.fullmatch(segs[0][0]):
        year, segs, seps = segs[0][0], segs[1:], seps[1:]
    codes, end = _codes(segs)
    if not codes or end is None:
        return None
    doc_type = codes[0] if codes[0] in g.PARTY_TYPES or codes[0] in g.STATE_TYPES else None
    if doc_type is None and len(codes) == 2 and g.is_party_issuer(codes[1]) and seps[:2] and \
            seps[0].strip() in ("-", "") and seps[1].strip() == "/":
        doc_type = codes[0]  # a Party type code of a body's own ("12-CTHĐ/TU"): the issuer makes it Party
    issuers = codes[1:] if doc_type else codes
    # a year is the State's shape: only a Party body's code makes such a symbol Party ("05/2023/NQ-HĐQT" stays)
    party = _is_party_shape(doc_type, issuers, seps) if year is None else \
        bool(doc_type and issuers) and g.is_party_issuer(issuers[0]) and not _state_only_type(doc_type)
    if party:
        return Symbol(f"{number}-{doc_type}/{'-'.join(issuers)}", "party", doc_type, number, end,
                      issuers[0], central_or_local=issuers[0] == "TƯ")
    legislature = bool(issuers) and bool(_LEGISLATURE.fullmatch(issuers[0]))
    if not issuers and doc_type in g.WHOLE_SYMBOL_TYPES and typed:  # "Thông tư liên bộ số 09/TTLB"
        return Symbol(f"{number}/{year}/{doc_type}" if year else f"{number}/{doc_type}", "state", doc_type, number, end)
    if not issuers or (doc_type is None and not typed and not legislature):
        return None
    if year is None and doc_type is None and not typed and (issuers[0] not in g.STATE_ISSUERS or len(issuers) < 2):
        return None
    body = "-".join(([doc_type] if doc_type else []) + issuers)
    symbol = f"{number}/{year}/{body}" if year else f"{number}/{body}"
    return Symbol(symbol, "state", doc_type, number, end, issuers[0], legislature=legislature and year is not None)


@lru_cache(maxsize=1 << 13)
def _parse_printed(number: str, seps: tuple[str, ...], segs: tuple[str, ...], typed: bool) -> Symbol | None:
    """parse_symbol of a printed symbol, offsets counted from its number (symbols repeat: cached)."""
    spans: list[tuple[str, int, int]] = []
    pos = len(number)
    for sep, seg in zip(seps, segs, strict=True):
        pos += len(sep)
        spans.append((seg, pos, pos + len(seg)))
        pos += len(seg)
    return parse_symbol(number, list(seps), spans, typed)


def _symbol_from_match(m: regex.Match, typed: bool) -> Symbol | None:
    """Parse the SYMBOL groups of a match (number, then separator and segment pairs, printed contiguously)."""
    cached = _parse_printed(m.group("num"), tuple(m.captures("sep")), tuple(m.captures("seg")), typed)
    if cached is None:
        return None
    return Symbol(cached.symbol, cached.family, cached.doc_type, cached.number, m.start("num") + cached.end,
                  cached.issuer, cached.central_or_local, cached.legislature)


# --- finding mentions ---------------------------------------------------------------------------


def _mentions_of_typed(t: str, start: int, m: regex.Match, tw: g.TypeWord) -> list[Mention]:
    """The mention(s) of one type word and what follows it: the first item, then list items."""
    out: list[Mention] = []
    parsed = _typed_party(None if m.group("onum") else _symbol_from_match(m, typed=True), tw)
    first_num = m.group("num") or m.group("onum")
    first_end = parsed.end if parsed else m.start("first") + len(first_num)
    out.append(Mention(start, first_end, first_num, tw, parsed))
    if parsed is None and (year := _NUMBER_YEAR.fullmatch(m.group("first"))):
        out[0].end, out[0].year = m.end("first"), year.group("year")
    elif parsed is None and m.group("num") and _type_code_only(m, tw):
        out[0].end = m.end("first")  # "Nghị quyết 57-NQ của Bộ Chính trị": the type code printed, the scope left out
    for item_start, item_end in zip(m.starts("item"), m.ends("item"), strict=True):
        im = g.ITEM_PATTERN.fullmatch(t, item_start, item_end)
        if im is None:
            break
        item_parsed = _typed_party(None if im.group("onum") else _symbol_from_match(im, typed=True), tw)
        num = im.group("num") or im.group("onum")
        if im.group("num") and item_parsed is None and _is_code(im.captures("seg")[0].split()[0]):
            break  # a code that makes no symbol ends the list; a word after a dash does not ("68 và 59 - mở ra …")
        end = item_parsed.end if item_parsed else im.start("first") + len(num)
        out.append(Mention(item_start, end, num, tw, item_parsed))
    _share_suffix(out)
    return out


def _typed_party(parsed: Symbol | None, tw: g.TypeWord) -> Symbol | None:
    """A number and a Party body's code with no type code ("NQ số 29/TW", "Nghị quyết 09/TW"): the type word
    names the type, and the Party body makes the symbol the Party's (29-NQ/TW)."""
    if parsed is None or parsed.doc_type or not tw.party or parsed.symbol != f"{parsed.number}/{parsed.issuer}" \
            or not g.is_party_issuer(parsed.issuer):
        return parsed
    return Symbol(f"{parsed.number}-{tw.party}/{parsed.issuer}", "party", tw.party, parsed.number, parsed.end,
                  parsed.issuer, central_or_local=parsed.issuer == "TƯ")


def _type_code_only(m: regex.Match, tw: g.TypeWord) -> bool:
    """The number is followed by its type word's own code and nothing else ("57-NQ", "21/KL")."""
    segs = m.captures("seg")
    return len(segs) == 1 and g.canonical_code(segs[0]) in {tw.party, tw.state} - {None}


# A number printed with its year and no code: "36/2017" after "Thông tư", "123/2019" after "QĐ".
_NUMBER_YEAR = regex.compile(r"\d{1,5}[ \t]{0,2}/[ \t]{0,2}(?P<year>(?:19|20)\d\d)")


def _share_suffix(items: list[Mention]) -> None:
    """'18, 19-NQ/TW': number-only items take the suffix of the next item that prints one."""
    for i, item in enumerate(items):
        if item.parsed:
            continue
        later = next((x.parsed for x in items[i + 1:] if x.parsed), None)
        if later is None:
            continue
        suffix = later.symbol[len(later.number):]
        if later.family == "party" or "/" not in suffix[1:]:
            item.parsed = Symbol(item.number + suffix, later.family, later.doc_type, item.number, item.end,
                                 later.issuer, later.central_or_local)
            item.shared_suffix = True


def _word_start(t: str, pos: int) -> bool:
    """A type word starts here: after a non-letter, or glued after a lower-case word ('tinh thầnNghị')."""
    if pos == 0 or not t[pos - 1].isalpha():
        return True
    return t[pos - 1].islower() and t[pos].isupper()


_DIGITS = regex.compile(r"\d+")
_WINDOW = 48  # a type word ends at most this far before its number ("Nghị quyết Liên tịch số\n19")


def _number_windows(t: str) -> list[tuple[int, int]]:
    """Stretches of text that end at a number: only there can a type word start a mention.

    Each number opens a window from the word start about _WINDOW characters before it; windows that reach
    back to the previous number merge, so only numbers far from the previous one need a look back."""
    starts = [d.start() for d in _DIGITS.finditer(t)]
    if not starts:
        return []
    firsts = [0] + [i for i in range(1, len(starts)) if starts[i] - starts[i - 1] > _WINDOW
                    and _window_start(t, starts[i]) > starts[i - 1]]
    lasts = [i - 1 for i in firsts[1:]] + [len(starts) - 1]
    return [(_window_start(t, starts[i]), starts[j]) for i, j in zip(firsts, lasts, strict=True)]


def _window_start(t: str, pos: int) -> int:
    """Start of the window before a number at `pos`: the word start _WINDOW characters back."""
    a = max(0, pos - _WINDOW)
    return max(0, t.rfind(" ", 0, a) + 1) if a else 0


def _type_words(t: str):
    """(start, end, folded text) of each type word shortly before a number, matched on a folded copy."""
    for a, b in _number_windows(t):
        for tm in g.TYPE_WORD_PATTERN.finditer(g.fold_same_length(t[a:b])):
            yield a + tm.start(), a + tm.end(), tm.group()


def _typed_mentions(t: str) -> list[Mention]:
    """Mentions that start with a type word ('Nghị quyết số 35-NQ/TW', 'Kết luận 21', 'NQ 35')."""
    out: list[Mention] = []
    for start, end, folded in _type_words(t):
        if (out and start < out[-1].end) or not _word_start(t, start):
            continue
        tw = g.type_word_of_folded(folded)
        if tw is None or (tw.abbreviation and not t[start:end].isupper()):
            continue
        if tw.abbreviation and end < len(t) and t[end].isalpha():
            continue
        m = g.TYPED_TAIL.match(t, end)
        if m:
            found = _mentions_of_typed(t, start, m, tw)
            head = t[max(0, start - 40):start]
            found[0].is_self = bool(g.SELF_LABEL_BEFORE.search(head)) or _typed_header(t, start, m, found)
            # "… pháp luật số 80/2015/QH13": the law's name; "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh
            # Phí và lệ phí số …": the amending ordinance's, which holds the one it amends
            if tw.state in ("L", "PL"):
                law = _law_name_start(t, max(0, start - LAW_NAME_REACH), m.start("first"))
                found[0].start = law if law is not None and law < start else start
            out.extend(found)
    return out


def _typed_header(t: str, start: int, m: regex.Match, found: list[Mention]) -> bool:
    """Whether a typed mention is its document's own header row: "Nghị quyết số: N" alone on its line (or before
    the place and date of issue), a full symbol after "số" and a colon."""
    if len(found) != 1 or found[0].parsed is None or not m.group("so"):
        return False
    if ":" not in t[m.end("so"):m.start("first")]:
        return False
    return bool(g.SELF_TYPED_LINE_START.search(t, max(0, start - 40), start)) and \
        bool(g.SELF_TYPED_LINE_END.match(t, found[0].end))


LAW_NAME_REACH = 240  # characters looked back over for a law's name (an amending law's name is long)


def _law_name_start(t: str, lo: int, hi: int) -> int | None:
    """Where the name of the law whose number is printed at `hi` starts: the nearest "Luật" ("Luật Đất đai và
    Luật Nhà ở số …" → "Luật Nhà ở"), or the amending law whose name holds it ("Luật sửa đổi, bổ sung một số
    điều của Luật A và Luật …")."""
    starts = [m.start() for m in g.LAW_NAME_BEFORE.finditer(t, lo, hi, overlapped=True)]
    if not starts:
        return None
    start = tentative = starts[-1]
    for earlier in reversed(starts[:-1]):
        if g.AMENDING_LAW.fullmatch(t, earlier, tentative):
            start = tentative = earlier
        elif g.JOINED_LAW.fullmatch(t, earlier, tentative):
            tentative = earlier  # "… của Luật A và Luật B số …": the amending law's name goes on before A
        else:
            break
    return start


def _bare_mentions(t: str, typed: list[Mention]) -> list[Mention]:
    """Symbols printed without a type word, outside the typed mentions."""
    out: list[Mention] = []
    starts = [m.start for m in typed]
    pos = 0
    while (m := g.BARE_PATTERN.search(t, pos)) is not None:
        pos = m.end()
        i = bisect_left(starts, m.end())
        if i and typed[i - 1].end > m.start():
            # what the typed mention's symbol left of the match may be a symbol of its own ("Nghị định 67/2009-NĐCP
            # – 07/VBHN-BCT": the consolidated text after the decree it consolidates)
            pos = max(m.start() + 1, min(pos, typed[i - 1].end))
            continue
        parsed = _symbol_from_match(m, typed=bool(m.group("bso")))
        if parsed is None or (parsed.doc_type is None and not _known_issuer(parsed.issuer)):
            continue  # "số 29-CP" is a decree of the Government; "số 12/KP3" an address
        pos = max(m.start() + 1, min(pos, parsed.end))
        start = m.start("bso") if m.group("bso") else m.start("bare")
        if g.PART_BEFORE.search(t, max(0, start - 20), start):
            continue  # "Phụ lục số 01/PL-KH", "Mẫu số 02/KH-UBND": a part or form of a document, not one
        mention = Mention(start, parsed.end, parsed.number, None, parsed)
        law = _law_name_start(t, max(0, start - LAW_NAME_REACH), start) if parsed.legislature else None
        if law is not None:
            head = g.LAW_NAME_BEFORE.match(t, law, start)
            mention.start, mention.type_word = law, g.type_word("pháp lệnh" if head and head["head"] == "Pháp lệnh"
                                                                else "luật")
        line_head = t[max(0, start - 40):start]
        mention.is_self = bool(g.SELF_SYMBOL_CONTEXT.search(line_head)) and (
            bool(m.group("bso")) or bool(g.SELF_LABEL_WORD.search(line_head))) or (
            ":" in t[start:m.start("bare")] and bool(g.SELF_DATELINE_AFTER.match(t, parsed.end)))
        if not m.group("bso") and not mention.is_self:
            out.extend(_numbers_before(t, start, mention))  # "… (khóa XII) số 26, 27, 28-NQ/TW"
        out.append(mention)
    return out


def _numbers_before(t: str, start: int, last: Mention) -> list[Mention]:
    """Numbers listed after "số" before a bare symbol that share its suffix ("số 26, 27, 28-NQ/TW")."""
    found = g.NUMBERS_BEFORE.search(t, max(0, start - 60), start)
    if not found:
        return []
    items = [Mention(n.start(), n.end(), n.group(), None, None) for n in _DIGITS.finditer(t, found.start("nums"),
                                                                                          found.end("nums"))]
    items[0].start = found.start()
    _share_suffix([*items, last])
    return [x for x in items if x.parsed]


def _known_issuer(code: str | None) -> bool:
    return bool(code) and (code in g.STATE_ISSUERS or g.is_party_issuer(code) or bool(_LEGISLATURE.fullmatch(code)))


def find_mentions(t: str) -> list[Mention]:
    """Every numbered mention in the normalised text, in order."""
    typed = _typed_mentions(t)
    return sorted(typed + _bare_mentions(t, typed), key=lambda m: m.start)


# --- context ------------------------------------------------------------------------------------

_SPACES = regex.compile(r"[\s,]*")


def _clause_end(t: str, pos: int, limit: int) -> int:
    """End of the clause that starts at `pos` (next break or `limit`)."""
    m = g.CLAUSE_BREAK.search(t, pos, limit)
    return m.start() if m else limit


def _province_at(t: str, pos: int, end: int) -> tuple[str | None, int]:
    """A province named right at `pos` ('Quảng Trị', 'tỉnh Yên Bái'), and where it ends."""
    m = g.PROVINCE_AFTER.match(t, pos, end)
    if not m:
        return None, pos
    words = m.group("name").split(" ")
    for n in range(len(words), 0, -1):
        name = canonical_province(" ".join(words[:n]))
        if name:
            return name, m.start("name") + len(" ".join(words[:n]))
    return None, pos


def _issuer_at(t: str, pos: int, end: int, bare: bool = True) -> tuple[regex.Match | None, str | None, int]:
    """Issuer name at `pos` (after 'của'; without it only when `bare`), its province, and where they end."""
    plain = _toneless(t)
    of = g.ISSUER_OF.match(plain, pos, end)
    passive = None if of else g.ISSUED_BY.match(plain, pos, end)  # "…, được Bộ Chính trị ban hành ngày …"
    if not of and not passive and not bare:
        return None, None, pos
    p = of.end() if of else passive.end() if passive else pos
    im = g.ISSUER_NAME_PATTERN.match(plain, p, end)
    if not im:
        return None, None, pos
    province, q = _province_at(t, im.end(), end)
    if province is None and g.issuer_name_at(im).code in g.HOSTED_PARTY_ORGANS:
        host = g.ISSUER_NAME_PATTERN.match(plain, im.end() + 1, end) if t[im.end():im.end() + 1] == " " else None
        if host:
            province, q = _province_at(t, host.end(), end)
            q = q if province else host.end()
    if passive:
        verb = _SPACES.match(t, q, end).end()
        term = g.TERM_PATTERN.match(t, verb, end)  # "… được Ủy ban Thường vụ Quốc hội Khóa X thông qua ngày …"
        if not g.ISSUED.match(t, _SPACES.match(t, term.end(), end).end() if term else verb, end):
            return None, None, pos
    return im, province, q


def _alias_parenthesis(t: str, m: Mention, nxt: Mention) -> int | None:
    """Where a parenthesis right after `m` that only gives it a short name (`nxt`, a number-only mention) closes:
    "Nghị quyết 43/2022/QH15 ("Nghị quyết 43") ngày …", "Nghị định 100/2019/NĐ-CP (gọi tắt: Nghị định 100)"."""
    if m.parsed is None or nxt.parsed is not None or not g.ALIAS_PAREN_OPEN.fullmatch(t, m.end, nxt.start):
        return None
    close = g.ALIAS_PAREN_CLOSE.match(t, nxt.end)
    return close.end() if close else None


def annotate_trailing(t: str, mention: Mention, limit: int, skip: int | None = None) -> None:
    """Date, issuer, term and title written right after the mention, up to `limit`; `skip`: where a parenthesis
    right after it that gives it a short name closes (read on after it)."""
    end = _clause_end(t, mention.end, limit)
    pos = skip if skip is not None and skip <= end else mention.end
    for _ in range(10):
        gap = _SPACES.match(t, pos, end)
        after_comma = "," in gap.group()
        pos = gap.end()
        if pos >= end:
            break
        footnote = g.FOOTNOTE.match(t, pos, end) or (
            g.COUNCIL_TERM_SUFFIX.match(t, pos, end) if pos == mention.end and mention.parsed and mention.parsed.issuer == "HĐND" else None)
        if footnote:
            pos = footnote.end()
            continue
        lead = g.DATE_LEAD.match(t, pos, end)
        date = date_at(t, lead.end() if lead else pos, end)
        if date and (lead or date.full and "\n" not in gap.group()):  # a bare date on the next line: a new row
            # after a comma and the issuer, or at the start of the next line ("…(Luật số 12/2017/QH14)⏎Ngày
            # 20/4/2009, Thủ tướng đã ký …"), a date that a subject and its verb follow is the next clause's day
            new_line = "\n" in gap.group()
            if (after_comma and mention.issuer_code or new_line) and g.DATE_OPENS_CLAUSE.match(t, date.end, end):
                break
            if mention.date is None:
                mention.date = date.iso
            pos = date.end
            continue
        # without "của", a body after a comma or at the start of the next line is a new clause's subject
        # ("Chương trình … thực hiện Nghị quyết số 57⏎Ban Thường vụ Tỉnh ủy vừa ban hành …")
        im, province, q = _issuer_at(t, pos, end, bare=not after_comma and "\n" not in gap.group())
        if im:
            if mention.issuer_code is None:
                _set_issuer(mention, t, im, province, q)
            pos = q
            continue
        tm = g.TERM_PATTERN.match(t, pos, end)
        if tm:
            mention.term = mention.term or _roman(tm.group("term"))
            pos = tm.end()
            continue
        issued = g.ISSUED.match(t, pos, end) or g.YEAR_OF_ISSUE.match(t, pos, end)
        if issued:
            pos = issued.end()
            continue
        break
    mention.context_end = pos
    title = g.TITLE_AFTER.match(t, pos, end)
    if title and mention.title is None:
        mention.title = title.group("title").strip(" ,")
        mention.title_end = title.end("title")
        after = g.DATE_ISSUER_AFTER.match(t, title.end("title"), end)  # "… về … ngày 22/12/2024 của Bộ Chính trị"
        if after:
            date = date_at(t, after.end(), end)
            if date and mention.date is None:
                mention.date = date.iso
            if date and mention.issuer_code is None:
                im, province, q = _issuer_at(t, _SPACES.match(t, date.end, end).end(), end, bare=False)
                if im:
                    _set_issuer(mention, t, im, province, q)


_BARE_PROVINCE_MARKER = regex.compile(r"(?<![\p{L}])(?:tỉnh|thành phố)\s*$")


def _set_issuer(mention: Mention, t: str, im: regex.Match, province: str | None, end: int) -> None:
    row = g.issuer_name_at(im)
    mention.issuer = None if row.signer else t[im.start():end]
    mention.issuer_code = row.code
    mention.issuer_family = row.family
    mention.issuer_province = province
    # "Ban Chỉ đạo tỉnh": a provincial body named without its province is the text's province's
    mention.issuer_local = province is None and bool(_BARE_PROVINCE_MARKER.search(t, im.start(), end))


def _roman(text: str) -> str:
    """'XÍĨ' → 'XII' (garbled diacritics on a roman numeral)."""
    return fold(text).upper()


def annotate_leading(t: str, mention: Mention, start_limit: int) -> bool:
    """'Ngày 25-10-2021, Hội nghị … đã ban hành Kết luận số 21': a date and issuer before the mention; whether a
    verb of issuing leads it."""
    issued = g.ISSUED_BEFORE.search(t, start_limit, mention.start)
    if not issued:
        return False
    if issued.group("has") and not _body_before(t, start_limit, issued.start()):
        return False  # "… các văn bản có Nghị quyết …" includes it; "UBND tỉnh có Công văn …" issues it
    if mention.date is None:
        dates = find_dates(t, start_limit, mention.start)
        if dates:
            mention.date = dates[-1].iso
    if mention.issuer_code is None:
        names = list(g.ISSUER_NAME_PATTERN.finditer(_toneless(t), start_limit, mention.start))
        if names:
            province, q = _province_at(t, names[-1].end(), mention.start)
            _set_issuer(mention, t, names[-1], province, q if province else names[-1].end())
    terms = list(g.TERM_PATTERN.finditer(t, start_limit, mention.start))
    if terms and mention.term is None:
        mention.term = _roman(terms[-1].group("term"))
    return True


def _body_before(t: str, start: int, end: int) -> bool:
    """Whether an issuing body's name (and its province, or its term) ends right at `end`: the subject of a verb
    of issuing."""
    names = list(g.ISSUER_NAME_PATTERN.finditer(_toneless(t), start, end))
    if not names:
        return False
    _, q = _province_at(t, names[-1].end(), end)
    rest = t[max(q, names[-1].end()):end].strip()
    return not rest or bool(_TERM_ALONE.fullmatch(rest))  # "Bộ Chính trị (khóa IV) ra Nghị quyết …"


_TERM_ALONE = regex.compile(r"\(?\s*" + g.TERM_PATTERN.pattern + r"\s*\)?", regex.V0)


def _clause_start(t: str, pos: int, floor: int) -> int:
    """Start of the clause that ends at `pos` (after the last break at or after `floor`)."""
    last = floor
    for m in g.CLAUSE_BREAK.finditer(t, floor, pos):
        last = m.end()
    return last


# --- symbols of number-only mentions ------------------------------------------------------------


def _type_code(tw: g.TypeWord, family: str) -> str | None:
    return tw.party if family == "party" else tw.state


def _symbol_from_issuer(m: Mention) -> str | None:
    """'Nghị quyết số 57 của Bộ Chính trị' → 57-NQ/TW, 'Nghị định 15/2020' → 15/2020/NĐ-CP (the type's one
    issuer); None when the issuer does not make a symbol."""
    if m.type_word is None:
        return None
    if m.issuer_code is None:
        sole = g.SOLE_ISSUERS.get(m.type_word.state or "")
        year = m.year or (m.date[:4] if m.date and m.date[0].isdigit() else None)
        return f"{m.number}/{year}/{m.type_word.state}-{sole}" if sole and year else None
    if m.issuer_code in g.LEGISLATURE_ISSUERS:  # "Nghị quyết số 43 ngày 11/1/2022 của Quốc hội (khóa XV)"
        full_date = m.date and m.date[0].isdigit()
        legislature = g.roman_number(m.term) if m.term else g.legislature_on(m.date) if full_date else \
            g.legislature_through(m.year) if m.year else None  # "Nghị quyết số 81/2025 của Ủy ban Thường vụ Quốc hội"
        year = m.year or (m.date[:4] if full_date else g.session_year(legislature, m.session)
                          if legislature and m.session else None)  # "… khóa XV tại Kỳ họp thứ 6" → 2023
        if m.type_word.state in ("NQ", "L") and year and legislature:
            return f"{m.number}/{year}/{m.issuer_code}{legislature}"
        return None
    if m.issuer_code in g.NO_SYMBOL_FROM_NAME:
        return None
    if m.type_word.names_a_programme:
        return None
    code = _type_code(m.type_word, m.issuer_family or "state")
    if code is None:
        return None
    if m.year and m.issuer_family == "state" and code in g.YEAR_MAY_BE_PRINTED:  # "Thông tư 36/2017 của Bộ …"
        return f"{m.number}/{m.year}/{code}-{m.issuer_code}"
    if m.issuer_family == "party":
        if code == "QĐ" and m.type_word.words == "quy định" and m.issuer_code == "TW" and \
                m.number in g.central_quy_dinh_qdi():
            code = "QĐi"
        return f"{m.number}-{code}/{m.issuer_code}"
    if code in g.YEAR_BEARING_TYPES:  # a decree or circular's symbol carries its year: from its issue date
        return f"{m.number}/{m.date[:4]}/{code}-{m.issuer_code}" if m.date and m.date[0].isdigit() else None
    return f"{m.number}/{code}-{m.issuer_code}"


def _same_number(a: str, b: str) -> bool:
    return a.lstrip("0") == b.lstrip("0")


def _issuer_fits(m: Mention, full: Mention) -> bool:
    """Whether the issuer named with a number-only mention (if any) is the one of a full mention's symbol
    ("Nghị quyết 43 của Quốc hội" fits 43/2022/QH15; "của Bộ Chính trị" fits 57-NQ/TW, not 57/NQ-CP)."""
    if m.issuer_code is None:
        return True
    codes = regex.split(r"[-/]", full.symbol)
    if m.issuer_code in g.LEGISLATURE_ISSUERS:
        return any(regex.fullmatch(rf"{m.issuer_code}\d*", c) for c in codes)
    return m.issuer_code in codes


def _short_form_target(m: Mention, full: list[Mention]) -> Mention | None:
    """The full mention of the same type and number nearest to `m` (before it first); a letter's symbol carries no
    type code ('3892/BGDĐT-GDTrH'): the type word printed with it tells ('Công văn số …', then 'Công văn 3892')."""
    codes = {m.type_word.party, m.type_word.state} - {None} if m.type_word else set()
    if "QĐ" in codes:
        codes.add("QĐi")
    cands = [f for f in full if _same_number(f.number, m.number) and (
        f.doc_type in codes or (f.doc_type is None and f.type_word is not None and f.type_word == m.type_word))]
    if not cands:
        return None
    before = [f for f in cands if f.start < m.start]
    return before[-1] if before else cands[0]


def _issuers_of_type(plain: str, tw: g.TypeWord) -> list[tuple[int, regex.Match]]:
    """(where the type word starts, the issuer's name) for each "<type word> của <issuer>" in a toneless stretch
    ("Chỉ thị của Bộ Chính trị"), last first."""
    head = regex.compile(r"(?<![\p{L}])" + toneless(tw.words).replace(" ", r"\s+") + r"\s+cua\s+", regex.IGNORECASE)
    found = [(h.start(), g.ISSUER_NAME_PATTERN.match(plain, h.end())) for h in head.finditer(plain)]
    return [(at, n) for at, n in reversed(found) if n is not None]


def _alias_symbol(t: str, m: Mention, mentions: list[Mention], clause_start: int) -> str | None:
    """'(sau đây gọi tắt là Đề án 89)': the document the sentence names, or the decision that approved it."""
    prior = [x for x in mentions if clause_start <= x.start < m.start and x.symbol and _same_number(x.number, m.number)]
    if prior:
        return prior[-1].symbol
    sentence = t[clause_start:m.start]
    if m.type_word is None:
        return None
    plain = toneless(sentence)
    # "Tổng Bí thư đã ký ban hành Chỉ thị của Bộ Chính trị về … (Chỉ thị 01)": the sentence names the document of
    # the alias's type without a number, and its issuer after "của"
    named_by = next(((at, n) for at, n in _issuers_of_type(plain, m.type_word)
                     if g.issuer_name_at(n).code not in g.NO_SYMBOL_FROM_NAME), None)
    if named_by is not None and not m.type_word.names_a_programme:
        row = g.issuer_name_at(named_by[1])
        code = _type_code(m.type_word, row.family)
        if code is not None and code not in g.YEAR_BEARING_TYPES and not row.signer:
            m.named_at = clause_start + named_by[0]
            return f"{m.number}-{code}/{row.code}" if row.family == "party" else f"{m.number}/{code}-{row.code}"
    first_name = g.ISSUER_NAME_PATTERN.search(plain)
    if not first_name:
        return None
    row = g.issuer_name_at(first_name)
    if row.code in g.NO_SYMBOL_FROM_NAME:
        return None
    if m.type_word.names_a_programme and g.APPROVED_BY_DECISION.search(sentence):
        return f"{m.number}-QĐ/{row.code}" if row.family == "party" else f"{m.number}/QĐ-{row.code}"
    # "Ban Bí thư đã ban hành “Hướng dẫn khung …” (Quyết định số 99)": the alias names what the body issued
    code = _type_code(m.type_word, row.family)
    if m.type_word.names_a_programme or code is None or code in g.YEAR_BEARING_TYPES \
            or not g.ISSUED_AFTER_NAME.match(sentence, first_name.end()):
        return None
    return f"{m.number}-{code}/{row.code}" if row.family == "party" else f"{m.number}/{code}-{row.code}"


# --- relations ----------------------------------------------------------------------------------



@lru_cache(maxsize=8)
def _toneless(t: str) -> str:
    """The text without tone marks, for the relation cues (text.toneless: offsets unchanged)."""
    return toneless(t)


@lru_cache(maxsize=8)
def _bare(t: str) -> str:
    """The text without any diacritic, for the cues of a stretch printed without them (text.bare: offsets unchanged)."""
    return bare(t)


def _cue_reading(t: str, start: int, end: int) -> tuple[str, regex.Pattern, regex.Pattern, regex.Pattern]:
    """The text the cues before `end` are matched on, with the scan, cue and pointer patterns for it: the toneless
    text, or the bare one where the stretch before `end` (back to `start`) has letters and no diacritic at all — a
    page printed without them ("Can cu Nghi dinh so …", "Thuc hien Ke hoach so …")."""
    window = t[max(start, end - 220):end]
    if has_diacritics(window) or not regex.search(r"\p{L}{2}", window):
        return _toneless(t), g.CUE_SCAN_PATTERN, g.CUE_ONLY_PATTERN, g.CUE_POINTER
    return _bare(t), g.CUE_SCAN_BARE, g.CUE_ONLY_BARE, g.CUE_POINTER_BARE


def _governs(t: str, cue_end: int, end: int, tail: regex.Pattern = g.CUE_TAIL, named: bool = False) -> bool:
    """Whether what stands between a cue and `end` is its object, and no clause of its own. With `named`, a body's
    name, a document named by a long fixed name, a plenum's or a congress's resolution, counts as one word ("căn cứ
    Hiến pháp nước Cộng hòa …, Luật …", "bám sát Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và Chương trình …")."""
    between = t[cue_end:end]
    if tail.fullmatch(between) and not g.CUE_TAIL_BREAK.search(between):
        return True
    if not named:
        return False
    for name in reversed(list(g.ISSUER_NAME_PATTERN.finditer(_toneless(t), cue_end, end))):  # "các chỉ thị của
        between = between[:name.start() - cue_end] + "X" + between[name.end() - cue_end:]  # Ban Bí thư … gồm: …"
    for pattern in (g.NAMED_DOCUMENT, g.PLENUM_PATTERN, g.CONGRESS_PATTERN, g.CONGRESS_NAME, g.QUOTED_TITLE):
        between = pattern.sub("X", between)
    return bool(tail.fullmatch(between)) and not g.CUE_TAIL_BREAK.search(between)


def cue_before(t: str, start: int, end: int, named: bool = True) -> tuple[str | None, int] | None:
    """The relation cue governing a mention at `end`, looking back to `start`: (relation, cue start). `named`:
    long names of unnumbered documents count as one word between the cue and the mention (not after another
    mention of the clause, whose title the cue may stand in: "Chỉ thị 19 về … theo Nghị quyết Đại hội XIII của Đảng
    và Kế hoạch số 16" — the plan is the outer list's)."""
    best: tuple[int, int] | None = None  # (end, -start): the cue that ends last, the longest of those
    best_direct = False  # whether that cue governs the mention itself, not through a pointer ("… tại")
    act: tuple[int, int] | None = None  # the first act's cue (g.ACT_RELATIONS) that reaches the mention through a pointer
    window = max(start, end - 220)
    plain, scan, only, pointers = _cue_reading(t, start, end)
    pointer = pointers.search(plain, window, end)
    for m in scan.finditer(plain, window, end, overlapped=True):
        key = (m.end(), -m.start())
        direct = (best is None or key > best) and _governs(t, m.end(), end, named=named)
        if direct or (best is None or key > best or act is None) and (
                pointer and m.end() <= pointer.start() and g.CUE_POINTER_TAIL.fullmatch(t, m.end(), pointer.start())
                and _governs(t, m.end(), pointer.start(), g.CUE_POINTER_TAIL, named) or (
                pointer and pointer.group("attached") and m.end() <= pointer.start()
                and g.ATTACHED_OBJECT.fullmatch(t, m.end(), pointer.start()))):
            if not direct and act is None and g.relation_of(only.match(plain, m.start(), end)) \
                    in g.ACT_RELATIONS:
                act = (m.start(), m.end())
            if best is None or key > best:
                best, best_direct = key, direct
    if best is None:
        return None
    if act is not None and not best_direct and act[1] < -best[1] and not regex.search(r"[,;]", t[act[1]:-best[1]]):
        best = (act[1], -act[0])  # "thay thế phần danh mục thủ tục hành chính thực hiện theo cơ chế … tại Quyết định số …"
    cue = only.match(plain, -best[1], end)
    relation = g.relation_of(cue)
    if relation == "implements" and g.REVIEW_SPAN_BEFORE.search(plain, max(start, cue.start() - 12), cue.start()) \
            and g.REVIEW_BEFORE.search(plain, max(start, cue.start() - 200), cue.start()) \
            and ";" not in t[max(start, cue.start() - 200):cue.start()]:
        return "reviews", cue.start()  # "sơ kết … và 3 năm thực hiện Chỉ thị số 05"
    if relation == "implements":
        go_on = g.CONTINUE_BEFORE.search(plain, max(start, cue.start() - 160), cue.start())
        if go_on and not g.SERIES_BREAK.search(t, go_on.start() + len("tiếp tục"), cue.start()):
            # "tiếp tục lãnh đạo, chỉ đạo các cấp ủy, chính quyền thực hiện …": the verb series goes on
            return "continues", go_on.start()
    return relation, cue.start()


def _in_title_of(t: str, prev: Mention, pos: int) -> bool:
    """Whether `pos` lies in the title of `prev` ('Kết luận 01 … về tiếp tục thực hiện …'): the text between
    what follows `prev` (date, issuer) and `pos` opens a title, and is not a list or a new clause."""
    if prev.title_end is not None and pos > prev.title_end:
        return False
    between = t[max(prev.context_end, prev.end):max(pos, prev.end)]
    if ";" in t[prev.end:pos] or g.ENDS_WITH_CONNECTOR.search(between):
        return False
    return not between.strip() or bool(g.TITLE_OPENER.match(between.lstrip(" ,")))


def _list_cue(t: str, pos: int) -> str | None:
    """The relation of a cue that opens a bulleted list the line at `pos` belongs to ('Căn cứ:' then
    '- Luật …;' lines): every item of the list takes it."""
    line_start = t.rfind("\n", 0, pos) + 1
    if not g.BULLET.match(t, line_start, pos + 1):
        return None
    start = line_start
    wrapped = False  # the lines walked over since the last item are the second lines of items
    for _ in range(g.LIST_CUE_REACH):
        if start == 0:
            return None
        head_start = t.rfind("\n", 0, start - 1) + 1
        line = t[head_start:start - 1]
        if not line.strip():  # a blank line between items, as pages print their lists
            start = head_start
            continue
        if not g.BULLET.match(line):
            if g.BASIS_HEADING.fullmatch(line):
                return "basis"  # "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" over the list
            opener = g.LIST_OPENER.search(line)
            if opener and not wrapped:  # the line that opens the list, whatever heading stands above it
                cue = cue_before(line, 0, opener.start())
                return cue[0] if cue else None
            above = t[t.rfind("\n", 0, max(head_start - 1, 0)) + 1:max(head_start - 1, 0)]
            if above.strip() and not g.LINE_COMPLETE.search(above):
                start, wrapped = head_start, True  # an item printed over two lines
                continue
            return None
        start, wrapped = head_start, False
    return None


def _preamble_cue(t: str, clause: int, pos: int) -> str | None:
    """'Căn cứ Điều lệ Đảng; Quy định số 232-QĐ/TW …': a basis cue that opens an item of a ';' list governs the
    items after it up to the mention's, also when those name no numbered document ('Căn cứ Luật A; Căn cứ Luật
    B; Nghị quyết số 753/…': the page lost the last "Căn cứ"), unless one of them starts a clause of its own."""
    semis = [i for i, c in enumerate(t[clause:pos], clause) if c == ";"]
    if not semis or g.NEW_CLAUSE.search(t, semis[-1], pos):
        return None
    starts = [clause] + [i + 1 for i in semis]
    if len(semis) > 1 and not g.COLON_ITEM_OPENER.fullmatch(t, starts[-1], pos):
        return None  # past the item that opened the clause, the mention must open its own item
    for k in range(len(semis) - 1, max(-1, len(semis) - 1 - g.PREAMBLE_ITEMS_BACK), -1):
        opener = g.PREAMBLE_OPENER.match(t, starts[k], semis[k])
        plain, _, only, _ = _cue_reading(t, starts[k], semis[k])
        cue = only.match(plain, opener.end(), semis[k])
        if cue:
            return "basis" if g.relation_of(cue) == "basis" else None
        if k and g.NEW_CLAUSE.search(t, starts[k], semis[k]):
            return None
    return None


def _colon_list_cue(t: str, clause: int, pos: int) -> str | None:
    """'Hội nghị đã triển khai: chuyên đề …; Chương trình số 24-CTr/TU …': a cue right before a ':' governs every
    item of the list it opens, also when its first items name no numbered document and the cue stands far back.
    The mention opens its item, and no item before it starts a clause of its own."""
    colon = t.rfind(":", clause, pos)
    if colon < 0:
        return None
    item = max(t.rfind(";", colon, pos), colon) + 1
    own_end = pos  # where the item's own words end
    if not g.COLON_ITEM_OPENER.fullmatch(t, item, pos):
        # an item that names a rule issued with the mention ("gồm: Quy chế phối hợp … (ban hành kèm theo Quyết định
        # số …)"): the rule's decision is the item's document
        pointer = g.CUE_POINTER.search(_toneless(t), item, pos)
        if not (pointer and pointer.group("attached") and g.ATTACHED_OBJECT.fullmatch(t, item, pointer.start())):
            return None
        own_end = pointer.start()
    if g.NEW_CLAUSE.search(g.QUOTED_TITLE.sub("X", t[colon + 1:own_end])) or g.LIST_LEFT.search(t, colon, item):
        return None
    cue = cue_before(t, clause, colon + 1, named=False)
    return cue[0] if cue else _documents_head_cue(t, clause, colon)


def _head_item_cue(t: str, clause: int, pos: int) -> str | None:
    """'thực hiện tốt các Nghị quyết của Quốc hội, các giải pháp … đã đề ra trong … và Nghị quyết số 05': the last item
    of a list whose plural head a cue governs takes the cue, when no clause of its own stands between head and item."""
    joiner = g.HEAD_ITEM_JOINER.search(t, clause, pos)
    if joiner is None:
        return None
    heads = list(g.DOCUMENTS_HEAD.finditer(_toneless(t), clause, joiner.start()))
    if not heads or g.NEW_CLAUSE.search(g.RELATIVE_POINTER.sub("X", t[heads[-1].end():joiner.start()])):
        return None
    cue = cue_before(t, clause, heads[-1].start())
    return cue[0] if cue else None


def _documents_head_cue(t: str, clause: int, colon: int) -> str | None:
    """The cue of the plural head that names the documents a colon list gives: in the clause before the colon
    ("quán triệt những nội dung của các nghị quyết, kết luận … khóa XVI, nhiệm kỳ 2015-2020: A; B"), or at the end
    of the sentence before one that opens "Cụ thể:" ("… triển khai 3 nghị quyết và 1 kết luận của … . Cụ thể: A; B").
    No clause of its own may stand between the head and the list."""
    end = colon
    if g.NAMELY.fullmatch(t, clause, colon + 1):
        if clause == 0:
            return None
        end = clause - 1
        clause = _clause_start(t, end, max(0, end - 400))
    heads = list(g.DOCUMENTS_HEAD.finditer(_toneless(t), clause, end))
    if not heads or g.NEW_CLAUSE.search(t, heads[-1].end(), end):
        return None
    cue = cue_before(t, clause, heads[-1].start())
    return cue[0] if cue else None


def _apposition_cue(t: str, clause: int, pos: int) -> str | None:
    """'quán triệt các nghị quyết của Trung ương, nhất là Nghị quyết số 57': the cue of the plural head the
    apposition picks the mention out of."""
    apposition = g.APPOSITION_BEFORE.search(t, clause, pos)
    return _documents_head_cue(t, clause, apposition.start()) if apposition else None


def _after_title(t: str, prev: Mention, pos: int) -> int:
    """Where what follows `prev` stops being its date, issuer and title, when its title ends where a comma brings
    the mention at `pos` (a title's words open no clause: "… về đẩy mạnh …, đáp ứng yêu cầu, nhiệm vụ trong tình
    hình mới, Kế hoạch số 118")."""
    end = max(prev.end, prev.context_end)
    joiners = [j.start() for j in g.NEXT_ITEM_JOINER.finditer(t, end, pos)]
    if prev.title_end is not None and joiners and end < joiners[-1] <= prev.title_end:
        nxt = g.NEXT_ITEM.match(t, joiners[-1])
        if nxt and nxt.end() > pos:
            return joiners[-1]
    return end


def _coordinate_relation(t: str, m: Mention, prev: Mention, owner: Mention | None) -> str | None:
    """The relation of a mention joined to `prev` by ',' or 'và'. When `prev` is cited in the title of
    `owner` ('Kết luận A về tổng kết Nghị quyết B và Kết luận C'), a mention of the owner's type and not of
    prev's continues the owner's list and takes the owner's relation, as does any mention after a `prev` the
    title names by some of its articles ('Nghị định A sửa đổi, bổ sung một số điều của Nghị định B ngày …, Chỉ thị
    C'); otherwise it is one more item of prev's."""
    if owner is not None and (m.doc_type and m.doc_type == owner.doc_type != prev.doc_type
                              or g.ARTICLES_OF.search(t, max(0, prev.start - 40), prev.start)):
        return owner.relation
    return prev.relation


def _title_cue_then_item(t: str, prev: Mention, cue_start: int, pos: int) -> bool:
    """Whether a cue after `prev` stands in its title with an object of its own that a comma closes right before the
    mention at `pos` ("Nghị định A … tổ chức thực hiện các chương trình …, Nghị định B"): B is the outer list's."""
    if cue_start < max(prev.end, prev.context_end) or not _in_title_of(t, prev, cue_start):
        return False
    cue = g.CUE_ONLY_PATTERN.match(_toneless(t), cue_start, pos)
    return bool(cue) and bool(g.TITLE_OBJECT_THEN_ITEM.fullmatch(t, cue.end(), pos))


def assign_relations(t: str, mentions: list[Mention], relations: list[DocumentRelation]) -> None:
    """Relation cue of every mention. A cue governs its clause: the items of a list under it (after ',', 'và'
    or ';'), and the bullets of a list it opens with ':'; a list item that starts a clause of its own, or a
    cue that is unclear, gives no relation rather than a borrowed one. A title or a passive relates two
    cited documents ('Nghị định A sửa đổi Nghị định B', 'A được thay thế bởi B')."""
    prev: Mention | None = None
    head: str | None = None  # the relation of the cue that opens the clause's list
    title_owner: dict[int, Mention] = {}  # id of a mention cited in another's title -> that other mention
    inner: tuple[int, str] | None = None  # a cue inside a parenthesis still open: where it opened, its relation
    for i, m in enumerate(mentions):
        if m.named_at is not None:  # an alias takes the cue of the document it names, not one in that one's title
            named = cue_before(t, _clause_start(t, m.named_at, max(0, m.named_at - 400)), m.named_at)
            m.relation = named[0] if named else None
            prev = m
            continue
        floor = max(prev.end if prev else 0, m.start - 400)
        clause = _clause_start(t, m.start, floor)
        same_clause = prev is not None and clause == prev.end
        if not same_clause:
            head = inner = None
        cue = cue_before(t, clause, m.start, named=not same_clause)
        if same_clause and prev.doc_type == "HD" and _in_title_of(t, prev, cue[1] if cue else m.start):
            cue = ("guides", cue[1] if cue else m.start)
        elif cue and same_clause and g.LAW_THEN_NEXT_ITEM.search(t, cue[1], m.start) and _in_title_of(t, prev, cue[1]):
            cue = None  # "Nghị định A hướng dẫn thi hành … Luật Hộ tịch và Quyết định B": the law was the title's
        if cue and same_clause and _title_cue_then_item(t, prev, cue[1], m.start):
            m.relation = _coordinate_relation(t, m, prev, title_owner.get(id(prev)))
        elif cue:
            m.relation, cue_start = cue
            if not same_clause or ";" in t[prev.end:cue_start]:
                head = m.relation
            opened = t.rfind("(", clause, cue_start)
            if opened >= 0 and ")" not in t[opened:cue_start]:
                inner = (opened, m.relation)  # "A (được sửa đổi bởi B; C); D": C is B's list, D the outer one's
            if same_clause and prev.symbol and m.symbol and prev.symbol != m.symbol:
                passive = g.PASSIVE_BEFORE.search(t, max(prev.end, cue_start - 12), cue_start)
                if passive:
                    relations.append(DocumentRelation(m.symbol, prev.symbol, m.relation, t[prev.start:m.end]))
                elif _in_title_of(t, prev, cue_start):
                    relations.append(DocumentRelation(prev.symbol, m.symbol, m.relation, t[prev.start:m.end]))
                    title_owner[id(m)] = prev
        elif same_clause and m.is_alias:  # "(sau đây gọi tắt là Nghị định 16)": the document it names, which
            m.relation = next((o.relation for o in reversed(mentions[:i]) if m.symbol and o.symbol == m.symbol),
                              prev.relation)  # is not `prev` when the full mention's title cites others
        elif same_clause and m.issued_here:
            m.relation = None  # "Thực hiện A; B, ngày …, Ban Tuyên giáo Trung ương có Hướng dẫn số C": C's own clause
        elif same_clause and ";" in t[prev.end:m.start]:
            semicolon = t.rfind(";", prev.end, m.start)
            after = t[semicolon + 1:m.start]
            ended = g.LIST_LEFT.search(t, prev.end, semicolon)  # "A, các sở đã …; B"
            within = inner is not None and ")" not in t[inner[0]:m.start]
            m.relation = None if g.NEW_CLAUSE.search(after) or ended else inner[1] if within else head
        elif same_clause and not g.NEW_CLAUSE.search(t, _after_title(t, prev, m.start), m.start):
            if _in_title_of(t, prev, m.start) and not g.HEAD_ITEM_JOINER.search(t, max(prev.end, m.start - 12), m.start):
                m.relation = None  # "Thông tư A quy định mức chi … quy định tại Nghị định B": B is named in A's title, uncued
            else:
                m.relation = _coordinate_relation(t, m, prev, title_owner.get(id(prev)))
        elif not same_clause:
            m.relation = head = (_list_cue(t, m.start) or _preamble_cue(t, clause, m.start)
                                 or _colon_list_cue(t, clause, m.start) or _apposition_cue(t, clause, m.start)
                                 or _head_item_cue(t, clause, m.start))
        if m.relation is None and g.AMENDED_AS_FOLLOWS.match(t, max(m.end, m.context_end)):
            m.relation = "amends"  # "Điều 7 Quyết định số 15/2019/QĐ-UBND được sửa đổi như sau:"
        if cue and m.relation and g.QUESTION_CUE_BEFORE.search(t, max(0, cue[1] - 30), cue[1]) \
                and g.QUESTION_END_AFTER.match(t, m.end):
            m.relation = None  # "Nghị định 168 có bãi bỏ Nghị định 100 không?": a question states no relation
        prev = m
    for i, m in enumerate(mentions):  # after the loop: a list goes on past a short name in brackets
        if m.symbol and g.ALIAS_OPEN_BEFORE.search(t, max(0, m.start - 40), m.start) and g.ALIAS_PAREN_CLOSE.match(t, m.end) \
                and any(o.symbol == m.symbol and m.start - o.end < 400 for o in mentions[:i]):
            m.relation = None  # (the brackets tested first: the walk back over the mentions is quadratic)


_SYMBOL_TYPE = regex.compile(r"[^-/]+-(?P<p>[^/]+)/|[^/]+/(?:\d{4}/)?(?P<s>[^-/]+)-")
_SYMBOL_ISSUER = regex.compile(r"[-/](?P<i>[^-/]+)$")


# --- the pipeline -------------------------------------------------------------------------------


def _printed_type(m: Mention) -> str | None:
    """The document type a mention prints: its symbol's type code, else its type word's (party reading)."""
    if m.parsed and m.parsed.doc_type:
        return m.parsed.doc_type
    if m.type_word:
        return m.type_word.party or m.type_word.state
    return None


def _share_list_context(t: str, mentions: list[Mention]) -> None:
    """'Quyết định số 217 và Quyết định số 218 ngày 12/12/2013 của Bộ Chính trị': the date and issuer after
    the last item of a list belong to the items before it. A date is shared only between documents of one
    type (issued together); in 'Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW ngày 18/5/2021' it is the
    conclusion's alone."""
    for m, nxt in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        if m.date or m.issuer_code or m.term or not g.LIST_JOIN.fullmatch(t, max(m.end, m.context_end), nxt.start):
            continue
        if m.date is None and _printed_type(m) in (None, _printed_type(nxt)):
            m.date = nxt.date
        if m.issuer_code is None and nxt.issuer_code:
            m.issuer, m.issuer_code, m.issuer_family = nxt.issuer, nxt.issuer_code, nxt.issuer_family
            m.issuer_province = nxt.issuer_province
        if m.term is None:
            m.term = nxt.term


def _list_head_issuer(t: str, m: Mention) -> bool:
    """'4 nghị quyết của Bộ Chính trị (gồm: Nghị quyết 57, …)': the issuer the list's plural head names, for
    its first item (a number-only mention of the head's type); whether one was found."""
    for name in reversed(list(g.ISSUER_NAME_PATTERN.finditer(_toneless(t), max(0, m.start - 160), m.start))):
        province, q = _province_at(t, name.end(), m.start)
        if not g.LIST_HEAD_OPEN.fullmatch(t, max(q, name.end()), m.start):
            continue
        head = g.LIST_HEAD_BEFORE.search(t, max(0, name.start() - 60), name.start())
        if head and g.type_word(head["tw"]) == m.type_word:
            _set_issuer(m, t, name, province, q if province else name.end())
            return True
        return False
    return False


def _share_list_head(t: str, mentions: list[Mention]) -> None:
    """The issuer a list's plural head names goes to every number-only item of the list after it."""
    headed: Mention | None = None
    for m in mentions:
        if m.parsed is not None or m.issuer_code:
            headed = None
            continue
        if headed is not None and m.type_word == headed.type_word \
                and g.LIST_ITEM_JOIN.fullmatch(t, max(headed.end, headed.context_end), m.start):
            m.issuer, m.issuer_code, m.issuer_family = headed.issuer, headed.issuer_code, headed.issuer_family
            m.issuer_province = headed.issuer_province
            headed = m
        elif m.type_word and _list_head_issuer(t, m):
            headed = m
            m.is_alias = False  # "2 chỉ thị của Ban Bí thư (Chỉ thị 35 …)": the list's item, no alias of a name
        else:
            headed = None


def _provincial_document(t: str) -> bool:
    """A document of a provincial committee (its TƯ means TU): a 'TỈNH ỦY' letterhead in the first lines."""
    return bool(g.PROVINCIAL_LETTERHEAD.search(t, 0, 500))


def _resolve_tu(m: Mention, provincial: bool) -> None:
    """Printed TƯ: TW for the Centre, TU for a provincial committee."""
    if not (m.parsed and m.parsed.central_or_local):
        return
    if m.issuer_code:
        local = m.issuer_family == "party" and not g.is_central_party_issuer(m.issuer_code)
    else:
        local = provincial
    scope = "TU" if local else "TW"
    m.parsed.symbol = m.parsed.symbol.replace("/TƯ", "/" + scope)
    m.parsed.issuer = scope


def _identify(t: str, mentions: list[Mention]) -> None:
    """Symbol, family and type of each mention: printed, from the named issuer, or from a full mention."""
    for m in mentions:
        if m.parsed:
            m.symbol, m.family = m.parsed.symbol, m.parsed.family
            m.doc_type = m.parsed.doc_type or (_type_code(m.type_word, m.family) if m.type_word else None)
            if m.doc_type is None and m.parsed.legislature:
                m.doc_type = "L"
            m.short_form = m.shared_suffix
        if m.parsed and m.type_word:
            _complete_printed(m)
    full = [m for m in mentions if m.symbol]
    # "Quyết định số 0 1/QĐ-VKSTC-V9": a number that only spaces part from the printed symbol after it is a
    # piece of that symbol's number, no document of its own
    split = {id(a) for a, b in zip(mentions, mentions[1:], strict=False) if b.parsed and not t[a.end:b.start].strip()}
    for m in mentions:
        if m.symbol or m.is_alias or id(m) in split:
            continue
        # a full mention of the same number in the text names the document better than a symbol built here
        target = _short_form_target(m, full)
        named_elsewhere = target and _issuer_fits(m, target)
        symbol = None if named_elsewhere or _plenum_resolution(t, m) else _symbol_from_issuer(m)
        if symbol:
            m.symbol, m.short_form, m.family = symbol, True, m.issuer_family
            m.doc_type = _doc_type_of(symbol) or _type_code(m.type_word, m.family or "state")
    full = [m for m in mentions if m.symbol]
    for m in mentions:
        if m.symbol or (m.is_alias and not _plenum_before(t, m.start)):
            continue  # an alias names the document before it (a plenum's resolution is named by the plenum)
        target = _short_form_target(m, full)
        if target and not _issuer_fits(m, target):
            continue  # "Nghị quyết 15 của Quốc hội khóa XII" after "Nghị quyết 15-NQ/TW": another document
        if target:
            m.symbol, m.short_form, m.family, m.doc_type = target.symbol, True, target.family, target.doc_type
        elif m.type_word and m.type_word.party and not m.type_word.names_a_programme:
            symbol = g.central_symbol_titled(m.number, m.type_word.party, m.title) if m.title else None
            if symbol is None and (plenum := _plenum_before(t, m.start)):  # "Nghị quyết Trung ương 7 khóa XII
                symbol = g.central_symbol_of_plenum(m.number, m.type_word.party, *plenum)  # (Nghị quyết 26)"
            if symbol:
                m.symbol, m.short_form, m.family, m.doc_type = symbol, True, "party", _doc_type_of(symbol)


_PLENUM_THEN_MENTION = regex.compile(r"\s*[(:–-]\s*$")


_EN_CENTRAL_COMMITTEE = regex.compile(r"Central\s+(?:Executive\s+)?Committee")
_NUMBER_MARK = regex.compile(r"\bNo\b|\bNos?\.", regex.IGNORECASE)


def _plenum_resolution(t: str, m: Mention) -> bool:
    """'Resolution 4 of the 12th Central Committee': a translation's name of a plenum's resolution (Nghị quyết
    Trung ương 4), no numbered document; a numbered one of the Central Committee prints its mark ('Resolution
    No. 18 of the 13th Central Committee'). The Politburo and the Secretariat hold no plenums."""
    return bool(m.type_word and m.type_word.english and m.issuer and _EN_CENTRAL_COMMITTEE.search(m.issuer)
                and not _NUMBER_MARK.search(t[m.start:m.end]))


def _plenum_before(t: str, start: int) -> tuple[int, str] | None:
    """(plenum, term) of a plenum named with its term right before a mention and opening it with a bracket, a colon
    or a dash ("Nghị quyết Trung ương 7 khóa XII (Nghị quyết 26)")."""
    lo = max(0, start - 120)
    for m in g.PLENUM_PATTERN.finditer(t, lo, start):
        n = m.group("n1") or m.group("n3") or m.group("o2") or m.group("o4")
        plenum = int(n) if n and n.isdigit() else g.ORDINALS.get(n or "")
        if plenum and m.group("term") and _PLENUM_THEN_MENTION.fullmatch(t, m.end(), start):
            return plenum, m.group("term").upper()
    return None


def _complete_printed(m: Mention) -> None:
    """A printed State symbol that lacks what its shape requires, completed from the mention's words:
    the type code of a year-bearing non-legislature symbol ('Thông tư 10_2016_BGD' → 10/2016/TT-BGDĐT) or of
    a year-less legislature one ('Nghị quyết số 873/UBTVQH15' → 873/NQ-UBTVQH15); an issuer code misspelt
    when the issuer is named in words ('25/QĐ-BGĐT … của Bộ Giáo dục và Đào tạo' → BGDĐT; a Party symbol's too:
    '115-HD/BTGW … của Ban Tuyên giáo Trung ương' → BTGTW)."""
    if m.family == "party":
        head, _, scope = m.symbol.partition("/")
        codes = scope.split("-")
        if _misspelt(codes[0], m.issuer_code, g.is_party_issuer):
            m.symbol = f"{head}/{'-'.join([m.issuer_code, *codes[1:]])}"
        return
    if m.family != "state":
        return
    parts = m.symbol.split("/")
    year = parts[1] if len(parts) > 2 and _YEAR.fullmatch(parts[1]) else None
    body = parts[-1].split("-")
    if m.parsed.doc_type is None and m.type_word.state and m.type_word.state != "L":
        if _misprinted_type(body, m.type_word.state):
            body[0] = m.type_word.state  # "Nghị quyết số 44/2016/NO-HĐND": NO is NQ misprinted
            m.doc_type = m.type_word.state
        elif bool(year) != bool(_LEGISLATURE.fullmatch(body[0])):
            body.insert(0, m.type_word.state)
            m.doc_type = m.type_word.state
    issuer_at = 1 if body[0] in g.STATE_TYPES else 0
    printed = body[issuer_at] if issuer_at < len(body) else None
    if printed and not _LEGISLATURE.fullmatch(printed) and _misspelt(printed, m.issuer_code, g.STATE_ISSUERS.__contains__):
        body[issuer_at] = m.issuer_code
    m.symbol = "/".join(parts[:-1] + ["-".join(body)])


def _misprinted_type(body: list[str], code: str) -> bool:
    """Whether the first code of a State symbol's body, which no table knows, stands where the type code of the
    mention's type word belongs and differs from it in one letter, before a known issuer ('NO-HĐND' after
    "Nghị quyết" → NQ)."""
    printed = body[0]
    return len(body) > 1 and body[1] in g.STATE_ISSUERS and printed.upper() not in g.CANONICAL_CODES \
        and len(printed) == len(code) and sum(a != b for a, b in zip(printed.upper(), code.upper(), strict=True)) == 1


def _misspelt(printed: str, named: str | None, known: Callable[[str], bool]) -> bool:
    """Whether a printed issuer code no table knows is a misspelling of the code of the body named in words."""
    return bool(printed and named) and known(named) and printed.upper() not in g.CANONICAL_CODES \
        and not g.is_party_issuer(printed) and SequenceMatcher(None, printed, named).ratio() >= g.MISSPELT_CODE_LIKENESS


def _doc_type_of(symbol: str) -> str | None:
    """Type code of a canonical symbol: '57-NQ/TW' → NQ, '15/2020/NĐ-CP' → NĐ."""
    m = _SYMBOL_TYPE.match(symbol)
    if not m:
        return None
    code = m.group("p") or m.group("s")
    return code if code in g.PARTY_TYPES or code in g.STATE_TYPES else None


def _resolve_aliases(t: str, mentions: list[Mention]) -> None:
    """Aliases ('sau đây gọi tắt là Đề án 89') name a document; later number-only mentions follow them."""
    for i, m in enumerate(mentions):
        if not m.is_alias or m.symbol:
            continue
        clause = _clause_start(t, m.start, 0)
        symbol = _alias_symbol(t, m, mentions[:i], clause)
        if symbol is None:
            continue
        m.symbol, m.doc_type, m.short_form = symbol, _doc_type_of(symbol), True
        m.family = "party" if "-" in symbol.split("/")[0] else "state"
        if m.date is None:  # the date its clause gives the document it names, not an earlier item's of a ';' list
            named = next((p for p in reversed(mentions[:i]) if p.symbol == symbol and p.date), None)
            dates = find_dates(t, max(clause, t.rfind(";", clause, m.start) + 1), m.start)
            if named or dates:
                m.date = named.date if named else dates[0].iso
        for other in mentions:
            if other.symbol is None and other.type_word == m.type_word and _same_number(other.number, m.number):
                other.symbol, other.doc_type, other.family = symbol, m.doc_type, m.family
                other.short_form = True


def _locality(m: Mention, province: Callable[[], str | None]) -> str | None:
    """Province of a local scope (TU, HU, UBND, departments …): named with the issuer, else the text's."""
    if not m.symbol:
        return None
    issuer = m.parsed.issuer if m.parsed else m.issuer_code
    if issuer is None:
        match = _SYMBOL_ISSUER.search(m.symbol)
        issuer = match.group("i") if match else None
    level = g.issuer_level(issuer) if issuer else "central"
    if level == "local":
        return m.issuer_province or province()
    if level == "either":
        return m.issuer_province or (province() if m.issuer_local else None)
    return None


def _other_references(t: str) -> list[tuple[int, int, OtherReference]]:
    """Plenum and congress resolutions named without a number (spans in the normalised text)."""
    out = []
    for m in g.PLENUM_PATTERN.finditer(t):
        n = m.group("n1") or m.group("n3") or m.group("o2") or m.group("o4")
        plenum = int(n) if n and n.isdigit() else g.ORDINALS.get(n or "")
        term = m.group("term")
        out.append((m.start(), m.end(), OtherReference(0, 0, "", "plenum", plenum, term)))
    for m in g.CONGRESS_PATTERN.finditer(t):
        out.append((m.start(), m.end(), OtherReference(0, 0, "", "congress", None, m.group("term"))))
    return out


def _to_reference(text: str, norm: Normalized, m: Mention) -> Reference:
    start, end = norm.span(m.start, m.end)
    return Reference(start=start, end=end, surface=text[start:end], family=m.family, doc_type=m.doc_type,
                     number=m.number, symbol=m.symbol, scope_locality=m.locality, date=m.date,
                     issuer=m.issuer, term=m.term, short_form=m.short_form, relation=m.relation,
                     title=m.title)


def annotate(t: str, mentions: list[Mention]) -> None:
    """Context of every mention: what follows it, what leads up to it, whether it defines an alias."""
    issued: Mention | None = None  # the last mention a verb of issuing leads ("Ngày …, Bộ Chính trị ban hành A")
    lead: tuple[str | None, Mention | None] = (None, None)
    for i, m in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(t)
        alias = _alias_parenthesis(t, m, mentions[i + 1]) if i + 1 < len(mentions) else None
        if alias is not None:  # "A ("A short") ngày …": read on past the short name, up to the mention after it
            limit = mentions[i + 2].start if i + 2 < len(mentions) else len(t)
        annotate_trailing(t, m, min(limit, m.end + 400), skip=alias)
        before = g.ENGLISH_DATE_BEFORE.search(t, max(0, m.start - 24), m.start)
        if before and m.date is None and (date := date_at(t, before.start(), m.start)):
            m.date = date.iso  # "the March 18, 2002 Resolution No. …"
        floor = max(mentions[i - 1].context_end, mentions[i - 1].end) if i else 0
        window = max(floor, m.start - 300)
        own_date, own_issuer = m.date, m.issuer_code
        if annotate_leading(t, m, _clause_start(t, m.start, max(window, t.rfind(";", window, m.start) + 1))):
            m.issued_here = True
            # what the leading clause gave it, not its own words: the date, the issuer
            lead = (m.date if own_date is None else None, m if own_issuer is None and m.issuer_code else None)
            issued = m if any(lead) else None
        elif issued is not None and mentions[i - 1] is issued \
                and not _in_issued_title(t, issued, floor, m.start) \
                and g.LIST_JOIN.fullmatch(t, max(floor, issued.title_end or 0), m.start):
            # "… ban hành Quy định số 114-QĐ/TW và Quy định số 131-QĐ/TW", "… thông qua Nghị quyết 35 về … và
            # Nghị quyết 36 về …": every item that day, by that body
            _share_issue(lead, m)
            issued = m
        else:
            issued = None
        m.is_alias = m.parsed is None and bool(g.ALIAS_PATTERN.search(t, max(0, m.start - 40), m.start))
        if m.parsed is None and m.issuer_code in g.LEGISLATURE_ISSUERS:
            m.session = _session_in_clause(t, m)
    _share_list_context(t, mentions)
    _share_list_head(t, mentions)


def _in_issued_title(t: str, issued: Mention, floor: int, pos: int) -> bool:
    """Whether the title of an issued document runs up to the mention at `pos`, which it then cites ("… ban hành
    Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW"): not the next document issued that day."""
    end = issued.title_end
    return end is not None and floor < end <= pos and not t[end:pos].strip() \
        and not g.ENDS_WITH_CONNECTOR.search(t, floor, end)  # "… về phân bổ vốn và Nghị quyết 36": the next item


def _share_issue(lead: tuple[str | None, Mention | None], item: Mention) -> None:
    """The date and issuer (the mention that took it) a verb of issuing gives the first item of a list, for a
    later item without its own."""
    date, issuer = lead
    if item.date is None and date:
        item.date = date
    if item.issuer_code is None and issuer is not None:
        item.issuer, item.issuer_code, item.issuer_family = issuer.issuer, issuer.issuer_code, issuer.issuer_family
        item.issuer_province = issuer.issuer_province


def _session_in_clause(t: str, m: Mention) -> int | None:
    """The session of the legislature named in the mention's clause ("tại Kỳ họp thứ 6"), if one."""
    start = _clause_start(t, m.start, max(0, m.start - 300))
    found = g.SESSION.search(t, start, _clause_end(t, m.end, min(len(t), m.end + 300)))
    if not found:
        return None
    n = found.group("n").casefold()
    return int(n) if n.isdigit() else g.ORDINALS.get(n) or g.ORDINALS.get(n.split()[0])  # "mười một", "sáu"


def identify(t: str, mentions: list[Mention]) -> None:
    """Symbol of every mention: printed (TƯ read by its issuer), from the issuer named, a full mention, an alias."""
    provincial = _provincial_document(t)
    for m in mentions:
        _resolve_tu(m, provincial)
    _identify(t, mentions)
    _resolve_aliases(t, mentions)
    _complete_units(t, mentions)


_ISSUER_ONLY = regex.compile(r"(?P<num>\d+)/(?P<issuer>[^-/]+)")


def _complete_units(t: str, mentions: list[Mention]) -> None:
    """A letter printed as number and body alone ('Công văn 3892BGDDT'), where the text prints that body's code
    with the department that signs its letters ('Số: 3892/BGDĐT-GDTrH' in its header, even with the number and
    the code's first letter garbled by a scan), and no other letter of that body is cited with it: that one
    department's symbol."""
    folded = None
    for m in mentions:
        short = _ISSUER_ONLY.fullmatch(m.symbol or "")
        if not short or m.family != "state" or short.group("issuer") not in g.STATE_ISSUERS:
            continue
        folded = folded or g.fold_same_length(t)
        code = g.fold_same_length(short.group("issuer"))
        body = regex.escape(code) if len(code) < 4 else rf"(?:{regex.escape(code)}|(?<=\S)\S?{regex.escape(code[1:])})"
        others = [(x.start, x.end) for x in mentions if not _same_number(x.number, m.number)]
        units = {c for u in regex.finditer(rf"{body}\s*-\s*(?P<unit>[\p{{L}}&]{{2,12}})(?![\p{{L}}\d])", folded)
                 if (c := g.canonical_code(t[u.start("unit"):u.end("unit")])) in g.UNITS
                 and not any(a < u.end() and u.start() < b for a, b in others)}  # not another letter's
        if len(units) == 1:
            m.symbol = f"{m.symbol}-{units.pop()}"


def other_references(text: str, norm: Normalized) -> list[OtherReference]:
    """Plenum and congress references, with spans into `text` and the cue before them."""
    t = norm.text
    out = []
    for s, e, other in _other_references(t):
        other.start, other.end = norm.span(s, e)
        other.surface = text[other.start:other.end]
        cue = cue_before(t, _clause_start(t, s, max(0, s - 300)), s)
        other.relation = cue[0] if cue else None
        out.append(other)
    return out


def _once(compute: Callable[[], str | None]) -> Callable[[], str | None]:
    """`compute`, called at most once (functools.cache costs more to set up than most texts ever ask)."""
    done: list[str | None] = []

    def value() -> str | None:
        if not done:
            done.append(compute())
        return done[0]
    return value


def find_references(text: str) -> Findings:
    """Every numbered reference in `text`, with spans into `text` exactly as given."""
    norm = normalize(text)
    t = norm.text
    mentions = find_mentions(t)
    annotate(t, mentions)
    identify(t, mentions)
    found = Findings()
    found.self_symbol = next((m.symbol for m in mentions if m.is_self), None)
    kept = [m for m in mentions if not m.is_self and m.symbol]
    assign_relations(t, kept, found.relations)
    province = _once(lambda: main_province(text))
    for m in kept:
        m.locality = _locality(m, province)
        found.references.append(_to_reference(text, norm, m))
    found.other_references = other_references(text, norm)
    return found
