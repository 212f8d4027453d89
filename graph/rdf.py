"""RDF interop: the graph as ELI / W3C ORG / PROV-O triples, and back.

- Documents are ``cg:Document`` (and ``eli:LegalResource`` unless they are news articles); their
  citations are direct ELI triples (basis → ``eli:based_on``, amends → ``eli:amends``, repeals →
  ``eli:repeals``, corrects → ``eli:corrects``, implements → ``eli:ensures_implementation_of``, any other
  relation → ``eli:cites``) plus one qualified ``cg:Citation`` node per edge carrying the relation and its
  PROV-O provenance: the source document (``prov:wasQuotedFrom``), the sentence (``prov:value``), offsets.
- Agencies are ``org:Organization``; persons ``foaf:Person`` (``org:memberOf`` their agency, with an
  ``org:Membership`` node for the role title); events ``prov:Activity``.
- IRIs are ``BASE + kind + "/" + percent-encoded key``: stable, and every key round-trips.

Every property the stores keep is written, so ``import_rdf`` rebuilds the same graph and
export → import → export gives an isomorphic RDF graph.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, PROV, SKOS
from rdflib.term import Node

from graph.model import AgencyNode, Cites, DocumentNode, EventNode, GraphBatch, Link, PersonNode
from graph.store import Store

BASE = "https://citegraph.example/id/"
ELI = Namespace("http://data.europa.eu/eli/ontology#")
CG = Namespace("https://citegraph.example/ontology#")

#: citation relation → ELI property; every other relation is ``eli:cites``
RELATION_PREDICATES = {
    "basis": ELI.based_on,
    "amends": ELI.amends,
    "repeals": ELI.repeals,
    "corrects": ELI.corrects,
    "implements": ELI.ensures_implementation_of,
}
#: Link type → predicate (Link types not listed use ``cg:<TYPE>``)
LINK_PREDICATES = {
    "ISSUED_BY": ELI.passed_by,
    "MENTIONS": CG.mentions,
    "REPORTS": CG.reports,
    "ORGANIZED_BY": CG.organizedBy,
    "CHAIRED_BY": CG.chairedBy,
    "HOLDS_ROLE": ORG.memberOf,
    "PART_OF": ORG.subOrganizationOf,
}
_PREDICATE_LINKS = {p: t for t, p in LINK_PREDICATES.items()}

#: properties with a standard predicate; the rest are ``cg:<name>``
_DOC_PREDICATES = {"symbol": ELI.id_local, "title": ELI.title}
_NAME_PREDICATES = {"Agency": SKOS.prefLabel, "Person": FOAF.name, "Event": RDFS.label}
_CLASSES = {"Document": CG.Document, "Agency": ORG.Organization, "Person": FOAF.Person, "Event": CG.Event}
_EXTRA_CLASSES = {"Agency": [], "Person": [PROV.Agent], "Event": [PROV.Activity]}
_NODE_TYPES = {"Document": DocumentNode, "Agency": AgencyNode, "Person": PersonNode, "Event": EventNode}
_CITES_PROPS = ("surface", "start", "end", "count")
FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".jsonld": "json-ld", ".json": "json-ld", ".nt": "nt",
           ".rdf": "xml", ".xml": "xml"}


def iri(kind: str, key: str) -> URIRef:
    """Stable IRI of a node or qualified edge: every character outside [A-Za-z0-9-._~] percent-encoded."""
    return URIRef(BASE + kind + "/" + quote(key, safe=""))


def _pair(src: str, dst: str) -> str:
    return quote(src, safe="") + "/" + quote(dst, safe="")


def _is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _literal(value: Any) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    return Literal(str(value))


def _props(label: str, row: dict[str, Any]) -> dict[str, Any]:
    """The model's properties of a node row (stores may add columns of their own)."""
    return {f.name: row.get(f.name) for f in fields(_NODE_TYPES[label])}


def _doc_kind(props: dict[str, Any]) -> str:
    return "article" if props.get("family") == "article" or str(props["key"]).startswith("article:") else "document"


def _node_iris(nodes: dict[str, list[dict[str, Any]]]) -> tuple[dict[str, list[dict[str, Any]]], dict[str, URIRef]]:
    rows = {label: [_props(label, r) for r in nodes.get(label, [])] for label in _NODE_TYPES}
    iris: dict[str, URIRef] = {}
    for label, items in rows.items():
        for p in items:
            kind = _doc_kind(p) if label == "Document" else label.lower()
            iris[p["key"]] = iri(kind, p["key"])
    return rows, iris


Triple = tuple[URIRef, URIRef, Node]
PREFIXES = {"eli": ELI, "cg": CG, "org": ORG, "prov": PROV, "foaf": FOAF, "skos": SKOS, "rdf": RDF, "rdfs": RDFS,
            "xsd": XSD}


def _node_triples(label: str, node: URIRef, props: dict[str, Any]) -> Iterator[Triple]:
    yield node, RDF.type, _CLASSES[label]
    for cls in _EXTRA_CLASSES.get(label, []):
        yield node, RDF.type, cls
    if label == "Document" and _doc_kind(props) != "article":
        yield node, RDF.type, ELI.LegalResource
    for name, value in props.items():
        if value is None:
            continue
        if isinstance(value, list):  # a document's paths: one triple each
            for item in value:
                yield node, CG[name], Literal(str(item))
        elif name == "date" and _is_date(str(value)):
            yield node, ELI.date_document if label == "Document" else CG.date, Literal(str(value), datatype=XSD.date)
        elif name == "name":
            yield node, _NAME_PREDICATES[label], Literal(str(value))
        elif label == "Document" and name in _DOC_PREDICATES:
            yield node, _DOC_PREDICATES[name], Literal(str(value))
        else:
            yield node, CG[name], _literal(value)


def _citation_triples(e: dict[str, Any], src: URIRef, dst: URIRef) -> Iterator[Triple]:
    relation = e.get("relation") or "mentions"
    yield src, RELATION_PREDICATES.get(relation, ELI.cites), dst
    c = URIRef(BASE + "citation/" + _pair(e["src"], e["dst"]))
    yield c, RDF.type, CG.Citation
    yield c, RDF.type, PROV.Entity
    yield c, CG.citingDocument, src
    yield c, CG.citedDocument, dst
    yield c, CG.relation, Literal(relation)
    yield c, PROV.wasQuotedFrom, src  # the sentence's provenance: the citing document
    if e.get("snippet") is not None:
        yield c, PROV.value, Literal(e["snippet"])
    for name in _CITES_PROPS:
        if e.get(name) is not None:
            yield c, CG[name], _literal(e[name])


def _link_triples(rel_type: str, row: dict[str, Any], src: URIRef, dst: URIRef) -> Iterator[Triple]:
    yield src, LINK_PREDICATES.get(rel_type, CG[rel_type]), dst
    props = {k: v for k, v in row.items() if k not in ("src", "dst") and v is not None}
    if not props:
        return
    # a link with properties gets a qualified node: an org:Membership for HOLDS_ROLE
    q = URIRef(BASE + rel_type.lower() + "/" + _pair(row["src"], row["dst"]))
    membership = rel_type == "HOLDS_ROLE"
    yield q, RDF.type, ORG.Membership if membership else CG.QualifiedLink
    yield q, CG.linkType, Literal(rel_type)
    yield q, ORG.member if membership else CG.linkSource, src
    yield q, ORG.organization if membership else CG.linkTarget, dst
    for k, v in props.items():
        yield q, CG[k], _literal(v)


def triples(nodes: dict[str, list[dict[str, Any]]], edges: dict[str, list[dict[str, Any]]]) -> Iterator[Triple]:
    """The triples of node rows by label and relationship rows (src, dst, properties) by type."""
    rows, iris = _node_iris(nodes)
    for label, items in rows.items():
        for props in items:
            yield from _node_triples(label, iris[props["key"]], props)

    def node(key: str) -> URIRef:  # an edge end the store has no node row for (should not happen)
        return iris.get(key) or iri("node", key)

    for rel_type, rows_of_type in edges.items():
        for e in rows_of_type:
            if rel_type == "CITES":
                yield from _citation_triples(e, node(e["src"]), node(e["dst"]))
            else:
                yield from _link_triples(rel_type, e, node(e["src"]), node(e["dst"]))


def _store_rows(store: Store) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    return ({label: store.nodes(label) for label in _NODE_TYPES},
            {rel_type: store.edges(rel_type) for rel_type in ("CITES", *LINK_PREDICATES)})


def rows_to_graph(nodes: dict[str, list[dict[str, Any]]], edges: dict[str, list[dict[str, Any]]]) -> Graph:
    """An rdflib Graph of `triples`, with the prefixes bound."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("id", Namespace(BASE))
    for t in triples(nodes, edges):
        g.add(t)
    return g


def to_graph(store: Store) -> Graph:
    """The whole store as an rdflib Graph."""
    return rows_to_graph(*_store_rows(store))


def write(store: Store, fmt: str, out: TextIO, chunk: int = 50_000) -> None:
    """Write the store as ttl, jsonld or nt. N-Triples stream in chunks (one line a triple), so a large
    graph never sits in memory as a whole rdflib Graph; Turtle and JSON-LD need the whole graph."""
    if fmt == "nt":
        buffer = Graph()
        for t in triples(*_store_rows(store)):
            buffer.add(t)
            if len(buffer) >= chunk:
                out.write(buffer.serialize(format="nt"))
                buffer = Graph()
        out.write(buffer.serialize(format="nt"))
        return
    g = to_graph(store)
    if fmt == "jsonld":
        context = {p: str(ns) for p, ns in PREFIXES.items()}
        out.write(g.serialize(format="json-ld", context=context, indent=1))
    elif fmt == "ttl":
        out.write(g.serialize(format="turtle"))
    else:
        raise ValueError(f"unknown RDF format {fmt!r}: ttl, jsonld or nt")


def serialize(store: Store, fmt: str) -> str:
    """The store as text: fmt is ttl, jsonld or nt."""
    out = io.StringIO()
    write(store, fmt, out)
    return out.getvalue()


# --- import -----------------------------------------------------------------------------------------

def _python(value: Node) -> Any:
    if isinstance(value, Literal):
        if value.datatype in (XSD.integer, XSD.int, XSD.long):
            return int(value)
        if value.datatype == XSD.boolean:
            return str(value).strip().lower() in ("true", "1")
        return str(value)
    return str(value)


def _key(g: Graph, node: Node) -> str:
    key = g.value(node, CG.key)
    if key is not None:
        return str(key)
    text = str(node)
    return unquote(text.rsplit("/", 1)[1]) if text.startswith(BASE) else text


def _read_node(g: Graph, label: str, node: Node) -> Any:
    cls = _NODE_TYPES[label]
    names = {f.name for f in fields(cls)}
    lists = {f.name for f in fields(cls) if str(f.type).startswith("list")}
    values: dict[str, Any] = {"key": _key(g, node)}
    for pred, obj in g.predicate_objects(node):
        if pred == _NAME_PREDICATES.get(label):
            values["name"] = str(obj)
        elif label == "Document" and pred in (ELI.id_local, ELI.title):
            values["symbol" if pred == ELI.id_local else "title"] = str(obj)
        elif pred in (ELI.date_document, CG.date):
            values["date"] = str(obj)
        elif str(pred).startswith(str(CG)) and (name := str(pred)[len(str(CG)):]) in lists:
            values[name] = sorted([*values.get(name, []), str(obj)])
        elif str(pred).startswith(str(CG)) and str(pred)[len(str(CG)):] in names:
            values[str(pred)[len(str(CG)):]] = _python(obj)
    if label != "Document":
        values.setdefault("name", values["key"])
    return cls(**values)


def from_graph(g: Graph) -> GraphBatch:
    """Nodes and edges of an RDF graph written by `to_graph` (plain ELI citations are read too)."""
    batch = GraphBatch()
    keys: dict[Node, str] = {}
    lists = {"Document": batch.documents, "Agency": batch.agencies, "Person": batch.persons, "Event": batch.events}
    for label, items in lists.items():
        subjects = set(g.subjects(RDF.type, _CLASSES[label]))
        if label == "Document":
            subjects |= set(g.subjects(RDF.type, ELI.LegalResource))
        for s in sorted(subjects, key=str):
            node = _read_node(g, label, s)
            keys[s] = node.key
            items.append(node)

    qualified: set[tuple[str, str]] = set()
    for c in sorted(g.subjects(RDF.type, CG.Citation), key=str):
        src, dst = g.value(c, CG.citingDocument), g.value(c, CG.citedDocument)
        if src not in keys or dst not in keys:
            continue
        props = {name: _python(g.value(c, CG[name])) for name in _CITES_PROPS if g.value(c, CG[name]) is not None}
        snippet = g.value(c, PROV.value)
        batch.cites.append(Cites(src=keys[src], dst=keys[dst], relation=str(g.value(c, CG.relation) or "mentions"),
                                 snippet="" if snippet is None else str(snippet), **props))
        qualified.add((keys[src], keys[dst]))
    relations = {p: r for r, p in RELATION_PREDICATES.items()} | {ELI.cites: "mentions"}
    for pred, relation in relations.items():
        for s, o in g.subject_objects(pred):
            if s in keys and o in keys and (keys[s], keys[o]) not in qualified:
                batch.cites.append(Cites(src=keys[s], dst=keys[o], relation=relation))
                qualified.add((keys[s], keys[o]))

    link_props: dict[tuple[str, str, str], dict[str, Any]] = {}
    for q in set(g.subjects(CG.linkType, None)):
        rel_type = str(g.value(q, CG.linkType))
        src = g.value(q, ORG.member) or g.value(q, CG.linkSource)
        dst = g.value(q, ORG.organization) or g.value(q, CG.linkTarget)
        skip = {CG.linkType, CG.linkSource, CG.linkTarget, RDF.type}
        props = {str(p)[len(str(CG)):]: _python(o) for p, o in g.predicate_objects(q)
                 if p not in skip and str(p).startswith(str(CG))}
        if src in keys and dst in keys:
            link_props[(rel_type, keys[src], keys[dst])] = props
    for s, p, o in g:
        rel_type = _PREDICATE_LINKS.get(p) or (str(p)[len(str(CG)):] if str(p).startswith(str(CG)) else None)
        if rel_type and rel_type.isupper() and s in keys and o in keys:
            props = link_props.get((rel_type, keys[s], keys[o]), {})
            batch.links.append(Link(type=rel_type, src=keys[s], dst=keys[o], props=props))
    batch.links.sort(key=lambda link: (link.type, link.src, link.dst))
    return batch


def parse(path: str | Path) -> Graph:
    """An RDF file, its format told by its extension."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"unknown RDF format {suffix!r}: use one of {', '.join(FORMATS)}")
    return Graph().parse(str(path), format=FORMATS[suffix])


def import_rdf(path: str | Path, store: Store) -> str:
    """Read an RDF export (format by extension) into the store; returns a line for people."""
    batch = from_graph(parse(path))
    store.upsert(batch)
    return (f"imported {len(batch.documents)} documents, {len(batch.agencies)} agencies, "
            f"{len(batch.persons)} persons, {len(batch.events)} events, {len(batch.cites)} citations, "
            f"{len(batch.links)} other relationships from {path} into {store.describe()}")
