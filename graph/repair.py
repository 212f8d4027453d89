"""`citegraph check --repair`: the embedded store written again, each key one node that a lookup by key finds.

LadybugDB 0.22 on more than one writer thread lost primary-key index entries (graph/embedded_store.py
WRITER_THREADS): a store written before may hold rows no lookup by key finds, and keys stored in two rows (the next
batch naming a lost node created it again). That cannot be mended in place: a row no lookup finds cannot be
reached by its key, and deleting and writing nodes again through the store's writes would count their edges'
support again. So the store is written out, table by table (LadybugDB's own `COPY (MATCH …) TO` Parquet: every row a
scan finds; its `EXPORT DATABASE` writes tables in its own storage format, not rows to merge), merged where a key
has more than one row, read into a new store made by the store's own schema code, checked, and swapped in:

- the rows of one key become one node, merged in the order of their rows by the stores' own rule
  (`graph.model.merge_node`, what a write does with a node it finds); a Document's `produced` list is that of
  its last read (its last row that is not a stub), its search text is made again;
- edges follow their ends' keys: the edges of one type between two nodes (onto two rows of one key, or copies a
  COPY added) become one, with the properties of the last one;
- every edge's `support` is the number of Documents whose `produced` list names it (None for none), which is what
  graph/writes.py keeps it at (`EmbeddedStore.check` verifies it): an edge given again onto a node stored twice is
  counted once per document that gave it, never once per copy;
- CitegraphMeta, the symbol index, the kept citers and the search index are made again from what was read in.

The new store is made in `PATH.repairing` beside the old, checked (`EmbeddedStore.check`: sound, or nothing is
changed), the old folder's other files (the web cache) linked into it, and then swapped in by one atomic rename
(renameat2 RENAME_EXCHANGE, on Linux; elsewhere two renames), the old kept whole as `PATH.before-repair`. The old
store is held for writing until then (an ingest meanwhile is refused) and only read.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from graph.embedded_store import DB_FILE, EmbeddedStore
from graph.model import merge_node
from graph.schema import PRODUCED, SEARCH, SUPPORT, rel_columns, search_text, table_columns
from graph.store import CheckReport, StoreError

BEFORE = ".before-repair"
WORK = ".repairing"


@dataclass
class RepairSummary:
    """What `repair_store` did: the store checked before and after, the rows read in (table → rows), the keys
    whose rows became one node (table → keys), the pairs whose edges became one edge (type → pairs), the edges
    whose support was set from the `produced` lists (type → edges), and where the old store is kept."""

    store: str
    kept: str
    before: CheckReport
    after: CheckReport
    rows: dict[str, int] = field(default_factory=dict)
    merged_keys: dict[str, int] = field(default_factory=dict)
    merged_edges: dict[str, int] = field(default_factory=dict)
    support_set: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def render(self) -> str:
        """For people: what was found, what was done, and where the old store is."""
        lines = [f"before: {p}" for p in self.before.problems()] or ["before: sound (written again all the same)"]
        lines.append(f"written out and in again: {sum(self.rows.values())} rows of {len(self.rows)} tables")
        for what, counts in (("keys whose rows became one node", self.merged_keys),
                             ("pairs whose edges became one edge", self.merged_edges),
                             ("edges whose support was set to the documents that list them", self.support_set)):
            if counts:
                lines.append(f"{what}: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
        lines.append("after: " + ("sound" if self.after.sound else "; ".join(self.after.problems())))
        lines.append(f"repaired {self.store} in {self.seconds:.1f} s; the store as it was is kept in {self.kept} "
                     "(delete it once you are content)")
        return "\n".join(lines)


def merged_node(label: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One node of `label` from the rows of one key, in the order they were stored: merged by `merge_node`, as a
    write merges what it finds; a Document keeps the `produced` list of its last read (its last row that is not a
    stub: a stub has none) and gets its search text again."""
    names = [c for c, _ in table_columns(label) if c not in (SEARCH, PRODUCED)]
    merged: dict[str, Any] | None = None
    for row in rows:
        merged = merge_node(label, merged, {c: row.get(c) for c in names})
    assert merged is not None, "a key has at least one row"
    if label == "Document":
        read = [r for r in rows if r.get("is_stub") is False]
        merged[PRODUCED] = read[-1].get(PRODUCED) if read else None
        merged[SEARCH] = search_text(merged)
    return merged


def merged_edge(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One edge from the edges of one type between two keys: the last one, by the rows of its ends (its support
    is set afterwards from the `produced` lists)."""
    return max(rows, key=lambda r: (r["_to_row"], r["_from_row"]))


def _repeated(table: pa.Table, columns: list[str]) -> pa.Array:
    """A mask of the rows whose values in `columns` (strings) another row shares."""
    joined = table.column(columns[0]) if len(columns) == 1 else pc.binary_join_element_wise(
        *[table.column(c) for c in columns], "\x00")
    counts = pc.value_counts(joined)
    shared = pc.filter(counts.field("values"), pc.greater(counts.field("counts"), 1))
    return pc.is_in(joined, value_set=shared)


def merge_nodes(label: str, table: pa.Table) -> tuple[pa.Table, int]:
    """A node table as exported (`EmbeddedStore.export_rows`: its columns and `_row`) with one row a key (those
    of a key stored more than once merged by `merged_node`), in the table's columns; and how many keys were."""
    columns = [c for c, _ in table_columns(label)]
    table = table.sort_by("_row")
    mask = _repeated(table, ["key"])
    if not pc.any(mask).as_py():
        return table.select(columns), 0
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in table.filter(mask).to_pylist():
        groups.setdefault(row["key"], []).append(row)
    kept = table.filter(pc.invert(mask)).select(columns)
    merged = pa.Table.from_pylist([merged_node(label, rows) for rows in groups.values()], schema=kept.schema)
    return pa.concat_tables([kept, merged]), len(groups)


def merge_edges(rel: str, table: pa.Table, listed: dict[str, int]) -> tuple[pa.Table, int, int]:
    """A relationship table's edges of one (FROM, TO) pair as exported (`_from`, `_to`, its columns, `_from_row`,
    `_to_row`) with one edge a pair of keys (`merged_edge`), each one's support the number of Documents whose
    `produced` list names it (`listed`: edge id → documents; None for none), in the COPY's columns (`_from`,
    `_to`, the type's); how many pairs had more than one edge, and how many edges' support changed."""
    columns = ["_from", "_to", *(c for c, _ in rel_columns(rel))]
    mask = _repeated(table, ["_from", "_to"])
    pairs = 0
    if pc.any(mask).as_py():
        groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in table.filter(mask).to_pylist():
            groups.setdefault((row["_from"], row["_to"]), []).append(row)
        rest = table.filter(pc.invert(mask))
        table = pa.concat_tables([rest, pa.Table.from_pylist([merged_edge(r) for r in groups.values()],
                                                             schema=rest.schema)])
        pairs = len(groups)
    ids = pc.binary_join_element_wise(pa.array([rel] * table.num_rows, pa.string()), table.column("_from"),
                                      table.column("_to"), "\t")
    names = pa.array(list(listed), pa.string())
    support = pc.take(pa.array(list(listed.values()), pa.int64()), pc.index_in(ids, value_set=names))
    old = table.column(SUPPORT)
    same = pc.or_(pc.fill_null(pc.equal(old, support), False), pc.and_(pc.is_null(old), pc.is_null(support)))
    changed = table.num_rows - pc.sum(same.cast(pa.int64())).as_py() if table.num_rows else 0
    table = table.set_column(table.schema.get_field_index(SUPPORT), SUPPORT, support)
    return table.select(columns), pairs, changed


def _listed(documents: pa.Table) -> dict[str, int]:
    """Edge id → the Documents whose `produced` list names it."""
    counts = pc.value_counts(pc.list_flatten(documents.column(PRODUCED)))
    return dict(zip(counts.field("values").to_pylist(), counts.field("counts").to_pylist(), strict=True))


def _merged_files(exported: list[tuple[str, tuple[str, str] | None, str]], folder: str,
                  summary: RepairSummary) -> list[tuple[str, tuple[str, str] | None, str]]:
    """The exported files merged (`merge_nodes`, `merge_edges`) into files of the tables' COPY columns in
    `folder`, node tables first; empty tables left out. Counts go into `summary`."""
    out = []
    listed: dict[str, int] = {}
    for table, pair, file in exported:
        rows = pq.read_table(file)
        if pair is None:
            rows, keys = merge_nodes(table, rows)
            if table == "Document":
                listed = _listed(rows)
            if keys:
                summary.merged_keys[table] = keys
        else:
            rows, pairs, changed = merge_edges(table, rows, listed)
            if pairs:
                summary.merged_edges[table] = summary.merged_edges.get(table, 0) + pairs
            if changed:
                summary.support_set[table] = summary.support_set.get(table, 0) + changed
        summary.rows[table] = summary.rows.get(table, 0) + rows.num_rows
        if rows.num_rows:
            merged = os.path.join(folder, "in-" + os.path.basename(file))
            pq.write_table(rows, merged)
            out.append((table, pair, merged))
    return out


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _copy_others(old: Path, new: Path) -> None:
    """The old data folder's other files (the web cache) into the new one: hard links where they can be."""
    for entry in old.iterdir():
        if entry.name.startswith(DB_FILE):  # the database, its log and locks: the new store has its own
            continue
        target = new / entry.name
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(str(entry), str(target))


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic rename (Linux renameat2 RENAME_EXCHANGE); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(a), None, str(b))


def _swap_in(new: Path, folder: Path, kept: Path) -> None:
    """`new` becomes `folder`, the old `folder` becomes `kept`: at no moment is there no store at `folder`
    where the system swaps atomically."""
    if _exchange(new, folder):
        os.rename(new, kept)
    else:
        os.rename(folder, kept)
        os.rename(new, folder)


def repair_store(path: str) -> RepairSummary:
    """Write the embedded store at `path` (a data folder) out and in again, one node a key and every key found
    (module docstring); the old store is kept as `path` + BEFORE. Raises StoreError (nothing changed) when there is
    no store, another process writes it, a folder of that name is in the way, or the new store is not sound."""
    folder = Path(path)
    if not (folder / DB_FILE).is_file():
        raise StoreError(f"no embedded store folder at {path} (--repair works on a data folder holding {DB_FILE})")
    kept, work = folder.with_name(folder.name + BEFORE), folder.with_name(folder.name + WORK)
    for other in (kept, work):
        if os.path.lexists(other):
            raise StoreError(f"{other} is in the way (an earlier repair?): move it away or delete it; nothing was "
                             "changed")
    started = time.perf_counter()
    old = EmbeddedStore(str(folder), upkeep=False)  # held for writing: a second writer is refused meanwhile
    try:
        summary = RepairSummary(str(folder), str(kept), old.check(), CheckReport(""))
        with tempfile.TemporaryDirectory(prefix=".citegraph-repair-", dir=folder.parent) as rows:
            files = _merged_files(old.export_rows(rows), rows, summary)
            try:
                with EmbeddedStore(str(work)) as new:
                    new.load_rows(files)
                    summary.after = new.check()
                if not summary.after.sound:
                    raise StoreError("the store written again is not sound either (" + "; ".join(
                        summary.after.problems()) + "); nothing was changed")
                _copy_others(folder, work)
            except BaseException:
                shutil.rmtree(work, ignore_errors=True)
                raise
    finally:
        old.close()
    _swap_in(work, folder, kept)
    summary.seconds = time.perf_counter() - started
    summary.after.store = str(folder)
    return summary
