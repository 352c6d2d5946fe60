"""One caption row over a list of names and titles, labelled lines of each person's own under the name
(after MSDW OIP's Exhibit 3; the rows are kg/patterns/roster_caption_labelled.yml):

       DIRECTORS AND OFFICERS                         Title

       DASSAULT, Laurent                              Director
              Principal Occupation: Managing Director, Dassault Investissements
              Business Address: Dassault Investissements, 9, Rond-Point des
                Champs-Elysees, 75008 Paris, France
       Paul G. Desmarais                              Director, Chairman of the
                                                      Executive Committee

A name row (at the caption's indent, the title at its 'Title' column) opens an entry; the title's wrap (text at
the title column alone), the labelled lines (indented deeper than the name, shallower than the title) and their
wraps (deeper than the label) are that entry's. What the preamble says (the common address, the citizenship and
its exceptions) is applied by `to_person` where the entry prints none. Only a list whose every line is of one of
these kinds, with one caption (again after a page break) and two entries or more, is read: anything else
is another layout, left to the other readers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.patterns import required_regexes

_KEYS = ("caption", "occupation", "address", "debris")


@dataclass
class _Open:
    """The entry being read: its name, title lines, labelled values and where it was printed."""
    name: str
    name_span: tuple[int, int]
    titles: list[str]
    labelled: list[tuple[str, str, int]] = field(default_factory=list)  # (field, value, the label's indent)
    end: int = 0


def read_caption_labelled(text: str, start: int, end: int) -> list[Entry] | None:
    """The entries of such a list in text[start:end], or None where the text is no such list."""
    found = required_regexes("roster_caption_labelled.yml", _KEYS)
    lines = [(m.start(), m.group(0).replace("\f", " ").rstrip()) for m in re.finditer(r"[^\n]*", text[:end])
             if m.start() >= start]
    captions = [(at, line, c) for at, line in lines if (c := found["caption"].fullmatch(line))]
    if not captions or len({line.strip() for _at, line, _c in captions}) != 1:
        return None
    first = captions[0]
    indent, column = len(first[2].group("lead")), first[2].start("title")
    opened: list[_Open] = []
    for at, line in lines:
        if at <= first[0] or not line.strip() or found["debris"].fullmatch(line.strip()) \
                or found["caption"].fullmatch(line):
            continue
        if not _take(line, at, indent, column, opened, found):
            return None
    if len(opened) < 2:
        return None
    return [_entry(entry) for entry in opened]


def _take(line: str, at: int, indent: int, column: int, opened: list[_Open], found: dict) -> bool:
    """Add the line to the list; False where it is of no kind the layout prints."""
    lead = len(line) - len(line.lstrip())
    last = opened[-1] if opened else None
    if lead == indent:  # a name row
        name, right = line[:column].strip(), line[column:].strip()
        if not line[column:column + 1].strip() or line[column - 1] != " " or re.search(r"\S {3,}\S", name):
            return False
        bare, cut = rt.strip_numbering(name)
        if not rt.is_person_name(bare):
            return False
        name_at = at + lead + cut
        opened.append(_Open(bare, (name_at, name_at + len(bare)), [right], end=at + len(line)))
        return True
    if last is None:
        return False
    if lead == column and not last.labelled:  # the title's wrap
        last.titles.append(line.strip())
    elif indent < lead < column and (label := _label(line.strip(), found)):
        last.labelled.append((*label, lead))
    elif last.labelled and lead > last.labelled[-1][2]:  # a labelled value's wrap
        key, value, depth = last.labelled[-1]
        last.labelled[-1] = (key, _joined(value, line.strip()), depth)
    else:
        return False
    last.end = at + len(line)
    return True


def _label(line: str, found: dict) -> tuple[str, str] | None:
    for key in ("occupation", "address"):
        if (match := found[key].match(line)) and line[match.end():].strip():
            return key, line[match.end():].strip()
    return None


def _joined(value: str, more: str) -> str:
    return value + more if value.endswith("-") and not value.endswith(" -") else f"{value} {more}"


def _entry(entry: _Open) -> Entry:
    title = " ".join(entry.titles)
    fields = {"position": title} if title.casefold() != "none" else {}
    occupations = [value for key, value, _ in entry.labelled if key == "occupation"]
    addresses = [value for key, value, _ in entry.labelled if key == "address"]
    if occupations:
        fields["other_positions"] = ";".join(occupations)
    if addresses:
        fields["address"] = addresses[-1]
    return Entry(name=entry.name, name_span=entry.name_span, evidence=(entry.name_span[0], entry.end),
                 fields=fields, title_column=True)
