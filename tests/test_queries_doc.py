"""docs/queries.md runs: every Cypher query against both stores, every SPARQL query against the RDF
export, each checked against the answer table printed under it (the example corpus ingested)."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from graph import rdf
from graph.store import Store

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "queries.md"
EXAMPLES = ROOT / "examples"
DIALECTS = {"embedded": "ladybug", "neo4j": "neo4j"}


@dataclass
class Question:
    title: str
    cypher: dict[str, str] = field(default_factory=dict)  # "" (both stores), "ladybug" or "neo4j" → query
    answer: list[list[str]] | None = None
    sparql: str | None = None
    sparql_answer: list[list[str]] | None = None


def _table(lines: list[str]) -> list[list[str]]:
    rows = [[c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip()[1:-1])] for line in lines]
    return [rows[0]] + rows[2:]  # header, then the rows after the --- line


def parse(text: str) -> tuple[list[Question], list[tuple[int, int, int, str]]]:
    """Questions are `## N. …` sections; a ```cypher block (or ```cypher ladybug / ```cypher neo4j),
    then its answer table; optionally a ```sparql block and its answer table. Also returns where each
    answer table is: (first line, line after, question index, "cypher" or "sparql")."""
    questions: list[Question] = []
    tables: list[tuple[int, int, int, str]] = []
    lines = text.splitlines()
    i, last = 0, ""
    while i < len(lines):
        line = lines[i]
        if re.match(r"## \d+\. ", line):
            questions.append(Question(line[3:].strip()))
            last = ""
        elif line.startswith("```") and questions and line[3:].strip():
            info = line[3:].split()
            end = lines.index("```", i + 1)
            body = "\n".join(lines[i + 1:end])
            if info[0] == "cypher":
                questions[-1].cypher[info[1] if len(info) > 1 else ""] = body
                last = "cypher"
            elif info[0] == "sparql":
                questions[-1].sparql = body
                last = "sparql"
            i = end
        elif line.startswith("|") and questions and last:
            end = i
            while end < len(lines) and lines[end].startswith("|"):
                end += 1
            if last == "cypher":
                questions[-1].answer = _table(lines[i:end])
            else:
                questions[-1].sparql_answer = _table(lines[i:end])
            tables.append((i, end, len(questions) - 1, last))
            last, i = "", end - 1
        i += 1
    return questions, tables


def cell(value: Any) -> str:
    """A result value as the answer tables print it (white space runs, newlines too, as one space)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return str(int(value)) if value == int(value) else str(value)
    return " ".join(str(value).replace("|", "\\|").split())  # a table cell: one line, | escaped


QUESTIONS = parse(DOC.read_text(encoding="utf-8"))[0] if DOC.exists() else []


def test_the_document_has_ten_questions_with_answers():
    assert len(QUESTIONS) >= 10
    for q in QUESTIONS:
        assert q.cypher, q.title
        assert q.answer and len(q.answer) > 1, f"no answer rows for {q.title}"
    assert sum(q.sparql is not None for q in QUESTIONS) >= 3
    for q in QUESTIONS:
        assert (q.sparql is None) == (q.sparql_answer is None), q.title


def ingest_examples(store: Store) -> None:
    """The example corpus into the store, by the relative path the document's keys show."""
    from graph.ingest import ingest_paths

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        summary = ingest_paths(["examples"], store, progress=False)
    finally:
        os.chdir(cwd)
    assert not summary.files_failed


def cypher_rows(store: Store, q: Question) -> list[list[str]]:
    """The header and rows of a question's Cypher, in this store's dialect."""
    rows = store.query(q.cypher.get(DIALECTS[store.kind]) or q.cypher[""])
    header = list(rows[0]) if rows else (q.answer or [[]])[0]
    return [header] + [[cell(r[c]) for c in header] for r in rows]


def sparql_rows(g: Graph, q: Question) -> list[list[str]]:
    result = g.query(q.sparql)
    return [[str(v) for v in result.vars]] + [[cell(v.toPython() if v is not None else None) for v in row]
                                              for row in result]


@pytest.fixture
def corpus(store):
    ingest_examples(store)
    return store


def test_every_cypher_query_gives_the_documented_answer(corpus):
    for q in QUESTIONS:
        assert cypher_rows(corpus, q) == q.answer, f"{q.title} on {corpus.kind}"


def test_every_sparql_query_gives_the_documented_answer(corpus):
    g = Graph().parse(data=rdf.serialize(corpus, "ttl"), format="turtle")
    for q in QUESTIONS:
        if q.sparql is not None:
            assert sparql_rows(g, q) == q.sparql_answer, q.title


def _markdown(rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join("---" for _ in rows[0]) + " |"] + [
        "| " + " | ".join(r) + " |" for r in rows[1:]]


def update() -> None:
    """Rewrite the answer tables of docs/queries.md from the example corpus in a fresh embedded store."""
    import tempfile

    from graph.embedded_store import EmbeddedStore

    text = DOC.read_text(encoding="utf-8")
    questions, tables = parse(text)
    lines = text.splitlines()
    with tempfile.TemporaryDirectory() as tmp, EmbeddedStore(str(Path(tmp) / "db")) as store:
        ingest_examples(store)
        g = Graph().parse(data=rdf.serialize(store, "ttl"), format="turtle")
        for start, end, index, kind in reversed(tables):
            q = questions[index]
            rows = cypher_rows(store, q) if kind == "cypher" else sparql_rows(g, q)
            lines[start:end] = _markdown(rows)
    DOC.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/test_queries_doc.py --update")
    update()
