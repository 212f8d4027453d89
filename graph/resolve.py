"""Identity resolution: which document does each mention mean.

`annotate(extraction)` fills `key` and `resolved_date` of every reference from that document and the
catalogue alone (the `extract` contract). `resolve_references(extractions, store=...)` does the same over a
whole batch and what the store already holds; `graph.build` then turns the resolved batch into graph rows.

Evidence, strongest first: a date next to the mention; a dated mention of the same symbol elsewhere in
the text (short forms carry their full mention's symbol, so they share its resolution); the term
(`khóa XII`); the catalogue, narrowed by the issuer named, the type word (Quy định / Quyết định), the
title and the citing document's date (a document cannot cite one issued after it); dated mentions of
the same symbol elsewhere in the batch or the store. What nothing tells becomes a stub with an unknown
year (`35-NQ/TW@unknown`), never a guess.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from graph.catalogue import Catalogue, CatalogueEntry, default_catalogue, symbol_key, term_of
from graph.model import UNKNOWN, article_key, document_key
from graph.model import text_hash as normalised_text_hash
from graph.store import Store
from loaders.gazetteer import canonical_province, find_provinces
from loaders.grammar import PARTY_TYPES, STATE_ISSUERS, STATE_TYPES, is_local_issuer
from loaders.model import Extraction, Reference
from loaders.text import fold, slug

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# "… 19-NQ/TW cùng ngày", "… (ban hành cùng ngày)": the date of the mention before the mention (or list).
SAME_DAY = re.compile(r"[\s,(]*(?:(?:được\s+)?(?:ban hành|ký)\s+)?cùng ngày\b", re.IGNORECASE)
# What joins the items of a list of mentions: "18-NQ/TW, 19-NQ/TW", "… và các Nghị quyết số …".
LIST_GAP = re.compile(r"[\s,;]*(?:(?:và|cùng|hoặc)\s+)?(?:các\s+)?", re.IGNORECASE)
MONTH_DAY = re.compile(r"--(\d{2}-\d{2})")
STATE_WITH_YEAR = re.compile(r"\d+[a-zA-Z]?/(\d{4})/(.+)")
STATE_WITHOUT_YEAR = re.compile(r"\d+[a-zA-Z]?/([^/]+)")
PARTY = re.compile(r"\d+[a-zA-Z]?-([^/]+)/(.+)")
# State issuers that exist in every province: the same symbol is a different document in each.
LOCAL_STATE_ISSUERS = {
    "UBND", "HĐND", "UBMTTQ", "SYT", "SGDĐT", "STC", "SNV", "SXD", "STNMT", "SNNPTNT", "SKHĐT", "SKHCN",
    "SLĐTBXH", "SVHTTDL", "STTTT", "SCT", "SGTVT", "STP", "SNN", "SVHTT",
}
# Party scopes that are local unless a locality says otherwise (the rest: TW, BTCTW, VPTW, QUTW ...).
AMBIGUOUS_PARTY_SCOPES = {"BCSĐ", "ĐĐ"}
KIND_BY_TYPE = {
    "NQ": "resolution", "KL": "conclusion", "CT": "directive", "QĐi": "regulation", "QĐ": "decision",
    "QyĐ": "regulation", "QC": "rules", "TT": "circular", "TTLT": "circular", "HD": "guidance",
    "BC": "report", "KH": "plan", "CTr": "programme", "TB": "notice", "TC": "communique",
    "TTr": "submission", "ĐA": "scheme", "PA": "plan", "BB": "minutes", "CV": "letter", "NĐ": "decree",
    "CĐ": "dispatch", "L": "law",
}
# The type word a mention starts with says the kind better than the symbol's code ("Nghị quyết số
# 1210/2016/UBTVQH13" is a resolution whatever its code).
KIND_BY_WORDS = (
    ("nghi quyet", "resolution"), ("ket luan", "conclusion"), ("chi thi", "directive"),
    ("quy dinh", "regulation"), ("quyet dinh", "decision"), ("nghi dinh", "decree"), ("luat", "law"),
    ("thong tu", "circular"), ("huong dan", "guidance"), ("ke hoach", "plan"), ("chuong trinh", "programme"),
    ("cong van", "letter"), ("to trinh", "submission"), ("thong bao", "notice"), ("thong tri", "notice"),
    ("bao cao", "report"), ("de an", "scheme"), ("quy che", "rules"), ("phap lenh", "ordinance"),
    ("cong dien", "dispatch"),
)
KIND_BY_CATALOGUE_TYPE = {
    "Nghị quyết": "resolution", "Kết luận": "conclusion", "Chỉ thị": "directive", "Quy định": "regulation",
    "Quyết định": "decision", "Thông báo": "notice", "Hướng dẫn": "guidance",
}
CENTRAL_BODIES = (("bo chinh tri", "Bộ Chính trị"), ("ban bi thu", "Ban Bí thư"),
                  ("ban chap hanh trung uong", "Ban Chấp hành Trung ương"))
TEXT_DATES = (
    re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)"),
    re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE),
)


# ---------------------------------------------------------------- symbols and places


@dataclass(frozen=True)
class SymbolShape:
    """What a canonical symbol says by its shape."""

    family: str  # party | state
    scope: str | None  # issuer part: TW, TU, CP, UBND, QH14 ...
    year: int | None  # state symbols with a year
    local: bool  # the same symbol exists in every province
    maybe_local: bool = False  # BCSĐ, ĐĐ: local only when a locality is named


@functools.lru_cache(maxsize=1 << 16)
def symbol_shape(symbol: str) -> SymbolShape:
    """Family, scope, printed year and locality need of a canonical symbol."""
    if m := PARTY.fullmatch(symbol):
        scope = m.group(2)
        central = scope.upper().endswith("TW")
        return SymbolShape("party", scope, None, local=not central and scope not in AMBIGUOUS_PARTY_SCOPES,
                           maybe_local=scope in AMBIGUOUS_PARTY_SCOPES)
    if m := STATE_WITH_YEAR.fullmatch(symbol):
        rest = m.group(2)
        parts = rest.split("-")
        return SymbolShape("state", "-".join(parts[1:]) or rest, int(m.group(1)), *_state_locality(parts))
    if m := STATE_WITHOUT_YEAR.fullmatch(symbol):
        parts = m.group(1).split("-")
        return SymbolShape("state", "-".join(parts[1:]) or parts[0], None, *_state_locality(parts))
    return SymbolShape("state", None, None, local=False)


CENTRAL_STATE_CODE = re.compile(r"(?:UBTV)?QH\d*")


def _state_locality(codes: list[str]) -> tuple[bool, bool]:
    """(local, maybe_local) of a State symbol's codes: a provincial issuer (UBND, HĐND, a department
    `S…` such as SYT or SDL) makes it local; issuers that no table knows make it local when the text names
    its province (`maybe_local`); a known central issuer (CP, TTg, a ministry, QH14) keeps it national."""
    issuers = [c for c in codes if c not in STATE_TYPES and c not in PARTY_TYPES]
    if any(c in LOCAL_STATE_ISSUERS or is_local_issuer(c) for c in issuers):
        return True, False
    known = any(c in STATE_ISSUERS or CENTRAL_STATE_CODE.fullmatch(c) for c in issuers)
    return False, bool(issuers) and not known


def type_code(symbol: str) -> str | None:
    """The type code of a canonical symbol: NQ in 35-NQ/TW, NĐ in 15/2020/NĐ-CP, QĐ in 749/QĐ-TTg."""
    if m := PARTY.fullmatch(symbol):
        return m.group(1)
    m = STATE_WITH_YEAR.fullmatch(symbol) or STATE_WITHOUT_YEAR.fullmatch(symbol)
    return m.group(m.lastindex).split("-")[0] if m else None


@functools.lru_cache(maxsize=1 << 14)
def kind_of(surface: str | None, doc_type: str | None, symbol: str | None) -> str | None:
    """resolution / decree / plan ...: from the mention's type word, else the type code."""
    words = fold(surface or "")
    for start, kind in KIND_BY_WORDS:
        if words.startswith(start):
            return kind
    return KIND_BY_TYPE.get(doc_type or "") or KIND_BY_TYPE.get(type_code(symbol or "") or "")


@functools.lru_cache(maxsize=1 << 14)
def place(name: str | None) -> str | None:
    """The gazetteer's name of a province, or the name as given; None for nothing."""
    if not name or not name.strip():
        return None
    return canonical_province(name) or name.strip()


def year_of(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and ISO_DATE.fullmatch(iso) else None


def key_for(symbol: str, year: int | None, locality: str | None) -> str:
    """The graph key of a numbered document (design.md): local symbols carry their province; a year
    nobody can tell, or a local symbol with no known province, gives an `unknown` stub key."""
    shape = symbol_shape(symbol)
    local = shape.local or (shape.maybe_local and bool(locality))
    if local and not locality:
        return document_key(symbol, None)
    scope = locality if local else None
    if shape.year:
        return f"{symbol}@{slug(scope)}" if scope else symbol
    return document_key(symbol, year, scope)


# ---------------------------------------------------------------- evidence


@dataclass(frozen=True)
class Known:
    """A dated document known from elsewhere: another file of the batch, or the store."""

    symbol: str
    date: str | None
    year: int
    locality: str | None


@dataclass
class Resolution:
    """The document a mention means: its key, its issue date when known, and why."""

    key: str
    date: str | None
    evidence: str = ""


def citing_date(extraction: Extraction) -> tuple[str | None, bool]:
    """The citing document's date and whether it is its own (else the latest full date in its text,
    a lower bound of its own)."""
    meta = extraction.metadata or {}
    cited = {r.date for r in extraction.references if r.date and ISO_DATE.fullmatch(r.date)}
    for value in (extraction.document.date, meta.get("date"), meta.get("published")):
        if isinstance(value, str) and ISO_DATE.fullmatch(value[:10]):
            # A document cannot predate one it cites: such an own date is wrong; and one equal to a cited
            # document's date is most likely that document's date taken for the citing one's.
            if not cited or max(cited) < value[:10]:
                return value[:10], True
    latest = None
    for pattern in TEXT_DATES:
        for m in pattern.finditer(extraction.text or ""):
            d, mo, y = (int(g) for g in m.groups())
            if 1 <= d <= 31 and 1 <= mo <= 12:
                iso = f"{y:04d}-{mo:02d}-{d:02d}"
                latest = max(latest or iso, iso)
    return latest, False


def document_locality(extraction: Extraction) -> str | None:
    return place(extraction.document.locality or (extraction.metadata or {}).get("locality"))


def reference_locality(ref: Reference, extraction: Extraction) -> str | None:
    """The province of a reference: its own scope locality, else the citing document's."""
    if not ref.symbol:
        return None
    shape = symbol_shape(ref.symbol)
    if shape.local:
        return place(ref.scope_locality) or _named_province(ref.issuer) or document_locality(extraction)
    if shape.maybe_local:
        return place(ref.scope_locality) or _named_province(ref.issuer)
    return None


def _named_province(issuer: str | None) -> str | None:
    """The province an issuer names ("Tỉnh ủy Hà Tĩnh", "UBND tỉnh Tây Ninh"), if one."""
    found = find_provinces(issuer) if issuer else []
    return found[0][2] if found else None


def _issuer_body(issuer: str | None) -> str | None:
    """Which of the three central bodies an issuer text names, if one."""
    folded = fold(issuer or "")
    return next((body for words, body in CENTRAL_BODIES if words in folded), None)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _bigrams(text: str) -> set[tuple[str, str]]:
    w = _words(text)
    return set(zip(w, w[1:], strict=False))


@functools.lru_cache(maxsize=1 << 12)  # catalogue titles come back for every mention of their symbol
def _title_bigrams(title: str) -> frozenset[tuple[str, str]]:
    return frozenset(_bigrams(title))


def title_fit(title: str, context: str) -> float:
    """Share of a catalogue title's word pairs that the context contains (0..1)."""
    wanted = _title_bigrams(title)
    return len(wanted & _bigrams(context)) / len(wanted) if wanted else 0.0


def _soft(candidates: list, keep) -> list:
    """The candidates `keep` accepts, or all of them when it would accept none."""
    kept = [c for c in candidates if keep(c)]
    return kept or candidates


@dataclass
class _Candidate:
    date: str | None
    year: int
    entry: CatalogueEntry | None = None
    symbol: str | None = None


@dataclass
class MentionGroup:
    """The mentions of one document symbol (and province) in one text."""

    symbol: str
    locality: str | None
    refs: list[Reference] = field(default_factory=list)


def group_mentions(extraction: Extraction) -> list[MentionGroup]:
    """Mentions grouped by document: a local mention that names no province of its own joins the one
    province the text names for that symbol ("Nghị quyết số 02-NQ/TU của Tỉnh ủy Quảng Trị" … "Nghị
    quyết 02-NQ/TU"), else takes the citing document's."""
    named: dict[str, set[str]] = {}
    for ref in extraction.references:
        if ref.symbol and (where := place(ref.scope_locality) or _named_province(ref.issuer)):
            named.setdefault(symbol_key(ref.symbol), set()).add(where)
    groups: dict[tuple[str, str | None], MentionGroup] = {}
    for ref in extraction.references:
        if not ref.symbol:
            continue
        locality = reference_locality(ref, extraction)
        shape = symbol_shape(ref.symbol)
        own = place(ref.scope_locality) or _named_province(ref.issuer)
        if shape.local and not own and len(named.get(symbol_key(ref.symbol), ())) == 1:
            locality = next(iter(named[symbol_key(ref.symbol)]))
        k = (symbol_key(ref.symbol), slug(locality) if locality else None)
        groups.setdefault(k, MentionGroup(ref.symbol, locality)).refs.append(ref)
    return list(groups.values())


def localities(extraction: Extraction, groups: list[MentionGroup] | None = None) -> dict[int, str | None]:
    """The province of each reference (by id), as its group has it (`groups`: `group_mentions(extraction)`)."""
    return {id(r): g.locality for g in (group_mentions(extraction) if groups is None else groups) for r in g.refs}


@functools.lru_cache(maxsize=1 << 14)
def _slug(name: str) -> str:
    return slug(name)


def _nearest_dated(ref: Reference, group: MentionGroup, entries: list[CatalogueEntry],
                   same_day: dict[int, str]) -> str | None:
    """The date another mention of the group prints (or takes from `cùng ngày`): the only one, else the one whose catalogue title
    the mention's own title names, else the nearest (earlier ones first)."""
    dated = [replace(r, date=d) for r in group.refs
             if (d := r.date if r.date and ISO_DATE.fullmatch(r.date) else same_day.get(id(r)))]
    dates = {r.date for r in dated}
    if len(dates) <= 1:
        return dated[0].date if dated else None
    titled = [_Candidate(e.date, e.year, e) for e in entries if e.date in dates]
    if ref.title and (best := _best_title(titled, "", [ref.title], 0.5, 0.25)):
        return best.date
    before = [r for r in dated if r.start <= ref.start]
    return (max(before, key=lambda r: r.start) if before else min(dated, key=lambda r: r.start)).date


def _same_day_runs(extraction: Extraction) -> list[list[Reference]]:
    """Each undated mention, or list of mentions, that `cùng ngày` follows ("Nghị quyết số 19-NQ/TW, 20-NQ/TW
    cùng ngày"), with the mention it shares its date with first (None when nothing comes before)."""
    text = extraction.text or ""
    refs = sorted(extraction.references, key=lambda r: r.start)
    runs = []
    for i, ref in enumerate(refs):
        if ref.date or not SAME_DAY.match(text, ref.end):
            continue
        j = i
        while j > 0 and not refs[j - 1].date and LIST_GAP.fullmatch(text, refs[j - 1].end, refs[j].start):
            j -= 1
        runs.append([refs[j - 1] if j else None, *refs[j:i + 1]])
    return runs


def _same_day_dates(runs: list[list[Reference]], extraction: Extraction) -> dict[int, str]:
    """The date each `cùng ngày` mention takes (by id), runs in text order so that one may chain on
    another ("A ngày …, B cùng ngày, C cùng ngày")."""
    dates: dict[int, str] = {}
    for anchor, *members in runs:
        date = dates.get(id(anchor)) or _anchor_date(anchor, extraction)
        if date:
            dates.update((id(m), date) for m in members)
    return dates


def _anchor_date(anchor: Reference | None, extraction: Extraction) -> str | None:
    """The full date of the mention a `cùng ngày` list refers to: printed, else resolved; else the
    nearest earlier printed date."""
    if anchor is None:
        return None
    for value in (anchor.date, anchor.resolved_date):
        if value and ISO_DATE.fullmatch(value):
            return value
    earlier = [r for r in extraction.references
               if r.start <= anchor.start and r.date and ISO_DATE.fullmatch(r.date)]
    return max(earlier, key=lambda r: r.start).date if earlier else None


def _context(group: MentionGroup, text: str) -> str:
    """The words around the group's mentions."""
    return " ".join(text[max(0, r.start - 40): r.end + 300] for r in group.refs)


def _choose(group: MentionGroup, candidates: list[_Candidate], cited_before: str | None, own_date: bool,
            central: bool, text: str) -> tuple[_Candidate | None, str]:
    """Pick the document a mention means among candidates (catalogue and known documents)."""
    refs = group.refs
    # The term of a central Party document (a province's "khóa" numbers its own congresses).
    terms = {r.term.upper() for r in refs if r.term} if central else set()
    if terms:
        candidates = [c for c in candidates if (c.entry.term if c.entry else term_of(c.date)) in terms]
        if not candidates:
            return None, f"no known document of term {'/'.join(sorted(terms))}"
    if cited_before and own_date:
        candidates = [c for c in candidates if (c.date or f"{c.year}-01-01") <= cited_before]
        if not candidates:
            return None, "every known document with this symbol is later than the citing document"
    month_days = {m.group(1) for r in refs if r.date and (m := MONTH_DAY.fullmatch(r.date))}
    if month_days:
        candidates = _soft(candidates, lambda c: bool(c.date) and c.date[5:] in month_days)
    surfaces = " ".join(fold(r.surface) for r in refs)
    if "quy dinh" in surfaces and "quyet dinh" not in surfaces:
        candidates = _soft(candidates, lambda c: c.entry is None or c.entry.doc_type == "Quy định")
    elif "quyet dinh" in surfaces and "quy dinh" not in surfaces:
        candidates = _soft(candidates, lambda c: c.entry is None or c.entry.doc_type == "Quyết định")
    bodies = {b for r in refs if (b := _issuer_body(r.issuer))}
    if len(bodies) == 1:
        body = bodies.pop()
        candidates = _soft(candidates, lambda c: c.entry is None or c.entry.issuer == body)
    catalogued = [c for c in candidates if c.entry]
    # A document known only from other texts is taken when it is dated before this one (its own date,
    # or a date its text states): the catalogue's documents are known to exist in any case.
    if len(candidates) == 1:
        only = candidates[0]
        if only.entry or (cited_before and (only.date or f"{only.year}-12-31") <= cited_before):
            return only, "the only known document with this symbol"
    if len(candidates) > 1:
        titles = [r.title for r in refs if r.title]
        if best := _best_title(catalogued, _context(group, text), titles, 0.5, 0.25):
            return best, "its title stands next to the mention"
        if best := _best_title(catalogued, text, [], 0.6, 0.3):
            return best, "its title fits the text"
        if cited_before:
            before = [c for c in candidates if (c.date or f"{c.year}-01-01") <= cited_before]
            if before:
                latest = max(before, key=lambda c: c.date or f"{c.year}-12-31")
                return latest, "the latest known document with this symbol before the citing document"
    return None, "nothing tells which document" if candidates else "no known document with this symbol"


def _best_title(candidates: list[_Candidate], context: str, titles: list[str], least: float,
                margin: float) -> _Candidate | None:
    """The catalogued candidate whose title the context holds, or the mentions' own titles name, clearly
    more than the others'."""
    titles = [t for t in titles if t and len(_words(t)) >= 5]  # "tiếp tục thực hiện" names nothing

    around = _bigrams(context)

    def score(entry: CatalogueEntry) -> float:
        wanted = _title_bigrams(entry.title)
        held = len(wanted & around) / len(wanted) if wanted else 0.0
        return max([held] + [title_fit(t, entry.title) for t in titles])

    scored = sorted(((score(c.entry), i) for i, c in enumerate(candidates) if c.entry), reverse=True)
    if scored and scored[0][0] >= least and (len(scored) == 1 or scored[0][0] - scored[1][0] >= margin):
        return candidates[scored[0][1]]
    return None


def _resolve_group(group: MentionGroup, extraction: Extraction, catalogue: Catalogue,
                   known: dict[str, list[Known]], cited_before: str | None, own_date: bool,
                   same_day: dict[int, str]) -> None:
    """Set key and resolved_date of every mention in the group."""
    shape = symbol_shape(group.symbol)
    for ref in group.refs:
        res = _resolve_one(ref, group, shape, extraction, catalogue, known, cited_before, own_date, same_day)
        ref.key = res.key
        ref.resolved_date = res.date


def _resolve_one(ref: Reference, group: MentionGroup, shape: SymbolShape, extraction: Extraction,
                 catalogue: Catalogue, known: dict[str, list[Known]], cited_before: str | None,
                 own_date: bool, same_day: dict[int, str]) -> Resolution:
    symbol, locality = group.symbol, group.locality
    central = shape.family == "party" and not shape.local and not (shape.maybe_local and locality)
    entries = catalogue.lookup(symbol) if central and (shape.scope or "").upper() == "TW" else []
    stated = ref.date if ref.date and ISO_DATE.fullmatch(ref.date) else None
    evidence = "date in text"
    if not stated and (stated := same_day.get(id(ref))):
        evidence = "the same day as the mention before"
    if not stated:
        stated, evidence = _nearest_dated(ref, group, entries, same_day), "date at another mention in the text"
    if shape.year:  # a State symbol that prints its year
        date = stated if stated and year_of(stated) == shape.year else None
        return Resolution(key_for(symbol, shape.year, locality), date, "year in the symbol")
    if stated:
        year = year_of(stated)
        entry = next((e for e in entries if e.date == stated), None)
        if entry is None:
            same_year = [e for e in entries if e.year == year]
            entry = same_year[0] if len(same_year) == 1 else None
        return Resolution(key_for(entry.symbol if entry else symbol, year, locality), stated, evidence)
    candidates = [_Candidate(e.date, e.year, e) for e in entries]
    years = {c.year for c in candidates}
    loc_slug = _slug(locality) if locality else None
    for k in known.get(symbol_key(symbol), []):
        if (_slug(k.locality) if k.locality else None) == loc_slug and k.year not in years:
            candidates.append(_Candidate(k.date, k.year, None, k.symbol))
            years.add(k.year)
    chosen, why = _choose(group, candidates, cited_before, own_date, central, extraction.text or "")
    if chosen is None:
        return Resolution(key_for(symbol, None, locality), None, why)
    sym = chosen.entry.symbol if chosen.entry else (chosen.symbol or symbol)
    return Resolution(key_for(sym, chosen.year, locality), chosen.date, why)


def _annotate(extraction: Extraction, catalogue: Catalogue, known: dict[str, list[Known]],
              groups: list[MentionGroup] | None = None) -> Extraction:
    cited_before, own_date = citing_date(extraction)
    for ref in extraction.references:
        if not ref.symbol:
            ref.key, ref.resolved_date = None, None
    own = extraction.document.symbol
    me = citing_key(extraction) if own else ""
    runs = _same_day_runs(extraction)
    later = {id(r) for run in runs for r in run[1:]}
    # Mentions dated "cùng ngày" wait for the mention they share the date with to be resolved.
    groups = sorted(group_mentions(extraction) if groups is None else groups,
                    key=lambda g: any(id(r) in later for r in g.refs))
    same_day: dict[int, str] = {}
    for group in groups:
        if own and not me.startswith("article:") and symbol_key(group.symbol) == symbol_key(own):
            for ref in group.refs:  # the document naming itself: not a citation of another one
                ref.key, ref.resolved_date = me, extraction.document.date
            continue
        if any(id(r) in later for r in group.refs):
            same_day = _same_day_dates(runs, extraction)
        _resolve_group(group, extraction, catalogue, known, cited_before, own_date, same_day)
    return extraction


def annotate(extraction: Extraction, catalogue: Catalogue | None = None) -> Extraction:
    """Fill `key` and `resolved_date` of each reference from this document and the catalogue alone."""
    return _annotate(extraction, catalogue or default_catalogue(), {})



def text_hash(extraction: Extraction) -> str:
    """The hash of the document's normalised text (graph.model.text_hash): copies in other encodings are one."""
    return normalised_text_hash(extraction.text or "")


def citing_key(extraction: Extraction) -> str:
    """Key of the document an extraction is: its own symbol with a year, else its canonical url or its text
    (graph.model.article_key), never its path."""
    info = extraction.document
    if info.symbol:
        shape = symbol_shape(info.symbol)
        year = shape.year or year_of(info.date)
        locality = place(info.locality) if (shape.local or shape.maybe_local) else None
        key = key_for(info.symbol, year, locality)
        if not key.endswith("@" + UNKNOWN):
            return key
    return article_key((extraction.metadata or {}).get("url"), text_hash(extraction))


def catalogue_entry(catalogue: Catalogue, ref: Reference) -> CatalogueEntry | None:
    """The catalogue's document that a resolved central reference means, if it lists it."""
    if not ref.symbol or not ref.resolved_date:
        return None
    shape = symbol_shape(ref.symbol)
    if shape.family != "party" or (shape.scope or "").upper() != "TW":
        return None
    year = year_of(ref.resolved_date)
    same = [e for e in catalogue.lookup(ref.symbol) if e.year == year]
    exact = [e for e in same if e.date == ref.resolved_date]
    return (exact or same or [None])[0]




def _known_documents(extractions: list[Extraction], store: Store | None,
                     groups: dict[int, list[MentionGroup]] | None = None) -> dict[str, list[Known]]:
    """Dated documents by symbol from every mention of the batch that prints a date, and the store
    (each once: a big batch mentions the same document many times)."""
    known: dict[str, list[Known]] = {}
    for ex in extractions:
        where = localities(ex, (groups or {}).get(id(ex)))
        for ref in ex.references:
            if ref.symbol and ref.date and ISO_DATE.fullmatch(ref.date):
                known.setdefault(symbol_key(ref.symbol), []).append(
                    Known(ref.symbol, ref.date, int(ref.date[:4]), where.get(id(ref))))
    if store is not None:
        symbols = sorted({r.symbol for ex in extractions for r in ex.references if r.symbol})
        if symbols:
            for row in store.documents_with_symbols(symbols):
                year = row.get("year") or year_of(row.get("date"))
                if row.get("symbol") and year:
                    known.setdefault(symbol_key(row["symbol"]), []).append(
                        Known(row["symbol"], row.get("date"), int(year), place(row.get("locality"))))
    for symbol, items in known.items():
        known[symbol] = sorted(dict.fromkeys(items), key=lambda k: (k.year, k.date or ""))
    return known



def resolve_references(extractions: list[Extraction], catalogue: Catalogue | None = None,
                       store: Store | None = None) -> dict[int, list[MentionGroup]]:
    """Resolve every reference of the batch in place, against the catalogue, the batch itself and the
    store; returns each extraction's mention groups (by id), which the graph rows are built from."""
    catalogue = catalogue or default_catalogue()
    groups = {id(ex): group_mentions(ex) for ex in extractions}  # annotating changes no group: computed once
    known = _known_documents(extractions, store, groups)
    for ex in extractions:
        _annotate(ex, catalogue, known, groups[id(ex)])
    return groups
