"""What an extractor needs besides the document: source, warnings with locations."""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from kg.lookups import WARNING_CODES
from kg.records import Span, Warning

log = logging.getLogger("kg")


@dataclass
class Context:
    source: str
    text: str = ""
    raw: str = ""  # the decoded source; same offsets as `text` for text documents
    markup: str = ""  # HTML: the decoded source, other offsets (what the text squashes: runs of &nbsp;)
    cell_breaks: tuple[int, ...] = ()  # HTML: text indexes of line breaks inside table cells, sorted
    # HTML: (text index, grid column, rows, columns) of the cells of rows a rowspan or colspan makes irregular
    cell_columns: tuple[tuple[int, int, int, int], ...] = ()
    # HTML: (text index, grid column) of the cells holding text in rows where some cell holds none
    filled_columns: tuple[tuple[int, int], ...] = ()
    # HTML pages of positioned fragments not laid out as printed (kg.read.html_positioned): (why, the page's text span)
    layout_refusals: tuple[tuple[str, Span], ...] = ()
    # HTML: (text index, each cell's lines) of rows whose cells are kept level line by line (kg.read.html_linegrid)
    line_grids: tuple = ()
    warnings: list[Warning] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict)  # what a reader computes once per document

    def warn(self, code: str, message: str, *, span: Span | None = None,
             location: str | None = None, **values: Any) -> None:
        """Record a data-quality finding; `code` must be a known warning code."""
        if code not in WARNING_CODES:
            raise ValueError(f"unknown warning code {code!r}: add it to lookups/warnings.yml")
        if location is None and span is not None:
            location = f"{self.source}:{self.line_of(span[0])}"
        self.warnings.append(Warning(code=code, message=message, location=location,
                                     span=span, values=values))
        log.debug("%s: %s: %s", location or self.source, code, message)

    def line_of(self, offset: int) -> int:
        if "line_ends" not in self.memo:
            self.memo["line_ends"] = [m.start() for m in re.finditer("\n", self.text)]
        return bisect.bisect_left(self.memo["line_ends"], offset) + 1

    def quote(self, span: Span) -> str:
        return self.text[span[0]:span[1]]
