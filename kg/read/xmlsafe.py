"""Parse XML filings safely, and read elements by local name.

EDGAR XML (Forms 3/4/5, Schedules 13D/G since December 2024) never needs a DTD. A
document that declares entities or an external DTD (XXE, "billion laughs") is refused
with UnsafeXMLError before it reaches the parser; the parser itself neither loads DTDs,
resolves entities nor touches the network. Malformed XML is an InputError naming the
file, the problem and the line.

Namespaces vary between filings (`schedule13D`, `schedule13d`, `schedule13g`, none at
all, `com:` prefixes or inline `xmlns` on each element), so every lookup here matches on
local names only.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lxml import etree

from kg.errors import InputError, UnsafeXMLError
from kg.read.clean import squash

_DOCTYPE = re.compile(rb"<!DOCTYPE\b", re.IGNORECASE)
_UNSAFE_DTD = re.compile(rb"<!DOCTYPE\b[^>\[]*(?:\bSYSTEM\b|\bPUBLIC\b|\[)", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY\b", re.IGNORECASE)
_DECLARED_ENCODING = re.compile(r"^(\s*<\?xml[^>]*?encoding\s*=\s*)([\"'])[A-Za-z0-9._-]+\2")

Element = etree._Element


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_comments=True,
                           remove_pis=True)


def to_bytes(data: bytes | str) -> bytes:
    """Bytes for the parser: a str is re-encoded as UTF-8 and its declaration made to agree."""
    if isinstance(data, bytes):
        return data
    return _DECLARED_ENCODING.sub(r"\1\2UTF-8\2", data, count=1).encode("utf-8")


def check_safe(data: bytes, source: str) -> None:
    """Refuse a DOCTYPE with an internal subset or external identifier, and any entity declaration."""
    if _ENTITY.search(data) or _UNSAFE_DTD.search(data):
        raise UnsafeXMLError(source, "XML declares a DTD or entities (possible XXE or entity "
                                     "expansion attack); refused")


def parse(data: bytes | str, source: str) -> Element:
    """The root element of an XML document, or a typed error naming `source`."""
    raw = to_bytes(data)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    raw = raw.lstrip(b" \t\r\n")  # a blank line before the declaration is common in EDGAR XML
    if not raw:
        raise InputError(source, "empty XML document")
    check_safe(raw, source)
    try:
        root = etree.fromstring(raw, parser=_parser())
    except etree.XMLSyntaxError as exc:
        line = f" (line {exc.lineno})" if getattr(exc, "lineno", None) else ""
        raise InputError(source, f"malformed XML: {exc.msg}{line}") from exc
    if root is None:
        raise InputError(source, "XML document without a root element")
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or (_DOCTYPE.search(raw) and tree.docinfo.system_url):
        raise UnsafeXMLError(source, "XML declares a DTD; refused")
    return root


# ---- reading by local name -------------------------------------------------------
def local(element: Element) -> str:
    tag = element.tag
    return _local_name(tag) if isinstance(tag, str) else ""


@lru_cache(maxsize=2048)
def _local_name(tag: str) -> str:
    """lxml's local name of a tag (`{namespace}name` -> `name`); ValueError for an invalid one."""
    return etree.QName(tag).localname


def children(element: Element | None, name: str) -> list[Element]:
    """Direct children of `element` whose local name is `name`."""
    if element is None:
        return []
    return [child for child in element if isinstance(child.tag, str) and _local_name(child.tag) == name]


def child(element: Element | None, *path: str) -> Element | None:
    """The first element down a path of local names, or None when any step is missing."""
    current = element
    for name in path:
        found = children(current, name)
        if not found:
            return None
        current = found[0]
    return current


def descendants(element: Element | None, name: str) -> Iterator[Element]:
    """Every element below `element` (document order) whose local name is `name`."""
    if element is None:
        return iter(())
    return (node for node in element.iter() if isinstance(node.tag, str) and _local_name(node.tag) == name
            and node is not element)


def first(element: Element | None, name: str) -> Element | None:
    return next(descendants(element, name), None)


def raw_text(element: Element | None) -> str | None:
    """All text inside `element` as printed (CR of `&#13;` dropped), or None when blank."""
    if element is None:
        return None
    text = "".join(element.itertext()).replace("\r\n", "\n").replace("\r", "")
    return text if text.strip() else None


def text(element: Element | None, *path: str) -> str | None:
    """Folded text at a path of local names below `element` (None when missing or blank)."""
    return squash(raw_text(child(element, *path) if path else element))


def texts(element: Element | None, name: str) -> list[str]:
    """Folded texts of the direct children named `name` (blanks left out)."""
    return [value for value in (squash(raw_text(node)) for node in children(element, name)) if value]


def line_of(element: Element | None) -> int | None:
    return element.sourceline if element is not None else None


# ---- where an element was read --------------------------------------------------
class SourceMap:
    """Character spans, in the document text, of elements parsed from it: the parser gives
    each element's line; the span is found on that line (leading blank lines, which `parse`
    drops, are counted back in)."""

    def __init__(self, text: str):
        self.text = text
        head = len(text) - len(text.lstrip("\ufeff \t\r\n"))
        self.skip = text.count("\n", 0, head)
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, element: Element | None) -> int | None:
        if element is None or element.sourceline is None:
            return None
        return element.sourceline + self.skip

    def _line_start(self, element: Element | None) -> tuple[int, int] | None:
        line = self.line(element)
        if line is None or line > len(self.starts):
            return None
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.starts[line - 1], end

    def value_span(self, element: Element | None) -> tuple[int, int] | None:
        """The span of the text inside a leaf element (`<value> 8.88 </value>` -> `8.88`)."""
        bounds = self._line_start(element)
        if bounds is None:
            return None
        tag = re.compile(rf"<(?:[\w.-]+:)?{re.escape(local(element))}\b[^>/]*>([^<]*)<")
        found = tag.search(self.text, bounds[0])
        if found is None or found.start() >= bounds[1]:
            return None
        start, end = found.span(1)
        value = self.text[start:end]
        start += len(value) - len(value.lstrip())
        end -= len(value) - len(value.rstrip())
        return (start, end) if end > start else None

    def element_span(self, element: Element | None) -> tuple[int, int] | None:
        """From the element's start tag to the end of its end tag."""
        bounds = self._line_start(element)
        if bounds is None:
            return None
        name = re.escape(local(element))
        opening = re.compile(rf"<(?:[\w.-]+:)?{name}\b[^>]*>").search(self.text, bounds[0])
        if opening is None or opening.start() >= bounds[1]:
            return None
        if opening.group(0).endswith("/>"):
            return opening.span()
        closing = re.compile(rf"</(?:[\w.-]+:)?{name}\s*>").search(self.text, opening.end())
        return None if closing is None else (opening.start(), closing.end())
