"""Itemised rosters: the preamble defines markers ("(i) name, (ii) title, (iii) country of
citizenship, (iv) principal occupation and (v) principal business address") and each
entry repeats them. Roles come from the preamble's words, never from the markers' order."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_cell_items import _MID_PHRASE
from kg.forms.roster_entry import Entry
from kg.forms.roster_table import header_roles
from kg.forms.roster_wrap import unwrap
from kg.read.sections import lines_with_offsets

_DEFINITION = re.compile(r"\(([ivx]{1,4}|[a-h]|\d{1,2})\)\s*([^()]+?)(?=\s*(?:,|;|\band\b)?\s*\(|\s+(?:of|for)\s+each\b|\.|$)", re.I)
# ('(iv)  Counsel, ...', or indented under the entry's number: '1.   (i)  Pei-yuan Chia')
_MARKER = re.compile(r"^[ \t]*(?:\d{1,3}\.[ \t]+)?\(([ivx]{1,4}|[a-h]|\d{1,2})\)\s*(.*)$", re.I)
_RULE = re.compile(r"[ \t]*[-=_*]{3,}[ \t]*")  # (a rule between entries: no more of the value above it)
_NUMBER = re.compile(r"[ \t]*\d{1,3}\.[ \t]*")  # (the next entry's number alone on its line, above its '(i)': no value)


def marker_roles(preamble: str) -> dict[str, str]:
    roles = {}
    for marker, words in _DEFINITION.findall(" ".join(preamble.split())):
        found = header_roles(words, first=False)
        if re.match(r"\s*(?:the\s+)?names?\b", words, re.I):
            found = ["name"]
        roles[marker.lower()] = found[0]
    return roles if "name" in roles.values() and len(roles) >= 3 else {}


def read_marked(text: str, start: int, end: int, preamble: str) -> list[Entry] | None:
    roles = marker_roles(preamble)
    if not roles:
        return None
    entries: list[Entry] = []
    current_role, previous_end = None, start
    for line_start, line_end, line in lines_with_offsets(text, start, end):
        # (after a blank line, a line at the margin with no marker is no value: a heading 'Directors', a folio 'A-2',
        # the sentence after the list; a value's lines go on indented past a page break)
        outside = text.count("\n", previous_end, line_start) >= 2 and text[line_start - 1:line_start] in ("\n", "")
        previous_end = line_end
        match = _MARKER.match(line)
        if match and match.group(1).lower() in roles:
            current_role = roles[match.group(1).lower()]
            value = match.group(2).strip()
            offset = line_start + match.start(2)
            if current_role == "name":
                entries.append(Entry(name=value, name_span=(offset, offset + len(value)),
                                     evidence=(line_start, line_end), title_column=True))
                continue
        elif current_role is None or not entries:
            continue
        elif _RULE.fullmatch(line) or _NUMBER.fullmatch(line) or outside:
            current_role = None
            continue
        else:
            value = line.strip()
        if entries and current_role != "name":
            field = current_role
            entries[-1].fields[field] = "\n".join(v for v in (entries[-1].fields.get(field, ""), value) if v)
            entries[-1].evidence = (entries[-1].evidence[0], line_end)
    _unwrap_field(entries, "occupation")
    _titles_a_line(entries)
    return entries or None


def _unwrap_field(entries: list[Entry], field: str) -> None:
    """A field's lines wrapped at the width its longest line shows, joined again ('Chairman, Power' / 'Tech'): a line
    goes on the one above where the next line's first word would not have fitted there (kg.forms.roster_wrap)."""
    stacks = [entry.fields[field].split("\n") for entry in entries if entry.fields.get(field)]
    width = max((len(line) for lines in stacks for line in lines), default=0)
    for entry in entries:
        if "\n" in entry.fields.get(field, ""):
            entry.fields[field] = "\n".join(unwrap(entry.fields[field].split("\n"), width))


def _titles_a_line(entries: list[Entry]) -> None:
    """A position (title) field of several lines each a whole title ('Director' / 'Chairman of the Board' / 'Chief Executive
    Officer'): one title a line, the person's titles apart. A line that runs on ('President and Chief', 'Director,')
    or opens in lower case ('of the Board') is a wrap: the field is left as printed."""
    for entry in entries:
        lines = [line.strip() for line in entry.fields.get("position", "").split("\n") if line.strip()]
        if len(lines) >= 2 and all(_whole_title(line) for line in lines):
            entry.fields["position"] = "; ".join(lines)


def _whole_title(line: str) -> bool:
    return line[:1].isupper() and rt.is_title(line) and not re.search(r"[,;:]", line) and not _MID_PHRASE.search(line) \
        and not rt.is_person_name(line)
