"""The seed article (examples/) yields exactly its gold references (tests/data/seed.json), with their dates and
relations."""

from __future__ import annotations

from conftest import seed_gold

from loaders.references import find_references


def _load(seed_path):
    return seed_path.read_text(encoding="utf-8"), seed_gold()


def test_seed_yields_exactly_its_gold_references(seed_path):
    text, gold = _load(seed_path)
    refs = find_references(text).references
    assert len(refs) == len(gold["references"]) == 6
    for r, g in zip(refs, gold["references"], strict=True):
        assert (r.start, r.end, r.surface) == (g["start"], g["end"], g["surface"])
        assert r.symbol == g["symbol"]
        assert r.date == g["date"]
        assert r.relation == g["relation"]
        assert (r.family, r.doc_type, r.number) == (g["family"], g["doc_type"], g["number"])


def test_seed_issuers_terms_and_locality(seed_path):
    text, gold = _load(seed_path)
    refs = find_references(text).references
    for r, g in zip(refs, gold["references"], strict=True):
        if g["issuer"]:
            assert r.issuer == g["issuer"]
        if g["term"]:
            assert r.term == g["term"]
        assert r.scope_locality == g["scope_locality"]


def test_seed_relation_between_documents(seed_path):
    text, gold = _load(seed_path)
    found = find_references(text)
    expected = [(d["from"], d["relation"], d["to"]) for d in gold["relations_between_documents"]]
    assert [(d.source_symbol, d.relation, d.target_symbol) for d in found.relations] == expected
    assert found.other_references == [] and found.self_symbol is None
