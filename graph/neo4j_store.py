"""The Neo4j store: the official `neo4j` driver over Bolt, for a shared server and for researchers.

All of Neo4j's Cypher lives in this module. What shapes it (verified on Neo4j Community 5.26 with driver 6.x):

- Schema (graph/schema.py) on open: a uniqueness constraint on `key` for every label (and the file index
  `SourceFile`), a range index on Document.symbol, a text index on the folded `search` property (it serves
  CONTAINS on the longest search token) and a full-text index `document_search` (analyzer 'standard-folding')
  over the same property, for researchers (`CALL db.index.fulltext.queryNodes('document_search', '…')`).
  A `CitegraphMeta` node holds the schema version; a database written by another version is refused.
- `search` is computed in Python (`graph.schema.search_text`), matched with CONTAINS and ranked by
  `graph.schema.rank_search`, as in the embedded store, so both answer the same (the 'standard-folding'
  analyzer drops English stop words, among them unaccented Vietnamese syllables such as "to", "an", "no",
  and splits `35-NQ/TW` into words).
- One upsert is one write transaction; graph/writes.py decides what to create, update and delete, and
  `_Neo4jTx` does it in statements of UNWIND over a few thousand rows. An edge the batch sends again is
  updated in place, never deleted and re-created (deleting edges of a dense node such as a much-cited
  resolution costs ~0.1 ms each).
- Install `neo4j-rust-ext` beside the driver: packing parameters in pure Python is most of an upsert's time.
- Console queries run in READ transactions (access mode READ): the server itself refuses writes.
- Neo4j stores no nulls: a missing property reads back as None.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point

from graph.model import NODE_LABELS, REL_TYPES, GraphBatch
from graph.schema import (
    CITER_PAGES_MARK,
    CITERS_LABEL,
    FILE_LABEL,
    LINK_COLS,
    LINK_DOC_COLS,
    LINK_EDGE_COLS,
    META_LABEL,
    NODE_PROPS,
    REL_SCHEMA,
    SCHEMA_VERSION,
    SEARCH,
    SEARCH_CANDIDATE_COLS,
    TABLES,
    node_columns,
    old_store_message,
    rank_search,
    rel_columns,
    search_cap,
    search_terms,
    search_text,
    table_columns,
)
from graph.store import COMMITTING, CheckReport, QueryRefused, Store, StoreError, WriteSummary, pick_agencies
from graph.writes import CiterPages, Pair, apply_batch, build_citer_pages

log = logging.getLogger(__name__)

QUERY_TIMEOUT = 60.0
CHUNK = 2_000
FULLTEXT_INDEX = "document_search"
DENSE_CITERS = 20_000  # above this many citers, cited-by may read the newest documents first (a window)

# --- Cypher ---------------------------------------------------------------------------------------
# Labels and types come only from the model's constants above; every value is a parameter.

SCHEMA = [
    *(f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE"
      for label in [*TABLES, CITERS_LABEL]),
    "CREATE INDEX document_symbol IF NOT EXISTS FOR (n:Document) ON (n.symbol)",
    # newest documents first, from the index: cited-by on densely cited documents (Neo4jStore.cited_by)
    "CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date)",
    # serves `search CONTAINS $first` (trigrams): a symbol is found without scanning every document
    f"CREATE TEXT INDEX document_search_text IF NOT EXISTS FOR (n:Document) ON (n.{SEARCH})",
    f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Document) ON EACH [n.{SEARCH}] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
]
Q_VERSION = f"OPTIONAL MATCH (m:{META_LABEL} {{key: 'schema'}}) RETURN m.version AS version"
Q_ANY_DATA = "MATCH (n) WHERE NOT n:" + META_LABEL + " WITH n LIMIT 1 RETURN count(n) AS n"
Q_SET_VERSION = f"MERGE (m:{META_LABEL} {{key: 'schema'}}) SET m.version = $v"
# the kept citers (graph/writes.py) are there once this mark is: a database made before them gets them on open
Q_CITER_PAGES_READY = f"OPTIONAL MATCH (m:{META_LABEL} {{key: '{CITER_PAGES_MARK}'}}) RETURN m IS NOT NULL AS ready"
Q_MARK_CITER_PAGES = f"MERGE (m:{META_LABEL} {{key: '{CITER_PAGES_MARK}'}}) SET m.version = 1"
Q_DENSE = ("MATCH (d:Document) WITH d, COUNT { (d)<-[:CITES]-() } AS n WHERE n > $dense "
           "RETURN d.key AS key, n ORDER BY key")
Q_CITER_COUNTS = "UNWIND $keys AS k MATCH (d:Document {key: k}) RETURN k AS key, COUNT { (d)<-[:CITES]-() } AS n"
Q_NEWEST_CITERS = ("MATCH (o:Document)-[:CITES]->(:Document {key: $k}) RETURN o.key AS key, o.date AS date "
                   "ORDER BY o.date IS NULL, o.date DESC, o.key LIMIT $limit")
Q_LOOKUP = "UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n"
Q_EXISTING = "UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n.key AS key"
Q_WRITE_NODES = "UNWIND $rows AS r MERGE (n:{label} {{key: r.key}}) SET n = r"
Q_DELETE_NODES = "UNWIND $keys AS k MATCH (n:{label} {{key: k}}) DETACH DELETE n"
# every edge statement binds its source first and expands from it (few outgoing edges), never from the
# dense cited side
_MATCH_EDGE = "UNWIND $rows AS x MATCH (a:{src} {{key: x.s}})-[r:{rel}]->(b:{dst} {{key: x.d}}) "
Q_READ_EDGES = _MATCH_EDGE + "RETURN a.key AS s, b.key AS d, properties(r) AS props"
Q_OUT_EDGES = ("UNWIND $keys AS k MATCH (a:{src} {{key: k}})-[r:{rel}]->(b:{dst}) "
               "RETURN a.key AS s, b.key AS d, properties(r) AS props")
Q_CREATE_EDGES = ("UNWIND $rows AS x MATCH (a:{src} {{key: x.s}}) MATCH (b:{dst} {{key: x.d}}) "
                  "CREATE (a)-[r:{rel}]->(b) SET r = x.props")
Q_UPDATE_EDGES = _MATCH_EDGE + "SET r = x.props"
Q_DELETE_EDGES = _MATCH_EDGE + "DELETE r"
Q_DEGREES = "UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN k AS key, COUNT {{ (n)--() }} AS n"
Q_FILES_UNDER = f"MATCH (f:{FILE_LABEL}) WHERE f.key STARTS WITH $p RETURN f.key AS key, f.document AS document, " \
                "f.file_hash AS file_hash"
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
            f"d.is_stub AS is_stub, cited_by, d.{SEARCH} AS text "
            "ORDER BY exact DESC, cited_by DESC, d.key LIMIT $cap")
Q_GET_DOCUMENT = "MATCH (d:Document {key: $k}) RETURN d"
_LINK_RETURN = ", ".join([f"o.`{c}` AS `{c}`" for c in LINK_DOC_COLS] + [f"r.`{c}` AS `{c}`" for c in LINK_EDGE_COLS])
_NEWEST_FIRST = "ORDER BY o.date IS NULL, o.date DESC, o.key SKIP $skip LIMIT $limit"
_LINK_MAP = "{" + ", ".join([f"`{c}`: o.`{c}`" for c in LINK_DOC_COLS] + [f"`{c}`: r.`{c}`" for c in LINK_EDGE_COLS]) + "}"
# the first request of every cited-by page, one round trip (the degree check and the kept citers were two):
# the document's citer count `n` (a degree lookup), the number of documents `total` (the count store), and
#   - at most $sparse citers: the page, sorted (`sorted`);
#   - more, and $kept: the page from its kept citers (CitedByPage) when they hold it (`kept`; else empty): the
#     keys of the page, then each one's edge to the document (the hint makes it seek each citer, then
#     Expand(Into) from its few outgoing edges; unhinted, the planner expanded every citer of the document for
#     each key: 233 300 db hits at 10 k). Only the page's rows are sorted (by their place in the kept list).
# Each CALL aggregates, so it answers one row whether its branch ran or not; no row when the document is absent.
Q_CITED_BY_PAGE = ("MATCH (x:Document) WITH count(x) AS total "
                   "MATCH (d:Document {key: $k}) WITH total, d, COUNT { (d)<-[:CITES]-() } AS n "
                   "CALL (d, n) { WITH d WHERE n <= $sparse MATCH (o:Document)-[r:CITES]->(d) "
                   f"WITH o, r {_NEWEST_FIRST} RETURN collect({_LINK_MAP}) AS sorted }} "
                   "CALL (d, n) { WITH d WHERE $kept AND n > $sparse "
                   f"MATCH (p:{CITERS_LABEL} {{key: $k}}) WHERE $skip + $limit <= size(p.keys) OR size(p.keys) = p.citers "
                   "UNWIND range($skip, $skip + $limit - 1) AS i "
                   "WITH d, i, p.keys[i] AS c WHERE c IS NOT NULL "
                   "MATCH (o:Document {key: c})-[r:CITES]->(d) USING INDEX o:Document(key) "
                   f"WITH o, r ORDER BY i RETURN collect({_LINK_MAP}) AS kept }} "
                   "RETURN n, total, sorted, kept")
Q_CITER_COUNT = "MATCH (d:Document {key: $k}) RETURN COUNT { (d)<-[:CITES]-() } AS n"
Q_CITED_BY = f"MATCH (o:Document)-[r:CITES]->(:Document {{key: $k}}) RETURN {_LINK_RETURN} {_NEWEST_FIRST}"
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
    return {name: stored.get(name) for name in node_columns(label)}


def _stored(label: str, stored: dict[str, Any]) -> dict[str, Any]:
    """A stored node as every column of its table but the derived search text (None where absent)."""
    return {name: stored.get(name) for name, _ in table_columns(label) if name != SEARCH}



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
                 database: str | None = None, query_timeout: float = QUERY_TIMEOUT,
                 citer_pages: CiterPages | None = None) -> None:
        self.uri, uri_user, uri_password = _split_credentials(uri)
        user = user or uri_user
        password = password if password is not None else uri_password
        self.user = user
        self.database = database
        self.query_timeout = query_timeout
        self.dense_citers = DENSE_CITERS
        #: which documents keep their first citers in order (graph/writes.py); tests lower it
        self.citer_pages = citer_pages or CiterPages()
        #: whether cited-by reads the kept citers (bench/query.py turns it off to measure without them)
        self.read_kept_citers = True
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
            self._check_version()  # before anything is created in a database of another version
            for statement in SCHEMA:
                self._run(statement)
            self._run(Q_SET_VERSION, {"v": SCHEMA_VERSION})
            self._ensure_citer_pages()
        except BaseException:
            self._driver.close()
            raise

    def _ensure_citer_pages(self) -> None:
        """Give a database written before the kept citers its CitedByPage nodes, in one write transaction that
        also writes their mark: done once."""
        if self._run(Q_CITER_PAGES_READY)[0]["ready"]:
            return

        def work(tx: neo4j.ManagedTransaction) -> int:
            dense = [(r["key"], r["n"]) for r in tx.run(Q_DENSE, dense=self.citer_pages.dense)]
            kept = build_citer_pages(_Neo4jTx(tx), self.citer_pages, dense)
            tx.run(Q_MARK_CITER_PAGES).consume()
            return kept

        try:
            with self._driver.session(database=self.database) as session:
                kept = session.execute_write(work)
        except _ERRORS as e:
            raise self._error(e) from None
        log.info("kept the first citers of %d densely cited documents", kept)

    def _check_version(self) -> None:
        """Refuse a database that holds a graph of another schema version, with what to do about it."""
        version = self._run(Q_VERSION)[0]["version"]
        if version == SCHEMA_VERSION or (version is None and not self._run(Q_ANY_DATA)[0]["n"]):
            return
        raise StoreError(old_store_message(
            f"the Neo4j database at {self.uri}", version,
            "empty it (cypher-shell: `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS`) or use another "
            "database"))

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

    def _read_once(self, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """`_read` in one round trip: an auto-commit read sends RUN and PULL together and ends with the
        PULL's answer, where `execute_query`'s managed transaction waits for its COMMIT too (~0.3 ms p50
        more on localhost, more in the tail of a loaded machine). What that would retry (a dropped
        connection, a transient error) goes through `_read`, which does. For plain values only: the rows are
        not converted (`Record.data()` walks every nested value: ~0.9 ms for a page of 50 citers as maps)."""
        try:
            with self._driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS,
                                      bookmark_manager=self._driver.execute_query_bookmark_manager) as session:
                return [dict(r.items()) for r in session.run(cypher, params)]
        except _ERRORS as e:
            if e.is_retryable():
                return self._read(cypher, params)
            raise self._error(e) from None

    #: what SHOW CONSTRAINTS calls a uniqueness constraint on one property (Neo4j 5.x; later versions, and a node key)
    UNIQUE = ("UNIQUENESS", "NODE_PROPERTY_UNIQUENESS", "NODE_KEY")

    def check(self) -> CheckReport:
        """The uniqueness constraint on `key` of every label (SCHEMA): with it the server stores no two nodes of one
        key and finds every node by its key through the constraint's index, so there is nothing more to count."""
        started = time.perf_counter()
        report = CheckReport(self.describe())
        labels = [*TABLES, CITERS_LABEL]
        unique = {r["labels"][0] for r in self._read(
            "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes AS labels, properties, type")
            if r["type"] in self.UNIQUE and r["properties"] == ["key"] and len(r["labels"] or []) == 1}
        report.verified.append(f"a uniqueness constraint on `key` for each of the {len(labels)} labels: no two nodes "
                               "of one key can be stored, and each is found by its key")
        if missing := [label for label in labels if label not in unique]:
            report.faults.append(f"no uniqueness constraint on `key` for {', '.join(missing)} (the database was "
                                 "not made by citegraph, or they were dropped): opening it for writing (`citegraph "
                                 "ingest`) makes them, once no two nodes share a key")
        report.seconds = time.perf_counter() - started
        return report

    def describe(self) -> str:
        who = f" as {self.user}" if self.user else ""
        return f"Neo4j at {self.uri}{who}"

    def close(self) -> None:
        self._driver.close()

    # -- writes (graph/writes.py decides; _Neo4jTx does) ----------------------------------------

    def upsert(self, batch: GraphBatch) -> WriteSummary:
        started = [0.0]

        def work(tx: neo4j.ManagedTransaction) -> WriteSummary:
            COMMITTING.clear()  # a retried transaction starts again
            summary = apply_batch(batch, _Neo4jTx(tx), pages=self.citer_pages)
            COMMITTING.set()  # the driver commits when this returns
            started[0] = time.perf_counter()
            return summary

        try:
            with self._driver.session(database=self.database) as session:
                summary = session.execute_write(work)
        except BaseException as e:
            COMMITTING.clear()
            if isinstance(e, _ERRORS):
                raise StoreError(f"Neo4j: the write failed and was rolled back: {self._error(e)}") from None
            raise
        summary.commit_seconds = time.perf_counter() - started[0]
        return summary

    def files(self, paths: list[str]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(list(dict.fromkeys(paths))):
            for row in self._read(Q_LOOKUP.format(label=FILE_LABEL), {"keys": chunk}):
                f = dict(row["n"])
                out[f["key"]] = {"document": f.get("document"), "file_hash": f.get("file_hash")}
        return out

    def files_under(self, folder: str) -> dict[str, dict[str, Any]]:
        return {r["key"]: {"document": r["document"], "file_hash": r["file_hash"]}
                for r in self._read(Q_FILES_UNDER, {"p": folder})}

    def clear(self) -> None:
        try:
            with self._driver.session(database=self.database) as session:
                for q in Q_CLEAR:
                    session.run(q).consume()
        except _ERRORS as e:
            raise self._error(e) from None
        self._run(Q_SET_VERSION, {"v": SCHEMA_VERSION})
        self._run(Q_MARK_CITER_PAGES)  # an empty database keeps every citer it needs to

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
        q, tokens = search_terms(text)
        if not tokens or limit <= 0:
            return []
        rows = self._read(Q_SEARCH, {"tokens": tokens, "first": max(tokens, key=len), "q": q, "qs": q + " ",
                                     "cap": search_cap(limit)})
        return rank_search([{c: r[c] for c in SEARCH_CANDIDATE_COLS} for r in rows], text, limit)

    def get_document(self, key: str) -> dict[str, Any] | None:
        rows = self._read(Q_GET_DOCUMENT, {"k": key})
        return _props("Document", dict(rows[0]["d"])) if rows else None

    def cited_by(self, key: str, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        """A document with few citers sorts them; a page of a densely cited one comes from its kept citers
        (CitedByPage) when they hold it, else from the newest documents (`_newest_citers`), else the sort.
        The first two are one request (`Q_CITED_BY_PAGE`, one round trip); the others follow it."""
        if limit <= 0:
            return []
        params = {"k": key, "limit": limit, "skip": max(offset, 0)}
        kept = self.read_kept_citers
        sparse = min(self.citer_pages.dense, self.dense_citers) if kept else self.dense_citers
        first = self._read_once(Q_CITED_BY_PAGE, {**params, "sparse": sparse, "kept": kept})
        if not first:
            return []
        page = first[0]
        if page["n"] <= sparse or page["kept"]:
            return [{c: row[c] for c in LINK_COLS} for row in page["sorted"] or page["kept"]]
        if page["n"] <= params["skip"]:
            return []
        if page["n"] <= self.dense_citers:
            return self._read(Q_CITED_BY, params)
        return self._newest_citers(params, page["n"], page["total"])

    def _newest_citers(self, params: dict[str, Any], citers: int, total: int) -> list[dict[str, Any]]:
        """Cited-by of a densely cited document: its citers among the newest documents, in windows that
        grow until they hold the page. Every citer outside a window is older than every one inside (or
        undated), so the window's citers are the start of the order and a full page from them is the page;
        else the whole sort answers."""
        wanted = params["skip"] + params["limit"]
        window = 3 * wanted * total // (2 * max(citers, 1)) + wanted  # ~1.5 times the citers wanted, expected
        while 4 * window <= citers:  # a window must read far fewer documents than there are citers to sort
            rows = self._read(Q_CITED_BY_WINDOW, {**params, "window": window})
            if len(rows) >= params["limit"]:
                return rows
            window *= 4
        return self._read(Q_CITED_BY, params)

    def citer_count(self, key: str) -> int:
        rows = self._read(Q_CITER_COUNT, {"k": key})
        return rows[0]["n"] if rows else 0

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
                out.append({"src": row["src"], "dst": row["dst"], **{p: row["props"].get(p) for p, _ in props}})
        return sorted(out, key=lambda e: (e["src"], e["dst"]))


class _Neo4jTx:
    """graph.writes.StoreTx on an open Neo4j write transaction (Neo4j stores no nulls: absent reads as None)."""

    def __init__(self, tx: neo4j.ManagedTransaction) -> None:
        self.tx = tx

    def _each(self, cypher: str, name: str, items: list) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for chunk in _chunks(items):
            out += [r.data() for r in self.tx.run(cypher, {name: chunk})]
        return out

    def read_nodes(self, label: str, keys: list[str]) -> dict[str, dict[str, Any]]:
        out = {}
        for chunk in _chunks(keys):
            for record in self.tx.run(Q_LOOKUP.format(label=label), keys=chunk):
                node = _stored(label, dict(record["n"]))
                out[node["key"]] = node
        return out

    def existing(self, label: str, keys: list[str]) -> set[str]:
        return {r["key"] for r in self._each(Q_EXISTING.format(label=label), "keys", keys)}

    def _write(self, label: str, rows: list[dict[str, Any]]) -> None:
        full = []
        for row in rows:
            row = {k: v for k, v in row.items() if v is not None}
            if label == "Document":
                row[SEARCH] = search_text(row)
            full.append(row)
        self._each(Q_WRITE_NODES.format(label=label), "rows", full)

    create_nodes = update_nodes = _write

    def delete_nodes(self, label: str, keys: list[str]) -> None:
        self._each(Q_DELETE_NODES.format(label=label), "keys", keys)

    @staticmethod
    def _edges(rows: list[dict[str, Any]], rel: str) -> dict[Pair, dict[str, Any]]:
        names = [c for c, _ in rel_columns(rel)]
        return {(r["s"], r["d"]): {c: r["props"].get(c) for c in names} for r in rows}

    @staticmethod
    def _rows(edges: dict[Pair, dict[str, Any]] | list[Pair]) -> list[dict[str, Any]]:
        if isinstance(edges, dict):
            return [{"s": s, "d": d, "props": {k: v for k, v in p.items() if v is not None}}
                    for (s, d), p in edges.items()]
        return [{"s": s, "d": d} for s, d in edges]

    def read_edges(self, rel: str, pair: Pair, edges: list[Pair]) -> dict[Pair, dict[str, Any]]:
        q = Q_READ_EDGES.format(src=pair[0], dst=pair[1], rel=rel)
        return self._edges(self._each(q, "rows", self._rows(edges)), rel)

    def out_edges(self, rel: str, pair: Pair, srcs: list[str]) -> dict[Pair, dict[str, Any]]:
        q = Q_OUT_EDGES.format(src=pair[0], dst=pair[1], rel=rel)
        return self._edges(self._each(q, "keys", srcs), rel)

    def create_edges(self, rel: str, pair: Pair, rows: dict[Pair, dict[str, Any]]) -> None:
        self._each(Q_CREATE_EDGES.format(src=pair[0], dst=pair[1], rel=rel), "rows", self._rows(rows))

    def update_edges(self, rel: str, pair: Pair, rows: dict[Pair, dict[str, Any]]) -> None:
        self._each(Q_UPDATE_EDGES.format(src=pair[0], dst=pair[1], rel=rel), "rows", self._rows(rows))

    def delete_edges(self, rel: str, pair: Pair, edges: list[Pair]) -> None:
        self._each(Q_DELETE_EDGES.format(src=pair[0], dst=pair[1], rel=rel), "rows", self._rows(edges))

    def degrees(self, label: str, keys: list[str]) -> dict[str, int]:
        return {r["key"]: r["n"] for r in self._each(Q_DEGREES.format(label=label), "keys", keys)}

    def citer_counts(self, keys: list[str]) -> dict[str, int]:
        return {r["key"]: r["n"] for r in self._each(Q_CITER_COUNTS, "keys", keys)}

    def newest_citers(self, key: str, limit: int) -> list[tuple[str, str | None]]:
        return [(r["key"], r["date"]) for r in self.tx.run(Q_NEWEST_CITERS, k=key, limit=limit)]
