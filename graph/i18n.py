"""The app's words in two languages: Vietnamese as app.py writes them, English from graph/data/i18n.tsv.

`t(text, lang, **values)` gives `text` in `lang` ("vi" or "en") with `{name}` placeholders filled; the
Vietnamese text is its own key, so app.py reads as the Vietnamese page does. Document titles, quotes,
names of provinces and agencies are data: they are never passed through `t`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT = "vi"
TABLE = Path(__file__).resolve().parent / "data" / "i18n.tsv"


@cache
def english() -> dict[str, str]:
    """Vietnamese text → English, from the table (two tab-separated columns; `\\n` stands for a line break)."""
    out: dict[str, str] = {}
    with TABLE.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            vi, en = line.rstrip("\n").split("\t")
            out[vi.replace("\\n", "\n")] = en.replace("\\n", "\n")
    return out


def language(value: str | None) -> str:
    """A supported language code (the default for anything else)."""
    return value if value in LANGUAGES else DEFAULT


def t(text: str, lang: str = DEFAULT, **values: object) -> str:
    """`text` in `lang`; a text missing from the table stays Vietnamese (a test finds any such text)."""
    out = english().get(text, text) if lang == "en" else text
    return out.format(**values) if values else out
