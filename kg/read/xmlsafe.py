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
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def children(element: Element | None, name: str) -> list[Element]:
    """Direct children of `element` whose local name is `name`."""
    if element is None:
        return []
    return [child for child in element if isinstance(child.tag, str) and local(child) == name]


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
    return (node for node in element.iter() if isinstance(node.tag, str) and local(node) == name
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
