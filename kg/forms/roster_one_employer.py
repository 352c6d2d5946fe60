"""An employer column of its own naming the listed organisation once beside several occupations (kg.forms.roster_entry):
which of them are titles there, which are held elsewhere, and which read both ways (left out)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.forms import roster_types as rt
from kg.forms.roster_later_office import listed_office
from kg.read import clean

if TYPE_CHECKING:
    from kg.forms.roster_entry import Roster


def beside_one_employer(items: list[str], address: str | None, roster: Roster, others: list[str],
                        undecided: list[str], beside: str = "") -> list[str]:
    """The items held at the listed organisation an employer column names once beside several occupations: those on
    the employer's rows (`beside`: 'Director; President and' / 'Co-Chief Executive Officer'), else the first; a later
    one naming another organisation is held there (into `others`), as is one beside a business address opening with
    another organisation's name ('Contigroup Companies Inc., 277 Park Avenue'); any other later one is the listed
    organisation's when the business address is its too. In a fixed-width table (`beside` known: the rows of the
    entry), a later one stands on rows under the employer's cell, that cell empty beside it: the column gives it no
    employer, so it is held outside the listed organisation ('Director' beside 'Castlerigg Master' / 'Investments
    Ltd.', then 'Portfolio Manager': an occupation elsewhere, its employer what its own words name, or none) unless
    it is an office the entry gives no other employer (a title under the first: kg.forms.roster_later_office); in a
    cell of HTML (no rows) it reads both ways and is left out (`undecided`)."""
    from kg.forms.roster_entry import _classify, _is_own, _names_own  # (the entry's own readings)
    first_line = (address or "").strip().splitlines()[0].split(",")[0] if (address or "").strip() else ""
    if len(items) < 2:
        return items
    own_address = bool(first_line) and _is_own(first_line, roster)
    flat = _words(beside)
    held = next((n for n in range(len(items), 0, -1) if flat and _words(" ".join(items[:n])) == flat), 1)
    firm = re.split(r",\s*(?=\d)|\n", (address or "").strip())[0]  # ('ASTAR Air Cargo, Inc.', 'Tennant Company')
    elsewhere = bool(firm) and rt.is_organization(firm) and not _is_own(firm, roster)
    kept = items[:held]
    for item in items[held:]:
        kind, text = _classify(item, roster, title_column=False)
        named = kind == "other" and not _names_own(item, roster)  # ('... of IDT Corporation' beside 'c/o INH')
        if own_address and not named:
            kept.append(item)
            continue
        if beside and listed_office(item, named, address, items, roster):
            kept.append(item)  # (an office, no other employer named: the listed organisation's, a title under the first)
            continue
        apart = bool(beside) and not _names_own(item, roster)  # (under the employer's rows, its cell empty beside it)
        (others if named or apart or elsewhere and not _names_own(item, roster) else undecided).append(
            text if kind == "other" else clean.squash(item.replace("\n", " ")) or text)
    return kept


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\s;]+", text.replace(";", " ")))
