"""Parsing HTML in one streaming pass for kg.read.html: lxml's pull parser fed in pieces, the open part of
the tree walked (by kg.read.html's walker) and let go as it is written."""
from __future__ import annotations

import re

import lxml.etree

_HTML_END = re.compile(r"</html\s*>", re.I)
_INLINE_TAG = re.compile(r"</?(?:font|b|i|u|s|em|strong|small|big|sup|sub|span|a)\b[^>]*>", re.I)


_LOOKAHEAD = frozenset({"tr", "td", "th"})  # read whole: a row's layout depends on all its cells
PIECE = 1 << 20  # characters fed to the parser at once
MAX_DEPTH = 2048  # libxml2 stops reading past 2,048 open elements


def _pieces(source: str, start: int, end: int, strip_inline: bool):
    """source[start:end] in pieces cut before a `<` (no tag is split), `</html>` tags dropped
    (libxml2 2.14 stops reading there) and, when asked, inline formatting tags too."""
    position = start
    while position < end:
        stop = min(end, position + PIECE)
        if stop < end:
            cut = source.rfind("<", position + 1, stop)
            stop = cut if cut > position else stop
        piece = _HTML_END.sub("", source[position:stop])
        yield _INLINE_TAG.sub("", piece) if strip_inline else piece
        position = stop


def walk_stream(walker, source: str, start: int, end: int, strip_inline: bool) -> bool:
    """Parse and walk in one pass, keeping only the open part of the tree: each element is
    let go once its tail is written; a table row (or a cell outside a row) is read whole
    first. False when libxml2 gave up (nesting over its depth limit)."""
    parser = lxml.etree.HTMLPullParser(events=("start", "end", "comment", "pi"), no_network=True,
                                       remove_comments=False, remove_pis=False, recover=True,
                                       default_doctype=False, huge_tree=True)
    pending: tuple[str, object] | None = None  # a text or tail the parser has finished once it moves on
    whole = None  # a row being read whole
    opened: dict[int, object] = {}  # elements started and not yet ended
    depth = deepest = 0

    def settle() -> None:
        nonlocal pending
        if pending is not None:
            kind, element = pending
            pending = None
            if kind == "text":
                walker.write(element.text)
            else:
                walker.tail(element.tail)
                parent = element.getparent()
                while parent is not None and element.getprevious() is not None:  # done with those: let them go
                    del parent[0]

    def on(event: str, element) -> None:
        nonlocal pending, whole, depth, deepest
        if event in ("start", "end"):
            depth += 1 if event == "start" else -1
            deepest = max(deepest, depth)
        if whole is not None:
            if event == "end" and element is whole:
                walker.run(element, tail=False)
                whole, pending = None, ("tail", element)
            return
        if event == "end" and opened.pop(id(element), None) is None:
            return  # libxml2's recovery may end an element twice: once counts
        settle()
        if event == "start":
            if element.tag.lower() in _LOOKAHEAD:
                whole = element
            else:
                walker.open(element)
                opened[id(element)] = element
                pending = ("text", element)
        elif event == "end":
            walker.end(element)
            pending = ("tail", element)
        else:  # a comment or processing instruction: only its tail is text
            pending = ("tail", element)

    try:
        for piece in _pieces(source, start, end, strip_inline):
            parser.feed(piece)
            for event, element in parser.read_events():
                on(event, element)
        parser.close()
        for event, element in parser.read_events():
            on(event, element)
    except (lxml.etree.LxmlError, ValueError):
        return False
    settle()
    # libxml2 stops reading, without a word, past its depth limit (about 1,000 open elements)
    return deepest <= MAX_DEPTH and not any(entry.level_name == "FATAL" for entry in parser.error_log)
