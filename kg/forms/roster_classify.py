"""One occupation (or title) item of a roster's entry as a position in the listed organisation or an other
position (kg.forms.roster_entry): a pure reading of the item and the organisation's names, kept once per item."""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from kg.forms import roster_types as rt
from kg.forms.roster_affiliations import is_organization_name
from kg.forms.roster_firm_appositive import described_firm
from kg.forms.roster_own import is_department, names_org, org_phrase, title_in_own_organization
from kg.forms.roster_rules import rules
from kg.forms.roster_wrap import TITLE_OPENING
from kg.read import clean

# One title of no body, or of the board or a committee named generically (kg.forms.roster_classify.classify)
_BARE_TITLE = re.compile(r"(?:(?!\bof\b)[^,])+?(?:\s+of\s+the\s+(?:board|(?:[A-Z][\w-]*\s+){1,2}committee))?", re.I)


@lru_cache(maxsize=16384)  # (a roster's titles and occupations recur: read once)
def classify(item: str, organization: str | None, aliases: tuple[str, ...], title_column: bool,
             default: str = "other", as_printed: bool | None = None) -> tuple[str, str]:
    """('position'|'other', text) for one occupation (or title) item: a title in the listed
    organisation is a position; a role naming another organisation is an other position."""
    flat = clean.squash(item.replace("\n", " ")) or ""
    org = (organization or "").casefold()
    as_printed = default == "position" if as_printed is None else as_printed
    if org and not as_printed and (tail := re.search(r"\s+(?:of|at|for|with)\s+(?:the\s+)?" + re.escape(org) + r"\W*$",
                                                      flat, re.I)):  # '... of Power Corporation of Canada'
        return "position", flat[:tail.start()]
    for name in [org] + [alias.casefold() for alias in aliases]:
        if (own := title_in_own_organization(flat, name)) is not None:
            listed = bool(re.search(r",|\s(?:and|&)\s", own))  # 'President and CEO of UCSG': the shared 'of X' goes
            referent = bool(rules().generic_referent.match(name)) or name != org or any(  # 'President of
                title_in_own_organization(flat, alias.casefold()) is not None for alias in aliases)
            # Purchaser', 'Director of AIG', 'Director of Canopy' (a short name the text defines): the defined term goes
            employer = flat[len(own):].lstrip().startswith(",")  # 'Vice-President, Power Corporation of Canada.': the
            # employer after the title, as an occupation names it: it goes
            bare = bool(_BARE_TITLE.fullmatch(own)) and rt.is_title(own) and not _names_board(own)  # 'Director of
            # ConAgra, Inc.', 'Chairman of the Board of Motorola' in a 'Position:' field: one title, of no body or of
            # the board or a committee named generically, the listed organisation after it goes (a body named
            # whole keeps it: 'Member of the Supervisory Board of STMicroelectronics N.V.'; a seat named by its
            # own word goes: 'General Partner of FLC XXX Partnership, L.P.', 'Directors of X')
            return "position", flat if as_printed and not (listed or referent or employer or bare) else own  # (a title
            # column keeps one title as printed: 'Member of the Supervisory Board of STMicroelectronics N.V.')
    phrase, appended = org_phrase(item)
    if phrase and org and not appended and fuzz.ratio(phrase.casefold().strip(" ."), org.strip(" .")) >= 90:
        # "Director of Refac": the title, in the listed organisation
        title = re.sub(r"\s+(?:of|at|for|with)\s+(?:the\s+)?" + re.escape(phrase) + r"\W*$", "", flat)
        return "position", clean.squash(title) or flat
    if (named := next((n for n in (org, *(_core(a, org) for a in aliases)) if n and names_org(phrase, n)), None)):
        title = item  # (the listed organisation, or the name it is defined as less its legal form: 'Scout Capital')
        while appended and phrase and names_org(phrase, named) and phrase in " ".join(title.split()):
            flat_title = " ".join(title.split())
            title = flat_title[: flat_title.rfind(phrase)].rstrip(" ,")
            phrase, appended = org_phrase(title)
        return "position", clean.squash(title) or flat
    if title_column and default == "other":
        return "other", re.sub(r"\s*,\s*$", "", ", ".join(p.strip(" ,") for p in item.splitlines()))
    if phrase and not rules().affiliation_not_org.match(phrase) and not is_department(phrase) and not (flat.count(",") == 1
            and TITLE_OPENING.match(phrase) and rules().affiliation_not_org.match(org_phrase(phrase)[0] or "")) and (
            rules().organization_words.search(phrase) or default == "other" and appended and is_organization_name(phrase) and not rt.is_title(phrase)
                   and not rules().affiliation_not_org.match(phrase) and not rt.body_of(phrase)):
        return "other", flat  # a role in another organisation: 'Managing Director, Dassault Investissements'
    if (firm := described_firm(flat)) and not names_org(firm, org):  # 'Senior Member of Caplin & Drysdale, a law
        return "other", flat  # firm in ...': the name is another organisation's
    return "position", flat


def _core(alias: str, org: str) -> str:
    """An alias of several words that opens the listed organisation's (folded) name: that name less its legal form
    ('Scout Capital' of 'Scout Capital Corp.'), folded; '' for any other (an acronym: 'AIG')."""
    folded = " ".join(alias.casefold().split())
    return folded if " " in folded and org.startswith(folded + " ") else ""


def _names_board(title: str) -> bool:
    """The title names a board whole ('Member of the Supervisory Board'), not a seat by its own word ('General
    Partner', 'Directors', 'Managing Member': the body the seat's word names)."""
    return bool(rt.body_of(title)) and bool(_BOARD_WORD.search(title))


_BOARD_WORD = re.compile(r"board", re.I)
