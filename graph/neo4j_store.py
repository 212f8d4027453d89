"""The Neo4j store: the official `neo4j` driver over Bolt, for a shared server and for researchers.

All of Neo4j's Cypher lives in this module. What shapes it (verified on Neo4j Community 5.26 with driver 6.x):

- Schema on open: a uniqueness constraint on `key` for every label, a range index on Document.symbol, a
  text index on the folded `search` property (it serves CONTAINS on the longest search token) and a
  full-text index `document_search` (analyzer 'standard-folding') over the same property.
- `search` is computed in Python (`graph.model.search_text`, so both stores match the same text)
  and matched with CONTAINS: the 'standard-folding' analyzer drops English stop words, and unaccented
  Vietnamese syllables such as "to", "an", "no" are among them, and it splits `35-NQ/TW` into words.
  The full-text index only serves a typo-tolerant fallback when CONTAINS finds nothing, and researchers
  (`CALL db.index.fulltext.queryNodes('document_search', 'chuyen doi so')`).
- One upsert is one write transaction (statements of UNWIND over a few thousand rows); merging follows the
  embedded store: a stub never overwrites a non-stub, a non-stub's values overwrite and its nulls keep.
  Of a source document's outgoing edges only those the batch does not send again are deleted (deleting
  edges of a dense node such as a much-cited resolution costs ~0.1 ms each); the rest are merged in place.
- Install `neo4j-rust-ext` beside the driver: packing parameters in pure Python is most of an upsert's time.
- Console queries run in READ transactions (access mode READ): the server itself refuses writes.
- Neo4j stores no nulls: a missing property reads back as None.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point

from graph.model import (
    NODE_LABELS,
    REL_TYPES,
    AgencyNode,
    Cites,
    DocumentNode,
    EventNode,
    GraphBatch,
    PersonNode,
    merge_node,
    search_text,
)
from graph.store import QueryRefused, Store, StoreError, WriteSummary, pick_agencies
from loaders.text import fold

log = logging.getLogger(__name__)

QUERY_TIMEOUT = 60.0
CHUNK = 2_000
SEARCH = "search"
FULLTEXT_INDEX = "document_search"

_NODE_CLASSES = {"Document": DocumentNode, "Agency": AgencyNode, "Person": PersonNode, "Event": EventNode}
#: label → the model's property names, key first
NODE_PROPS: dict[str, list[str]] = {
    label: [f.name for f in dataclasses.fields(cls)] for label, cls in _NODE_CLASSES.items()
}
#: type → ([(FROM label, TO label)], property names)
REL_SCHEMA: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "CITES": ([("Document", "Document")], [f.name for f in dataclasses.fields(Cites) if f.name not in ("src", "dst")]),
    "ISSUED_BY": ([("Document", "Agency")], []),
    "MENTIONS": ([("Document", "Agency"), ("Document", "Person")], []),
    "REPORTS": ([("Document", "Event")], []),
    "ORGANIZED_BY": ([("Event", "Agency")], []),
    "CHAIRED_BY": ([("Event", "Person")], []),
    "HOLDS_ROLE": ([("Person", "Agency")], ["title"]),
    "PART_OF": ([("Agency", "Agency")], []),
}
#: the outgoing edges of a changed source document that an upsert replaces
REPLACED_TYPES = ("CITES", "MENTIONS", "REPORTS", "ISSUED_BY")
LINK_COLS = ["key", "symbol", "title", "date", "locality", "source", "relation", "surface", "snippet", "start",
             "end", "count"]
SEARCH_COLS = ["key", "symbol", "kind", "date", "title", "is_stub", "cited_by"]
DENSE_CITERS = 20_000  # above this many citers, cited-by may read the newest documents first (a window)

# --- Cypher ---------------------------------------------------------------------------------------
# Labels and types come only from the model's constants above; every value is a parameter.

SCHEMA = [
    *(f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE"
      for label in NODE_LABELS),
    "CREATE INDEX document_symbol IF NOT EXISTS FOR (n:Document) ON (n.symbol)",
    # newest documents first, from the index: cited-by on densely cited documents (Neo4jStore.cited_by)
    "CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date)",
    # serves `search CONTAINS $first` (trigrams): a symbol is found without scanning every document
    f"CREATE TEXT INDEX document_search_text IF NOT EXISTS FOR (n:Document) ON (n.{SEARCH})",
    f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Document) ON EACH [n.{SEARCH}] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
]
Q_LOOKUP = "UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n"
Q_WRITE_NODES = "UNWIND $rows AS r MERGE (n:{label} {{key: r.key}}) SET n = r"
_REPLACED = "|".join(REPLACED_TYPES)
Q_OUTGOING = (f"UNWIND $keys AS k MATCH (:Document {{key: k}})-[r:{_REPLACED}]->(b) "
              "RETURN k AS src, type(r) AS type, b.key AS dst")
# expands from the source (few outgoing edges), never from the dense cited side
Q_DELETE_EDGES = (f"UNWIND $rows AS x MATCH (:Document {{key: x.src}})-[r:{_REPLACED}]->(b) "
                  "WHERE type(r) = x.type AND b.key = x.dst DELETE r")
Q_WRITE_EDGES = ("UNWIND $rows AS r MATCH (a:{src} {{key: r.src}}) MATCH (b:{dst} {{key: r.dst}}) "
                 "MERGE (a)-[x:{rel}]->(b) SET x = r.props RETURN count(x) AS n")
Q_COUNT_NODES = "MATCH (n:{label}) RETURN count(n) AS n"
Q_COUNT_RELS = "MATCH ()-[r:{rel}]->() RETURN count(r) AS n"
# relationships first, in small transactions: DETACH DELETE of a node cited 500 000 times in one inner
# transaction exceeds the server's transaction memory
Q_CLEAR = ("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
           "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS")
# one CITES edge per (src, dst): the in-degree is the number of citing documents (a degree lookup)
Q_SEARCH = (f"MATCH (d:Document) WHERE d.{SEARCH} CONTAINS $first AND all(t IN $tokens WHERE d.{SEARCH} CONTAINS t) "
            "WITH d, COUNT { ()-[:CITES]->(d) } AS cited_by, "
            f"(d.symbol IS NOT NULL AND (d.{SEARCH} = $q OR d.{SEARCH} STARTS WITH $qs)) AS exact "
            "RETURN d.key AS key, d.symbol AS symbol, d.kind AS kind, d.date AS date, d.title AS title, "
            f"d.is_stub AS is_stub, cited_by, exact, d.{SEARCH} AS text "
            "ORDER BY exact DESC, cited_by DESC, d.key LIMIT $cap")
Q_FULLTEXT = ("CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $cap}) YIELD node AS d, score "
              "WITH d, score, COUNT { ()-[:CITES]->(d) } AS cited_by "
              "RETURN d.key AS key, d.symbol AS symbol, d.kind AS kind, d.date AS date, d.title AS title, "
              "d.is_stub AS is_stub, cited_by ORDER BY score DESC, cited_by DESC, d.key")
Q_GET_DOCUMENT = "MATCH (d:Document {key: $k}) RETURN d"
_LINK_RETURN = ", ".join([f"o.`{c}` AS `{c}`" for c in LINK_COLS[:6]] + [f"r.`{c}` AS `{c}`" for c in LINK_COLS[6:]])
_NEWEST_FIRST = "ORDER BY o.date IS NULL, o.date DESC, o.key LIMIT $limit"
Q_CITED_BY = f"MATCH (o:Document)-[r:CITES]->(:Document {{key: $k}}) RETURN {_LINK_RETURN} {_NEWEST_FIRST}"
# the same, answered only when the document has at most $dense citers (its degree is a lookup); else no rows
Q_CITED_BY_SPARSE = (f"MATCH (d:Document {{key: $k}}) WHERE COUNT {{ (d)<-[:CITES]-() }} <= $dense "
                     f"MATCH (o:Document)-[r:CITES]->(d) RETURN {_LINK_RETURN} {_NEWEST_FIRST}")
Q_CITERS_AND_TOTAL = ("MATCH (x:Document) WITH count(x) AS total MATCH (d:Document {key: $k}) "
                      "RETURN COUNT { (d)<-[:CITES]-() } AS citers, total")
# the citers among the $window newest documents (read from the date index, newest first), newest first:
# the first page of a densely cited document without sorting every citer (both ends bound, so each
# newest document's few outgoing edges are checked: Expand(Into) from the low-degree side)
Q_CITED_BY_WINDOW = ("MATCH (d:Document {key: $k}) "
                     "CALL () { MATCH (x:Document) WHERE x.date IS NOT NULL "
                     "RETURN x.date AS since ORDER BY x.date DESC SKIP $window LIMIT 1 } "
                     "MATCH (o:Document) USING INDEX o:Document(date) WHERE o.date >= since "
                     f"MATCH (o)-[r:CITES]->(d) RETURN {_LINK_RETURN} {_NEWEST_FIRST}")
Q_CITES = (f"MATCH (:Document {{key: $k}})-[r:CITES]->(o:Document) RETURN {_LINK_RETURN} "
           "ORDER BY r.start, o.key LIMIT $limit")
Q_SYMBOLS = ("UNWIND $symbols AS s MATCH (d:Document {symbol: s}) "
             "RETURN DISTINCT d.key AS key, d.symbol AS symbol, d.date AS date, d.year AS year, d.scope AS scope, "
             "d.locality AS locality, d.is_stub AS is_stub ORDER BY symbol, key")
# issuer (rank 0), else the organisers of the reported events (rank 1)
Q_AGENCIES = ("UNWIND $keys AS k MATCH (:Document {key: k})-[:ISSUED_BY]->(a:Agency) "
              "RETURN k AS key, a.name AS name, 0 AS rank "
              "UNION ALL UNWIND $keys AS k MATCH (:Document {key: k})-[:REPORTS]->(:Event)-[:ORGANIZED_BY]->(a:Agency) "
              "RETURN k AS key, a.name AS name, 1 AS rank")
Q_NODES = "MATCH (n:{label}) RETURN n ORDER BY n.key"
Q_EDGES = "MATCH (a:{src})-[r:{rel}]->(b:{dst}) RETURN a.key AS src, b.key AS dst, properties(r) AS props"

_ERRORS = (Neo4jError, DriverError)
_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


# --- helpers --------------------------------------------------------------------------------------

def _split_credentials(uri: str) -> tuple[str, str | None, str | None]:
    """A URI without user:password@, and the user and password it carried."""
    parts = urlsplit(uri)
    if not parts.username and not parts.password:
        return uri, None, None
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment)), parts.username, parts.password


def _props(label: str, stored: dict[str, Any]) -> dict[str, Any]:
    """A stored node as exactly the model's fields (None where Neo4j has no property)."""
    return {name: stored.get(name) for name in NODE_PROPS[label]}



def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def plain(value: Any) -> Any:
    """Driver values as plain Python: nodes → properties with `_labels` (and `_label`, the first, as the
    embedded store gives), relationships → properties with `_type`, paths → {"nodes", "rels"},
    temporal values → ISO strings."""
    if isinstance(value, Node):
        labels = sorted(value.labels)
        out: dict[str, Any] = {"_labels": labels, "_label": labels[0] if labels else None}
        out.update({k: plain(v) for k, v in value.items()})
        return out
    if isinstance(value, Relationship):
        return {"_type": value.type, "_label": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "rels": [plain(r) for r in value.relationships]}
    if hasattr(value, "iso_format"):  # dates, times, durations (a Duration is a tuple too)
        return value.iso_format()
    if isinstance(value, Point):
        return dict(zip(("x", "y", "z"), value, strict=False)) | {"srid": value.srid}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


_CODE_ONLY = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n\r\u2028\u2029\x85]*|/\*.*?\*/", re.S)
_LOAD_CSV = re.compile(r"(?<![\w.$])LOAD\s+CSV(?!\w)", re.I)
_PROCEDURE = re.compile(r"(?<![\w.$])CALL\s+([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)", re.I)
#: the procedures the console may CALL: they read the schema or search the graph, and change nothing
READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.index.fulltext.querynodes",
    "db.index.fulltext.queryrelationships", "db.index.vector.querynodes", "db.index.vector.queryrelationships",
})
#: administration commands (users, roles, privileges, databases, aliases, servers, transactions)
_ADMIN = re.compile(
    r"(?<![\w.$])(TERMINATE|GRANT|DENY|REVOKE|ALTER|START\s+DATABASE|STOP\s+DATABASE|ENABLE\s+SERVER|"
    r"DEALLOCATE|REALLOCATE|DRYRUN|(?:CREATE|DROP|RENAME)(?:\s+OR\s+REPLACE)?\s+(?:COMPOSITE\s+)?"
    r"(?:USER|ROLE|DATABASE|ALIAS|SERVER))(?!\w)", re.I)
_SHOW = re.compile(r"(?<![\w.$])SHOW(?!\w)", re.I)
#: what SHOW may list: the schema and the callable functions and procedures (not users, roles, privileges,
#: databases, aliases, servers, settings or other people's transactions)
_SHOW_SCHEMA = re.compile(
    r"\s+(?:(?:ALL|BUILT\s+IN|USER\s+DEFINED|RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE|UNIQUE|UNIQUENESS|NODE|"
    r"RELATIONSHIP|REL|EXIST|EXISTENCE|EXISTS|KEY|PROPERTY|TYPE)\s+)*(?:INDEX|INDEXES|CONSTRAINTS?|FUNCTIONS?|"
    r"PROCEDURES?)(?!\w)", re.I)


def refuse_outside_graph(cypher: str) -> None:
    """Raise QueryRefused for what a READ transaction still allows but the console must not do: LOAD CSV
    (the server would fetch any URL or file), administration commands (SHOW USERS, SHOW DATABASES, CREATE
    USER, TERMINATE TRANSACTIONS …) and any procedure other than READ_PROCEDURES (CALL dbms.*, apoc.*,
    db.clearQueryCaches() …)."""
    code = _CODE_ONLY.sub(" ", cypher).replace("`", "")
    if _LOAD_CSV.search(code):
        raise QueryRefused("read-only: LOAD CSV is not allowed in a query; the console reads the graph only")
    if m := _ADMIN.search(code):
        raise QueryRefused(f"read-only: {' '.join(m.group(1).upper().split())} is an administration command; the "
                           "console reads the graph only")
    for m in _SHOW.finditer(code):
        if not _SHOW_SCHEMA.match(code, m.end()):
            what = " ".join(code[m.start():].split()[:2]).upper()
            raise QueryRefused(f"read-only: {what} is an administration command; the console reads the graph "
                               "only (SHOW INDEXES, CONSTRAINTS, FUNCTIONS and PROCEDURES are allowed)")
    for m in _PROCEDURE.finditer(code):
        name = "".join(m.group(1).split())
        if name.lower() not in READ_PROCEDURES:
            raise QueryRefused(f"read-only: CALL {name} is not allowed in the console, which reads the graph "
                               f"only (it may CALL {', '.join(sorted(READ_PROCEDURES))})")


def _is_write_refusal(e: Neo4jError) -> bool:
    code = e.code or ""
    return code.endswith("AccessMode") or code.endswith("ForbiddenDueToTransactionType") or (
        "in read access mode" in (e.message or "").lower())


# --- the store ------------------------------------------------------------------------------------

class Neo4jStore(Store):
    """A Neo4j 5 server reached over Bolt (`bolt://host:port`; `neo4j://` for a cluster)."""

    kind = "neo4j"

    def __init__(self, uri: str, user: str | None = None, password: str | None = None,
                 database: str | None = None, query_timeout: float = QUERY_TIMEOUT) -> None:
        self.uri, uri_user, uri_password = _split_credentials(uri)
        user = user or uri_user
        password = password if password is not None else uri_password
        self.user = user
        self.database = database
        self.query_timeout = query_timeout
        self.dense_citers = DENSE_CITERS
        auth = (user, password or "") if user else None
        if urlsplit(self.uri).scheme not in _SCHEMES:
            raise StoreError(f"not a Neo4j URI: {self.uri}; use bolt://host:port (or neo4j://, bolt+s://, neo4j+s://)")
        try:
            # notifications (e.g. "relationship type does not exist yet") only cost time and log noise
            self._driver = GraphDatabase.driver(self.uri, auth=auth, notifications_min_severity="OFF")
        except (ValueError, DriverError) as e:
            raise StoreError(f"not a Neo4j URI: {self.uri} ({e}); use bolt://host:port") from None
        try:
            try:
                self._driver.verify_connectivity()
            except _ERRORS as e:
                raise self._error(e) from None
            for statement in SCHEMA:
                self._run(statement)
        except BaseException:
            self._driver.close()
            raise

    # -- plumbing ------------------------------------------------------------------------------

    def _error(self, e: Exception) -> StoreError:
        if isinstance(e, AuthError):
            return StoreError(f"Neo4j at {self.uri} refused the credentials (NEO4J_USER / NEO4J_PASSWORD)")
        if isinstance(e, ServiceUnavailable):
            return StoreError(f"cannot reach Neo4j at {self.uri}: is it running? (`bash scripts/neo4j start`)")
        if isinstance(e, Neo4jError):
            return StoreError(f"Neo4j: {e.message or e}")
        return StoreError(f"Neo4j at {self.uri}: {e}")

    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """One auto-committed write query (schema); rows as dicts."""
        try:
            records, _, _ = self._driver.execute_query(cypher, params or {}, database_=self.database)
        except _ERRORS as e:
            raise self._error(e) from None
        return [r.data() for r in records]

    def _read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        try:
            records, _, _ = self._driver.execute_query(cypher, params or {}, database_=self.database,
                                                       routing_=neo4j.RoutingControl.READ)
        except _ERRORS as e:
            raise self._error(e) from None
        return [r.data() for r in records]

    def describe(self) -> str:
        who = f" as {self.user}" if self.user else ""
        return f"Neo4j at {self.uri}{who}"

    def close(self) -> None:
        self._driver.close()

    # -- writes --------------------------------------------------------------------------------

    def upsert(self, batch: GraphBatch) -> WriteSummary:
        nodes = {"Document": batch.documents, "Agency": batch.agencies, "Person": batch.persons,
                 "Event": batch.events}
        incoming: dict[str, dict[str, dict[str, Any]]] = {}
        for label, items in nodes.items():
            merged: dict[str, dict[str, Any]] = {}
            for n in items:
                props = {name: getattr(n, name) for name in NODE_PROPS[label]}
                merged[props["key"]] = merge_node(label, merged.get(props["key"]), props)
            incoming[label] = merged
        edges: dict[tuple[str, str, str], dict[str, Any]] = {}
        for c in batch.cites:
            edges[("CITES", c.src, c.dst)] = {p: getattr(c, p) for p in REL_SCHEMA["CITES"][1]}
        for link in batch.links:
            if link.type not in REL_SCHEMA:
                raise StoreError(f"unknown relationship type {link.type!r}; the model has {', '.join(REL_TYPES)}")
            edges[(link.type, link.src, link.dst)] = {p: link.props.get(p) for p in REL_SCHEMA[link.type][1]}
        sources = list(dict.fromkeys(batch.sources))

        def work(tx: neo4j.ManagedTransaction) -> WriteSummary:
            summary = WriteSummary()
            for label, merged in incoming.items():
                self._write_nodes(tx, label, merged, summary)
            self._delete_outgoing(tx, sources, edges, summary)
            self._write_edges(tx, edges, summary)
            return summary

        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(work)
        except _ERRORS as e:
            raise StoreError(f"Neo4j: the write failed and was rolled back: {self._error(e)}") from None

    @staticmethod
    def _write_nodes(tx: neo4j.ManagedTransaction, label: str, merged: dict[str, dict[str, Any]],
                     summary: WriteSummary) -> None:
        """Write the new and the changed nodes of one label (the unchanged ones are left alone)."""
        if not merged:
            return
        stored: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(list(merged)):
            for record in tx.run(Q_LOOKUP.format(label=label), keys=chunk):
                node = dict(record["n"])
                stored[node["key"]] = _props(label, node)
        rows, created = [], 0
        for key, props in merged.items():
            row = merge_node(label, stored.get(key), props)
            if key in stored and row == stored[key]:
                continue
            created += key not in stored
            row = {k: v for k, v in row.items() if v is not None}
            if label == "Document":
                row[SEARCH] = search_text(row)
            rows.append(row)
        for chunk in _chunks(rows):
            tx.run(Q_WRITE_NODES.format(label=label), rows=chunk).consume()
        summary.nodes_created += created
        summary.nodes_updated += len(rows) - created
        summary.by_label[label] = summary.by_label.get(label, 0) + created

    @staticmethod
    def _delete_outgoing(tx: neo4j.ManagedTransaction, sources: list[str],
                         edges: dict[tuple[str, str, str], dict[str, Any]], summary: WriteSummary) -> None:
        """Drop the outgoing CITES/MENTIONS/REPORTS/ISSUED_BY edges of the source documents that the batch
        does not send again (those it sends are merged in place: deleting edges of dense nodes is slow)."""
        stale = []
        for chunk in _chunks(sources):
            for record in tx.run(Q_OUTGOING, keys=chunk):
                if (record["type"], record["src"], record["dst"]) not in edges:
                    stale.append(record.data())
        for chunk in _chunks(stale):
            summary.edges_deleted += tx.run(Q_DELETE_EDGES, rows=chunk).consume().counters.relationships_deleted

    @staticmethod
    def _write_edges(tx: neo4j.ManagedTransaction, edges: dict[tuple[str, str, str], dict[str, Any]],
                     summary: WriteSummary) -> None:
        """MERGE each edge once per (type, src, dst) and set its properties; edges whose ends are missing
        (or of the wrong label) are dropped with a warning, as in the embedded store."""
        by_type: dict[str, list[dict[str, Any]]] = {}
        for (rel, src, dst), props in edges.items():
            by_type.setdefault(rel, []).append(
                {"src": src, "dst": dst, "props": {k: v for k, v in props.items() if v is not None}})
        written = 0
        for rel, rows in by_type.items():
            for fl, tl in REL_SCHEMA[rel][0]:
                for chunk in _chunks(rows):
                    result = tx.run(Q_WRITE_EDGES.format(src=fl, dst=tl, rel=rel), rows=chunk)
                    written += result.single()["n"]
                    created = result.consume().counters.relationships_created
                    summary.edges_created += created
                    if created:
                        summary.by_label[rel] = summary.by_label.get(rel, 0) + created
        if written < len(edges):
            log.warning("dropped %d edges whose ends are not in the graph or of the wrong kind", len(edges) - written)

    def clear(self) -> None:
        try:
            with self._driver.session(database=self.database) as session:
                for q in Q_CLEAR:
                    session.run(q).consume()
        except _ERRORS as e:
            raise self._error(e) from None

    # -- reads ---------------------------------------------------------------------------------

    def stats(self) -> dict[str, dict[str, int]]:
        def work(tx: neo4j.ManagedTransaction) -> dict[str, dict[str, int]]:
            return {
                "nodes": {label: tx.run(Q_COUNT_NODES.format(label=label)).single()["n"] for label in NODE_LABELS},
                "relationships": {rel: tx.run(Q_COUNT_RELS.format(rel=rel)).single()["n"] for rel in REL_TYPES},
            }

        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_read(work)
        except _ERRORS as e:
            raise self._error(e) from None

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a researcher's Cypher in a READ transaction: the server refuses any write."""
        refuse_outside_graph(cypher)
        @neo4j.unit_of_work(timeout=self.query_timeout)
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(cypher, params or {})
            return [{k: plain(v) for k, v in record.items()} for record in result]

        try:
            with self._driver.session(database=self.database,
                                      default_access_mode=neo4j.READ_ACCESS) as session:
                return session.execute_read(work)
        except ClientError as e:
            if _is_write_refusal(e):
                raise QueryRefused("read-only: this query writes (CREATE/MERGE/SET/DELETE/REMOVE …); the graph "
                                   "changes only through `citegraph ingest` and `citegraph import`") from None
            if "TimedOut" in (e.code or ""):
                raise StoreError(f"the query ran longer than {self.query_timeout:g} s and was stopped") from None
            raise self._error(e) from None
        except _ERRORS as e:
            raise self._error(e) from None

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        q = fold(text)
        tokens = q.split()
        if not tokens or limit <= 0:
            return []
        cap = max(limit * 10, 200)
        rows = self._read(Q_SEARCH, {"tokens": tokens, "first": max(tokens, key=len), "q": q, "qs": q + " ",
                                     "cap": cap})
        if not rows:
            return self._fulltext(tokens, limit)
        words = [re.compile(rf"(?<!\w){re.escape(t)}(?!\w)") for t in tokens]
        # exact symbol first, then every token a whole word, then most cited, then newest, then key
        rows.sort(key=lambda r: r["key"])
        rows.sort(key=lambda r: r["date"] or "", reverse=True)
        rows.sort(key=lambda r: (not r["exact"], not all(w.search(r["text"]) for w in words), -r["cited_by"]))
        return [{k: r[k] for k in SEARCH_COLS} for r in rows[:limit]]

    def _fulltext(self, tokens: list[str], limit: int) -> list[dict[str, Any]]:
        """Typo-tolerant fallback: every word required, words of five letters or more fuzzy."""
        if not all(t.isalnum() for t in tokens):  # symbols and punctuation: CONTAINS has said it all
            return []
        lucene = " ".join(f"+{t}~1" if len(t) >= 5 else f"+{t}" for t in tokens)
        rows = self._read(Q_FULLTEXT, {"index": FULLTEXT_INDEX, "lucene": lucene, "cap": limit})
        return [{k: r[k] for k in SEARCH_COLS} for r in rows[:limit]]

    def get_document(self, key: str) -> dict[str, Any] | None:
        rows = self._read(Q_GET_DOCUMENT, {"k": key})
        return _props("Document", dict(rows[0]["d"])) if rows else None

    def cited_by(self, key: str, limit: int = 500) -> list[dict[str, Any]]:
        params = {"k": key, "limit": limit}
        rows = self._read(Q_CITED_BY_SPARSE, {**params, "dense": self.dense_citers})
        if rows:
            return rows
        found = self._read(Q_CITERS_AND_TOTAL, {"k": key})
        if not found or found[0]["citers"] <= self.dense_citers:
            return rows
        return self._newest_citers(params, found[0]["citers"], found[0]["total"])

    def _newest_citers(self, params: dict[str, Any], citers: int, total: int) -> list[dict[str, Any]]:
        """Cited-by of a densely cited document: its citers among the newest documents, in windows that
        grow until they hold a full page. Every citer outside a window is older than every one inside
        (or undated), so a full page from a window is the page; else the whole sort answers."""
        window = 3 * params["limit"] * total // (2 * max(citers, 1)) + params["limit"]  # ~1.5 pages expected
        while 4 * window <= citers:  # a window must read far fewer documents than there are citers to sort
            rows = self._read(Q_CITED_BY_WINDOW, {**params, "window": window})
            if len(rows) >= params["limit"]:
                return rows
            window *= 4
        return self._read(Q_CITED_BY, params)

    def cites(self, key: str, limit: int = 500) -> list[dict[str, Any]]:
        return self._read(Q_CITES, {"k": key, "limit": limit})

    def documents(self, keys: list[str]) -> list[dict[str, Any]]:
        keys = list(dict.fromkeys(keys))
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(keys):
            for row in self._read(Q_LOOKUP.format(label="Document"), {"keys": chunk}):
                node = _props("Document", dict(row["n"]))
                found[node["key"]] = node
        return [found[k] for k in keys if k in found]

    def documents_with_symbols(self, symbols: list[str]) -> list[dict[str, Any]]:
        return self._read(Q_SYMBOLS, {"symbols": list(dict.fromkeys(symbols))})

    def agencies_of(self, keys: list[str]) -> dict[str, list[str]]:
        rows: list[tuple[str, str | None, int]] = []
        for chunk in _chunks(list(dict.fromkeys(keys))):
            rows += [(r["key"], r["name"], r["rank"]) for r in self._read(Q_AGENCIES, {"keys": chunk})]
        return pick_agencies(rows)

    def nodes(self, label: str) -> list[dict[str, Any]]:
        if label not in NODE_PROPS:
            raise StoreError(f"unknown label {label!r}; the model has {', '.join(NODE_LABELS)}")
        return [_props(label, dict(row["n"])) for row in self._read(Q_NODES.format(label=label))]

    def edges(self, rel_type: str) -> list[dict[str, Any]]:
        if rel_type not in REL_SCHEMA:
            raise StoreError(f"unknown relationship type {rel_type!r}; the model has {', '.join(REL_TYPES)}")
        pairs, props = REL_SCHEMA[rel_type]
        out = []
        for fl, tl in pairs:
            for row in self._read(Q_EDGES.format(src=fl, dst=tl, rel=rel_type)):
                out.append({"src": row["src"], "dst": row["dst"], **{p: row["props"].get(p) for p in props}})
        return sorted(out, key=lambda e: (e["src"], e["dst"]))
