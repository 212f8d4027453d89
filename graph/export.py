"""`citegraph export`: RDF (ttl, jsonld, nt), GraphML, and CSV for `neo4j-admin database import`.

GraphML and CSV carry the model's properties only (stores may keep extra columns, such as a folded
search text): a property that is None is left out, never written as an empty or "None" value.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any

import networkx as nx

from graph.model import REL_TYPES, AgencyNode, Cites, DocumentNode, EventNode, PersonNode
from graph.schema import REL_SCHEMA
from graph.store import Store

FORMATS = ("ttl", "jsonld", "nt", "graphml", "csv")
NODE_TYPES = {"Document": DocumentNode, "Agency": AgencyNode, "Person": PersonNode, "Event": EventNode}
CITES_PROPS = [name for name, _ in REL_SCHEMA["CITES"][1]]
_NODE_FILES = {"Document": "documents.csv", "Agency": "agencies.csv", "Person": "persons.csv", "Event": "events.csv"}


def _clean(value: Any) -> Any:
    """A value GraphML and CSV can hold: bool, int, float or str (a list as its items, one a line)."""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return "\n".join(map(str, value))
    return str(value)


def node_props(label: str, row: dict[str, Any]) -> dict[str, Any]:
    """The model's properties of a node row, without None."""
    names = [f.name for f in fields(NODE_TYPES[label])]
    return {n: _clean(row[n]) for n in names if row.get(n) is not None}


def edge_props(rel_type: str, row: dict[str, Any]) -> dict[str, Any]:
    """A relationship row's properties (src and dst left out), without None."""
    names = CITES_PROPS if rel_type == "CITES" else [k for k in row if k not in ("src", "dst")]
    return {n: _clean(row[n]) for n in names if row.get(n) is not None}


def full_graph(store: Store) -> nx.MultiDiGraph:
    """Every node (attribute ``label``) and relationship (edge key and attribute ``type``) of the store."""
    g = nx.MultiDiGraph()
    for label in NODE_TYPES:
        for row in store.nodes(label):
            g.add_node(row["key"], label=label, **node_props(label, row))
    for rel_type in REL_TYPES:
        for row in store.edges(rel_type):
            g.add_edge(row["src"], row["dst"], key=rel_type, type=rel_type, **edge_props(rel_type, row))
    return g


def write_graphml(store: Store, output: str | Path | None) -> None:
    g = full_graph(store)
    if output is None:
        nx.write_graphml(g, sys.stdout.buffer, encoding="utf-8")
        sys.stdout.flush()
    else:
        nx.write_graphml(g, str(output), encoding="utf-8")


def _csv_type(annotation: str) -> str:
    """A model field's neo4j-admin header type."""
    if annotation.startswith("list"):
        return ":string[]"
    if "bool" in annotation:
        return ":boolean"
    if "int" in annotation:
        return ":int"
    return ""


def _value_type(values: list[Any]) -> str:
    if all(isinstance(v, bool) for v in values):
        return ":boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return ":int"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return ":double"
    return ""


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(map(str, value))  # neo4j-admin's array delimiter
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_csv(store: Store, folder: str | Path) -> list[Path]:
    """Node and relationship files in the layout `neo4j-admin database import full` reads (one shared ID
    space: keys are unique across labels), and a README.md naming the command. Returns the files."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    nodes_args, rels_args = [], []
    for label, cls in NODE_TYPES.items():
        rows = store.nodes(label)
        if not rows:
            continue
        names = [f.name for f in fields(cls) if f.name != "key"]
        types = {f.name: _csv_type(str(f.type)) for f in fields(cls)}
        header = ["key:ID", ":LABEL"] + [n + types[n] for n in names]
        path = out / _NODE_FILES[label]
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(header)
            for row in sorted(rows, key=lambda r: r["key"]):
                w.writerow([row["key"], label] + [_cell(row.get(n)) for n in names])
        written.append(path)
        nodes_args.append(f"--nodes={path.name}")
    for rel_type in REL_TYPES:
        rows = store.edges(rel_type)
        if not rows:
            continue
        props = [edge_props(rel_type, r) for r in rows]
        if rel_type == "CITES":
            names = CITES_PROPS
            types = {f.name: _csv_type(str(f.type)) for f in fields(Cites)}
        else:
            names = sorted({k for p in props for k in p})
            types = {n: _value_type([p[n] for p in props if n in p]) for n in names}
        path = out / (rel_type.lower() + ".csv")
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow([":START_ID", ":END_ID", ":TYPE"] + [n + types[n] for n in names])
            for row, p in sorted(zip(rows, props, strict=True), key=lambda rp: (rp[0]["src"], rp[0]["dst"])):
                w.writerow([row["src"], row["dst"], rel_type] + [_cell(p.get(n)) for n in names])
        written.append(path)
        rels_args.append(f"--relationships={path.name}")
    command = " ".join(["neo4j-admin database import full", *nodes_args, *rels_args,
                        "--multiline-fields=true --overwrite-destination neo4j"])
    readme = out / "README.md"
    readme.write_text("Import into an empty Neo4j database (server stopped), from this folder:\n\n"
                      f"    {command}\n\nEmpty fields are absent properties.\n", encoding="utf-8")
    return [*written, readme]


def export(store: Store, fmt: str, output: str | Path | None = None) -> None:
    """Write the store as `fmt` (ttl, jsonld, nt, graphml, csv) to `output`: a file, a folder for csv,
    or standard output when None (not for csv)."""
    if fmt in ("ttl", "jsonld", "nt"):
        from graph.rdf import write

        if output is None:
            write(store, fmt, sys.stdout)
        else:
            with Path(output).open("w", encoding="utf-8") as f:
                write(store, fmt, f)
    elif fmt == "graphml":
        write_graphml(store, output)
    elif fmt == "csv":
        if output is None:
            raise ValueError("csv export writes several files: give a folder with -o")
        write_csv(store, output)
    else:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
