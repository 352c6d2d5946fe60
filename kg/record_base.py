"""The base of every record of kg.records: the printed text and the spans of its fields."""
from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(kw_only=True)
class Traced:
    """Mixin: printed text and character spans of a record's fields."""

    printed: dict[str, str] = field(default_factory=dict)
    spans: dict[str, Span] = field(default_factory=dict)
    evidence: Span | None = None

    def trace(self, name: str, printed: str | None, span: Span | None) -> None:
        """Remember how field `name` was printed and where."""
        if printed is not None:
            self.printed[name] = printed
        if span is not None:
            self.spans[name] = (int(span[0]), int(span[1]))
