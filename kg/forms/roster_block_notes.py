"""Name-and-title blocks set centred, and the paragraph printed under a block about its person only (kg.forms.
roster_nameblocks reads the blocks):

                                 Charles M. Harper
                                    Director of
                                   ConAgra, Inc.

     The present principal occupation of Charles M. Harper is Chairman, Harper Group. The business address of
Charles M. Harper is One Central Park Plaza, Omaha, NE 68102. Charles M. Harper is a citizen of Canada.

- A block whose lines share one midpoint (each centred on the page) sets its lines by their length, not by their
  indent: a line that starts further right is no address indented under the name.
- A paragraph right under a block, every sentence of which states a value of that block's person by their full
  name ('The present principal occupation of X is ...', 'X's present principal occupation is ...', 'The business
  address of X is ...', 'X is a citizen of ...'), gives that person those values: the occupation an occupation
  elsewhere, the address and citizenship their own. A paragraph with any other sentence, or naming the person
  otherwise, is no note (the list is another layout's).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_bios import _ABBREVIATION, _words

CENTRE_SLACK = 1.0  # (a centred line's midpoint: half a column either way of its neighbours')
_KINDS = {"other_positions": r"(?:The\s+(?:present\s+)?principal\s+occupation\s+of\s+{who}|{who}(?:'s|’s)\s+"
                             r"(?:present\s+)?principal\s+occupation)\s+is\s+(?P<v>.+)",
          "address": r"The\s+(?:principal\s+)?(?:business\s+)?address\s+of\s+{who}\s+is\s+(?P<v>.+)",
          "citizenship": r"{who}\s+is\s+a\s+citizen\s+of\s+(?:the\s+)?(?P<v>.+)"}


def centred(text: str, lines: list[tuple[int, str]]) -> bool:
    """The block's lines (two or more, not all starting in one column) share one midpoint: each is centred."""
    return centred_rows([" " * (at - (text.rfind("\n", 0, at) + 1)) + line for at, line in lines])


def centred_rows(rows: list[str]) -> bool:
    """The rows (as printed, their indent kept; two or more, not all starting in one column) share one midpoint."""
    columns = [len(row) - len(row.lstrip()) for row in rows]
    if len(rows) < 2 or len(set(columns)) == 1:
        return False
    middles = [column + len(row.strip()) / 2 for column, row in zip(columns, rows)]
    return max(middles) - min(middles) <= 2 * CENTRE_SLACK


def held_of(titles: list[str], starts_title) -> dict[str, str] | None:
    """The fields of a centred block's title lines that end '<titles> of' / '<Organisation>' ('Director; President
    and Co-Chief Executive Officer of' / 'Power Corporation of Canada'): every title is held in that organisation
    (the position, the organisation apart); None for lines of another shape, or a last line that may be the rest of
    a title ('Chairman of the Board of' / 'Directors')."""
    if len(titles) < 2 or not re.search(r"(?:^|\s)of$", titles[-2].strip()):
        return None
    organisation = titles[-1].strip()
    if starts_title(organisation) or not organisation[:1].isupper() or _BODY_WORD.search(organisation):
        return None
    held = " ".join(" ".join(titles[:-1]).split())[:-len(" of")].strip(" ,;")
    return {"position": held, "organization": organisation} if held else None


_BODY_WORD = re.compile(r"\b(?:Board|Boards|Directors|Committee|Committees|Trustees|Partners|Members)\b")


def given_first(name: str) -> str:
    """'CHIA, Pei-yuan' -> 'Pei-yuan CHIA', 'SCOTT, Walter, Jr.' -> 'Walter SCOTT, Jr.' (a surname in capitals
    printed first, then a comma); any other name as printed."""
    name = rt.strip_numbering(name)[0].strip() or name
    surname, comma, given = name.partition(", ")
    given, _comma, suffix = given.partition(", ")
    if not comma or not surname.isupper() or not given or _SUFFIX.fullmatch(given) or suffix and not _SUFFIX.fullmatch(suffix):
        return name
    return f"{given} {surname}" + (f", {suffix}" if suffix else "")


_SUFFIX = re.compile(suffix_alternation(longest_first=True) + r"\.?")


def block_note(paragraph: str, name: str) -> dict[str, str] | None:
    """The values a paragraph states of `name` when every sentence of it states one (by the full name), else
    None."""
    who = _words(given_first(name))
    prose = " ".join(paragraph.split())
    sentences = re.split(rf"(?<=\.)\s+(?=The\s|{who}(?![\w-]))", prose)
    found: dict[str, str] = {}
    for sentence in sentences:
        kind, value = next(((k, m.group("v")) for k, p in _KINDS.items()
                            if (m := re.fullmatch(p.format(who=who), sentence, re.S))), (None, None))
        if kind is None or kind in found or re.search(r"[a-z]{2}\.\s+[A-Z]", value):
            return None  # (a sentence of another kind, a value stated twice, a sentence run into it)
        found[kind] = value[:-1] if value.endswith(".") and not _ABBREVIATION.search(value) else value
    return found or None
