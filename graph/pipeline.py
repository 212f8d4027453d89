"""One file through the pipeline: read → extract → annotate, the same for every caller.

    from graph.pipeline import extract_file, extract_json
    extraction = extract_file("bai-viet.html")   # errors set when the file could not be read
    line, failed = extract_json("bai-viet.html")  # the JSON line `citegraph extract --jsonl` prints

`citegraph extract`, the Dask map (graph/distributed.py), `citegraph ingest` (graph/ingest.py) and the app's
upload page all call `extract_file` (pages fetched from the web go through `extract_document`): a file gives the same references, keys and entities wherever it goes.
"""

from __future__ import annotations

import json

import loaders
from graph.catalogue import default_catalogue
from graph.resolve import annotate


def extract_file(path: str, source: str | None = None) -> loaders.Extraction:
    """Read, extract and annotate one file. `source` is the name the document goes by and its errors name
    (default `path`; ingest passes the absolute path, which keys the document; a Dask worker reads the absolute
    path of a file the user named relatively). Never raises: a file that cannot be read or extracted gives an
    Extraction whose `errors` name the file and the reason."""
    name = source or path
    try:
        document = loaders.read(path)
    except loaders.ReadError as e:
        return loaders.Extraction(source=name, errors=[f"{name}: {e.reason}"])
    except Exception as e:  # noqa: BLE001 - one bad file must not stop a batch
        return loaders.Extraction(source=name, errors=[f"{name}: {type(e).__name__}: {e}"])
    document.path = name
    return extract_document(document)


def extract_document(document: loaders.Source) -> loaders.Extraction:
    """Extract and annotate a document already read (a file, a page fetched from the web). Never raises: a
    failure gives an Extraction whose `errors` name the document and the reason."""
    try:
        return annotate(loaders.extract(document), default_catalogue())
    except Exception as e:  # noqa: BLE001 - one bad document must not stop a batch
        return loaders.Extraction(source=document.path, errors=[f"{document.path}: {type(e).__name__}: {e}"])


def contract_json(extraction: loaders.Extraction, jsonl: bool = True) -> str:
    """The extraction as the `extract` output contract: one JSON line, or indented JSON."""
    obj = extraction.to_contract()
    return json.dumps(obj, ensure_ascii=False) if jsonl else json.dumps(obj, ensure_ascii=False, indent=1)


def extract_json(path: str, jsonl: bool = True, source: str | None = None) -> tuple[str, bool]:
    """One file as `citegraph extract` prints it, and whether it failed (`source`: as in `extract_file`)."""
    extraction = extract_file(path, source)
    return contract_json(extraction, jsonl), bool(extraction.errors)
