"""Bytes → Unicode text for Vietnamese files: UTF-8/UTF-16 (BOM), Windows-1258, TCVN3 (ABC) and VNI.

Legacy detection and conversion use `viparse` (its TCVN3/VNI/VISCII/VPS tables and its character-frequency
model); this module only decides which byte-level decoding to try and reports how sure it is.
UTF-8 text is returned exactly as decoded (no normalisation), so offsets into it match the file.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

import regex
import viparse
from viparse.normalize.frequency import vietnamese_score

# Letters that exist only in Vietnamese Unicode text (precomposed tone marks, ơ, ư, đ …).
_VIET_LETTERS = regex.compile(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹơưăđ]", regex.I)
# Bytes that never occur in text (NUL and most C0 controls) mark a binary file.
_BINARY_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}
_BINARY_DELETE = bytes(sorted(_BINARY_BYTES))


@dataclass
class Decoded:
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16, cp1258, tcvn3, vni …
    confidence: float  # 0..1


class NotText(ValueError):
    """The bytes are not text in any encoding we know."""


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    bad = len(sample) - len(sample.translate(None, _BINARY_DELETE))  # counted in C, not byte by byte
    return bad / len(sample) > 0.01


def _fix_legacy(text: str) -> tuple[str, str | None, float]:
    """Text already decoded byte-for-byte (latin-1) → (Unicode NFC, legacy name or None, confidence)."""
    from viparse.api import _normalize_text  # the one call that reports detection confidence

    result = _normalize_text(text, "auto", "NFC")
    if result.encoding_detected:
        return result.text, result.encoding_detected, float(result.encoding_confidence)
    return text, None, float(result.encoding_confidence)


def decode(data: bytes) -> Decoded:
    """Decode file bytes; raise NotText for binary data or bytes no known encoding explains."""
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig", 1.0)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", 1.0)
        except UnicodeDecodeError as e:
            raise NotText(f"invalid UTF-16 ({e.reason} at byte {e.start})") from e
    if _looks_binary(data):
        raise NotText("binary data, not text")
    try:
        return _utf8(data.decode("utf-8"), "utf-8", 0.99)
    except UnicodeDecodeError as e:
        utf8_error = f"invalid UTF-8 ({e.reason} at byte {e.start})"
    return _eight_bit(data, utf8_error)


def _utf8(text: str, name: str, confidence: float) -> Decoded:
    """UTF-8 text, unless it is legacy text that was saved as UTF-8 (TCVN3/VNI glyphs, no Vietnamese letters)."""
    if not _VIET_LETTERS.search(text) and regex.search(r"[\u00a1-\u00ff]", text):
        fixed, legacy, conf = _fix_legacy(text)
        if legacy:
            return Decoded(fixed, f"{name}+{legacy}", conf)
    return Decoded(text, name, confidence)


def _eight_bit(data: bytes, utf8_error: str) -> Decoded:
    """Not UTF-8: the better of Windows-1258 and TCVN3/VNI (bytes read as Latin-1, converted by viparse)."""
    if len(_VIET_LETTERS.findall(data.decode("utf-8", errors="replace"))) >= 3:
        raise NotText(utf8_error)  # Vietnamese UTF-8 with broken bytes, not an 8-bit encoding
    latin = data.decode("latin-1")
    fixed, legacy, legacy_conf = _fix_legacy(latin)
    candidates: list[Decoded] = []
    if legacy:
        candidates.append(Decoded(fixed, legacy, legacy_conf))
    try:
        cp = unicodedata.normalize("NFC", data.decode("cp1258"))
        candidates.append(Decoded(cp, "cp1258", 0.0))
    except UnicodeDecodeError:
        pass
    if not candidates:
        raise NotText(f"{utf8_error}; not Windows-1258, TCVN3 or VNI either")
    scored = sorted(((vietnamese_score(c.text), c) for c in candidates), key=lambda sc: sc[0], reverse=True)
    best_score, best = scored[0]
    margin = best_score - scored[1][0] if len(scored) > 1 else 0.5
    if best.encoding == "cp1258":
        has_viet = bool(_VIET_LETTERS.search(best.text))
        best.confidence = round(min(0.9, 0.5 + max(margin, 0.0)) if has_viet else 0.3, 2)
    if not _VIET_LETTERS.search(best.text):
        raise NotText(f"{utf8_error}; no Vietnamese text in Windows-1258, TCVN3 or VNI either")
    return best


__all__ = ["Decoded", "NotText", "decode", "viparse"]
