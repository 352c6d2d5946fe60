"""Thirty-second round (b), issue 13: an HTML table whose name cell holds the bold name with the bare citizenship
under it ('<b>Thomas H. Field</b>' / 'Canadian'), a row letter column ('A.', 'B.') under an empty header cell; a grid
of person cards (each <td> one person's whole entry, two side by side, no header); a name over a title opening with
'Co' ('Co Vice Chair of the Board'); a name whose words read as a street ('Bill Way') set apart over a title. Texts
of our own making. Each test marked "fails on main" failed on main c1c8b33 and passes here; the guards pass on both
and protect precision."""
from __future__ import annotations

import kg


def _read(tmp_path, text: str, suffix: str = "htm"):
    path = tmp_path / f"exhibit.{suffix}"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing


# ---- the citizenship under the name in the name cell --------------------------------------------------------------
PEOPLE = [("Thomas H. Field", "Canadian", ["Director"], "4028 Comanche Road N.W.<br>Calgary<br>Alberta T2L 0N8"),
          ("Marta Olsen", "Norway", ["Director", "Chief Financial Officer"], "Drammensveien 1<br>0250 Oslo<br>Norway"),
          ("Walter G. Brant", "U.S.", ["President"], "100 Main Street<br>Omaha, NE 68102")]


def _th_table(lettered: bool = False) -> str:
    heads = (["<th></th>"] if lettered else []) + [f"<th align='left'><u>{h}</u></th>" for h in (
        "Name and<br>Country of Citizenship", "Position(s) with<br>Scout Capital Corp.",
        "Present Principal Occupation<br>or Employment", "Residence or<br>Business Address")]
    rows = "".join("<tr>" + (f"<td>{'ABC'[i]}.</td>" if lettered else "")
                   + f"<td valign='top'><b>{name}</b><br>{country}</td><td valign='top'>{'<br>'.join(titles)}</td>"
                   f"<td valign='top'>&#8212;</td><td valign='top'>{address}</td></tr>"
                   for i, (name, country, titles, address) in enumerate(PEOPLE))
    return ("<html><body><p align='center'><b>SCHEDULE II</b></p><p>Set forth below are the name, country of "
            "citizenship, position(s) with Scout Capital Corp., present principal occupation or employment and "
            "residence or business address of each director and executive officer of Scout Capital Corp.</p>"
            f"<table><tr>{''.join(heads)}</tr>{rows}</table></body></html>")


def test_a_country_line_under_the_name_is_the_citizenship(tmp_path):
    """Fails on main: 'Thomas H. Field Canadian' (the name cell's two lines joined) was read as one person's name."""
    people, _filing = _read(tmp_path, _th_table())
    assert set(people) == {"Thomas H. Field", "Marta Olsen", "Walter G. Brant"}
    assert people["Thomas H. Field"].citizenship == "Canadian"
    assert people["Marta Olsen"].citizenship == "Norway"
    assert people["Marta Olsen"].positions == ["Director", "Chief Financial Officer"]


def test_a_capital_row_letter_beside_an_empty_header_cell(tmp_path):
    """Fails on main: 'A.' in a first column under an empty <th> was no row mark, so no row was read."""
    people, _filing = _read(tmp_path, _th_table(lettered=True))
    assert set(people) == {"Thomas H. Field", "Marta Olsen", "Walter G. Brant"}
    assert people["Walter G. Brant"].positions == ["President"]
    assert people["Walter G. Brant"].address_city == "Omaha"


def test_a_second_name_line_in_a_name_cell_is_not_a_citizenship(tmp_path):
    """Guard (passes on both): a name cell listing two persons stays no one person's entry."""
    table = _th_table().replace("<b>Marta Olsen</b><br>Norway", "<b>Marta Olsen</b><br>Henrik Olsen")
    people, _filing = _read(tmp_path, table)
    assert "Marta Olsen Henrik Olsen" not in people
    assert all(p.citizenship != "Henrik Olsen" for p in people.values())


# ---- a grid of person cards ---------------------------------------------------------------------------------------
CARDS = [["Laurent Dassault", "Director", "<i>Principal occupation:</i> Managing Director, Dassault Investissements",
          "<i>Business address:</i> 9, Rond-Point des Champs-Elysees", "75008 Paris, France",
          "<i>Citizenship:</i> France"],
         ["Andre Desmarais", "Director", "President and Co-Chief Executive Officer",
          "<i>Business address:</i> 751 Victoria Square", "Montreal QC H2Y 2J3", "<i>Citizenship:</i> Canada"],
         ["Steen Riisgaard", "Co Vice Chair of the Board", "<i>Business address:</i> Tuborg Havnevej 19",
          "2900 Hellerup", "Denmark", "<i>Citizenship:</i> Denmark"],
         ["Bill Way", "President", "Chief Executive Officer", "<i>Business address:</i> 10000 Energy Drive",
          "Spring, Texas 77389", "<i>Citizenship:</i> United States of America"]]


def _grid(cards: list[list[str]]) -> str:
    def cell(lines: list[str]) -> str:
        return "<td valign='top' width='50%'>" + "".join(
            f"<p style='margin:0'>{'<b>' + line + '</b>' if n == 0 else line}</p>" for n, line in enumerate(lines)) + "</td>"
    rows = "".join("<tr>" + "".join(cell(c) for c in cards[i:i + 2]) + "</tr>" for i in range(0, len(cards), 2))
    return ("<html><body><p align='center'><b>SCHEDULE A</b></p><p>Set forth below are the name, each position held "
            "with Power Corporation of Canada, the present principal occupation (where other than with Power "
            "Corporation of Canada), business address and citizenship of each director and executive officer of "
            f"Power Corporation of Canada.</p><table>{rows}</table></body></html>")


def test_each_card_is_one_persons_entry(tmp_path):
    """Fails on main: the second card of a row was read as the first card's values (Andre Desmarais and his
    address were not read)."""
    people, _filing = _read(tmp_path, _grid(CARDS[:2]))
    assert set(people) == {"Laurent Dassault", "Andre Desmarais"}
    assert people["Andre Desmarais"].citizenship == "Canada"
    assert people["Andre Desmarais"].address == "751 Victoria Square, Montreal QC H2Y 2J3"
    assert people["Laurent Dassault"].citizenship == "France"


def test_a_name_over_a_co_title_and_a_street_shaped_name_open_their_cards(tmp_path):
    """Fails on main: 'Steen Riisgaard' over 'Co Vice Chair of the Board' was read as a firm's name ('... Co') and
    'Bill Way' as an address line; each was put into the address of the card before it."""
    people, _filing = _read(tmp_path, _grid(CARDS))
    assert set(people) == {"Laurent Dassault", "Andre Desmarais", "Steen Riisgaard", "Bill Way"}
    assert people["Steen Riisgaard"].positions == ["Co Vice Chair of the Board"]
    assert people["Bill Way"].positions == ["President", "Chief Executive Officer"]
    assert people["Andre Desmarais"].address == "751 Victoria Square, Montreal QC H2Y 2J3"
    assert people["Bill Way"].address_city == "Spring"


def test_a_table_with_a_header_is_no_card_grid(tmp_path):
    """Guard (passes on both): a header row over name cells with the title under the name keeps the table a table
    (the address column is the person's, never a card of its own)."""
    rows = "".join(f"<tr><td valign='top'><b>{name}</b><br>{title}</td><td valign='top'>{address}</td></tr>"
                   for name, title, address in (("Anne Holt", "Director", "1 Main Street<br>Omaha, NE 68102"),
                                                ("Peter Lund", "Secretary", "2 Elm Street<br>Dallas, TX 75201")))
    text = ("<html><body><p align='center'><b>SCHEDULE A</b></p><p>The name, position with Acme Foods, Inc. and "
            "business address of each director and executive officer of Acme Foods, Inc. are set forth below.</p>"
            "<table><tr><th>Name and Position</th><th>Business Address</th></tr>" + rows + "</table></body></html>")
    people, _filing = _read(tmp_path, text)
    assert set(people) == {"Anne Holt", "Peter Lund"}
    assert people["Peter Lund"].address == "2 Elm Street, Dallas, TX 75201"
    assert people["Anne Holt"].positions == ["Director"]
