"""Bytes to text: byte-order marks, UTF-8, then charset detection among the encodings news archives use."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

# Checked in this order: the UTF-32 LE mark starts with the UTF-16 LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
# Legacy encodings of Arabic and Western news archives, the candidates for detection.
LEGACY_ENCODINGS = ("cp1256", "iso8859_6", "cp1252", "latin_1")
# Share of control bytes above which a file is binary rather than text with a stray NUL.
BINARY_CONTROL_SHARE = 0.05
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v")


class DecodeError(Exception):
    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding) of `data`; the byte-order mark is not part of the text."""
    for mark, codec, name in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as exc:
                raise DecodeError("undecodable", f"invalid {name} after its byte-order mark: {exc}") from exc
    if b"\x00" in data:
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
        if controls > BINARY_CONTROL_SHARE * len(data):
            raise DecodeError("binary", f"binary content ({controls} control bytes in {len(data)})")
        raise DecodeError("nul_bytes", "text with NUL bytes")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise DecodeError("undecodable", f"neither UTF-8 nor one of {', '.join(LEGACY_ENCODINGS)}")
    return str(best), best.encoding
