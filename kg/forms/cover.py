"""Cover pages of Schedules 13D/13G: one ReportingPerson per cover page."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.context import Context
from kg.lookups import cover_codes
from kg.patterns import build
from kg.read import clean
from kg.records import ReportingPerson, Section

_ROW_NUMBER_END = re.compile(r"\(?\d{1,2}\)?\.?\Z")  # one row number ending where it is searched to
_ROW_NUMBER_HEAD = re.compile(r"^[\s|]*[:.]?[\s|]*")
_CHECKED = re.compile(r"\((a|b)\)\s*(?:\[\s*[x✓✔]\s*\]|\(\s*[x✓✔]\s*\)|[☒✗✘■x])", re.I)
_EIN = re.compile(r"\b\d{2}-\d{7}\b")
SHARE_FIELDS = ("sole_voting_power", "shared_voting_power", "sole_dispositive_power",
                "shared_dispositive_power", "aggregate_amount")


@dataclass(frozen=True)
class Label:
    field: str | None  # None: a noise label
    pattern: re.Pattern


@cache
def labels() -> list[Label]:
    def make(data) -> list[Label]:
        found = [Label(name, re.compile(rx, re.I)) for name, rx in data["fields"].items()]
        return found + [Label(None, re.compile(rx, re.I)) for rx in data["noise"]]
    return build("cover.yml", make)


def find_rows(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(field, value_start, value_end) for each labelled row in text[start:end]."""
    hits = []
    for label in labels():
        for match in label.pattern.finditer(text, start, end):
            hits.append((match.start(), match.end(), label.field))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept, last_end = [], -1
    for hit in hits:  # drop labels inside a longer label
        if hit[0] >= last_end:
            kept.append(hit)
            last_end = hit[1]
    rows = []
    for index, (_s, value_start, name) in enumerate(kept):
        label_end = kept[index + 1][0] if index + 1 < len(kept) else end
        value_end = _value_end(text, value_start, label_end)
        if name is not None:
            rows.append((name, value_start, value_end))
    return rows


_NOTE_MARK = re.compile(r"(?<=[\w.])\s?(?:\(\d{1,2}\)|\*{1,3})\s*$")


def _value_end(text: str, start: int, end: int) -> int:
    """A value ends at the next label, or at a blank line, footnote or rule line after its content."""
    match = re.compile(r"\S").search(text, start, end)
    if not match:
        return end
    stop = re.compile(r"\n\s*\n|\n\s*\*|\n[ \t]*[-_=]{10,}[ \t]*(?=\n|$)").search(text, match.start(), end)  # (a rule)
    return stop.start() if stop else end


def _row_number_tail(value: str) -> int:
    """Where the trailing row numbers ("  12", " (13)", " | 14.") and padding begin: read backwards, so
    that a long run of spaces costs its length once (a forward search from every space was quadratic)."""
    stop = len(value)
    while True:
        start = stop
        while start and (value[start - 1].isspace() or value[start - 1] == "|"):
            start -= 1
        number = _ROW_NUMBER_END.search(value, max(0, start - 5), start) if start < stop or stop == len(value) else None
        if number is None or number.start() == 0 or not (value[number.start() - 1].isspace()
                                                         or value[number.start() - 1] == "|"):
            return start
        stop = number.start()


def trim_value(text: str, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """The printed value of a row without row numbers, colons and padding, with its span."""
    value = text[start:end]
    head = len(value) - len(_ROW_NUMBER_HEAD.sub("", value, count=1))
    stop = _row_number_tail(value)
    printed = value[head:stop].strip()
    if not printed or set(printed) <= set("_-[]|() $☐"):
        return None, None
    offset = start + value.index(printed, head)
    return printed, (offset, offset + len(printed))


def codes(printed: str | None, group: str, ctx: Context | None = None, span=None) -> list[str]:
    """The cover codes printed in a row; a code-shaped word that is not one is an `unknown-code` finding."""
    table = cover_codes()[group]
    found = re.findall(r"\b[A-Z]{2}\b", printed or "")
    words = re.findall(r"[A-Za-z]+", printed or "")
    if ctx is not None and words and all(re.fullmatch(r"[A-Z]{2}", word) for word in words):  # a list of codes
        for token in dict.fromkeys(tok for tok in found if tok not in table):
            ctx.warn("unknown-code", f"{group.replace('_', ' ')} code {token!r} is not in lookups/codes.yml",
                     span=span, value=token)
    return [tok for tok in found if tok in table]


def read_cover(ctx: Context, section: Section) -> ReportingPerson | None:
    person = ReportingPerson(evidence=(section.start, section.end))
    for name, start, end in find_rows(ctx.text, section.start, section.end):
        printed, span = trim_value(ctx.text, start, end)
        if name == "member_of_group":
            checked = _CHECKED.search(ctx.text[start:end])
            person.member_of_group = checked.group(1).lower() if checked else None
            continue
        if printed is None or name in person.printed:
            continue
        person.trace(name, printed, span)
        _set_field(ctx, person, name, printed, span)
    if person.name is None:
        ctx.warn("unparsed-section", "cover page without a reporting person's name",
                 span=(section.start, section.end))
        return None
    return person


def _set_field(ctx: Context, person: ReportingPerson, name: str, printed: str, span) -> None:
    if name == "name":
        person.name = clean.squash(_NOTE_MARK.sub("", _EIN.sub("", printed)).strip(" ,;:"))  # ('X, Inc.(1)': a note's mark)
    elif name == "citizenship":
        person.citizenship_or_organization = clean.squash(printed)
        person.country, person.region = clean.country_of(printed)
        if person.country is None:
            ctx.warn("bad-value", f"place of organisation {printed!r} not in the country tables", span=span)
    elif name == "source_of_funds":
        person.source_of_funds = codes(printed, "source_of_funds", ctx, span)
    elif name == "type":
        person.type = codes(printed, "type_of_reporting_person", ctx, span)
    elif name == "percent_of_class":
        person.percent_of_class = clean.parse_percent(printed)
        if person.percent_of_class is None:
            ctx.warn("bad-value", f"percent of class {printed!r} is not a number", span=span)
    elif name in SHARE_FIELDS:
        value = clean.parse_shares(printed)
        if value is None:
            ctx.warn("bad-value", f"{name.replace('_', ' ')} {printed!r} is not a number", span=span)
        setattr(person, name, value)
