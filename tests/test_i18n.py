"""The app's two languages: every text graph/app.py passes to `t` has its English, with the same placeholders."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from graph import i18n, views

ROOT = Path(__file__).resolve().parent.parent


def _texts_of_app() -> set[str]:
    """Every string literal graph/app.py passes to t(), and the texts it translates through format_func=t."""
    tree = ast.parse((ROOT / "graph" / "app.py").read_text(encoding="utf-8"))
    texts = {node.args[0].value for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t"
             and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)}
    for node in ast.walk(tree):  # PAGES, KIND_LABELS, EXPORT_LABELS: values shown through t
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict) and any(
                isinstance(target, ast.Name) and target.id in ("PAGES", "KIND_LABELS", "EXPORT_LABELS")
                for target in node.targets):
            texts |= {v.value for v in node.value.values if isinstance(v, ast.Constant)}
    texts |= set(views.RELATION_LABELS.values())
    texts |= {name for kind in ("embedded", "neo4j") for name in views.example_queries(kind)}
    return texts


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_text_of_the_app_has_its_english_with_the_same_placeholders() -> None:
    english = i18n.english()
    texts = _texts_of_app()
    assert len(texts) > 150
    missing = sorted(texts - set(english))
    assert missing == [], missing
    for vi in texts:
        assert _fields(english[vi]) == _fields(vi), vi


def test_t_fills_placeholders_in_either_language_and_keeps_unknown_languages_vietnamese() -> None:
    assert i18n.t("{n} kết quả", "vi", n=3) == "3 kết quả"
    assert i18n.t("{n} kết quả", "en", n=3) == "3 results"
    assert i18n.language("fr") == "vi" and i18n.language("en") == "en"
