"""Forty-ninth round (e), issue 13: two regressions of round 47 and a precision miss of gather58's
`stacked_name_affiliation_lines`. Texts of our own making; each test marked "fails on main" fails on main 07034dc
and passes here, the guards pass on both.

(1) kg/forms/roster_address_stated.py: a numbered entry's span closes on the next entry's name line, so the next
entry's 'Principal Business Address:' block was read inside the entry's own text and the preamble's default
withheld; the entry's own text now ends where a later person's evidence opens on its span's last line and runs past
it. (2) kg/forms/roster_stack_beside.py: a country closing the address under a name ('France') refused the address
(only a line wholly in brackets is the name's nationality). (3) kg/forms/roster_lead_unread.py, roster_lead_items.py:
in a stacked lead, a line whose first word would have fitted above and that opens no title is left out, never
joined to the occupation above; a first line wrapped inside its last title is read whole."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


_DEFAULT = "Harbourside Capital Inc., 80 Quay Street, Halifax NS B3J 1A1"

NUMBERED = f"""                                   EXHIBIT 3

               INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND
                    DIRECTORS OF HARBOURSIDE CAPITAL INC.

Except as otherwise indicated below, all persons named in this Exhibit 3 are
citizens of Canada, and the principal business address of each of them is
{_DEFAULT}.

1.       MS. GWENDOLYN ASHCROFT

         Principal Occupation:  Director and Chair of the Board of
                                Harbourside Capital Inc.

2.       MR. TOBIAS R. FENWICK

         Principal Business Address:
         Fenwick Maritime
         Holdings
         12 Barrington Street, Suite 400
         Halifax
         NS B3J 2K9

         Principal Occupation:  President, Fenwick Maritime Holdings

3.       MR. OLIVER PRENDERGAST

         Principal Occupation:  Director of Harbourside Capital Inc.
"""


def test_the_next_entrys_address_block_keeps_the_default_on_the_entry_above(tmp_path):  # fails on main
    people = _people(tmp_path, NUMBERED)
    assert people["Gwendolyn Ashcroft"]["address"] == _DEFAULT


def test_guard_an_entry_printing_its_own_address_keeps_no_default(tmp_path):
    people = _people(tmp_path, NUMBERED)
    assert people["Tobias R. Fenwick"]["address"] != _DEFAULT
    assert people["Oliver Prendergast"]["address"] == _DEFAULT


def _row(name: str, citizenship: str, occupation: str, position: str) -> str:
    return f"{name:<30}{citizenship:<15}{occupation:<36}{position}".rstrip()


def _table(under_second: str) -> str:
    return "\n".join([
        "                                  SCHEDULE I",
        "",
        "                     DIRECTORS AND EXECUTIVE OFFICERS OF",
        "                           HARBOURSIDE CAPITAL INC.",
        "",
        "     The following table sets forth the name, country of citizenship, present",
        "principal occupation or employment and position(s) with Harbourside Capital",
        "Inc. of each director and executive officer. Where no address appears beneath a",
        f"person's name, that person's business address is {_DEFAULT}.",
        "",
        "<TABLE>",
        "<CAPTION>",
        _row("", "Country of", "Present Principal", "Position(s) with"),
        _row("Name", "Citizenship", "Occupation or Employment", "Harbourside"),
        _row("----", "-----------", "------------------------", "----------------"),
        "<S>                           <C>            <C>                                 <C>",
        _row("Ashcroft, Gwendolyn", "Canada", "Chair, Harbourside Capital Inc.", "Director"),
        "",
        _row("Lemaire, Sylvain", "France", "Managing Director, Lemaire", "Director"),
        "  Lemaire Participations" + " " * 23 + "Participations",
        *under_second.split("\n"),
        "",
        _row("Prendergast, Oliver", "Canada", "", "Director"),
        "",
        "</TABLE>",
        ""])


OWN_ADDRESS_COUNTRY_LAST = _table("  14 rue de la Paix\n  75002 Paris\n  France")


def test_an_address_under_the_name_closing_on_a_country_is_read(tmp_path):  # fails on main
    people = _people(tmp_path, OWN_ADDRESS_COUNTRY_LAST)
    lemaire = people["Sylvain Lemaire"]
    assert lemaire["address"] and "75002 Paris" in lemaire["address"] and lemaire["address_country"] == "FR"
    assert people["Oliver Prendergast"]["address"] == _DEFAULT  # (guard: the default where none is printed)


STACKED = """<PAGE>
                                                       EXHIBIT 2


Names, positions, corporate affiliations, business addresses and citizenship of
the directors and executive officers of Harbourside Capital Inc.:

Harbourside Capital Inc.

Gwendolyn Ashcroft
Director, Harbourside Capital Inc.
Chief Executive
Ashcroft Ventures
Citizenship: Canada

Tobias R. Fenwick
Director, Harbourside Capital Inc.
Partner, Gale
Gale
Morrow
Citizenship: Canada

Oliver Prendergast
Director, Executive Officer, President and Co-Chief Executive
Officer, Harbourside Capital Inc.
Chairman, Prendergast Shipping
Citizenship: Canada

Marguerite Dubois
Director, Harbourside Capital Inc.
President and Chief Executive Officer, Laurentian Timber Corporation
Laurentian Timber Corporation
400 Rue Sherbrooke Ouest
Montreal QC H3A 1B5
Citizenship: Canada
"""


def test_an_employer_line_under_an_occupation_is_not_joined_to_it(tmp_path):  # fails on main
    people = _people(tmp_path, STACKED)
    assert people["Gwendolyn Ashcroft"]["other_positions"] == ["Chief Executive"]
    assert people["Tobias R. Fenwick"]["other_positions"] == ["Partner, Gale"]


def test_a_first_line_wrapped_inside_its_last_title_is_read_whole(tmp_path):  # fails on main
    people = _people(tmp_path, STACKED)
    assert "Officer" not in people["Oliver Prendergast"]["positions"]
    assert people["Oliver Prendergast"]["other_positions"] == ["Chairman, Prendergast Shipping"]


def test_guard_a_lead_closing_on_an_address_still_reads_it(tmp_path):
    dubois = _people(tmp_path, STACKED)["Marguerite Dubois"]
    assert dubois["other_positions"] == ["President and Chief Executive Officer, Laurentian Timber Corporation"]
    assert dubois["address_city"] == "Montreal"
