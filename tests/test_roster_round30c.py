"""Thirtieth round (c), issue 13: two layouts of a name line with title lines under it - the titles held in the
organisation in parentheses after the name, the occupations elsewhere, the address lines and 'Citizen of X' on
indented lines below (gather28's parenthesised_titles_after_name), and a name line with one bare line per title, a
citizenship in parentheses after the first, 'Business Address:' where not the default and the default address in
a sentence after the list (gather27's name_title_lines_paren_citizenship). Texts of our own making. Each test marked
"fails on main" failed on main fab5522 and passes here; here every test fails on main (nothing or the wrong
thing read); those marked guard protect precision."""
from __future__ import annotations

import kg

PREAMBLE = ("Set forth below are the name, present principal occupation or employment, business address and\n"
            "citizenship of each director and executive officer of Power Corporation of Canada. The position or\n"
            "positions held with Power Corporation of Canada by each such person are set forth in parentheses\n"
            "following his or her name.\n")
IND = "      "


def _read(tmp_path, text: str):
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _paren(entries: list[str]) -> str:
    return ("                                   SCHEDULE I\n\n      DIRECTORS AND EXECUTIVE OFFICERS OF POWER "
            "CORPORATION OF CANADA\n\n" + PREAMBLE + "\n" + "\n\n".join(entries) + "\n")


DESMARAIS = (f"Andre Desmarais (Director; President and Co-Chief Executive Officer)\n{IND}751 Victoria Square\n"
             f"{IND}Montreal QC H2Y 2J3\n{IND}Citizen of Canada")
DASSAULT = (f"Laurent Dassault (Director)\n{IND}Managing Director, Dassault Investissements\n"
            f"{IND}Dassault Investissements\n{IND}9 Rond-Point des Champs-Elysees\n{IND}75008 Paris, France\n"
            f"{IND}Citizen of France")
FRIBOURG = (f"Paul Fribourg (Director)\n{IND}Chairman, President and CEO\n{IND}Contigroup Companies Inc.\n"
            f"{IND}277 Park Avenue, 50th Floor\n{IND}New York, N.Y. 10172\n{IND}Citizen of the United States")


def test_parenthesised_titles_read_as_positions_and_lines_below_as_occupation_address_citizenship(tmp_path):
    """Fails on main (no person read): the titles in parentheses are the positions, the indented lines the
    occupation elsewhere, the address and the citizenship."""
    people = _read(tmp_path, _paren([DESMARAIS, DASSAULT, FRIBOURG]))
    assert people["Andre Desmarais"].positions == ["Director", "President and Co-Chief Executive Officer"]
    assert people["Andre Desmarais"].citizenship == "Canada"
    dassault = people["Laurent Dassault"]
    assert dassault.positions == ["Director"]
    assert dassault.other_positions == ["Managing Director, Dassault Investissements"]
    assert dassault.address.startswith("Dassault Investissements, 9 Rond-Point")


def test_lines_below_parenthesised_titles_are_never_positions(tmp_path):
    """Fails on main (no person read); guard: a bare title line under the name is an occupation elsewhere (the
    preamble says the organisation's titles are those in parentheses), never a position."""
    fribourg = _read(tmp_path, _paren([DESMARAIS, DASSAULT, FRIBOURG]))["Paul Fribourg"]
    assert fribourg.positions == ["Director"]
    assert fribourg.citizenship == "United States"


def test_uncertain_address_lines_are_left_out(tmp_path):
    """Fails on main (no person read); guard: a line that is neither a titled occupation nor an organisation's
    name before the street ('Self Employed Businessman') leaves the address out, never folded into it."""
    smith = (f"Geoffrey P. Smith (Director)\n{IND}Self Employed Businessman\n{IND}3030 Signal Hill Drive S.W.\n"
             f"{IND}Calgary, Alberta T3H 2X7\n{IND}Citizen of Canada")
    people = _read(tmp_path, _paren([DESMARAIS, smith, DASSAULT]))
    assert "Businessman" not in (people["Geoffrey P. Smith"].address or "")
    assert people["Geoffrey P. Smith"].positions == ["Director"]


def _lines(blocks: list[str], lettered: bool = False) -> str:
    head = ("                                                     EXHIBIT A\n\n\nNames, positions, principal "
            "occupations, citizenship and business addresses of\nthe directors and executive officers of Power "
            "Corporation of Canada:\n\nEach of the persons listed below is a citizen of Canada unless another\n"
            "country is shown in parentheses after the person's title.\n\nPower Corporation of Canada\n\n")
    if lettered:
        blocks = [f"{chr(65 + i)}.  " + b.replace("\n", "\n    ") for i, b in enumerate(blocks)]
    return (head + "\n\n".join(blocks) + "\n\nUnless another business address is shown above, the business "
            "address of each of\nthe above listed persons is:\n\n   751 Victoria Square\n   Montreal QC H2Y 2J3\n")


TITLE_BLOCKS = ["Laurent Dassault\nDirector (France)\nManaging Director, Dassault Investissements\nBusiness Address: "
                "Dassault Investissements, 9, Rond-Point des Champs-\n  Elysees, 75008 Paris, France",
                "Andre Desmarais\nDirector\nPresident and Co-Chief Executive Officer",
                "Paul G. Desmarais\nDirector\nChairman of the Executive Committee",
                "Paul Fribourg\nDirector (United States)\nChairman, President and CEO\nBusiness Address: Contigroup "
                "Companies Inc., 277 Park Avenue, 50th Floor,\n  New York, N.Y. 10172"]


def test_title_lines_with_citizenship_in_parentheses_and_default_address_after(tmp_path):
    """Fails on main (titles and companies mixed up, the parenthesised country kept in the title): the bare lines
    are the titles, the line naming a company the occupation, '(France)' the citizenship, the sentence after the
    list the default address."""
    for lettered in (False, True):
        people = _read(tmp_path, _lines(TITLE_BLOCKS, lettered))
        dassault = people["Laurent Dassault"]
        assert dassault.positions == ["Director"] and dassault.citizenship == "France"
        assert dassault.other_positions == ["Managing Director, Dassault Investissements"]
        assert people["Paul G. Desmarais"].positions == ["Director", "Chairman of the Executive Committee"]
        assert people["Andre Desmarais"].address == "751 Victoria Square, Montreal QC H2Y 2J3"
        assert people["Andre Desmarais"].organization == "Power Corporation of Canada"


def test_comma_title_without_company_is_left_out(tmp_path):
    """Fails on main (read as titles); guard: 'Chairman, President and CEO' under a person with an address of their own does not say whose titles
    they are: no position from it."""
    fribourg = _read(tmp_path, _lines(TITLE_BLOCKS))["Paul Fribourg"]
    assert fribourg.positions == ["Director"]
    assert fribourg.address.startswith("Contigroup Companies Inc.")
