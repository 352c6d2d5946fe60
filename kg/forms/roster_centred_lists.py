"""Names centred one a line under centred title headings (one entry, `read_centred_lists`), as Forstmann Little's
Schedule I prints a roster:

         The following are the directors and executive officers of Acme Corp. The business address of each of
    the following persons is 1 Main Street, Springfield, Ohio 45501 and each is a citizen of the United States,
    except as set forth below.

                                      President
                                 Chief Executive Officer of
                                     Acme Corp.

                                    Jane Q. Doe

         The present principal occupation of Jane Q. Doe is ... Jane Q. Doe is a citizen of Canada.

- A heading is a block of centred lines right above a block of centred names: its last line the organisation the
  preamble names, the line above it '<title> of', the lines above that one title each: every name under it holds
  those titles there. A heading of one line that ends no '<title> of' gives no title (its names are read, no title).
- The preamble's business address and citizenship 'of each of the following persons' are every person's, but where
  a paragraph under the list, or a sentence of the preamble after 'except as set forth below.', states that person's
  own (kg.forms.roster_preamble_own: where those sentences are not read for certain, no default is given).
- A paragraph under a list gives its values to the one person of that list it names by full name, every sentence a
  value of theirs (kg.forms.roster_block_notes); any other paragraph, a heading of any other shape, or a name line
  that is no person's name: nothing is read (another layout's, or not certain).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_block_notes import block_note, given_first
from kg.forms.roster_entry import Entry
from kg.forms.roster_preamble_own import preamble_own_values

CENTRE_SLACK = 1.0  # (a centred line's midpoint: half a column either way of the others')
_BLOCK = re.compile(r"^[ \t]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", re.M)  # lines with text, up to a blank line
_OPENING = re.compile(r"The\s+following\s+are\s+the\s+(?:directors|executive\s+officers|officers|general\s+partners|"
                      r"partners|members|managers|trustees)\b[^.]*?\s+of\s+(?=[A-Z])")
_ADDRESS = re.compile(r"\bbusiness\s+address\s+of\s+each\s+of\s+the\s+following\s+persons\s+is\s+(?P<v>.+?)"
                      r"(?=\s+and\s+each\s+is\b|,?\s+except\s+as\s+set\s+forth\s+below|\.$)", re.I)
_CITIZEN = re.compile(r"\b(?i:each)\s+is\s+(?:a\s+citizen\s+of\s+(?:the\s+)?(?P<of>[A-Z][^,]*?)|a\s+(?P<adj>[A-Z]\w+)\s+"
                      r"citizen)(?:,\s+except\s+as\s+set\s+forth\s+below)?\.$")
_SENTENCE = re.compile(r"\.\s+(?:The|Each|All|Unless|Except)\s|\.\s+[A-Z][a-z]*\s+[a-z]")  # (run into the next sentence)
_RULE = re.compile(r"[-=_]{3,}|([-=_*])(?: \1){2,}")  # ('-----', or a centred '- - -' between lists)
_DEBRIS = re.compile(r"<PAGE>|\f|[A-Z]{0,3}-?\d{1,3}-?|.{0,40}\(continued\)", re.I)  # (a page break's lines)
_CONTINUES = re.compile(r"(?:\b(?:and|of|for|the|to|in|&)|[-,;&/])$", re.I)  # (a line that runs on to the next)


def read_centred_lists(text: str, start: int, end: int) -> list[Entry] | None:
    """The entries of centred name lists under centred '<titles> of' / '<Org>' headings in text[start:end] (after a
    preamble 'The following are the directors ... of <Org>.'), or None where the text is not certainly that."""
    blocks = [b for b in _BLOCK.finditer(text, start, end) if not all(_DEBRIS.fullmatch(x.strip()) or _RULE.fullmatch(
        x.strip()) for x in b.group(0).splitlines())]
    opening = next((i for i, b in enumerate(blocks) if _OPENING.match(" ".join(b.group(0).split()))), None)
    if opening is None:
        return None
    preamble = " ".join(blocks[opening].group(0).split())
    org = preamble[_OPENING.match(preamble).end():]  # (the organisation, and the rest of the preamble)
    defaults = _defaults(preamble)
    entries: list[Entry] = []
    group: list[Entry] = []
    index = opening + 1
    while index < len(blocks):
        block = blocks[index]
        if group and (noted := _note(block.group(0), group)) is not None:
            noted[0].fields.update(noted[1])
            noted[0].evidence = block.span()  # (the paragraph: the lines between are other persons')
            index += 1
            continue
        if index + 1 >= len(blocks) or (fields := _heading(text, block, org)) is None:
            return None
        group = []
        while index + 1 < len(blocks) and (names := _names(text, blocks[index + 1])) is not None:
            group += [Entry(name=name, name_span=span, evidence=span, fields=dict(fields)) for name, span in names]
            index += 1
        if not group:
            return None
        entries += group
        index += 1
    preamble_own_values(preamble, entries)  # ('..., except as set forth below. Jane Q. Doe is a citizen of Canada.')
    for entry in entries:
        entry.fields.update({k: v for k, v in defaults.items() if k not in entry.fields and k not in entry.refused})
    return entries if len(entries) >= 2 else None


def _defaults(preamble: str) -> dict[str, str]:
    """The address and citizenship the preamble gives each of the following persons."""
    found = {}
    if (address := _ADDRESS.search(preamble)) and not _SENTENCE.search(address.group("v")):
        found["address"] = address.group("v")
    if (citizen := _CITIZEN.search(preamble)) and not _SENTENCE.search(citizen.group(0)):
        found["citizenship"] = citizen.group("of") or citizen.group("adj")
    return found


def _lines(text: str, block: re.Match) -> list[tuple[int, int, str]]:
    """(column, offset, line stripped) of each line of the block."""
    out, at = [], block.start()
    for row in block.group(0).split("\n"):
        column = len(row) - len(row.lstrip())
        line_start = text.rfind("\n", 0, at) + 1
        out.append((at - line_start + column, at + column, row.strip()))
        at += len(row) + 1
    return out


def _centred(lines: list[tuple[int, int, str]]) -> bool:
    """Every line starts right of the margin and all share one midpoint."""
    middles = [column + len(line) / 2 for column, _at, line in lines]
    return all(column > 4 for column, _at, _line in lines) and max(middles) - min(middles) <= 2 * CENTRE_SLACK


def _heading(text: str, block: re.Match, org: str) -> dict[str, str] | None:
    """The fields a centred heading gives every name under it: '<title>' ... '<title> of' / '<Org>' (or '<title> of
    <Org>' on one line), the organisation the one the preamble opens with (`org`), gives those titles there; one
    short line of another shape gives none; any other heading is None."""
    lines = [x for x in _lines(text, block) if not _RULE.fullmatch(x[2])]
    printed = [line for _c, _a, line in lines]
    if not lines or not _centred(lines):
        return None
    if len(printed) == 1 and (one := re.fullmatch(r"(.+?)\s+of\s+(.+)", printed[0])) and _opens(one.group(2), org):
        printed = [f"{one.group(1)} of", one.group(2)]  # ('President of Harwell Mills, Inc.')
    elif len(printed) == 1:
        only = printed[0]
        return {} if not re.search(r"\bof\b", only) and not rt.is_person_name(only) and len(only.split()) <= 4 else None
    if not _opens(printed[-1], org) or not re.search(r"\s+of$", printed[-2]):
        return None
    titles = printed[:-2] + [re.sub(r"\s+of$", "", printed[-2])]
    if any(not t[:1].isupper() or _CONTINUES.search(t) or t.endswith(" of") or rt.is_person_name(t) for t in titles):
        return None  # (a title wrapped over two lines, or cut: not certainly one title a line)
    return {"position": "; ".join(titles), "organization": printed[-1]}


def _opens(named: str, org: str) -> bool:
    """The organisation a heading names is the one the preamble names, whole ('Acme' is not 'Acme Holdings')."""
    return bool(re.match(re.escape(" ".join(named.split()).rstrip(".")) + r"(?:\.(?:\s|$)|,\s|$)", org))


def _names(text: str, block: re.Match) -> list[tuple[str, tuple[int, int]]] | None:
    """Each line of a block of centred names (numbered or not, 'SURNAME, Given' or not), or None."""
    lines = _lines(text, block)
    if not _centred(lines) and len(lines) > 1 or lines[0][0] <= 4:
        return None
    names = []
    for _column, at, line in lines:
        name = rt.strip_numbering(line)[0].strip() or line
        if re.search(r"\S {3,}\S", line) or not rt.is_person_name(given_first(name)):
            return None
        names.append((line, (at, at + len(line))))
    return names


def _note(paragraph: str, group: list[Entry]) -> tuple[Entry, dict[str, str]] | None:
    """The one person of the list a paragraph under it is about, and the values it states of them; None where it
    names none of them or more than one, or states a value already given."""
    found = [(entry, note) for entry in group if (note := block_note(paragraph, entry.name)) is not None]
    if len(found) != 1 or set(found[0][1]) & {"other_positions", "address", "citizenship"} & set(found[0][0].fields):
        return None
    return found[0]
