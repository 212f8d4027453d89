"""docs/queries.md runs: every Cypher query against both stores, every SPARQL query against the RDF
export, each checked against the answer table printed under it (the example corpus ingested)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from graph import rdf

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
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines]
    return [rows[0]] + [r for r in rows[2:]]  # header, then the rows after the --- line


def parse(text: str) -> list[Question]:
    """Questions are `## N. …` sections; a ```cypher block (or ```cypher ladybug / ```cypher neo4j),
    then its answer table; optionally a ```sparql block and its answer table."""
    questions: list[Question] = []
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
            if last == "cypher" and questions[-1].answer is None:
                questions[-1].answer = _table(lines[i:end])
            elif last == "sparql" and questions[-1].sparql_answer is None:
                questions[-1].sparql_answer = _table(lines[i:end])
            last, i = "", end - 1
        i += 1
    return questions


def cell(value: Any) -> str:
    """A result value as the answer tables print it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return str(int(value)) if value == int(value) else str(value)
    return str(value)


QUESTIONS = parse(DOC.read_text(encoding="utf-8")) if DOC.exists() else []


def test_the_document_has_ten_questions_with_answers():
    assert len(QUESTIONS) >= 10
    for q in QUESTIONS:
        assert q.cypher, q.title
        assert q.answer and len(q.answer) > 1, f"no answer rows for {q.title}"
    assert sum(q.sparql is not None for q in QUESTIONS) >= 3
    for q in QUESTIONS:
        assert (q.sparql is None) == (q.sparql_answer is None), q.title


@pytest.fixture
def corpus(store):
    from graph.ingest import ingest_paths

    summary = ingest_paths([str(EXAMPLES)], store, progress=False)
    assert not summary.files_failed
    return store


def test_every_cypher_query_gives_the_documented_answer(corpus):
    for q in QUESTIONS:
        cypher = q.cypher.get(DIALECTS[corpus.kind]) or q.cypher[""]
        rows = corpus.query(cypher)
        header = q.answer[0]
        assert [list(r) for r in rows[:1]] in ([], [header]), q.title
        got = [[cell(r[c]) for c in header] for r in rows]
        assert got == q.answer[1:], f"{q.title} on {corpus.kind}"


def test_every_sparql_query_gives_the_documented_answer(corpus):
    g = Graph().parse(data=rdf.serialize(corpus, "ttl"), format="turtle")
    for q in QUESTIONS:
        if q.sparql is None:
            continue
        result = g.query(q.sparql)
        header = q.sparql_answer[0]
        assert [str(v) for v in result.vars] == header, q.title
        got = [[cell(None if v is None else v.toPython() if hasattr(v, "toPython") else v) for v in row]
               for row in result]
        assert got == q.sparql_answer[1:], q.title
