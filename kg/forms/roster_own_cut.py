"""A title in the listed organisation run into an occupation elsewhere after a comma: 'Secretary of Purchaser,
Office of the Secretary, Deutsche Bank Group-Americas' is the title 'Secretary of Purchaser' and the occupation
'Office of the Secretary, Deutsche Bank Group-Americas' (where others of the same roster print a ';' between them).

Cut only where what follows the comma is a role or names an organisation of its own, never a legal form or a
place ('Director of Purchaser, Inc.', 'President of Acme, New York' stay whole)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_own import LEGAL
from kg.forms.roster_wrap import LEGAL_FORM


def cut_after_own_titles(items: list[str], names: list[str]) -> list[str]:
    """Each item cut by `cut_after_own_title` ('Secretary of X, Head of Y, Z': two items)."""
    return [cut for item in items for cut in cut_after_own_title(item, names)]


def cut_after_own_title(item: str, names: list[str]) -> list[str]:
    """`item` as one or two items: cut at the comma after 'TITLE of OWN' (OWN one of `names`, the listed
    organisation and its aliases) when a role or another organisation follows."""
    flat = " ".join(item.split())
    for name in (n for n in names if n and len(n) >= 3):
        bare = LEGAL.sub("", name).strip(" ,.")
        own = re.compile(r"^(.+?\s(?:of|at|for|with)\s+(?:the\s+)?(?:" + re.escape(name) + "|" + re.escape(bare) + r"))\.?,\s+(.+)$",
                         re.I)
        match = own.match(flat) if bare else None
        if not match or not rt.is_title(match.group(1).split(" of ")[0].split(" at ")[0]):
            continue
        rest = match.group(2).strip()
        if LEGAL_FORM.fullmatch(rest.split(",")[0].strip(" .")) or not rest[:1].isupper():
            continue  # ('Director of Purchaser, Inc.': the name's legal form)
        if "," in rest or re.search(r"\s(?:of|at|for|with)\s+(?:the\s+)?[A-Z]", rest) or rt.is_title(rest):
            return [match.group(1), rest]  # (a role, or an organisation named: '..., Deutsche Bank Group-Americas')
    return [item]


def cut_stacked_own_titles(items: list[str], names: list[str]) -> list[str]:
    """Each item cut by `_stacked_own_titles` (titles stacked one a line: 'Director of X' / 'President of X')."""
    return [cut for item in items for cut in (_stacked_own_titles(item, names) or [item])]


def _stacked_own_titles(item: str, names: list[str]) -> list[str]:
    """'Director of X' / 'Executive Officer of X' / 'President': titles in the listed organisation X stacked one a
    line (a name cell's lines, each title wrapping onto lines of its own), run together without a comma (a wrap's
    joining may have joined two of them on one line); cut after each 'TITLE of X' that a capital follows, and only
    where every piece is a title ('Director of X Trust Company' stays whole)."""
    for name in (n for n in names if n and len(n) >= 3):
        spelled = r"\s+".join(re.escape(word) for word in name.split())
        own = re.compile(r"(?<=\s)(?:of|at|for|with)\s+(?:the\s+)?" + spelled + r"\.?\s+(?=[A-Z])", re.I)
        ends = [found.end() for found in own.finditer(item)]
        if not ends:
            continue
        pieces = [" ".join(item[start:end].split()) for start, end in zip([0, *ends], [*ends, len(item)])]
        heads = [re.split(r"\s(?:of|at|for|with)\s", piece, maxsplit=1)[0] for piece in pieces]
        if all(piece and rt.is_title(head) for piece, head in zip(pieces, heads)):
            return pieces
    return []


_AND_NEXT = re.compile(r",\s+and\s+")
_NAMES_ORG = re.compile(r"\s(?:of|at|for|with)\s+(?:the\s+)?[A-Z]")


def cut_two_roles(item: str) -> list[str]:
    """'Head of the endowment fund for the National University of Singapore, and main board member of Samsung
    Electronics, Korea': two roles, each naming its organisation, joined by ', and'; cut there (only where both
    sides name one and what follows opens with a title)."""
    flat = " ".join(item.split())
    pieces = _AND_NEXT.split(flat)
    if len(pieces) != 2 or not all(_NAMES_ORG.search(piece) for piece in pieces):
        return [item]
    role = _NAMES_ORG.split(pieces[1], maxsplit=1)[0]
    return pieces if rt.is_title(role) and len(role.split()) <= 5 else [item]


def without_own_name(items: list[str], names: list[str]) -> list[str]:
    """`items` less any that is only the listed organisation's name (one of `names`): 'Director, Southwestern
    Energy Company.' parts into the seat and the organisation it is held in, which is no title."""
    own = {_folded(name) for name in names if name}
    return [item for item in items if _folded(item) not in own]


def _folded(text: str) -> str:
    return " ".join(text.split()).strip(" ,.").casefold()
