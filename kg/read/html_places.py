"""The absolutely positioned elements of an HTML document (a PDF converted to HTML) as kg.read.html writes its text.

An element is positioned when its style, or a class of the document's style sheet it names, says
`position:absolute` and gives its `left` and its `top` (or `bottom`: pdf2htmlEX places its `x1 y2` classes by
the baseline's height above the page's foot) in px or pt. A style sheet rule is read only when its selector is a
single class (`.x1{left:48px}`, `.ft01{font-size:12px;line-height:15px}`); inline style wins over a class.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_ABSOLUTE = re.compile(r"position\s*:\s*absolute", re.I)
_LENGTH = {side: re.compile(rf"(?:^|[;\s{{]){side}\s*:\s*(-?\d+(?:\.\d+)?)\s*(px|pt)?\s*(?:;|$|}})", re.I)
           for side in ("left", "top", "bottom", "line-height")}
_UNIT = {"px": 1.0, "pt": 4 / 3}
_RULE = re.compile(r"\.([A-Za-z_][\w-]*)\s*\{([^{}]*)\}")  # (a rule for one class; grouped selectors are not read)
_COMMENT = re.compile(r"/\*.*?\*/", re.S)


@dataclass
class Fragment:
    start: int  # text index
    end: int
    left: float  # px
    top: float  # px from the page's head (from its foot, negated, when placed by `bottom`)
    page: int  # the element it is placed in
    by_bottom: bool = False  # placed by `bottom` (a baseline) rather than `top`
    pitch: float | None = None  # its `line-height` in px, when given (a fragment of several lines)


class Places:
    """The positioned elements met while the text is written (kg.read.html's walker calls open and end)."""

    def __init__(self) -> None:
        self.fragments: list[Fragment] = []
        self.serial = 0
        self.classes: dict[str, str] = {}  # class -> its declarations (single-class rules of the style sheets)
        self.stack: list[tuple[int, tuple | None, int, int]] = []  # (serial, place, start, count)

    def sheet(self, css: str | None) -> None:
        """A <style> element's rules: those for one class are kept (a later rule adds to an earlier one)."""
        for name, declarations in _RULE.findall(_COMMENT.sub("", css or "")):
            self.classes[name] = self.classes.get(name, "") + ";" + declarations

    def open(self, element, at: int) -> None:
        self.serial += 1
        style = element.get("style") or ""
        names = (element.get("class") or "").split() if self.classes else ()
        style = ";".join([*(self.classes.get(name, "") for name in names), style])
        place = _place(style) if _ABSOLUTE.search(style) else None
        self.stack.append((self.serial, place, at, len(self.fragments)))

    def end(self, at: int) -> None:
        if not self.stack:
            return
        _serial, place, start, count = self.stack.pop()
        if place is not None and len(self.fragments) == count:  # (one holding positioned elements: a page)
            left, top, by_bottom, pitch = place
            self.fragments.append(Fragment(start, at, left, top, self.stack[-1][0] if self.stack else 0,
                                           by_bottom, pitch))


def _length(style: str, side: str) -> float | None:
    found = None
    for found in _LENGTH[side].finditer(style):  # (the last declaration wins)
        pass
    return None if found is None else float(found.group(1)) * _UNIT[(found.group(2) or "px").lower()]


def _place(style: str) -> tuple[float, float, bool, float | None] | None:
    """(left, top, placed by bottom, line height) of a positioned element's style, or None without a place."""
    left, top, bottom = (_length(style, side) for side in ("left", "top", "bottom"))
    if left is None or (top is None) == (bottom is None):  # (both: which one places it is not certain)
        return None
    pitch = _length(style, "line-height")
    return (left, top, False, pitch) if top is not None else (left, -bottom, True, pitch)
