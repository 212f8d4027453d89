"""The embedded store's load step: the bulk path into an empty store gives the graph the normal path gives, and
the index of stored documents by symbol (DocumentSymbol) and the search index (SearchWord) always say what a
scan of the Documents says.

"The same graph" here is every row of every table, with the columns the stores keep besides the model's
(the folded search text, `produced`, each edge's `support`, the file index, the symbol and search indexes), and every
parallel copy of an edge."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import write_generated_corpus

import graph.embedded_store as embedded_store
import graph.ingest as ingest
from graph.embedded_store import DELTA, EmbeddedStore
from graph.ingest import ingest_paths
from graph.model import Cites, DocumentNode, GraphBatch
from graph.schema import (
    CITERS_LABEL,
    META_LABEL,
    REL_SCHEMA,
    SYMBOL_LABEL,
    TABLES,
    WORDS_LABEL,
    WORDS_TABLE,
    citer_rank,
    search_words,
)
from graph.store import Store
from graph.writes import CiterPages

#: small enough that the generated corpus's most cited documents keep their first citers
PAGES = CiterPages(dense=6, keep=8)


def _dump(store: EmbeddedStore) -> dict[str, list[str]]:
    """Every row of every table, engine columns left out, in a stable order."""
    out = {}
    for label in [*TABLES, SYMBOL_LABEL, CITERS_LABEL]:
        rows = [{k: v for k, v in node.items() if not k.startswith("_")}
                for (node,) in store._rows(f"MATCH (n:{label}) RETURN n")]
        out[label] = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in rows)
    out[WORDS_LABEL] = json.dumps(_search_index_says(store), ensure_ascii=False, sort_keys=True)
    for rel, (pairs, _) in REL_SCHEMA.items():
        rows = []
        for a, b in pairs:
            for src, dst, props in store._rows(f"MATCH (a:{a})-[r:{rel}]->(b:{b}) RETURN a.key, b.key, r"):
                rows.append([src, dst, {k: v for k, v in props.items() if not k.startswith("_")}])
        out[rel] = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in rows)
    return out


def _ingest(db: Path, runs: list[list[Path]], bulk: bool, monkeypatch, chunk_size: int | None = None) -> dict:
    """Ingest the runs one after the other into a new store, by the bulk path into the empty store or not;
    the whole store and the summaries' counts."""
    with monkeypatch.context() as m:
        if not bulk:  # the normal path even into an empty store: resolved against it, everything read back
            m.setattr(ingest, "_is_empty", lambda store: False)
            m.setattr(EmbeddedStore, "bulk", False)
        counts = []
        with EmbeddedStore(str(db)) as store:
            store.citer_pages = PAGES
            for paths in runs:
                s = ingest_paths([str(p) for p in paths], store, progress=False, chunk_size=chunk_size)
                assert s.files_failed == 0
                counts.append((s.files_read, s.files_skipped, s.references, s.nodes_created, s.nodes_deleted,
                               s.edges_created, s.edges_deleted))
            return {"tables": _dump(store), "counts": counts}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """150 generated documents: provincial news citing central and local documents, legal texts."""
    return write_generated_corpus(tmp_path_factory.mktemp("bulk") / "docs", 150, seed=5)


def _files(folder: Path) -> list[Path]:
    return sorted(folder.iterdir())


def test_the_bulk_path_stores_what_the_normal_path_stores(corpus, tmp_path, monkeypatch):
    files = _files(corpus)
    first, rest = files[:100], files[100:]
    # the same batches both ways: only how the first one is written differs
    bulk = _ingest(tmp_path / "bulk", [first, rest], True, monkeypatch, chunk_size=60)
    normal = _ingest(tmp_path / "normal", [first, rest], False, monkeypatch, chunk_size=60)
    assert bulk["tables"]["Document"] and bulk["tables"]["CITES"] and bulk["tables"][SYMBOL_LABEL]
    assert bulk["tables"][CITERS_LABEL]  # the most cited documents keep their first citers, the same both ways
    assert bulk == normal
    # the default batches: the first write into the empty store holds every file
    assert _ingest(tmp_path / "bulk-default", [first, rest], True, monkeypatch)["tables"] == normal["tables"]


def test_after_a_bulk_load_edits_and_removals_leave_the_graph_the_normal_path_leaves(corpus, tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    shutil.copytree(corpus, folder)
    files = _files(folder)
    graphs = []
    for bulk in (True, False):
        db = tmp_path / f"db-{bulk}"
        for f, text in zip(files, [f.read_text(encoding="utf-8") for f in files], strict=True):
            f.write_text(text, encoding="utf-8")  # the corpus as generated
        with monkeypatch.context() as m:
            if not bulk:
                m.setattr(ingest, "_is_empty", lambda store: False)
                m.setattr(EmbeddedStore, "bulk", False)
            with EmbeddedStore(str(db)) as store:
                ingest_paths([str(folder)], store, progress=False)
                edited = files[3]
                original = edited.read_text(encoding="utf-8")
                edited.write_text(original.replace("Nghị quyết", "Nghị quyết số 99-NQ/TW và Nghị quyết", 1),
                                  encoding="utf-8")
                ingest_paths([str(folder)], store, progress=False)
                ingest.remove_documents([str(files[7]), str(files[8])], store)
                graphs.append(_dump(store))
                edited.write_text(original, encoding="utf-8")
    assert graphs[0] == graphs[1]


def _lookup_whole_nodes(store: EmbeddedStore, label: str, keys: list[str]) -> dict[str, dict]:
    """Stored rows read as whole nodes, engine columns and the search text dropped (how the writes read them
    before they named the columns)."""
    found = {}
    for (node,) in store._rows(f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n", {"keys": keys}):
        found[node["key"]] = {k: v for k, v in node.items() if not k.startswith("_") and k != "search"}
    return found


def test_the_load_steps_reads_by_column_and_of_citers_together_store_what_whole_reads_store(corpus, tmp_path,
                                                                                           monkeypatch):
    """The writes read stored rows by named columns and resolution reads the citers of the stubs a batch dates
    in one query (`citers_of`): the store after an ingest in many batches (stubs dated by later batches, their
    citations moved) is row for row the one the former reads give: whole nodes, `cited_by` a stub."""
    files = _files(corpus)
    asked: list[list[str]] = []
    together = EmbeddedStore.citers_of
    with monkeypatch.context() as m:
        m.setattr(EmbeddedStore, "citers_of", lambda self, keys, limit: asked.append(keys) or together(self, keys, limit))
        new = _ingest(tmp_path / "new", [files[:100], files[100:]], True, monkeypatch, chunk_size=15)
    assert any(asked)  # later batches dated stubs that earlier ones stored
    with monkeypatch.context() as m:
        m.setattr(EmbeddedStore, "_lookup", _lookup_whole_nodes)
        m.setattr(EmbeddedStore, "citers_of", Store.citers_of)  # cited_by a stub
        old = _ingest(tmp_path / "old", [files[:100], files[100:]], True, monkeypatch, chunk_size=15)
    assert new["tables"]["CITES"] and new == old


def _index_says(store: EmbeddedStore) -> dict[str, list[str]]:
    return {s: sorted(keys) for s, keys in store._rows(f"MATCH (x:{SYMBOL_LABEL}) RETURN x.key, x.documents")}


def _documents_say(store: EmbeddedStore) -> dict[str, list[str]]:
    rows = store._rows("MATCH (d:Document) WHERE d.symbol IS NOT NULL RETURN d.symbol, collect(d.key)")
    return {s: sorted(keys) for s, keys in rows}


def _kept_citers_are_the_head_of_the_order(store: EmbeddedStore) -> int:
    """Every document cited by more than PAGES.dense documents (and only those, or ones still above half of
    it) keeps its number of citers and the head of its cited-by order, worked out here from the edges and the
    citers' dates; returns how many do."""
    citers: dict[str, list[tuple[str, str | None]]] = {}
    for src, date, dst in store._rows("MATCH (a:Document)-[:CITES]->(b:Document) RETURN a.key, a.date, b.key"):
        citers.setdefault(dst, []).append((src, date))
    kept = _kept_citers(store)
    for key, (n, keys) in kept.items():
        order = [k for k, d in sorted(citers[key], key=lambda c: citer_rank(c[1], c[0]))]
        assert n == len(order) >= PAGES.dense // 2 and keys == order[:len(keys)], key
        assert len(keys) >= min(n, PAGES.keep // 2), key
    assert {k for k, c in citers.items() if len(c) > PAGES.dense} <= kept.keys()
    return len(kept)


def test_the_kept_citers_follow_every_ingest_and_removal(corpus, tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(corpus, folder)
    files = _files(folder)
    with EmbeddedStore(str(tmp_path / "db"), citer_pages=PAGES) as store:
        ingest_paths([str(f) for f in files[:50]], store, progress=False)  # bulk
        assert _kept_citers_are_the_head_of_the_order(store)
        ingest_paths([str(folder)], store, progress=False, chunk_size=20)  # normal writes, stubs become documents
        assert _kept_citers_are_the_head_of_the_order(store)
        dates = dict(store._rows("MATCH (d:Document) RETURN d.key, d.date"))
        for i, f in enumerate(files[60:120]):  # read again: its first date moved within its year, citing one more
            day_month = ("1", "1") if i % 2 else ("28", "12")
            text = re.sub(r"(?<![\d/])\d{1,2}(/| tháng )\d{1,2}(?=/\d{4}| năm)",
                          lambda m, day_month=day_month: m.group(1).join(day_month), f.read_text(encoding="utf-8"), count=1)
            f.write_text(text + "\nThực hiện Nghị quyết số 99-NQ/TW của Bộ Chính trị.\n", encoding="utf-8")
        ingest_paths([str(folder)], store, progress=False, chunk_size=20)
        keys = dict(store._rows("MATCH (d:Document) RETURN d.key, d.date"))
        redated = {k for k in dates.keys() & keys.keys() if dates[k] != keys[k]}
        assert redated & {k for _n, kept in _kept_citers(store).values() for k in kept}  # kept citers re-dated
        assert len(dates.keys() - keys.keys()) > 20  # articles are keyed by their text: replaced by others
        assert _kept_citers_are_the_head_of_the_order(store)
        removed = ingest.remove_documents([str(f) for f in files[:120]], store)
        assert removed.written.nodes_deleted
        _kept_citers_are_the_head_of_the_order(store)


def test_the_symbol_index_follows_every_write(corpus, tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(corpus, folder)
    files = _files(folder)
    with EmbeddedStore(str(tmp_path / "db")) as store:
        ingest_paths([str(f) for f in files[:50]], store, progress=False)  # bulk
        assert _index_says(store) == _documents_say(store) != {}
        ingest_paths([str(folder)], store, progress=False, chunk_size=20)  # normal writes, stubs become documents
        assert _index_says(store) == _documents_say(store)
        removed = ingest.remove_documents([str(f) for f in files[:30]], store)
        assert removed.written.nodes_deleted
        assert _index_says(store) == _documents_say(store)
        symbols = sorted(_documents_say(store)) + ["1-NQ/XX"]
        by_index = store._documents_with_symbols(symbols, by_index=True)
        assert by_index == store._documents_with_symbols(symbols, by_index=False)  # what a scan finds
        assert by_index == store.documents_with_symbols(symbols)
        # in pages of at most 2 rows a query (a symbol naming more Documents alone in its own): the same rows
        pages: list[list[str]] = []
        one_page = store._documents_with_symbols
        store._documents_with_symbols = lambda s, by_index: pages.append(s) or one_page(s, by_index)  # type: ignore
        store.SYMBOL_PAGE = 2
        assert store.documents_with_symbols(list(reversed(symbols))) == by_index
        assert len(pages) > len(symbols) // 2 and sorted(s for page in pages for s in page) == symbols[:-1]
        del store.SYMBOL_PAGE, store._documents_with_symbols
        assert len(by_index) == sum(len(v) for v in _documents_say(store).values())
        few = symbols[:3]
        assert store.documents_with_symbols(few) == store._documents_with_symbols(few, by_index=False) != []
        store.clear()
        assert _index_says(store) == {} and store.documents_with_symbols(symbols) == []


def test_a_store_made_before_the_index_gets_it_filled_once_when_opened_for_writing(corpus, tmp_path):
    db = tmp_path / "db"
    with EmbeddedStore(str(db)) as store:
        ingest_paths([str(corpus)], store, progress=False)
        expected = _documents_say(store)
        symbols = sorted(expected)
        answer = store.documents_with_symbols(symbols)
        # as the store was before the index: no DocumentSymbol table, no mark
        store._conn.execute(f"DROP TABLE {SYMBOL_LABEL}")
        store._conn.execute(f"MATCH (m:{META_LABEL}) WHERE m.key <> 'schema' DELETE m")
    with EmbeddedStore(str(db), read_only=True) as reader:  # read-only: left as it is, scanned
        assert reader.documents_with_symbols(symbols) == answer
        assert SYMBOL_LABEL not in reader._tables()
    with EmbeddedStore(str(db)) as store:
        assert _index_says(store) == expected
        assert store.documents_with_symbols(symbols) == answer
    with EmbeddedStore(str(db), read_only=True) as reader:
        assert reader._symbol_index and reader.documents_with_symbols(symbols) == answer


def _kept_citers(store: EmbeddedStore) -> dict[str, tuple[int, list[str]]]:
    return {k: (n, keys) for k, n, keys in store._rows(f"MATCH (p:{CITERS_LABEL}) RETURN p.key, p.citers, p.keys")}


def test_a_store_made_before_the_kept_citers_gets_them_once_when_opened_for_writing(corpus, tmp_path):
    db = tmp_path / "db"
    with EmbeddedStore(str(db)) as store:
        store.citer_pages = PAGES
        ingest_paths([str(corpus)], store, progress=False)
        expected = _kept_citers(store)
        dense = sorted(expected, key=lambda k: -expected[k][0])[:3]
        pages = {k: store.cited_by(k, limit=5, offset=2) for k in dense}
        store.read_kept_citers = False
        assert {k: store.cited_by(k, limit=5, offset=2) for k in dense} == pages  # the sort says the same
        # as the store was before the kept citers: no CitedByPage table, no mark
        store._conn.execute(f"DROP TABLE {CITERS_LABEL}")
        store._conn.execute(f"MATCH (m:{META_LABEL}) WHERE m.key = 'citer-pages' DELETE m")
    assert expected and all(len(keys) == min(n, PAGES.keep) for n, keys in expected.values())
    with EmbeddedStore(str(db), read_only=True) as reader:  # read-only: left as it is, sorted
        assert not reader._citer_pages and CITERS_LABEL not in reader._tables()
        assert {k: reader.cited_by(k, limit=5, offset=2) for k in dense} == pages
    with EmbeddedStore(str(db), citer_pages=PAGES) as store:  # filled once, from the stored graph
        assert _kept_citers(store) == expected
    with EmbeddedStore(str(db), read_only=True) as reader:
        assert reader._citer_pages and {k: reader.cited_by(k, limit=5, offset=2) for k in dense} == pages


def _search_index_says(store: EmbeddedStore) -> dict[str, dict[str, int]]:
    """Each SearchWord base row with its deltas applied (and the rows' own consistency checked)."""
    rows = store._rows(f"MATCH (x:{WORDS_LABEL}) RETURN x.key, x.word, x.size, x.documents, x.citers")
    # each list in the order search ranks its Documents: most cited first, then by key
    assert all(size == len(docs) == len(citers) for _, _, size, docs, citers in rows)
    assert all(rank == sorted(rank) for rank in ([(-n, d) for d, n in zip(docs, citers, strict=True)]
                                                 for *_, docs, citers in rows))
    assert all(word == ("" if key.startswith("\x1f") else key.split(DELTA)[0]) for key, word, *_ in rows)
    merged = store._word_rows([key for key, *_ in rows if DELTA not in key])
    return {key: listed for key, listed in merged.items() if listed}


def _documents_say_words(store: EmbeddedStore) -> dict[str, dict[str, int]]:
    """Each word of the stored search texts → the Documents that have it and their citing documents, counted."""
    out: dict[str, dict[str, int]] = {}
    for key, text, has_symbol, n in store._rows("MATCH (d:Document) OPTIONAL MATCH (a:Document)-[:CITES]->(d) "
                                                "RETURN d.key, d.search, d.symbol IS NOT NULL, count(DISTINCT a)"):
        for word in search_words(text, has_symbol):
            out.setdefault(word, {})[key] = n
    return out


def _queries(store: EmbeddedStore) -> list[str]:
    """Words, parts of words and pairs of words of the stored texts, and one nothing has."""
    texts = sorted(t for (t,) in store._rows("MATCH (d:Document) RETURN d.search"))
    out = ["xyzzy", "a", "/", "-"]
    for i, text in enumerate(texts[::max(1, len(texts) // 25)]):
        words = text.split()
        out += [words[0], words[i % len(words)][1:4], " ".join(words[i % len(words):][:2])]
    return out


def _search_is_the_scan(store: EmbeddedStore) -> bool:
    for text in _queries(store):
        for limit in (1, 5, 30):
            store.read_search_index = False
            scanned = store.search(text, limit)
            store.read_search_index = True
            assert store.search(text, limit) == scanned, (text, limit)
    return True


def _keep_deltas(monkeypatch) -> None:
    """Every word's changes appended as delta rows, the base rewritten with them every fourth time."""
    monkeypatch.setattr(embedded_store, "SMALL_ROW", 0)
    monkeypatch.setattr(embedded_store, "MAX_PENDING", 1e9)
    monkeypatch.setattr(embedded_store, "MAX_DELTAS", 3)


def _read_in_part(monkeypatch, others: str) -> list[bool]:
    """Pages of `limit` candidates (not search_cap's 200 or more), so that search reads its lists in part, the
    other tokens checked in the texts (`others` "texts") or in their lists at once ("lists"); the returned list
    says, for each read of a token's lists, whether it read all of them."""
    monkeypatch.setattr(embedded_store, "search_cap", lambda limit: limit)
    monkeypatch.setattr(EmbeddedStore, "TEXT_SHARE", 1 if others == "texts" else 10**9)
    complete: list[bool] = []
    heads = EmbeddedStore._ranked_heads

    def spied(self, words, length):
        ranked, whole = heads(self, words, length)
        complete.append(whole)
        return ranked, whole

    monkeypatch.setattr(EmbeddedStore, "_ranked_heads", spied)
    return complete


def _citers(words: dict[str, dict[str, int]]) -> dict[str, int]:
    """Document → its citing documents, from `_documents_say_words`."""
    return {key: n for listed in words.values() for key, n in listed.items()}


@pytest.mark.parametrize("deltas,lists", [(False, ""), (True, ""), (False, "texts"), (True, "lists")],
                         ids=["rewritten", "deltas", "read-in-part", "deltas-read-in-part"])
def test_the_search_index_follows_every_write(corpus, tmp_path, monkeypatch, deltas, lists):
    if deltas:
        _keep_deltas(monkeypatch)
    complete = _read_in_part(monkeypatch, lists) if lists else []
    folder = tmp_path / "docs"
    shutil.copytree(corpus, folder)
    files = _files(folder)
    with EmbeddedStore(str(tmp_path / "db")) as store:
        ingest_paths([str(f) for f in files[:50]], store, progress=False)  # bulk
        assert _search_index_says(store) == _documents_say_words(store) != {}
        assert _search_is_the_scan(store)
        ingest_paths([str(folder)], store, progress=False, chunk_size=20)  # normal writes, stubs become documents
        assert _search_index_says(store) == _documents_say_words(store)
        assert any(DELTA in k for (k,) in store._rows(f"MATCH (x:{WORDS_LABEL}) RETURN x.key")) == deltas
        assert _search_is_the_scan(store)
        for f in files[50:70]:  # edited articles: new texts, other citations, the old ones retracted
            f.write_text(f.read_text(encoding="utf-8").replace("Nghị quyết", "Chỉ thị"), encoding="utf-8")
        ingest_paths([str(f) for f in files[50:70]], store, progress=False)
        assert _search_index_says(store) == _documents_say_words(store)
        before = _citers(_documents_say_words(store))
        assert _search_is_the_scan(store)
        removed = ingest.remove_documents([str(f) for f in files[:30]], store)
        assert removed.written.nodes_deleted
        assert _search_index_says(store) == _documents_say_words(store)
        assert any(n < before[k] for k, n in _citers(_documents_say_words(store)).items())  # fewer citers
        assert _search_is_the_scan(store)
        assert not lists or (True in complete and False in complete)  # some lists read whole, some in part
        store.clear()
        assert _search_index_says(store) == {} and store.search("nghi quyet") == []


def test_a_store_made_before_the_search_index_gets_it_filled_once_when_opened_for_writing(corpus, tmp_path):
    db = tmp_path / "db"
    with EmbeddedStore(str(db)) as store:
        ingest_paths([str(corpus)], store, progress=False)
        expected = _documents_say_words(store)
        queries = _queries(store)
        answers = [store.search(q) for q in queries]
        store._conn.execute(f"DROP TABLE {WORDS_LABEL}")  # as the store was before the search index
        store._conn.execute(f"MATCH (m:{META_LABEL} {{key: '{embedded_store._INDEX_MARKS[WORDS_LABEL]}'}}) DELETE m")
    with EmbeddedStore(str(db), read_only=True) as reader:  # read-only: left as it is, scanned
        assert not reader._search_index and [reader.search(q) for q in queries] == answers
    with EmbeddedStore(str(db)) as store:
        assert _search_index_says(store) == expected
    with EmbeddedStore(str(db), read_only=True) as reader:
        assert reader._search_index and [reader.search(q) for q in queries] == answers


def test_a_store_whose_search_lists_are_in_key_order_gets_them_ranked_when_opened_for_writing(corpus, tmp_path):
    db = tmp_path / "db"
    ranked_mark, old_mark = embedded_store._INDEX_MARKS[WORDS_LABEL], embedded_store._OLD_MARKS[WORDS_LABEL]
    with EmbeddedStore(str(db)) as store:
        ingest_paths([str(corpus)], store, progress=False)
        expected = _documents_say_words(store)
        queries = _queries(store)
        answers = [store.search(q, 3) for q in queries]
        # as citegraph left it before the ranked lists: each list in key order, under the older mark
        rows = store._rows(f"MATCH (x:{WORDS_LABEL}) RETURN x.key, x.word, x.size, x.deltas, x.pending, x.documents, "
                           "x.citers")
        store._conn.execute(f"MATCH (x:{WORDS_LABEL}) DELETE x")
        by_key = [(row, sorted(zip(row[5], row[6], strict=True))) for row in rows]
        store._copy(WORDS_LABEL, WORDS_TABLE, [row[:5] + [[d for d, _ in s], [n for _, n in s]] for row, s in by_key])
        store._conn.execute(f"MATCH (m:{META_LABEL} {{key: '{ranked_mark}'}}) DELETE m")
        store._conn.execute(f"CREATE (:{META_LABEL} {{key: '{old_mark}', version: 1}})")
    with EmbeddedStore(str(db), read_only=True) as reader:  # read-only: left as it is, scanned
        assert not reader._search_index and [reader.search(q, 3) for q in queries] == answers
    with EmbeddedStore(str(db)) as store:
        assert _search_index_says(store) == expected  # every list in rank order again
        marks = {k for (k,) in store._rows(f"MATCH (m:{META_LABEL}) RETURN m.key")}
        assert ranked_mark in marks and old_mark not in marks
    with EmbeddedStore(str(db), read_only=True) as reader:
        assert reader._search_index and [reader.search(q, 3) for q in queries] == answers
    with EmbeddedStore(str(db)) as store:  # an older citegraph refilled its lists (in key order) and marked them
        store._conn.execute(f"CREATE (:{META_LABEL} {{key: '{old_mark}', version: 1}})")
    with EmbeddedStore(str(db), read_only=True) as reader:
        assert not reader._search_index  # its lists are not read: scanned


#: twelve articles found by the same words ("hoi nghi tong ket"), cited in tiers of equal counts, some on the
#: same date, some undated
TIED = [f"article:https://hoinghi.example.vn/{i:02d}" for i in range(12)]


def _tied(i: int) -> DocumentNode:
    return DocumentNode(TIED[i], family="article", kind="article", date=[None, "2023-03-01", "2023-05-01"][i % 3],
                        title=f"Hội nghị tổng kết công tác năm, bài {i}", is_stub=False)


def _citer(j: int, cited: list[int]) -> GraphBatch:
    key = f"article:https://tinvan.example.vn/{j:02d}"
    return GraphBatch(documents=[DocumentNode(key, family="article", kind="article", title=f"Tin vắn {j}",
                                              is_stub=False)],
                      cites=[Cites(key, TIED[i], surface="Hội nghị", snippet="dự Hội nghị") for i in cited],
                      sources=[key])


TIED_QUERIES = ["hoi nghi", "tong ket cong tac", "hoi", "bai 1", "nghi tong", "cong tac nam", "bai 1 hoi nghi"]


def _answers_as_the_scan(store: EmbeddedStore) -> list[list[tuple[str, int]]]:
    out = []
    for text in TIED_QUERIES:
        for limit in range(1, 14):
            found = store.search(text, limit)
            store.read_search_index = False
            assert found == store.search(text, limit), (text, limit)
            store.read_search_index = True
            out.append([(r["key"], r["cited_by"]) for r in found])
    return out


@pytest.mark.parametrize("deltas", [False, True], ids=["rewritten", "deltas"])
def test_a_page_of_search_cuts_ties_in_citers_as_the_scan_does_as_citers_change(tmp_path, monkeypatch, deltas):
    if deltas:
        _keep_deltas(monkeypatch)
    complete = _read_in_part(monkeypatch, "texts")
    with EmbeddedStore(str(tmp_path / "db")) as store:
        store.upsert(GraphBatch(documents=[_tied(i) for i in range(12)], sources=TIED))
        for j in range(2):  # 0-3 cited twice, 4-7 once, 8-11 never
            store.upsert(_citer(j, [0, 1, 2, 3] + ([4, 5, 6, 7] if j == 0 else [])))
        # three candidates (the cap: limit 3): the three most cited, ties by key; then newest first
        assert [r["key"] for r in store.search("hoi nghi", 3)] == [TIED[2], TIED[1], TIED[0]]
        _answers_as_the_scan(store)
        for j in range(4, 7):  # 9 cited three times now: first
            store.upsert(_citer(j, [9]))
        assert [(r["key"], r["cited_by"]) for r in store.search("hoi nghi", 1)] == [(TIED[9], 3)]
        _answers_as_the_scan(store)
        store.retract(["article:https://tinvan.example.vn/00"])  # 0-3 lose a citer, 4-7 their only one
        assert [(r["key"], r["cited_by"]) for r in store.search("bai 1", 2)] == [(TIED[1], 1), (TIED[10], 0)]
        _answers_as_the_scan(store)
        store.upsert(_citer(1, [11]))  # read again: it cites 11 instead of 0-3
        assert store.search("bai 1", 1)[0]["key"] == TIED[11]
        _answers_as_the_scan(store)
    assert False in complete  # the lists were read in part


def test_a_large_ingest_builds_the_search_index_at_its_end_in_groups_and_readers_scan_meanwhile(
        corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "DEFER_SEARCH_DOCS", 40)  # from the third batch of 20 on
    monkeypatch.setattr(EmbeddedStore, "REBUILD_ENTRIES", 300)  # several groups of words
    monkeypatch.setattr(EmbeddedStore, "REBUILD_DOCS", 17)  # the Documents read in several ranges
    db = str(tmp_path / "db")
    EmbeddedStore(db).close()
    reader = EmbeddedStore(db, read_only=True)
    seen: list[tuple[bool, bool]] = []  # after each batch: whether the writer and the reader read the index
    upsert, copy = EmbeddedStore.upsert, EmbeddedStore._copy
    copied: list[int] = []  # the SearchWord rows of each COPY

    def spied_upsert(self, batch):
        out = upsert(self, batch)
        found = reader.search("nghi quyet", 5)
        seen.append((self._search_index, reader._search_index))
        reader.read_search_index = False
        assert found == reader.search("nghi quyet", 5) != []  # the reader answers as the scan, indexed or not
        reader.read_search_index = True
        return out

    def spied_copy(self, table, columns, rows, options=""):
        if table == WORDS_LABEL:
            copied.append(len(rows))
        return copy(self, table, columns, rows, options)

    monkeypatch.setattr(EmbeddedStore, "upsert", spied_upsert)
    monkeypatch.setattr(EmbeddedStore, "_copy", spied_copy)
    try:
        with EmbeddedStore(db) as store:
            summary = ingest_paths([str(corpus)], store, progress=False, chunk_size=20)
            assert summary.files_failed == 0 and len(seen) > 3, {f.error for f in summary.files if f.error}
            # kept in the first two batches' transactions; dropped, for the writer and the reader, after
            assert seen[:2] == [(True, True)] * 2 and set(seen[2:]) == {(False, False)}
            rebuilt = len(copied) - 2
            assert rebuilt > 1  # in several groups, each its own COPY
            assert store._search_index and _search_index_says(store) == _documents_say_words(store) != {}
            assert not any(DELTA in k for (k,) in store._rows(f"MATCH (x:{WORDS_LABEL}) RETURN x.key"))
            assert _search_is_the_scan(store)
            marks = {k for (k,) in store._rows(f"MATCH (m:{META_LABEL}) RETURN m.key")}
            assert embedded_store._INDEX_MARKS[WORDS_LABEL] in marks
            expected = _documents_say_words(store)
        assert reader.search("nghi quyet", 5) and reader._search_index  # marked again: the reader reads it
        with monkeypatch.context() as m:  # a small ingest into a larger store keeps it at each write
            m.setattr(ingest, "DEFER_SEARCH_DOCS", 10)
            seen.clear()
            with EmbeddedStore(db) as store:
                ingest_paths([str(f) for f in _files(corpus)[:30]], store, progress=False, chunk_size=10)
                assert _search_index_says(store) == expected
        assert seen == [] or set(seen) == {(True, True)}
    finally:
        reader.close()


def test_a_first_batch_that_reaches_the_deferral_writes_no_search_index_and_the_store_is_the_same(
        corpus, tmp_path, monkeypatch):
    """Into an empty store, a first batch of DEFER_SEARCH_DOCS documents or more would have its search index
    dropped by the next batch: it writes none, the index is built once at the end, and every table holds what an
    ingest that kept the index at every write holds."""
    monkeypatch.setattr(ingest, "BULK_DOCS", 60)
    monkeypatch.setattr(ingest, "EMBEDDED_DOCS", 40)
    copy = EmbeddedStore._copy
    copied: list[str] = []

    def spied_copy(self, table, columns, rows, options=""):
        copied.append(table)
        return copy(self, table, columns, rows, options)

    monkeypatch.setattr(EmbeddedStore, "_copy", spied_copy)
    monkeypatch.setattr(ingest, "DEFER_SEARCH_DOCS", 1 << 30)  # kept at each write
    kept = _ingest(tmp_path / "kept", [_files(corpus)], True, monkeypatch)
    assert WORDS_LABEL in copied
    monkeypatch.setattr(ingest, "DEFER_SEARCH_DOCS", 60)  # the first batch, 60 documents, reaches it
    upsert = EmbeddedStore.upsert
    first: list[list[str]] = []

    def spied_upsert(self, batch):
        copied.clear()
        out = upsert(self, batch)
        first.append(list(copied)) if not first else None
        return out

    monkeypatch.setattr(EmbeddedStore, "upsert", spied_upsert)
    deferred = _ingest(tmp_path / "deferred", [_files(corpus)], True, monkeypatch)
    assert first and "Document" in first[0] and WORDS_LABEL not in first[0]
    assert deferred == kept
