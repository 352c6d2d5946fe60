"""Bytes to text: sniff and load one input, decode it once, normalise it once.

Text normalisation is length-preserving: debris (tabs, checkbox glyphs, quote marks,
page headers) is blanked with spaces, so a character offset into `Document.text` is
also an offset into the decoded source text. Evidence spans rely on that.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

MAX_BYTES = 200 * 1024 * 1024


@dataclass
class Document:
    source: str
    kind: str  # "text" | "html" | "submission" | "xml"
    text: str  # normalised text (for xml: the decoded XML)
    raw: str = ""  # decoded source text, same length as `text` for kind "text"
    data: bytes = b""
    parts: list["Document"] = field(default_factory=list)
    header: dict | None = None
    offsets: list[int] | None = None  # text index -> source index, when not identity


def read_bytes(path: str | Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if path.is_dir():
        raise InputError(str(path), "is a folder, not a file")
    if size > MAX_BYTES:
        raise InputError(str(path), f"file too large ({size} bytes; limit {MAX_BYTES})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise InputError(str(path), "empty file")
    return data


def decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252/Latin-1; binary is refused."""
    if b"\x00" in data[:8192] or _control_ratio(data[:8192]) > 0.05:
        raise InputError(source, "binary data, not a text filing")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    return text.replace("\r\n", " \n").replace("\r", "\n")


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    bad = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return bad / len(sample)


# ---- normalisation (length-preserving) ---------------------------------------
_BLANKS = [
    re.compile(r"\$\s*\\mid\s*_\s*\\mid\s*\$"),  # $\mid _ \mid$ checkbox debris
    re.compile(r"\$\s*_\s*\$"),  # $ _ $
    re.compile(r"(?m)^[ \t]*>[ \t]?"),  # > quote marks at line start
    re.compile(r"(?im)^[ \t]*Page\s+\d+\s+of\s+\d+(?:\s+Total)?\s+Pages?[ \t]*$"),
    re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"),  # stray control bytes
    re.compile(r"(?i)</?(?:page|pre|fn|s|c|f\d)>"),  # SGML layout tags in legacy text
]


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def normalise_text(raw: str) -> str:
    """Blank debris and unescape `\\$`; the result has exactly `len(raw)` characters."""
    text = raw.replace("\t", " ").replace("\\$", " $").replace("\xa0", " ")
    for pattern in _BLANKS:
        text = pattern.sub(_blank, text)
    assert len(text) == len(raw)
    return text


def sniff(data: bytes) -> str:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<sec-document>") or head.startswith(b"<sec-header>") or b"<sec-header>" in head[:1024]:
        return "submission"
    if head.startswith(b"<?xml") or head.startswith(b"<ownershipdocument") or head.startswith(b"<edgarsubmission"):
        return "xml"
    if re.search(rb"<(html|body|div|p|table|font)[\s>]", head):
        return "html"
    return "text"


def load(path: str | Path) -> Document:
    """Read one input file into a Document, or raise InputError naming the file."""
    source = str(path)
    data = read_bytes(path)
    kind = sniff(data)
    raw = decode(data, source)
    if kind == "text":
        return Document(source=source, kind=kind, text=normalise_text(raw), raw=raw, data=data)
    if kind == "xml":
        return Document(source=source, kind=kind, text=raw, raw=raw, data=data)
    raise InputError(source, f"{kind} input is not supported yet")
