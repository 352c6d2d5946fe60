"""Refuse a roster read from label / value rows opened by rule rows (an HTML two-column table saved as text).

Each entry opens with a row of underscores (or '='), then a 'Name' label at the margin and its value at a fixed
column, then more labels at the margin with values at that same column:

    ______________________________________________________________________________

    Name                                  Clay Carrell
    Position with the Company             Executive Vice President
    Principal Occupation or Employment    —

The other readers take such rows for a table of columns (the labels as names, a value for the person above) and
put values on the wrong person. kg.forms.roster_ruled_labels reads the entries where every one is certain; where
not, the roster the other readers read from such rows is refused whole.
"""
import re

from kg.context import Context
from kg.forms.roster_pages import without_page_debris
from kg.forms.roster_ruled_labels import certain_names
from kg.records import Person

_RULE_ROW = re.compile(r"^[ \t]*[_=]{20,}[ \t]*$")
_NAME_ROW = re.compile(r"^(?:\d{1,3}\.[ \t]+)?Name([ \t]{2,})\S")  # ('Name   Clay Carrell', '2. Name   X')
_LABEL_ROW = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+)*([ \t]{2,})\S")  # ('Position with the Company   Director')
ENTRIES_NEEDED = 2  # rule-opened entries in the roster's text before the layout is taken as certain


def label_rows_unread(ctx: Context, people: list[Person]) -> bool:
    """True (with a `roster-ambiguous` finding) when the text `people` were read from holds at least two entries
    that a rule row opens and a 'Name' label row heads, the next row a label whose value stands at the same
    column, and a person read is named in such a row, unless every entry is certain (as kg.forms.roster_ruled_labels
    reads them, page debris blanked) and the people read are the entries' people, one each: the roster is then left
    out."""
    spans = [p.evidence for p in people if p.evidence]
    if not spans:
        return False
    start = _ruled_above(ctx.text, ctx.text.rfind("\n\n", 0, min(s for s, _e in spans)))
    end = ctx.text.find("\n", max(e for _s, e in spans))  # (to the end of the last entry's last line read)
    end = end if end >= 0 else len(ctx.text)
    values = _entry_names(ctx.text[max(start, 0):end].splitlines())
    names = [_words(p.name or "") for p in people]
    if len(values) < ENTRIES_NEEDED or not set(names) & {_words(v) for v in values}:
        return False  # (a header row 'Name   Position' heads a table: its value is no person read)
    shown = without_page_debris(ctx.text, ctx.raw or ctx.text, max(start, 0), end)[max(start, 0):end].splitlines()
    if (certain := certain_names(shown)) is not None and sorted(names, key=sorted) == sorted(map(_words, certain), key=sorted):
        return False  # (every entry certain, read by its labels: kg.forms.roster_ruled_labels; one person each)
    ctx.warn("roster-ambiguous", "the roster is printed as label / value rows, each entry opened by a rule row: its "
             "entries are not read; the roster is left out", span=(min(s for s, _e in spans), max(e for _s, e in spans)))
    return True


def _ruled_above(text: str, start: int) -> int:
    """`start` (where a blank row begins) moved up to the start of the rule row it closes, the rule that opens the
    first entry; `start` itself where no rule row ends there."""
    if start < 0:
        return start
    line_start = text.rfind("\n", 0, start) + 1
    return line_start if _RULE_ROW.match(text[line_start:start]) else start


def _words(name: str) -> frozenset[str]:
    """The words of `name`, case and order aside ('CARRELL, Clay' is 'Clay Carrell')."""
    return frozenset(re.findall(r"[^\W\d_]+", name.casefold()))


def _entry_names(lines: list[str]) -> list[str]:
    """The values of the 'Name' label rows of `lines` that open an entry: a rule row above (blank rows between),
    the next row a label with its value at the same column."""
    values, ruled = [], False
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if _RULE_ROW.match(line):
            ruled = True
            continue
        if ruled and (name := _NAME_ROW.match(line)) and index + 1 < len(lines):
            label = _LABEL_ROW.match(lines[index + 1])
            if label and label.end(1) == name.end(1):
                values.append(line[name.end(1):].strip())
        ruled = False
    return values
