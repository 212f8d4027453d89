"""Agencies, people and events around the citations (`find_entities`), and the links between them:
organisers ("X phối hợp Y tổ chức Hội nghị …"), chairs ("Đồng chí A, … chủ trì") and the subjects of
anniversaries. Spans are indices into `text` as given; one entry per distinct entity, at its first mention.
The vocabulary is data (loaders/data/*.tsv, *.txt, read through `loaders.gazetteer`).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import replace

import regex

from loaders.agencies import find_agencies
from loaders.events import document_date_spans, find_events
from loaders.model import Agency, Event, Person, Reference
from loaders.names import surname_run
from loaders.persons import find_persons, name_run
from loaders.scanner import scan
from loaders.text import fold

# "… do X tổ chức", "… do X chủ trì": who organised an event named before.
_BY = regex.compile(r"\s*,?\s*do\s")
# "tổ chức …", "khai mạc …": an event held (its organisers are named before it), and the spaces after the verb.
_HELD = regex.compile(r"(?i)(?<!\p{L})(?:tổ chức|khai giảng|khai mạc)(\s+)")
_ORGANISED = regex.compile(r"(?<!\p{L})(?:tổ chức|chủ trì|phối hợp tổ chức)(?!\p{L})")


class _Replayed:
    """An iterator's items, read from it once and replayed from the start to each loop over them."""

    def __init__(self, items: Iterator[regex.Match[str]]) -> None:
        self._items, self._read = items, []

    def __iter__(self) -> Iterator[regex.Match[str]]:
        i = 0
        while True:
            if i == len(self._read):
                item = next(self._items, None)
                if item is None:
                    return
                self._read.append(item)
            yield self._read[i]
            i += 1


def _link(text: str, agencies: list[Agency], persons: list[Person], events: list[Event],
          spans: list[tuple[int, Agency]] | None = None) -> None:
    """Organisers ("X phối hợp Y tổ chức Hội nghị …") and chairs ("Đồng chí A, … chủ trì hội nghị"); `spans` are
    `_all_agency_spans(text, agencies)` when the caller has them."""
    if spans is None:
        spans = _all_agency_spans(text, agencies)
    cues = _Replayed(_HELD.finditer(text))  # the holding verbs, read on only as far as an event asks
    for ev in events:
        # the first mention, or the fullest one ("Kỷ niệm 94 năm …" in a headline, "tổ chức Lễ kỷ niệm 94 năm …"),
        # after the first verb it follows (tried where the run of spaces after the verb may end)
        named = regex.compile(r"(?i)(?:" + "|".join(regex.escape(x[:12]) for x in {ev.surface, ev.name}) + ")")
        held = next((c.start() for c in cues if named.match(text, c.end())
                     or any(named.match(text, j) for j in range(c.start(1) + 1, c.end()))), None)
        if held is not None:
            _add_organizers(ev, _chain_before(text, spans, held))
        after = _BY.match(text[ev.end:ev.end + 8])
        if after:
            stop = _ORGANISED.search(text[ev.end:ev.end + 200])
            if stop:
                _add_organizers(ev, _chain_before(text, spans, ev.end + stop.start()))
    for p in persons:
        m = None
        for _, occ_end in _occurrences(text, p.surface):
            window = text[occ_end: occ_end + 160]
            m = _CHAIRS.search(window.split(".")[0].split("\n")[0]) if "chủ trì" in window else None
            if m:
                at = occ_end
                break
        if not m or not events:
            continue
        nearest = min(events, key=lambda e: abs(e.start - at))
        if p.name not in nearest.chairs:
            nearest.chairs.append(p.name)


# What may stand between two organisers, or between the last one and "tổ chức".
_CONNECTORS = regex.compile(r"(?:[\s,;]|đã|vừa|sẽ|long trọng|trang trọng|chính thức|phối hợp(?:\s+với)?|cùng(?:\s+với)?"
                            r"|và|đồng thời)*", regex.V1)


_OWNED_BY = regex.compile(r"(?<!\p{L})(?:của|theo|tại)\s+$")


def _chain_before(text: str, spans: list[tuple[int, Agency]], pos: int) -> list[Agency]:
    """Agencies that end right before `pos`, joined by connectors ("A phối hợp với B tổ chức")."""
    chain: list[Agency] = []
    for start, agency in sorted(spans, key=lambda t: -t[0]):
        end = start + len(agency.surface)
        if end > pos:
            continue
        if not _CONNECTORS.fullmatch(text[end:pos]):
            break
        if chain and _OWNED_BY.search(text[max(0, start - 8):start]):
            break  # "… của Ban Chỉ đạo 35, Ban Tuyên giáo tổ chức": the first belongs to a document
        chain.append(agency)
        pos = start
    return list(reversed(chain))


def _add_organizers(ev: Event, agencies: list[Agency]) -> None:
    for agency in agencies:
        if agency.name not in ev.organizers:
            ev.organizers.append(agency.name)


_CHAIRS = regex.compile(r"(?<!\p{L})chủ trì(?!\p{L})")


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """(start, end) of each non-overlapping occurrence of `needle` in `text`, left to right."""
    if not needle:
        return [(m.start(), m.end()) for m in regex.finditer("", text)]
    out = []
    at = text.find(needle)
    while at >= 0:
        out.append((at, at + len(needle)))
        at = text.find(needle, at + len(needle))
    return out


def _all_agency_spans(text: str, agencies: list[Agency]) -> list[tuple[int, Agency]]:
    found = []
    for a in agencies:
        for start, end in _occurrences(text, a.surface):
            found.append((start, end, a))
    # "Tỉnh ủy Thái Bình" inside "Ban Thường vụ Tỉnh ủy Thái Bình" is part of a longer name, not a mention
    found.sort(key=lambda t: (t[0], -t[1]))
    out, reach = [], -1
    for start, end, a in found:
        if end > reach or (out and out[-1][0] == start and end == reach):
            out.append((start, a))
        reach = max(reach, end)
    return out


_QUOTED = regex.compile(r"“[^”\n]{0,300}”")
_BIRTH_OR_DEATH = regex.compile(r"(?i:ngày sinh|ngày mất|năm sinh|ngày giỗ)\s+")
_CAPITALISED = regex.compile(r"(?<!\p{L})\p{Lu}")


def _anniversary_people(text: str, persons: list[Person], events: list[Event]) -> list[Person]:
    """People named inside an anniversary ("ngày sinh V.I. Lênin") or a quoted title are its subject,
    not participants."""
    out = list(persons)
    for q in _QUOTED.finditer(text):
        for p in out:
            if q.start() < p.start < q.end():
                p.participant = False
    known = {fold(p.name) for p in persons}
    for ev in events:
        if ev.kind != "anniversary":
            if _BIRTH_OR_DEATH.search(ev.name):  # "Hội thảo khoa học kỷ niệm 110 năm ngày sinh đồng chí X": X
                for p in out:
                    if p.name in ev.name:
                        p.participant = False
            continue
        for p in out:
            if ev.start <= p.start < ev.end or p.name in ev.name:  # (its name in a headline before it too)
                p.participant = False
        m = _BIRTH_OR_DEATH.search(ev.surface)
        if m:
            # "ngày sinh đồng chí Lê Quang Đạo", "ngày sinh Thủ tướng Võ Văn Kiệt": the first family name after it
            s = next((ev.start + m.end() + w.start() for w in _CAPITALISED.finditer(ev.surface[m.end():])
                      if surname_run(text, ev.start + m.end() + w.start())), ev.start + m.end())
            end = name_run(text, s)
            if end and fold(" ".join(text[s:end].split())) not in known:
                name = " ".join(text[s:end].split())
                out.append(Person(start=s, end=end, surface=text[s:end], name=name, role=None, participant=False))
                known.add(fold(name))
    out.sort(key=lambda p: p.start)
    return out


# Characters that only get in the way of matching names: zero-width space and joiners, soft hyphen, BOM.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u00ad", "\ufeff"}
_TO_CLEAN = (*sorted(_INVISIBLE), "\u00d0")
_CLUSTER = regex.compile(r"\X")


# "Ban Tổ chức" with no owner after it, in a text about a contest: the contest's organisers ("Ban Tổ chức đã xác
# định được chủ nhân của 198 giải thưởng"), not the Party committee's Organisation Board ("Ban Tổ chức Tỉnh ủy").
_ORGANISERS = regex.compile(r"(?<!\p{L})(?i:ban tổ chức)(?!\p{L})(?![ \t]+\p{Lu})", regex.V1)
_ORGANISERS_ANY = regex.compile(r"(?<!\p{L})(?i:ban tổ chức)(?!\p{L})", regex.V1)


def _without_contest_organisers(text: str, agencies: list[Agency], events: list[Event]) -> list[Agency]:
    """The agencies but a bare "Ban Tổ chức" where the text names a contest and never names the board's owner."""
    if not any(e.kind == "contest" for e in events):
        return agencies
    bare = len(_ORGANISERS.findall(text))
    if not bare or bare != len(_ORGANISERS_ANY.findall(text)):
        return agencies
    return [a for a in agencies if not _ORGANISERS_ANY.fullmatch(a.surface)]


def clean_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """NFC text with "Ð" (eth) as "Đ" and invisible characters dropped, and for each of its characters
    (plus one past the end) the index in `text` where it came from (a range when nothing moved)."""
    if unicodedata.is_normalized("NFC", text) and not any(c in text for c in _TO_CLEAN):
        return text, range(len(text) + 1)
    out: list[str] = []
    where: list[int] = []
    pos = 0  # where the cluster starts in `text`
    for cluster in _CLUSTER.findall(text):
        end = pos + len(cluster)
        if cluster.isascii():
            fixed = cluster  # already NFC, no eth
        elif cluster in _INVISIBLE:
            if cluster == "\u200b" and text[pos - 1:pos].isalpha() and text[end:end + 1].isalpha():
                out.append(" ")  # "triển\u200bnông": a zero-width space that is the only break between two words
                where.append(pos)
            pos = end
            continue
        else:
            fixed = unicodedata.normalize("NFC", cluster).replace("\u00d0", "\u0110")
        out.append(fixed)
        where.extend([pos] * len(fixed))
        pos = end
    where.append(len(text))
    return "".join(out), where


def _to_clean(references: list[Reference], where: Sequence[int], moved: bool) -> list[Reference]:
    """References with spans into the cleaned copy (`where` maps cleaned indices to the text's)."""
    if not moved:
        return references
    return [replace(r, start=bisect_left(where, r.start), end=bisect_left(where, r.end)) for r in references]


def find_entities(text: str, locality: str | None = None, date: str | None = None,
                  references: list[Reference] | None = None) -> tuple[list[Agency], list[Person], list[Event]]:
    """Agencies, persons and events named in `text`; `locality` is the province the text is about;
    `references` (from `loaders.references.find_references(text)`, optional) mark the dates that belong to
    cited documents, which are never an event's date.

    Decomposed (NFD) text, "Ð" for "Đ" and zero-width characters are matched on a cleaned copy; spans
    are mapped back, so text[start:end] == surface in the text as given.
    """
    clean, where = clean_with_offsets(text)
    scan(clean)  # where the tables' phrases may begin (loaders.scanner): the finders probe only there
    agencies = find_agencies(clean, locality)
    spans = _all_agency_spans(clean, agencies)
    names = [(start, start + len(a.surface)) for start, a in spans]
    events = find_events(clean, document_date_spans(clean, _to_clean(references or [], where, clean != text)), names,
                         own_date=date)
    kept = _without_contest_organisers(clean, agencies, events)
    persons = _anniversary_people(clean, find_persons(clean, names), events)
    _link(clean, kept, persons, events, spans if kept is agencies else None)  # (the spans again when some were dropped)
    agencies = kept
    if clean != text:
        for item in (*agencies, *persons, *events):
            item.start, item.end = where[item.start], where[item.end]
            item.surface = text[item.start:item.end]
    return agencies, persons, events
