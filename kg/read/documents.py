"""Bytes to text: sniff and load one input, decode it once, normalise it once.

Kinds: `submission` (EDGAR full submission .txt: header + documents), `html`, `text`
(legacy plain-text filings) and `xml` (Forms 3/4/5, Schedule 13D/G XML). Anything else
(PDF, images, archives, Office files, binary data, an empty file) is refused with an
InputError that names the file and the problem.

Offsets: `Document.raw` is the decoded source (the whole file). `Document.text` is what
extractors read; `Document.offsets[i]` is the index in `raw` of text character i (None
when they are the same index, as for a plain-text file). Text normalisation is
length-preserving: debris (tabs, checkbox glyphs, quote marks, page headers) is blanked
with spaces, so offsets survive it. `Document.source_span(span)` maps a text span to a
span of `raw`.
"""
from __future__ import annotations

import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.read import markdown
from kg.read.double_spacing import single_spaced
from kg.read.glyphs import ellipsis_leaders_as_dots, without_paragraph_marks
from kg.read.line_numbers import without_line_numbers
from kg.read.tilde_rules import tildes_as_dashes

MAX_BYTES = 200 * 1024 * 1024
# Leading bytes of file formats that are not filings -> what to call them.
_SIGNATURES = [
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or an Office file)"),
    (b"PK\x05\x06", "an empty ZIP archive"), (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0", "an OLE2 (old Microsoft Office) file"), (b"{\\rtf", "an RTF document"),
    (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"), (b"\x7fELF", "a program"),
]
_BOMS = [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]


@dataclass
class Document:
    source: str
    kind: str  # "submission" | "html" | "text" | "xml"; parts may also be "other"
    text: str  # normalised text (xml: the decoded XML)
    raw: str = ""  # decoded source text (for a part: the whole submission)
    data: bytes = b""
    parts: list["Document"] = field(default_factory=list)
    header: Any = None  # kg.read.edgar.SubmissionHeader for a submission
    offsets: Sequence[int] | None = None  # text index -> raw index, when not identity
    # a part of a submission: its <DOCUMENT> metadata
    type: str | None = None
    sequence: int | None = None
    filename: str | None = None
    description: str | None = None
    primary: "Document | None" = None  # submission: the part whose text is `text`

    def source_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """A [start, end) span of `text` as a span of `raw`."""
        start, end = span
        if self.offsets is None:
            return start, end
        if not self.offsets:
            return 0, 0
        begin = self.offsets[min(start, len(self.offsets) - 1)]
        stop = self.offsets[min(end, len(self.offsets)) - 1] + 1 if end > start else begin
        return begin, max(begin, stop)


# ---- bytes -----------------------------------------------------------------
def read_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES (a device, pipe or socket is refused
    before it is read: /dev/zero never ends, a named pipe waits for a writer)."""
    source = str(path)
    try:
        handle = os.open(source, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise InputError(source, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(source, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(source, "not a regular file (a device, pipe or socket); kg reads files")
        if info.st_size > MAX_BYTES:
            raise InputError(source, f"file too large ({info.st_size} bytes; limit {MAX_BYTES})")
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from exc
    finally:
        os.close(handle)
    if len(data) > MAX_BYTES:
        raise InputError(source, f"file too large (over {MAX_BYTES} bytes)")
    if not data.strip():
        raise InputError(source, "empty file")
    return data


def refuse_binary(data: bytes, source: str) -> None:
    """Raise InputError for a known non-filing format or for binary data."""
    for magic, name in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(source, f"{name}, not a filing (kg reads EDGAR .txt, HTML, text or XML)")
    if any(data.startswith(bom) for bom, codec in _BOMS if codec.startswith("utf-16")):
        return
    sample = data[:8192]
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    if control > len(sample) * 0.05 or sample.count(0) > len(sample) * 0.01:
        raise InputError(source, "binary data, not a text filing")


def decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, else Latin-1.

    Line ends: CR LF becomes space LF, and a lone CR, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR and
    U+0085 NEXT LINE (a word processor's manual line break exported to text) become LF, so the decoded text
    keeps one character per decoded source character and every reader sees one kind of line end."""
    refuse_binary(data, source)
    text = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not valid {codec.upper()} text despite its byte-order mark") from exc
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            high = sum(1 for byte in data[:65536] if byte >= 0x80)
            if high > min(len(data), 65536) * 0.3:
                raise InputError(source, "binary data, not a text filing") from None
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    if not text.strip():
        raise InputError(source, "empty file")
    return text.replace("\r\n", " \n").translate(_LINE_ENDS)


_LINE_ENDS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})


# ---- normalisation (length-preserving) ---------------------------------------
_BLANKS = [
    re.compile(r"\$\s*\\mid\s*_\s*\\mid\s*\$"),  # $\mid _ \mid$ checkbox debris
    re.compile(r"\$\s*_\s*\$"),  # $ _ $
    re.compile(r"(?m)^[ \t]*>[ \t]?"),  # > quote marks at line start
    re.compile(r"(?im)^[ \t]*Page\s+\d+\s+of\s+\d+(?:\s+Total)?\s+Pages?[ \t]*$"),
    re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"),  # stray control bytes
    re.compile(r"(?i)</?(?:page|pre|fn|s|c|f\d|table|caption)>"),  # SGML layout tags in legacy text
]


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def normalise_text(raw: str) -> str:
    """Blank debris and unescape `\\$`; the result has exactly `len(raw)` characters."""
    text = raw.replace("\t", " ").replace("\\$", " $").replace("\xa0", " ")
    text = without_line_numbers(text)  # (pleading paper's: '  8 Name:', '  9')
    text = tildes_as_dashes(text)  # (a row of tildes: a rule like a row of dashes)
    text = without_paragraph_marks(text)  # (a '¶' ending every line: formatting marks shown)
    text = ellipsis_leaders_as_dots(text)  # ('Jane Roe……  Director': AutoCorrect's leaders)
    for pattern in _BLANKS:
        text = pattern.sub(_blank, text)
    assert len(text) == len(raw)
    return text


# ---- sniffing ----------------------------------------------------------------
_SUBMISSION = re.compile(
    r"<(?:SEC|IMS)-(?:DOCUMENT|HEADER)>|-----BEGIN PRIVACY-ENHANCED MESSAGE-----|<SUBMISSION>", re.I)
_HTML_ROOT = re.compile(r"<(?:!DOCTYPE\s+html|html|body|head)[\s>]", re.I)
_HTML_TAG = re.compile(r"<(?:p|div|br|font|td|tr|span|b|i|center)[\s>/]", re.I)  # not TABLE: legacy SGML text has it


def kind_of(text: str) -> str:
    """'submission', 'xml', 'html' or 'text', from the start of a decoded input."""
    head = text[:8192].lstrip()
    if _SUBMISSION.search(text[:4096]) or head[:10].upper() == "<DOCUMENT>":
        return "submission"
    return kind_of_body(head)


def kind_of_body(head: str) -> str:
    """'xml', 'html' or 'text' for the start of a document (no EDGAR wrapper)."""
    head = head.lstrip()
    if head[:5].lower() == "<?xml" or head[:1] == "<" and re.match(
            r"<(?:ownershipDocument|edgarSubmission)\b", head):
        root = re.search(r"<(?![?!])([\w:.-]+)", head[5:] if head.startswith("<?") else head)
        return "html" if root and root.group(1).lower() == "html" else "xml"
    if _HTML_ROOT.search(head[:4096]) or _html_tags(head[:20000]) >= 3:
        return "html"
    return "text"


def _html_tags(head: str) -> int:
    """The HTML tags of a document's start but those in the rows of a Markdown pipe table (a '<br>' in a
    cell, as a PDF-to-Markdown converter prints a cell's lines: the table's markup, not an HTML document's)."""
    found = len(_HTML_TAG.findall(head))
    if found < 3 or "|" not in head:
        return found
    tabled = markdown.table_lines(head)
    return sum(len(_HTML_TAG.findall(line)) for number, line in enumerate(head.split("\n")) if number not in tabled)


def sniff(data: bytes, source: str = "<input>") -> str:
    """The kind of an input given as bytes (InputError for a non-filing format)."""
    return kind_of(decode(data[:65536], source))


# ---- loading -----------------------------------------------------------------
def load(path: str | Path) -> Document:
    """Read one input file into a Document, or raise InputError naming the file."""
    source = str(path)
    data = read_bytes(path)
    raw = decode(data, source)
    return from_text(raw, source, data)


def from_text(raw: str, source: str, data: bytes = b"") -> Document:
    """A Document from decoded text (see `decode`)."""
    kind = kind_of(raw)
    if kind == "text":
        raw = single_spaced(raw)  # (a double-spaced typescript's blank lines are spacing)
        return Document(source=source, kind=kind, text=normalise_text(raw), raw=raw, data=data)
    if kind == "xml":
        return Document(source=source, kind=kind, text=raw, raw=raw, data=data)
    if kind == "html":
        from kg.read.html import html_to_text
        text, offsets = html_to_text(raw, name=source)
        return Document(source=source, kind=kind, text=normalise_text(text), raw=raw,
                        data=data, offsets=offsets)
    return _submission(raw, source, data)


def _submission(raw: str, source: str, data: bytes) -> Document:
    from kg.read import edgar
    header, documents = edgar.parse_submission(raw, source)
    parts = [_part(raw, item, source) for item in documents]
    chosen = edgar.primary_document(header, documents)
    primary = parts[documents.index(chosen)] if chosen is not None else None
    return Document(source=source, kind="submission", text=primary.text if primary else "",
                    raw=raw, data=data, parts=parts, header=header,
                    offsets=primary.offsets if primary else range(0), primary=primary)


_ENCODED = re.compile(r"\s*(?:begin [0-7]{3} \S|<PDF>)", re.I)  # uuencoded file, PDF
_WRAPPER = re.compile(r"\s*<(XML|XBRL)>\s*", re.I)


def _part(raw: str, item, source: str) -> Document:
    """One <DOCUMENT> of a submission as a Document of kind text/html/xml/other.

    `<XML>` wraps an XML document (primary_doc.xml); `<XBRL>` wraps inline XBRL
    (XHTML, read as HTML) or an XBRL instance (XML)."""
    start, end = item.start, item.end
    meta = dict(type=item.type, sequence=item.sequence, filename=item.filename,
                description=item.description)
    wrapped = _WRAPPER.match(raw, start, end)
    if wrapped:
        close = raw.upper().rfind(f"</{wrapped.group(1).upper()}>", wrapped.end(), end)
        start, end = wrapped.end(), close if close >= 0 else end
    elif _ENCODED.match(raw, start, end):
        return Document(source=source, kind="other", text="", raw=raw, offsets=range(0), **meta)
    body = raw[start:end]
    kind = "xml" if wrapped and wrapped.group(1).upper() == "XML" else kind_of_body(body[:20000])
    if kind == "html":
        from kg.read.html import html_to_text
        text, offsets = html_to_text(raw, start, end, name=source)
        return Document(source=source, kind="html", text=normalise_text(text), raw=raw,
                        offsets=offsets, **meta)
    if kind == "xml":
        lead = len(body) - len(body.lstrip())
        inner = body.strip()
        return Document(source=source, kind="xml", text=inner, raw=raw, data=xml_bytes(inner),
                        offsets=range(start + lead, start + lead + len(inner)), **meta)
    return Document(source=source, kind="text", text=normalise_text(single_spaced(body)), raw=raw,
                    offsets=range(start, end), **meta)


def xml_bytes(text: str) -> bytes:
    """XML text encoded as its declaration says (characters it cannot hold as &#N;)."""
    declared = re.match(r"\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)", text)
    codec = declared.group(1) if declared else "utf-8"
    try:
        return text.encode(codec, errors="xmlcharrefreplace")
    except LookupError:
        return text.encode("utf-8")
