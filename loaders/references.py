"""Find numbered references to Party and State documents: a pipeline of small pure steps.

normalise (loaders.normalize, with an offset map back) → find mentions (one compiled pattern from
loaders.grammar) → parse and canonicalise symbols → annotate context (date, issuer, term, title,
locality) → resolve number-only and short forms → relation cues → map spans back to the text as given.
The grammar lives in loaders/grammar.py as data; this module only applies it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from loaders import grammar as g
from loaders.gazetteer import canonical_province, main_province
from loaders.model import DocumentRelation, OtherReference, Reference
from loaders.normalize import Normalized, normalize


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


@dataclass
class Mention:
    """One mention found in the normalised text (offsets into it)."""

    start: int
    end: int
    number: str
    type_word: g.TypeWord | None = None
    parsed: Symbol | None = None  # the printed symbol, when the text prints one
    is_self: bool = False
    is_alias: bool = False
    shared_suffix: bool = False
    symbol: str | None = None
    family: str | None = None
    doc_type: str | None = None
    date: str | None = None
    issuer: str | None = None
    issuer_code: str | None = None
    issuer_family: str | None = None
    issuer_province: str | None = None
    term: str | None = None
    title: str | None = None
    relation: str | None = None
    short_form: bool = False
    locality: str | None = None
    context_end: int = 0  # where the date/issuer/term written after the mention ends


# --- symbols ------------------------------------------------------------------------------------

_YEAR = regex.compile(r"(?:19|20)\d\d")
_LEGISLATURE = regex.compile(r"(?:QH|UBTVQH)\d{1,2}", regex.IGNORECASE)
_CODE = regex.compile(r"(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}&][\p{L}\d&]*")
_TRAILING_DIGITS = regex.compile(r"^(?P<code>.*?\p{L})(?P<digits>\d+)$")


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
    if m and not _LEGISLATURE.fullmatch(code):
        base = g.canonical_code(m.group("code"))
        if g.is_party_issuer(base) or base in g.STATE_ISSUERS:
            return m.group("code"), end - len(m.group("digits"))
    return code, end


def parse_symbol(number: str, seps: list[str], segs: list[tuple[str, int, int]], typed: bool) -> Symbol | None:
    """Canonical symbol from a number and its printed segments; None when they do not make a symbol.

    `typed`: a type word stands before the number, so letters ("285/CCTTHC") count too.
    """
    year = None
    if segs and _YEAR.fullmatch(segs[0][0]) and len(segs) > 1:
        year, segs, seps = segs[0][0], segs[1:], seps[1:]
    codes: list[str] = []
    end = None
    for i, (seg, _s, e) in enumerate(segs):
        if not _is_code(seg):
            break
        seg, e = _strip_footnote(seg, e)
        codes.extend(_split_glued(seg))
        end = e
        if seg != segs[i][0]:
            break
    if not codes or end is None:
        return None
    codes = [g.canonical_code(c) for c in codes]
    first_sep = seps[0].strip() if seps else ""
    doc_type = codes[0] if codes[0] in g.PARTY_TYPES or codes[0] in g.STATE_TYPES else None
    issuers = codes[1:] if doc_type else codes
    if year is None and doc_type and issuers and (g.is_party_issuer(issuers[0]) or (
            issuers[0] not in g.STATE_ISSUERS and first_sep in ("-", "") and len(seps) > 1
            and seps[1].strip() == "/" and doc_type in g.PARTY_TYPES)):
        central_or_local = issuers[0] == "TƯ"
        return Symbol(f"{number}-{doc_type}/{'-'.join(issuers)}", "party", doc_type, number, end,
                      issuers[0], central_or_local)
    if year:
        if not issuers and not _LEGISLATURE.fullmatch(codes[-1]):
            return None
        body = "-".join(([doc_type] if doc_type else []) + issuers) if doc_type else "-".join(issuers)
        if not doc_type and not _LEGISLATURE.fullmatch(issuers[0]) and not typed:
            return None
        legislature = issuers[0] if issuers and _LEGISLATURE.fullmatch(issuers[0]) else None
        return Symbol(f"{number}/{year}/{body}", "state", doc_type or ("L" if legislature else None), number, end,
                      issuers[0] if issuers else None)
    if not issuers:
        return None
    if doc_type is None and not typed and issuers[0] not in g.STATE_ISSUERS:
        return None
    if doc_type is None and not typed and len(issuers) < 2:
        return None
    body = "-".join(([doc_type] if doc_type else []) + issuers)
    return Symbol(f"{number}/{body}", "state", doc_type, number, end, issuers[0])


def _symbol_from_match(m: regex.Match, typed: bool) -> Symbol | None:
    """Parse the SYMBOL groups of a match."""
    segs = list(zip(m.captures("seg"), m.starts("seg"), m.ends("seg"), strict=True))
    return parse_symbol(m.group("num"), m.captures("sep"), segs, typed)


# --- finding mentions ---------------------------------------------------------------------------


def _mentions_of_typed(t: str, m: regex.Match, tw: g.TypeWord) -> list[Mention]:
    """The mention(s) of one type-word match: the first item, then list items sharing the type word."""
    out: list[Mention] = []
    parsed = None if m.group("onum") else _symbol_from_match(m, typed=True)
    first_num = m.group("num") or m.group("onum")
    first_end = parsed.end if parsed else m.start("first") + len(first_num)
    out.append(Mention(m.start(), first_end, first_num, tw, parsed))
    for start, end in zip(m.starts("item"), m.ends("item"), strict=True):
        im = g.ITEM_PATTERN.fullmatch(t, start, end)
        if im is None:
            break
        item_parsed = None if im.group("onum") else _symbol_from_match(im, typed=True)
        num = im.group("num") or im.group("onum")
        if im.group("num") and item_parsed is None:
            break
        item_end = item_parsed.end if item_parsed else im.start("first") + len(num)
        out.append(Mention(start, item_end, num, tw, item_parsed))
    _share_suffix(out)
    return out


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


def find_mentions(t: str) -> list[Mention]:
    """Every numbered mention in the normalised text, in order."""
    out: list[Mention] = []
    for m in g.MENTION_PATTERN.finditer(t):
        if m.group("tw") is not None:
            tw = g.type_word(m.group("tw")) or _english_type_word(m.group("tw"))
            if tw is None:
                continue
            out.extend(_mentions_of_typed(t, m, tw))
            continue
        parsed = _symbol_from_match(m, typed=False)
        if parsed is None:
            continue
        start = m.start("bso") if m.group("bso") else m.start("bare")
        mention = Mention(m.start("bare"), parsed.end, parsed.number, None, parsed)
        law = _LAW_NAME_BEFORE.search(t, max(0, start - 160), start) if parsed.doc_type == "L" else None
        if law:
            mention.start, mention.type_word = law.start(), g.type_word("luật")
        line_head = t[max(0, start - 40):start]
        mention.is_self = bool(g.SELF_SYMBOL_CONTEXT.search(line_head)) and (
            bool(m.group("bso")) or "Số hiệu" in line_head)
        out.append(mention)
    return out


_LAW_NAME_BEFORE = regex.compile(r"(?<![\p{L}])Luật(?:[ \t]+[\p{L}\d,&-]+){1,15}?[ \t]+$")


def _english_type_word(text: str) -> g.TypeWord | None:
    """'Decree No.' → the decree row."""
    head = regex.sub(r"\s+No\.?$", "", text.strip())
    return g.type_word(head)


# --- context ------------------------------------------------------------------------------------

_BREAK = regex.compile(r"[.!?](?=\s)|\n\s*\n|\n(?=[ \t]*(?:[-•*+]|\d{1,2}[.)]\s|\d{1,2}\p{Lu}))|\|")
_SPACES = regex.compile(r"[\s,]*")
_OF = regex.compile(r"(?:của|do)\s+")
_DATE_LEAD = regex.compile(r"(?:(?:được\s+)?ban hành\s+)?(?:(?:vào\s+)?ngày|Ngày|dated)\s+")
_ISSUED = regex.compile(r"(?:đã\s+|được\s+)?(?:ban hành|ký ban hành|thông qua)")
_PROVINCE_AFTER = regex.compile(r"\s+(?:tỉnh\s+|thành phố\s+)?(?P<name>\p{Lu}\p{L}*(?:[ -]+\p{Lu}\p{L}*){0,3})")
_TITLE = regex.compile(r"\s*,?\s*(?:về\s+(?:việc\s+)?|V/v\s+)[\"“”']?(?P<title>[^;\n\"“”]{3,200}?)[\"“”]?(?=[;.\n(]|\s*$|[\"”])")
_LEAD_ISSUED = regex.compile(r"(?:đã\s+|vừa\s+)?(?:ký\s+)?(?:ban hành|thông qua)\s*$", regex.IGNORECASE)


def _clause_end(t: str, pos: int, limit: int) -> int:
    """End of the clause that starts at `pos` (next break or `limit`)."""
    m = _BREAK.search(t, pos, limit)
    return m.start() if m else limit


def _province_at(t: str, pos: int, end: int) -> tuple[str | None, int]:
    """A province named right at `pos` ('Quảng Trị', 'tỉnh Yên Bái'), and where it ends."""
    m = _PROVINCE_AFTER.match(t, pos, end)
    if not m:
        return None, pos
    words = m.group("name").split(" ")
    for n in range(len(words), 0, -1):
        name = canonical_province(" ".join(words[:n]))
        if name:
            return name, m.start("name") + len(" ".join(words[:n]))
    return None, pos


def _issuer_at(t: str, pos: int, end: int) -> tuple[regex.Match | None, str | None, int]:
    """Issuer name at `pos` (after an optional 'của'), its province, and where they end."""
    of = _OF.match(t, pos, end)
    p = of.end() if of else pos
    im = g.ISSUER_NAME_PATTERN.match(t, p, end)
    if not im:
        return None, None, pos
    province, q = _province_at(t, im.end(), end)
    return im, province, q


def annotate_trailing(t: str, mention: Mention, limit: int) -> None:
    """Date, issuer, term and title written right after the mention, up to `limit`."""
    end = _clause_end(t, mention.end, limit)
    pos = mention.end
    for _ in range(8):
        pos = _SPACES.match(t, pos, end).end()
        if pos >= end:
            break
        if t.startswith("(", pos) or t.startswith(")", pos):
            pos += 1
            continue
        lead = _DATE_LEAD.match(t, pos, end)
        dm = g.DATE_PATTERN.match(t, lead.end(), end) if lead else None
        if dm:
            iso = g.date_iso(dm)
            if mention.date is None and iso:
                mention.date = iso
            pos = dm.end()
            continue
        im, province, q = _issuer_at(t, pos, end)
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
        issued = _ISSUED.match(t, pos, end)
        if issued:
            pos = issued.end()
            continue
        break
    mention.context_end = pos
    title = _TITLE.match(t, pos, end)
    if title and mention.title is None:
        mention.title = title.group("title").strip(" ,")


def _set_issuer(mention: Mention, t: str, im: regex.Match, province: str | None, end: int) -> None:
    row = g.issuer_name_at(im)
    mention.issuer = None if row.signer else t[im.start():end]
    mention.issuer_code = row.code
    mention.issuer_family = row.family
    mention.issuer_province = province


def _roman(text: str) -> str:
    """'XÍĨ' → 'XII' (garbled diacritics on a roman numeral)."""
    from loaders.text import fold

    return fold(text).upper()


def annotate_leading(t: str, mention: Mention, start_limit: int) -> None:
    """'Ngày 25-10-2021, Hội nghị … đã ban hành Kết luận số 21': a date and issuer before the mention."""
    lead = t[start_limit:mention.start]
    if not _LEAD_ISSUED.search(lead):
        return
    if mention.date is None:
        dates = [d for d in g.DATE_PATTERN.finditer(lead) if g.date_iso(d)]
        if dates:
            mention.date = g.date_iso(dates[-1])
    if mention.issuer_code is None:
        names = list(g.ISSUER_NAME_PATTERN.finditer(lead))
        if names:
            im = names[-1]
            province, q = _province_at(t, start_limit + im.end(), mention.start)
            shifted = g.ISSUER_NAME_PATTERN.match(t, start_limit + im.start())
            if shifted:
                _set_issuer(mention, t, shifted, province, q if province else shifted.end())
    tm = None
    for tm in g.TERM_PATTERN.finditer(lead):
        pass
    if tm and mention.term is None:
        mention.term = _roman(tm.group("term"))


def _clause_start(t: str, pos: int, floor: int) -> int:
    """Start of the clause that ends at `pos` (after the last break at or after `floor`)."""
    last = floor
    for m in _BREAK.finditer(t, floor, pos):
        last = m.end()
    return last


# --- symbols of number-only mentions ------------------------------------------------------------


def _type_code(tw: g.TypeWord, family: str) -> str | None:
    return tw.party if family == "party" else tw.state


def _symbol_from_issuer(m: Mention) -> str | None:
    """'Nghị quyết số 57 của Bộ Chính trị' → 57-NQ/TW; None when the issuer does not make a symbol."""
    if m.type_word is None or m.issuer_code is None or m.issuer_code in g.NO_SYMBOL_FROM_NAME:
        return None
    if m.type_word.abbreviation or m.type_word.names_a_programme:
        return None
    code = _type_code(m.type_word, m.issuer_family or "state")
    if code is None:
        return None
    if m.issuer_family == "party":
        if code == "QĐ" and m.type_word.words == "quy định" and m.issuer_code == "TW" and \
                m.number in g.central_quy_dinh_qdi():
            code = "QĐi"
        return f"{m.number}-{code}/{m.issuer_code}"
    return f"{m.number}/{code}-{m.issuer_code}"


def _same_number(a: str, b: str) -> bool:
    return a.lstrip("0") == b.lstrip("0")


def _short_form_target(m: Mention, full: list[Mention]) -> Mention | None:
    """The full mention of the same type and number nearest to `m` (before it first)."""
    codes = {m.type_word.party, m.type_word.state} - {None} if m.type_word else set()
    if "QĐ" in codes:
        codes.add("QĐi")
    cands = [f for f in full if _same_number(f.number, m.number) and f.doc_type in codes]
    if not cands:
        return None
    before = [f for f in cands if f.start < m.start]
    return before[-1] if before else cands[0]


def _alias_symbol(t: str, m: Mention, mentions: list[Mention], clause_start: int) -> str | None:
    """'(sau đây gọi tắt là Đề án 89)': the document the sentence names, or the decision that approved it."""
    prior = [x for x in mentions if clause_start <= x.start < m.start and x.symbol]
    if prior:
        return prior[-1].symbol
    sentence = t[clause_start:m.start]
    if not regex.search(r"(?i)quyết định\s+(?:số\s+)?(?:phê duyệt|ban hành)", sentence):
        return None
    names = [n for n in g.ISSUER_NAME_PATTERN.finditer(sentence)]
    if not names:
        return None
    row = g.issuer_name_at(names[0])
    if row.code in g.NO_SYMBOL_FROM_NAME:
        return None
    return f"{m.number}-QĐ/{row.code}" if row.family == "party" else f"{m.number}/QĐ-{row.code}"


# --- relations ----------------------------------------------------------------------------------

_TAIL_OK = regex.compile(r"(?:\s+[\p{L}\d]+){0,7}\s*")
_CONNECTORS = regex.compile(r"[\s,;:()\-]*(?:(?:và|cùng|hoặc|cũng như|với)[\s,]*)?$")


def cue_before(t: str, start: int, end: int) -> tuple[str, int] | None:
    """The relation cue governing a mention at `end`, looking back to `start`: (relation, cue start)."""
    best: tuple[int, int, str] | None = None
    window = max(start, end - 220)
    for m in g.CUE_ONLY_PATTERN.finditer(t, window, end, overlapped=True):
        if not _TAIL_OK.fullmatch(t, m.end(), end):
            continue
        key = (m.end(), -m.start())
        if best is None or key > (best[0], -best[1]):
            best = (m.end(), m.start(), g.relation_of(m))
    if best is None:
        return None
    return best[2], best[1]


def assign_relations(t: str, mentions: list[Mention], relations: list[DocumentRelation]) -> None:
    """Relation cue of every mention; list items under one verb share it; titles relate two documents."""
    prev: Mention | None = None
    head: str | None = None
    for m in mentions:
        floor = max(prev.end if prev else 0, m.start - 400)
        clause = _clause_start(t, m.start, floor)
        same_clause = prev is not None and clause == prev.end
        if not same_clause:
            head = None
        cue = cue_before(t, clause, m.start)
        in_title = same_clause and prev is not None and ";" not in t[prev.end:m.start] \
            and not _CONNECTORS.fullmatch(t, max(prev.context_end, prev.end), m.start)
        if in_title and prev.doc_type == "HD":
            cue = ("guides", cue[1] if cue else prev.end)
        if cue:
            rel, cue_start = cue
            m.relation = rel
            if same_clause and prev and prev.symbol and m.symbol and ";" not in t[prev.end:cue_start] \
                    and not _CONNECTORS.fullmatch(t, max(prev.context_end, prev.end), max(cue_start, prev.end)):
                relations.append(DocumentRelation(prev.symbol, m.symbol, rel, t[prev.start:m.end]))
        elif same_clause and prev is not None:
            m.relation = head if ";" in t[prev.end:m.start] else prev.relation
        if head is None and m.relation:
            head = m.relation
        prev = m


# --- the pipeline -------------------------------------------------------------------------------


def _share_list_context(t: str, mentions: list[Mention]) -> None:
    """'Quyết định số 217 và Quyết định số 218 ngày 12/12/2013 của Bộ Chính trị': the date and issuer after
    the last item of a list belong to the items before it."""
    for m, nxt in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        if m.date or m.issuer or m.term or not _CONNECTORS.fullmatch(t, m.end, nxt.start):
            continue
        if m.date is None:
            m.date = nxt.date
        if m.issuer_code is None and nxt.issuer_code:
            m.issuer, m.issuer_code, m.issuer_family = nxt.issuer, nxt.issuer_code, nxt.issuer_family
            m.issuer_province = nxt.issuer_province
        if m.term is None:
            m.term = nxt.term


def _provincial_document(t: str) -> bool:
    """A document of a provincial committee (its TƯ means TU): a 'TỈNH ỦY' letterhead in the first lines."""
    return bool(regex.search(r"(?:TỈNH|THÀNH)\s+(?:ỦY|UỶ)|ĐẢNG BỘ TỈNH", t[:500]))


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
            m.short_form = m.shared_suffix
    for m in mentions:
        symbol = None if m.symbol or m.is_alias else _symbol_from_issuer(m)
        if symbol:
            m.symbol, m.short_form, m.family, m.doc_type = symbol, True, m.issuer_family, _doc_type_of(symbol)
    full = [m for m in mentions if m.symbol and not m.shared_suffix]
    for m in mentions:
        if m.symbol or m.is_alias:
            continue
        target = _short_form_target(m, full)
        if target:
            m.symbol, m.short_form, m.family, m.doc_type = target.symbol, True, target.family, target.doc_type


def _doc_type_of(symbol: str) -> str | None:
    """Type code of a canonical symbol: '57-NQ/TW' → NQ, '15/2020/NĐ-CP' → NĐ."""
    m = regex.match(r"[^-/]+-(?P<p>[^/]+)/|[^/]+/(?:\d{4}/)?(?P<s>[^-/]+)-", symbol)
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
        m.symbol, m.doc_type = symbol, _doc_type_of(symbol)
        m.family = "party" if "-" in symbol.split("/")[0] else "state"
        if m.date is None:
            dates = [d for d in g.DATE_PATTERN.finditer(t, clause, m.start) if g.date_iso(d)]
            if dates:
                m.date = g.date_iso(dates[0])
        for other in mentions:
            if other.symbol is None and other.type_word == m.type_word and _same_number(other.number, m.number):
                other.symbol, other.doc_type, other.family = symbol, m.doc_type, m.family
                other.short_form = True


def _locality(m: Mention, province: str | None) -> str | None:
    """Province of a local scope (TU, HU, UBND, departments …)."""
    if not m.symbol:
        return None
    issuer = m.parsed.issuer if m.parsed else m.issuer_code
    if issuer is None:
        match = regex.search(r"[-/](?P<i>[^-/]+)$", m.symbol)
        issuer = match.group("i") if match else None
    if issuer and g.is_local_issuer(issuer):
        return m.issuer_province or province
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


def find_references(text: str) -> Findings:
    """Every numbered reference in `text`, with spans into `text` exactly as given."""
    norm = normalize(text)
    t = norm.text
    mentions = find_mentions(t)
    found = Findings()
    for i, m in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else min(len(t), m.end + 400)
        annotate_trailing(t, m, min(limit, m.end + 400))
        floor = mentions[i - 1].end if i else max(0, m.start - 300)
        annotate_leading(t, m, _clause_start(t, m.start, max(floor, m.start - 300)))
        m.is_alias = m.parsed is None and bool(g.ALIAS_PATTERN.search(t, max(0, m.start - 40), m.start))
    _share_list_context(t, mentions)
    provincial = _provincial_document(t)
    for m in mentions:
        _resolve_tu(m, provincial)
    _identify(t, mentions)
    _resolve_aliases(t, mentions)
    selves = [m for m in mentions if m.is_self]
    if selves:
        found.self_symbol = selves[0].symbol
    kept = [m for m in mentions if not m.is_self and m.symbol]
    assign_relations(t, kept, found.relations)
    province = main_province(text) if any(m.symbol for m in kept) else None
    for m in kept:
        m.locality = _locality(m, province)
        found.references.append(_to_reference(text, norm, m))
    for s, e, other in _other_references(t):
        start, end = norm.span(s, e)
        other.start, other.end, other.surface = start, end, text[start:end]
        cue = cue_before(t, _clause_start(t, s, max(0, s - 300)), s)
        other.relation = cue[0] if cue else None
        found.other_references.append(other)
    return found
