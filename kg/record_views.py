"""How records show themselves: their JSON-ready form (`to_dict`, the `kg extract --format json` shape) and the
short representations a notebook prints (attached to the record classes by kg.records)."""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from html import escape
from typing import Any

_PLAIN = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}  # a record type's field names (None: not a record)


def to_dict(record: Any) -> Any:
    """Serialise a record tree to JSON-ready values (tuples become lists)."""
    kind = type(record)
    if kind in _PLAIN:
        return record
    names = _FIELD_NAMES.get(kind, _FIELD_NAMES)  # the dict itself: not seen yet
    if names is _FIELD_NAMES:
        names = _FIELD_NAMES[kind] = (tuple(f.name for f in fields(record))
                                      if is_dataclass(record) and not isinstance(record, type) else None)
    if names is not None:
        return {name: to_dict(getattr(record, name)) for name in names}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {str(key): to_dict(value) for key, value in record.items()}
    if is_dataclass(record):  # a dataclass type itself
        return {f.name: to_dict(getattr(record, f.name)) for f in fields(record)}
    return record


# ---- short representations (a notebook shows these) ------------------------------------
_QUIET = {"printed", "spans", "evidence", "sections", "text_sha256"}


def short_repr(self) -> str:
    """The record's non-empty fields, without the printed text and spans it keeps."""
    shown = []
    for f in fields(self):
        value = getattr(self, f.name)
        if f.name in _QUIET or value in (None, [], {}, False):
            continue
        if isinstance(value, list) and value and is_dataclass(value[0]):
            value = f"[{len(value)} {f.name}]"
        elif is_dataclass(value):
            value = f"{type(value).__name__}(...)"
        else:
            value = repr(value)
        shown.append(f"{f.name}={value}")
    return f"{type(self).__name__}({', '.join(shown)})"


def filing_repr(self) -> str:
    counts = ", ".join(f"{len(getattr(self, name))} {name.replace('_', ' ')}" for name in
                       ("reporting_persons", "people", "transactions", "holdings", "signatures", "warnings")
                       if getattr(self, name))
    about = f" on {self.issuer.name}" if self.issuer.name else ""
    date = self.event_date or self.filed_date
    return (f"<Filing {self.form_type or '?'} {self.accession_number or self.source}{about}"
            f"{f' ({date})' if date else ''}: {counts or 'nothing read'}>")


def filing_html(self) -> str:
    rows = [("form", self.form_type), ("accession", self.accession_number), ("source", self.source),
            ("issuer", self.issuer.name), ("event date", self.event_date), ("filed", self.filed_date)]
    rows += [(name.replace("_", " "), len(getattr(self, name))) for name in
             ("reporting_persons", "people", "transactions", "holdings", "signatures", "warnings")]
    body = "".join(f"<tr><th style='text-align:left'>{escape(k)}</th><td>{escape(str(v))}</td></tr>"
                   for k, v in rows if v not in (None, ""))
    return f"<table><caption>kg Filing (kg.frames(filing) gives its tables)</caption>{body}</table>"
