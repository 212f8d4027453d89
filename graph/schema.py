"""How the model is stored, the same in every store: labels and their properties with types, relationship types
with their endpoints and properties, the columns the stores keep besides the model's, the row shapes of the
link tables, and search ranking. graph/embedded_store.py and graph/neo4j_store.py build their schema and
queries from this module; neither defines a table or a ranking of its own.

Columns kept besides the model's (visible to researchers' Cypher, not returned by `Store.nodes`/`edges`):
- `Document.search`: the folded text search matches (`search_text`);
- `Document.produced` and every relationship's `support`: provenance (graph/writes.py);
- `SourceFile {key: path, document, file_hash}`: where each read document was read from;
- `CitegraphMeta {key: "schema", version}`: the schema version the store was made with.
- `DocumentSymbol {key: symbol, documents}` (embedded store only): the keys of the Documents carrying each
  symbol, the index by symbol LadybugDB can give (it has no secondary index; Neo4j has a range index on
  `Document.symbol`). Kept in the transaction of every write that creates, changes or deletes a Document.
- `CitedByPage {key: document, citers, keys, dates}`: for each densely cited Document, its number of citing
  documents and the keys (and dates, "" when undated) of its first citers in cited-by order (`citer_rank`), so
  that the first pages of `Store.cited_by` never sort every citer. Kept by graph/writes.py in the
  transaction of every write that changes a citation or a citer's date.
- `SearchWord {key, word, size, deltas, pending, documents, citers}` (embedded store only): the index search
  reads instead of every Document (`search_words`): for each word of the folded search texts, the Documents
  whose text has it and each one's number of citing documents, most cited first, then by key (the order
  search takes its candidates in, so it reads the head of a list only); `key` "\x1f" + a first word
  lists the Documents with a symbol whose text begins with it (the candidates of an exact symbol). A large
  word's later changes are appended as delta rows (graph/embedded_store.py). Kept in the transaction of
  every write that creates, changes or deletes a Document or a citation (Neo4j has a text index on
  `Document.search` and counts citers by degree).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any

from graph.model import (
    NODE_LABELS,
    REL_TYPES,
    AgencyNode,
    Cites,
    DocumentNode,
    EventNode,
    PersonNode,
    SourceFile,
)
from loaders.grammar import PARTY_TYPES, STATE_TYPES
from loaders.text import fold

#: bumped whenever keys or columns change: a store made with another version is refused with a message
SCHEMA_VERSION = 2
SCHEMA_CHANGES = {
    2: "articles are keyed by their canonical url or their text, not their path; local documents, agencies, "
       "persons and events carry their province; edges record which articles gave them",
}

STRING, INT, BOOL, STRINGS, INTS = "STRING", "INT64", "BOOLEAN", "STRING[]", "INT64[]"

NODE_CLASSES: dict[str, type] = {"Document": DocumentNode, "Agency": AgencyNode, "Person": PersonNode,
                                 "Event": EventNode}
assert tuple(NODE_CLASSES) == NODE_LABELS
FILE_LABEL = "SourceFile"
META_LABEL = "CitegraphMeta"
SYMBOL_LABEL = "DocumentSymbol"
SEARCH = "search"
PRODUCED = "produced"
SUPPORT = "support"


def _column_type(annotation: str) -> str:
    if annotation.startswith("list"):
        return STRINGS
    return INT if annotation.startswith("int") else BOOL if annotation.startswith("bool") else STRING


def _columns(cls: type, skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(f.name, _column_type(str(f.type))) for f in dataclasses.fields(cls) if f.name not in skip]


#: label → [(property, type)] of the model, key first
NODE_PROPS: dict[str, list[tuple[str, str]]] = {label: _columns(cls) for label, cls in NODE_CLASSES.items()}
#: label → [(property, type)] the stores keep besides the model's
INTERNAL_NODE_PROPS: dict[str, list[tuple[str, str]]] = {"Document": [(SEARCH, STRING), (PRODUCED, STRINGS)]}
#: every label a store holds → [(property, type)], key first: the model's, the file index and the version mark
TABLES: dict[str, list[tuple[str, str]]] = {
    **{label: NODE_PROPS[label] + INTERNAL_NODE_PROPS.get(label, []) for label in NODE_LABELS},
    FILE_LABEL: _columns(SourceFile),
    META_LABEL: [("key", STRING), ("version", INT)],
}

#: the embedded store's index of Documents by symbol (not in TABLES: Neo4j indexes the property itself)
SYMBOL_TABLE: list[tuple[str, str]] = [("key", STRING), ("documents", STRINGS)]

#: the kept first citers of densely cited Documents (graph/writes.py `CiterPages`; not in TABLES: a store made
#: before it is given one when opened for writing, without a new schema version)
CITERS_LABEL = "CitedByPage"
CITERS_TABLE: list[tuple[str, str]] = [("key", STRING), ("citers", INT), ("keys", STRINGS), ("dates", STRINGS)]
#: the CitegraphMeta key that says a store has its kept citers (filled, on both stores)
CITER_PAGES_MARK = "citer-pages"


#: the embedded store's search index (`search_words`; not in TABLES: a store made before it is given one when
#: opened for writing, without a new schema version)
WORDS_LABEL = "SearchWord"
WORDS_TABLE: list[tuple[str, str]] = [("key", STRING), ("word", STRING), ("size", INT), ("deltas", INT),
                                      ("pending", INT), ("documents", STRINGS), ("citers", INTS)]


def table_columns(label: str) -> list[tuple[str, str]]:
    """[(column, type)] of any node table a store keeps: TABLES, the symbol index, the kept citers, the search
    index."""
    return TABLES.get(label) or {SYMBOL_LABEL: SYMBOL_TABLE, CITERS_LABEL: CITERS_TABLE, WORDS_LABEL: WORDS_TABLE}[label]


#: type → ([(FROM label, TO label)], [(property, type)] of the model)
REL_SCHEMA: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    "CITES": ([("Document", "Document")], _columns(Cites, skip=("src", "dst", "sources"))),
    "ISSUED_BY": ([("Document", "Agency")], []),
    "MENTIONS": ([("Document", "Agency"), ("Document", "Person")], []),
    "REPORTS": ([("Document", "Event")], []),
    "ORGANIZED_BY": ([("Event", "Agency")], []),
    "CHAIRED_BY": ([("Event", "Person")], []),
    "HOLDS_ROLE": ([("Person", "Agency")], [("title", STRING)]),
    "PART_OF": ([("Agency", "Agency")], []),
}
assert tuple(REL_SCHEMA) == REL_TYPES
#: [(property, type)] every relationship type keeps besides the model's
INTERNAL_REL_PROPS: list[tuple[str, str]] = [(SUPPORT, INT)]
#: the types of the edges that leave a document: those a read document gives of its own
OWNED_TYPES = tuple(rel for rel, (pairs, _) in REL_SCHEMA.items() if any(a == "Document" for a, _ in pairs))


def node_columns(label: str) -> list[str]:
    """Names of the model's properties of a label."""
    return [name for name, _ in NODE_PROPS[label]]


def rel_columns(rel: str) -> list[tuple[str, str]]:
    """[(property, type)] a relationship type stores: the model's, then the internal ones."""
    return REL_SCHEMA[rel][1] + INTERNAL_REL_PROPS


def edge_id(rel: str, src: str, dst: str) -> str:
    """How a document's `produced` list names an edge."""
    return f"{rel}\t{src}\t{dst}"


def parse_edge_id(value: str) -> tuple[str, str, str]:
    rel, src, dst = value.split("\t", 2)
    return rel, src, dst


def old_store_message(where: str, version: int | None, remedy: str) -> str:
    """What to tell the user about a store made by another version of citegraph."""
    found = f"schema version {version}" if version else "an older schema"
    changed = SCHEMA_CHANGES.get(SCHEMA_VERSION, "")
    return (f"{where} was made by another version of citegraph ({found}; this version writes schema "
            f"{SCHEMA_VERSION}: {changed}). Keys cannot be converted without the files, so nothing was changed: "
            f"{remedy}, then ingest your files again")


# --- link tables ------------------------------------------------------------------------------------

#: the columns of `Store.cited_by` / `Store.cites` rows: the other document's, then the CITES edge's
LINK_DOC_COLS = ["key", "symbol", "title", "date", "locality", "source", "paths"]
LINK_EDGE_COLS = ["relation", "surface", "snippet", "start", "end", "count"]
LINK_COLS = LINK_DOC_COLS + LINK_EDGE_COLS


def citer_rank(date: str | None, key: str) -> tuple:
    """Where a citing document stands in cited-by order (ascending): undated last, the newest date first,
    the same date by key; string order by code point, as both stores compare."""
    if date is None:
        return (1, (), key)
    return (0, tuple(-ord(c) for c in date) + (1,), key)  # (1,) after the last character: "2020" after "2020-05"


#: the columns of `Store.search` rows
SEARCH_COLS = ["key", "symbol", "kind", "date", "title", "is_stub", "cited_by"]
#: what a store's search query returns for `rank_search`: SEARCH_COLS and the folded `text`
SEARCH_CANDIDATE_COLS = SEARCH_COLS + ["text"]


# --- search ------------------------------------------------------------------------------------------

#: type code → Vietnamese name (State names win: TT is Thông tư), so `nghi quyet 35` finds a stub
#: that has only a symbol
TYPE_NAMES: dict[str, str] = {**PARTY_TYPES, **STATE_TYPES}


def search_text(doc: dict[str, Any]) -> str:
    """The folded text that search matches, the same in every store: symbol first (so an exact symbol
    is a prefix), then the type's Vietnamese name, title, kind, issuer, locality."""
    # fold(" ".join(parts)) part by part (the same text: what fold does never reaches across a space), the
    # parts that repeat from document to document (all but the title) folded once
    title = doc.get("title")
    parts = [_fold_part(doc.get("symbol")), _fold_part(TYPE_NAMES.get(doc.get("doc_type") or "")),
             fold(title) if title else "", _fold_part(doc.get("kind")), _fold_part(doc.get("issuer")),
             _fold_part(doc.get("locality"))]
    return " ".join(p for p in parts if p)


@functools.lru_cache(maxsize=1 << 16)
def _fold_part(text: str | None) -> str:
    return fold(text) if text else ""


def search_terms(text: str) -> tuple[str, list[str]]:
    """The folded query and its tokens; a document matches when its `search` text contains every token."""
    q = fold(text)
    return q, q.split()


#: starts the key of a SearchWord row of first words: whitespace to `str.split`, so never inside a token or a word
FIRST_WORD = "\x1f"


def search_words(text: str | None, has_symbol: bool) -> set[str]:
    """The SearchWord keys a Document's folded search text is listed under: its words (split on whitespace,
    as the query is), and FIRST_WORD + its first word when it has a symbol. A token holds no whitespace, so
    it is a substring of the text exactly when it is a substring of one of these words; and a text that
    begins with the query (an exact symbol) begins with the query's first token as a whole word."""
    words = (text or "").split()
    return set(words) | ({FIRST_WORD + words[0]} if words and has_symbol else set())


def search_cap(limit: int) -> int:
    """How many candidates a store reads for `rank_search` (by exact symbol, then most cited, then key)."""
    return max(limit * 10, 200)


def rank_search(rows: list[dict[str, Any]], text: str, limit: int) -> list[dict[str, Any]]:
    """Search answers from candidate rows (SEARCH_CANDIDATE_COLS): exact symbol first, then every token a
    whole word, then most cited, then newest, then key; rows as SEARCH_COLS."""
    q, tokens = search_terms(text)
    words = [re.compile(rf"(?<!\w){re.escape(t)}(?!\w)") for t in tokens]

    def exact(row: dict[str, Any]) -> bool:
        found = row["text"] or ""
        return row["symbol"] is not None and (found == q or found.startswith(q + " "))

    ranked = sorted(rows, key=lambda r: r["key"])
    ranked.sort(key=lambda r: r["date"] or "", reverse=True)
    ranked.sort(key=lambda r: (not exact(r), not all(w.search(r["text"] or "") for w in words), -r["cited_by"]))
    return [{k: r[k] for k in SEARCH_COLS} for r in ranked[:limit]]
