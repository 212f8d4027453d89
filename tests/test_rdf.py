"""RDF export and import: ELI / ORG / PROV-O content, stable IRIs, and round trips through both stores."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from urllib.parse import unquote

import pytest
import rdflib
from rdflib import RDF, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, PROV
from sample_graph import A1, BCH, D1, L1, PERSON, R1, S1, S2, TU, batch_rows, sample_batch

from graph import rdf
from graph.rdf import CG, ELI


@pytest.fixture(scope="module")
def g() -> Graph:
    return rdf.rows_to_graph(*batch_rows(sample_batch()))


def doc(key: str):
    return rdf.iri("article" if key.startswith("article:") else "document", key)


def test_iris_are_stable_percent_encoded_keys():
    node = rdf.iri("article", A1)
    assert str(node).startswith(rdf.BASE + "article/")
    tail = str(node)[len(rdf.BASE + "article/"):]
    assert all(c.isascii() and c not in "/?#& @" for c in tail)
    assert unquote(tail) == A1
    assert rdf.iri("document", "15/2020/NĐ-CP") == rdf.iri("document", "15/2020/NĐ-CP")


def test_relations_map_to_eli(g):
    assert (doc(A1), ELI.based_on, doc(R1)) in g
    assert (doc(L1), ELI.ensures_implementation_of, doc(R1)) in g
    assert (doc(S2), ELI.amends, doc(S1)) in g
    assert (doc(L1), ELI.cites, doc(D1)) in g  # continues: eli:cites plus the relation on the citation
    citation = g.value(predicate=CG.citingDocument, object=doc(L1), any=True)
    citations = {g.value(c, CG.citedDocument): g.value(c, CG.relation) for c in g.subjects(CG.citingDocument, doc(L1))}
    assert citation is not None and citations == {doc(R1): Literal("implements"), doc(D1): Literal("continues")}


def test_documents_agencies_and_provenance(g):
    assert (doc(R1), RDF.type, ELI.LegalResource) in g
    assert (doc(A1), RDF.type, ELI.LegalResource) not in g  # a news article is a cg:Document only
    assert g.value(doc(R1), ELI.id_local) == Literal("35-NQ/TW")
    assert g.value(doc(R1), ELI.date_document) == Literal("2018-10-22", datatype=rdflib.XSD.date)
    assert (doc(R1), ELI.passed_by, rdf.iri("agency", BCH)) in g
    assert (rdf.iri("agency", TU), RDF.type, ORG.Organization) in g
    assert (rdf.iri("agency", TU), ORG.subOrganizationOf, rdf.iri("agency", BCH)) in g
    assert (rdf.iri("person", PERSON), ORG.memberOf, rdf.iri("agency", TU)) in g
    membership = g.value(predicate=ORG.member, object=rdf.iri("person", PERSON))
    assert g.value(membership, CG.title) == Literal("Bí thư Tỉnh ủy")
    [c] = [c for c in g.subjects(CG.citingDocument, doc(A1)) if g.value(c, CG.citedDocument) == doc(R1)]
    assert (c, RDF.type, PROV.Entity) in g and g.value(c, PROV.wasQuotedFrom) == doc(A1)
    assert g.value(c, PROV.value) == Literal("Căn cứ Nghị quyết số 35-NQ/TW,\nngày 22/10/2018.")
    assert (g.value(c, CG.start), g.value(c, CG.end), g.value(c, CG["count"])) == (Literal(10), Literal(30), Literal(2))


@pytest.mark.parametrize("fmt,ext", [("ttl", ".ttl"), ("jsonld", ".jsonld"), ("nt", ".nt")])
def test_graph_reads_back_into_the_same_batch(g, tmp_path, fmt, ext):
    path = tmp_path / ("x" + ext)
    path.write_text(g.serialize(format={"ttl": "turtle", "jsonld": "json-ld", "nt": "nt"}[fmt]), encoding="utf-8")
    batch = rdf.from_graph(rdf.parse(path))
    want = sample_batch()
    assert sorted(batch.documents, key=lambda d: d.key) == sorted(want.documents, key=lambda d: d.key)
    assert sorted(batch.cites, key=lambda c: (c.src, c.dst)) == sorted(want.cites, key=lambda c: (c.src, c.dst))
    assert batch.links == sorted(want.links, key=lambda x: (x.type, x.src, x.dst))
    assert (batch.agencies, batch.persons, batch.events) == (want.agencies, want.persons, want.events)
    assert isomorphic(rdf.rows_to_graph(*batch_rows(batch)), g)


def test_plain_eli_citations_are_read():
    g = Graph()
    a, b = rdf.iri("document", "1/2020/QĐ-UBND"), rdf.iri("document", "2/2019/NĐ-CP")
    for node in (a, b):
        g.add((node, RDF.type, ELI.LegalResource))
    g.add((a, ELI.based_on, b))
    batch = rdf.from_graph(g)
    assert {d.key for d in batch.documents} == {"1/2020/QĐ-UBND", "2/2019/NĐ-CP"}
    assert [(c.src, c.dst, c.relation) for c in batch.cites] == [("1/2020/QĐ-UBND", "2/2019/NĐ-CP", "basis")]


def test_unknown_extension_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown RDF format"):
        rdf.parse(tmp_path / "x.csv")


def test_n_triples_stream_in_chunks(store):
    store.upsert(sample_batch())
    out = io.StringIO()
    rdf.write(store, "nt", out, chunk=10)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(set(lines)) == len(rdf.to_graph(store))
    assert isomorphic(Graph().parse(data=out.getvalue(), format="nt"), rdf.to_graph(store))


def test_cli_import(store, tmp_path):
    """`citegraph import FILE.ttl` into a new embedded store gives back the graph."""
    store.upsert(sample_batch())
    path = tmp_path / "g.ttl"
    path.write_text(rdf.serialize(store, "ttl"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    db = str(tmp_path / "imported")
    done = subprocess.run([sys.executable, "-m", "graph.cli", "import", str(path), "--db", db],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert "12 documents" in done.stderr
    from graph.embedded_store import EmbeddedStore

    with EmbeddedStore(db) as imported:
        assert isomorphic(rdf.to_graph(imported), rdf.parse(path))


@pytest.mark.parametrize("fmt,ext", [("ttl", ".ttl"), ("jsonld", ".jsonld"), ("nt", ".nt")])
def test_round_trip_through_the_store(store, tmp_path, fmt, ext):
    """Export, import into an empty store of the same kind (a new embedded store; the Neo4j database
    cleared), export again: the same RDF graph."""
    store.upsert(sample_batch())
    first = tmp_path / ("first" + ext)
    first.write_text(rdf.serialize(store, fmt), encoding="utf-8")
    if store.kind == "embedded":
        from graph.embedded_store import EmbeddedStore

        target = EmbeddedStore(str(tmp_path / "second"))
    else:
        store.clear()
        target = store
    try:
        assert not target.nodes("Document")
        message = rdf.import_rdf(first, target)
        assert "12 documents" in message and "14 citations" in message
        again = Graph().parse(data=rdf.serialize(target, fmt), format=rdf.FORMATS[ext])
    finally:
        if target is not store:
            target.close()
    assert isomorphic(rdf.parse(first), again)
    assert isomorphic(again, rdf.rows_to_graph(*batch_rows(sample_batch())))
