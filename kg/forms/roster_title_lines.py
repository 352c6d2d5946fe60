"""Name and title lines closed by the everyone's-address sentence: a name line ('A.' before it in a lettered list),
then one line per title (the titles held in the organisation first, then the occupations elsewhere, each naming
its company), a citizenship other than the preamble's in parentheses after the first of them, the person's own
'Business Address: ...' where it is not the default, a blank line between people; AFTER the list 'Unless another
business address is shown above, the business address of each of the above listed persons is:' and its lines.

    Laurent Dassault
    Director (France)
    Managing Director, Dassault Investissements
    Business Address: Dassault Investissements, 9, Rond-Point des Champs-
      Elysees, 75008 Paris, France

Only a list closed by that sentence is read (the sentence says what the list is). A line is the wrap of the line
above only where the line above is full (its next word would not have fitted at the list's width); a title line
after one that names another company is no title held in the organisation: left out. A block with a line of any
other kind (a table's row, a number outside the address) is another layout: nothing is read.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_joined_titles import joins_titles, names_company
from kg.forms.roster_mixed import employer_line
from kg.forms.roster_nameblock_after import postamble_citizenship
from kg.forms.roster_nameblock_except import postamble_exceptions
from kg.forms.roster_nameblocks import _POSTAMBLE, _address
from kg.forms.roster_named_of import Preamble
from kg.forms.roster_rules import rules

FEWEST_CLOSED = 2  # (a list closed by the everyone's-address sentence: that sentence says what the list is)

_BLOCK = re.compile(r"^[ \t]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", re.M)
_LETTER = re.compile(r"(?:[A-Z]|\d{1,3})\.\s+")
_OWN_ADDRESS = re.compile(r"Business\s+Address:\s*", re.I)
_PAREN_COUNTRY = re.compile(r"\s*\((?P<country>[A-Z][^()]*)\)$")
_DEBRIS = re.compile(r"Page\s+\d+(?:\s+of\s+\d+(?:\s+Pages?)?)?|-?\s*\d{1,3}\s*-?|<PAGE>|.*\(continued\)", re.I)


def read_title_lines(text: str, start: int, end: int) -> list[Entry] | None:
    """The entries of a list of name-and-title lines closed by the everyone's-address sentence, or None."""
    blocks, address, heading = _blocks(text, start, end)
    if address is None or len(blocks) < FEWEST_CLOSED:
        return None
    width = max(len(line) for block in blocks for _at, line in block)
    lettered = _lettered([block[0][1] for block in blocks])
    joined = any(joins_titles(_PAREN_COUNTRY.sub("", items[0])) for block in blocks  # (the titles in the
                 if (items := _items([line for _at, line in block[1:]], width)))  # organisation joined on one line)
    entries = [_entry(block, width, lettered, joined) for block in blocks]
    if any(entry is None for entry in entries):
        return None
    said = _POSTAMBLE.search(text, max(e.evidence[1] for e in entries), end)
    address = postamble_exceptions(text, said.end(), end, entries, address) if said else address  # ('except:' and
    for entry in entries:  # the others' own addresses, by name: kg.forms.roster_nameblock_except)
        if "address" not in entry.refused:
            entry.fields.setdefault("address", address)
        entry.fields.update({"organization": heading} if heading else {})
    postamble_citizenship(text, max(e.evidence[1] for e in entries), end, entries)  # ('Each of the above listed
    return entries  # persons is a citizen of X, except A, who is a citizen of Y, Z, B, who is ...': read as the blocks'
    # postamble is (kg.forms.roster_nameblock_after), the persons named known


def _blocks(text: str, start: int, end: int) -> tuple[list[list[tuple[int, str]]], str | None, str | None]:
    """The blocks of the list (a block broken by a page after its name line joined again) and the address the
    closing sentence gives, and the organisation named on a line of its own above the list."""
    blocks: list[list[tuple[int, str]]] = []
    heading, above = None, Preamble()  # (above: the text before the list, that may name the organisation)
    for match in _BLOCK.finditer(text, start, end):
        lines = [(m.start() + match.start(), m.group(0)) for m in re.finditer(r"[^\n]+", match.group(0))
                 if m.group(0).strip() and not _DEBRIS.fullmatch(m.group(0).strip())
                 and not re.fullmatch(r"[-=_]{3,}", m.group(0).strip())]  # (a rule under an entry: no wrap of its last line)
        if not lines or re.fullmatch(r"[-=_ ]+", lines[0][1]):
            continue
        if blocks and (said := _POSTAMBLE.search(match.group(0))):
            return blocks, _address(match.group(0)[said.end():], text[match.end():end]), heading
        if blocks and len(blocks[-1]) == 1 and not _is_name(lines[0][1]):
            blocks[-1] += lines  # (the rest of an entry after a page break)
        elif not blocks and len(lines) == 1 and above.names(lines[0][1].strip()):
            heading = lines[0][1].strip()  # (before the list, alone on its line, the organisation the preamble
            # names: '... officers of Lor Finance:' over 'Lor Finance', a name's shape or not)
        elif _is_name(lines[0][1]):
            blocks.append(lines)
        elif blocks:
            return [], None, None  # a block of another kind inside the list
        else:  # before the list: an organisation's name alone heads it
            heading = lines[0][1].strip() if len(lines) == 1 and rt.is_organization(lines[0][1]) else None
            above.add(match.group(0))
    return blocks, None, None


def _lettered(firsts: list[str]) -> bool:
    """The name lines are lettered (or numbered): each opens with a mark, the marks running in order from 'A.'
    or '1.' ('G. Andrea Botta' in a list that is not lettered keeps its initial)."""
    marks = [m.group(0).strip().rstrip(".") if (m := _LETTER.match(line.strip())) else "" for line in firsts]
    expected = [chr(ord("A") + i) if marks[0] == "A" else str(i + 1) for i in range(len(marks))]
    return bool(marks) and marks[0] in ("A", "1") and marks == expected[:len(marks)] and len(marks) <= 26


def _is_name(line: str) -> bool:
    name = _PAREN_COUNTRY.sub("", _LETTER.sub("", line.strip(), count=1))
    return rt.is_person_name(name) and not re.search(r"\S {3,}\S", line)


def _entry(block: list[tuple[int, str]], width: int, lettered: bool, joined: bool) -> Entry | None:
    (at, first), rest = block[0], block[1:]
    name = first.strip()
    at += len(first) - len(first.lstrip())
    if lettered and (lead := _LETTER.match(name)):
        name, at = name[lead.end():], at + lead.end()
    fields: dict[str, str] = {}
    if said := _PAREN_COUNTRY.search(name):
        name, fields["citizenship"] = name[:said.start()], said.group("country")
    items = _items([line for _at, line in rest], width)
    if items is None:
        return None
    own = [item for item in items if _OWN_ADDRESS.match(item)]
    items = [item for item in items if not _OWN_ADDRESS.match(item)]
    if own:
        fields["address"] = _OWN_ADDRESS.sub("", own[-1])
    if items and (said := _PAREN_COUNTRY.search(items[0])):
        items[0], fields["citizenship"] = items[0][:said.start()], said.group("country")
    if any(re.search(r"\d|\S {3,}\S", item) for item in items):
        return None
    fields.update(_titles(items, 1 if joined or employer_line(fields.get("address")) else len(items), joined))
    # (an address of one's own that opens with an employer's name: the titles below the first could be held there;
    # only the first is the organisation's for certain; a street address names no other place of work. In a list
    # joining the titles in the organisation on the first line, a later line is an occupation elsewhere: kept as one)
    last_at, last = block[-1]
    return Entry(name=name, name_span=(at, at + len(name)), evidence=(block[0][0], last_at + len(last)),
                 fields=fields)


def _items(lines: list[str], width: int) -> list[str] | None:
    """The lines as items: a line is the wrap of the one above where it is indented deeper than the first, or
    where the one above is full (long, and the first word of this one would not have fitted)."""
    items: list[str] = []
    indent = len(lines[0]) - len(lines[0].lstrip()) if lines else 0
    above = ""
    for raw in lines:
        line, word = raw.strip(), raw.split()[0]
        deeper = len(raw) - len(raw.lstrip()) > indent
        full = len(above) >= 60 and len(above) + 1 + len(word) > width and not _OWN_ADDRESS.match(line)
        if items and (deeper or full):
            items[-1] += line if items[-1].endswith("-") else f" {line}"
        else:
            items.append(line)
        above = raw.rstrip()
    return items


def _titles(items: list[str], held: int, elsewhere: bool = False) -> dict[str, str]:
    """The titles held in the organisation (the lines that come first, each holding a title word) and the
    occupations elsewhere (a line after the first that names its company: 'Managing Director, Dassault
    Investissements', 'officer of Morgan Stanley & Co. Incorporated'); a line that is neither for certain (a
    bare line after one naming a company) is left out, unless the lines after the first are said to be held
    elsewhere (`elsewhere`: the list joins the titles in the organisation on the first line)."""
    positions: list[str] = []
    others: list[str] = []
    for index, item in enumerate(items):
        if names_company(item):
            if index:
                others.append(item)
        elif index and _plain_occupation(item):
            others.append(item)  # ('Director' / 'Self Employed Businessman', 'Retired Chairman': a person's work)
        elif not others and index < held and _holds_title(item):
            positions.append(item)
        elif elsewhere and index >= held and _holds_title(item):
            others.append(item)  # ('Director, Executive Officer and Chairman' / 'Chairman, President and CEO')
    return ({"position": ";".join(positions)} if positions else {}) | (
        {"other_positions": ";".join(others)} if others else {})


def _plain_occupation(item: str) -> bool:
    """An occupation that names a person by their work ('Self Employed Businessman', 'Retired Chairman'), no office."""
    from kg.forms.roster_junk import junk_rules  # (roster_junk imports the guard that imports the readers)
    return bool(junk_rules()["occupation_nouns"].search(item))


def _holds_title(item: str) -> bool:
    return any(rules().title_words.fullmatch(w) for w in re.findall(r"[A-Za-z]+", item))
