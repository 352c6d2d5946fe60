"""The name of a cell that prints the name and the address as one comma-joined string, under a caption that says
the column holds both ('Name and Business Address': 'Bruce C. Rohde, One ConAgra' / 'Drive, Omaha, NE 68102',
'ROHDE, Bruce C., One ConAgra', 'Walter Scott, Jr., Peter Kiewit'). The name is the first comma part, a whole
name in its printed order, or a surname printed in capitals and the given name after it (the NER finds a person in
it, capitalised words alone are not enough: 'Federal Way, Boise' is no name), never an organisation nor a street; a
suffix after its own comma ('Jr.') stays with the name; the rest of the cell is the address. Where neither reading is certain (a
surname in mixed case, 'Rohde, Bruce C., One ConAgra'; a first part that is no person's name) there is no split
(kg.forms.roster_name_address then leaves the person out)."""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_names import only_affixes
from kg.forms.roster_wrap import LEGAL_FORM

_CAPITAL_SURNAME = re.compile(r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*")  # 'ROHDE', 'VAN DER BERG'


def split_name_address(printed: str) -> tuple[str, str] | None:
    """(name, the rest of the cell line after the name's comma) of a name cell's first line; None where the
    line has no comma or its first parts are no certain name."""
    from kg.forms.roster_junk import junk_rules  # (roster_junk imports the guard that imports the grid)
    if "," not in printed:
        return None
    parts = printed.split(",")
    first = parts[0].strip()
    if rt.is_organization(first) or junk_rules()["name_organization_words"].search(first.casefold()) \
            or junk_rules()["name_address_words"].search(first.casefold()) or LEGAL_FORM.fullmatch(parts[1].strip()):
        return None  # ('ASTAR Air Cargo, Inc.', 'Valmont Industries, Inc.': an employer; 'Kiewit Plaza, Omaha': a
        # street, never a name)
    if len(first.split()) >= 2 and not _CAPITAL_SURNAME.fullmatch(first) \
            and rt.is_person_name(first, in_name_column=False):
        taken = 1  # 'Bruce C. Rohde, One ConAgra'
    elif _CAPITAL_SURNAME.fullmatch(first) and len(parts) >= 2 and parts[1].strip() \
            and rt.is_person_name(f"{parts[1].strip()} {first.title()}", in_name_column=False):
        taken = 2  # 'ROHDE, Bruce C., One ConAgra': the capitals mark the inversion
    else:
        return None
    while taken < len(parts) and parts[taken].strip() and only_affixes(parts[taken]) \
            and not re.fullmatch(r"\s*[A-Z]\.?\s*", parts[taken]):
        taken += 1  # 'Walter Scott, Jr., Peter Kiewit' (never an address's initial)
    name = ",".join(parts[:taken]).strip()
    rest = ",".join(parts[taken:]).strip()
    if not rest and not printed.rstrip().endswith(","):
        return None  # (the name alone on its line, or a name wrapped to the next: not this layout's string)
    if rt.is_title(rest.split(",")[0]) and not rt.is_address_line(rest):
        return None  # ('Bruce C. Rohde, Director': a title after the name, never an address)
    return name, rest


def address_after_name(rest: str, below: list[str]) -> list[str]:
    """The address of the cell after the name split off its first line: one comma-joined string wrapped where the
    column ends, its lines joined ('One ConAgra' / 'Drive, Omaha, NE 68102'; 'Champs-' / 'Elysees')."""
    address = ""
    for line in (part.strip() for part in [rest, *below] if part.strip()):
        glue = "" if not address or address.endswith("-") and line[:1].isupper() else " "
        address = f"{address}{glue}{line}"
    return [address] if address else []


def citizenship_closing_stacks(entries: list[Entry], roles: list[list[str]], name_column: int) -> None:
    """Under a name column captioned for the address and then the citizenship ('NAME, BUSINESS ADDRESS AND
    CITIZENSHIP'), where no other column holds either: when every entry's stack closes with a country (the
    citizenship read already, or the address's last line a country), that last line is each entry's citizenship
    the caption announces, never the address's country ('Schaumburg, Illinois 60196' / 'United States'). One
    entry whose stack closes otherwise, and the table's country lines stay with the addresses."""
    own = roles[name_column]
    if "address" not in own or "citizenship" not in own or own.index("address") > own.index("citizenship") \
            or any({"address", "citizenship"} & set(r) for i, r in enumerate(roles) if i != name_column):
        return
    closing = []
    for entry in entries:
        lines = (entry.fields.get("address") or "").split("\n")
        if entry.fields.get("citizenship"):
            continue
        if len(lines) < 2 or not rf.is_citizenships(lines[-1].strip()):
            return
        closing.append((entry, lines))
    if len(entries) < 2:
        return
    for entry, lines in closing:
        entry.fields["address"] = "\n".join(lines[:-1])
        entry.fields["citizenship"] = lines[-1].strip()
