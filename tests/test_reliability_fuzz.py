"""Property-based tests over the whole extractor and the readers, on the example articles (and generated documents) mutated the way real text
goes wrong: inserted symbols, dashes, diacritics and combining marks, NFD, control characters, look-alike
letters, truncation. Never an exception; every span inside the text and equal to its surface. The long run
(100 000 cases) is scripts/fuzz.py; its result is in RELIABILITY.md."""

from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import loaders
from loaders.model import Source

_spec = importlib.util.spec_from_file_location("fuzz", Path(__file__).resolve().parent.parent / "scripts" / "fuzz.py")
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)

PASSAGES = [text[:4000] for text in fuzz.passages()]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _passage(i: int) -> str:
    assert PASSAGES, "no example passages under examples/"
    return PASSAGES[i % len(PASSAGES)]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A real passage with insertions, a stretch of look-alikes, a normal form and a truncation."""
    text = _passage(draw(st.integers(0, 10_000)))
    for frac, insert in draw(st.lists(st.tuples(st.floats(0, 1), st.sampled_from(fuzz.INSERTS)), max_size=10)):
        pos = int(frac * len(text))
        text = text[:pos] + insert + text[pos:]
    if draw(st.booleans()):
        a = int(draw(st.floats(0, 1)) * len(text))
        text = text[:a] + "".join(fuzz.LOOKALIKES.get(c, c) for c in text[a:a + 200]) + text[a + 200:]
    text = unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"])), text)
    a, b = sorted((int(draw(st.floats(0, 1)) * len(text)), int(draw(st.floats(0, 1)) * len(text))))
    return text[a:b] if draw(st.booleans()) else text


@FAST
@given(mutated())
def test_extract_never_raises_and_spans_hold(text: str) -> None:
    fuzz.check_spans(text, loaders.extract(Source(text=text)))


@FAST
@given(st.integers(0, 10_000), st.integers(0, 2**32 - 1))
def test_random_mutation_chains_from_the_fuzz_script(i: int, seed: int) -> None:
    import random

    text = fuzz.mutate(_passage(i), random.Random(seed))
    fuzz.check_spans(text, loaders.extract(Source(text=text)))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(mutated(), st.sampled_from([".txt", ".html", ".md"]),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258", "damaged"]), st.integers(0, 2**16))
def test_readers_return_text_or_a_read_error(tmp_path_factory: pytest.TempPathFactory, text: str, suffix: str,
                                             encoding: str, noise: int) -> None:
    if suffix == ".html":
        text = f"<html><body><p>{text}</p><img src='http://127.0.0.1:9/x.png'></body></html>"
    if encoding == "damaged":
        data = bytearray(text.encode("utf-8", "surrogatepass"))
        if data:
            data[noise % len(data)] = noise % 256
        data = bytes(data)
    else:
        data = unicodedata.normalize("NFC", text).encode(encoding, "replace")
    path = tmp_path_factory.mktemp("fuzz") / f"case{suffix}"
    path.write_bytes(data)
    try:
        source = loaders.read(path)
    except loaders.ReadError as e:
        assert str(path) in str(e)
        return
    assert isinstance(source.text, str) and source.text
    fuzz.check_spans(source.text, loaders.extract(source))
