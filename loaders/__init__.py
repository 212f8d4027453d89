"""Loaders: a file → clean text (`read`) → references, agencies, people and events (`extract`)."""

from loaders.extract import extract
from loaders.model import (
    Agency,
    DocumentInfo,
    DocumentRelation,
    Event,
    Extraction,
    OtherReference,
    Person,
    Reference,
    Source,
)
from loaders.readers import ReadError, iter_files, read
from loaders.references import find_references

__all__ = [
    "Agency", "DocumentInfo", "DocumentRelation", "Event", "Extraction", "OtherReference", "Person",
    "ReadError", "Reference", "Source", "extract", "find_references", "iter_files", "read",
]
