"""Seventeenth round (issue 13): 'Name -- titles; occupation; address; citizenship', the fields of an entry cut
only at semicolons, with no labels, in an order the preamble states once. Each cause on a text of our own making (people and organisations invented
here). The dash reader (kg/forms/roster_dash.py) cuts its entries at full stops; a piece it cannot cut that holds
semicolons between more than titles is not one field: it is read by the order the preamble states
(kg/forms/roster_semicolons.py) where its pieces fit that order, else refused, never read as titles or as an address."""
from __future__ import annotations

import kg
from kg.forms.roster_dash import read_dash

HEAD = """\
                                   SCHEDULE I

          DIRECTORS AND EXECUTIVE OFFICERS OF BRAMLEY ORCHARD MILLS, INC.

Set forth below for each director and executive officer of Bramley Orchard
Mills, Inc. is the following information, in this order: name -- position
with Bramley Orchard Mills, Inc.; present principal occupation or employment,
if other than that position; business address; and citizenship.

"""

SEMICOLONS = HEAD + """\
Edwina R. Totter -- Director; Chief Executive; Quillfeather Press; United States

Rupert L. Haskard -- Director; Retired Chairman; 14 Larch Hill Road; United
    States

Noor A. Pellingham -- Chief Executive; Bramley Orchard Mills; United States

Clement J. Vance -- Director; Calder Lane Partners, LTD, 8 St. Mary's Lane,
    Leeds LS1 4AB England, UNITED KINGDOM; U.S.

"""


NO_ORDER = HEAD.replace("is the following information, in this order: name -- position\nwith",
                        "is the name,\nposition with").replace("; business address; and citizenship.",
                                                               ", business address and citizenship.")


def _people(tmp_path, text: str):
    path = tmp_path / "semicolons.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing.warnings


def test_an_occupation_cut_at_a_semicolon_is_not_read_as_a_title_without_a_stated_order(tmp_path):
    """'Director; Chief Executive; Quillfeather Press; United States' where the preamble states no order: before,
    the whole line was read as the person's titles, four of them ('Chief Executive' is another person's title
    here, 'United States' a citizenship); now nothing is read from it, and the entry is named."""
    assert "in this order" not in NO_ORDER and "Mills, Inc. is the name," in NO_ORDER
    people, warnings = _people(tmp_path, SEMICOLONS.replace(HEAD, NO_ORDER))
    assert {"Edwina R. Totter", "Rupert L. Haskard", "Noor A. Pellingham", "Clement J. Vance"} <= set(people)
    for person in people.values():
        assert person.positions == [] and person.other_positions == [], person.name
        assert person.citizenship is None and person.address is None, person.name
    ambiguous = [w for w in warnings if w.code == "roster-ambiguous"]
    assert any("Quillfeather Press; United States" in w.message for w in ambiguous)


def test_an_address_cut_at_an_abbreviation_and_a_semicolon_is_refused_without_a_stated_order(tmp_path):
    """'...LTD, 8 St. Mary's Lane, ...; U.S.': the full stop of 'St.' cut the entry, and the piece after it
    ('Mary's Lane, ..., UNITED KINGDOM; U.S.') was read as the address, with the citizenship inside it and the
    country of the citizenship as the address's country; now nothing of it is read."""
    people, _warnings = _people(tmp_path, SEMICOLONS.replace(HEAD, NO_ORDER))
    vance = people["Clement J. Vance"]
    assert vance.address is None and vance.address_country is None and vance.citizenship is None


def test_the_stated_order_gives_each_semicolon_piece_its_field(tmp_path):
    """'in this order: name -- position ...; present principal occupation ..., if other than that position;
    business address; and citizenship': four pieces are read in that order, three pieces leave out the
    occupation (the preamble says it is printed only where it differs), whatever their commas and full stops."""
    people, _warnings = _people(tmp_path, SEMICOLONS)
    totter = people["Edwina R. Totter"]
    assert totter.positions == ["Director"] and totter.other_positions == ["Chief Executive"]
    assert totter.address == "Quillfeather Press" and totter.citizenship == "United States"
    assert people["Rupert L. Haskard"].address == "14 Larch Hill Road"
    assert people["Rupert L. Haskard"].other_positions == ["Retired Chairman"]
    pellingham = people["Noor A. Pellingham"]
    assert pellingham.positions == ["Chief Executive"] and pellingham.other_positions == []
    assert pellingham.address == "Bramley Orchard Mills" and pellingham.citizenship == "United States"
    vance = people["Clement J. Vance"]
    assert vance.positions == ["Director"] and vance.other_positions == [] and vance.citizenship == "U.S."
    assert vance.address == "Calder Lane Partners, LTD, 8 St. Mary's Lane, Leeds LS1 4AB England, UNITED KINGDOM"


def test_pieces_that_do_not_fit_the_stated_order_are_refused(tmp_path):
    """Two occupations make five pieces where the order states four: which piece is the address is not printed;
    nothing of the entry is read (a `roster-ambiguous` finding). A last piece that is no citizenship, or a
    first that is no title, is refused too."""
    text = SEMICOLONS.replace("Director; Chief Executive; Quillfeather Press; United States",
                              "Director; Chief Executive; Partner, Yarrow Fields; Quillfeather Press; United States")
    text = text.replace("Chief Executive; Bramley Orchard Mills; United States",
                        "Chief Executive; Bramley Orchard Mills; 14 Larch Hill Road")
    people, warnings = _people(tmp_path, text)
    for name in ("Edwina R. Totter", "Noor A. Pellingham"):
        person = people[name]
        assert person.positions == [] and person.other_positions == [] and person.address is None, name
        assert person.citizenship is None, name
    assert people["Rupert L. Haskard"].positions == ["Director"]
    assert sum(w.code == "roster-ambiguous" for w in warnings) == 2


def test_two_occupations_between_the_titles_and_an_address_are_both_read(tmp_path):
    """Five pieces where the order states four, the address piece an address (a street number) and neither
    extra piece one: the occupation is the one field that may repeat, so both pieces between are occupations."""
    text = SEMICOLONS.replace("Director; Retired Chairman; 14 Larch Hill Road; United\n    States",
                              "Director; Retired Chairman, Larch Mills; Trustee, Dover Library; 14 Larch Hill\n"
                              "    Road, Dover, DE 19901; United States")
    people, _warnings = _people(tmp_path, text)
    haskard = people["Rupert L. Haskard"]
    assert haskard.positions == ["Director"]
    assert haskard.other_positions == ["Retired Chairman, Larch Mills", "Trustee, Dover Library"]
    assert haskard.address == "14 Larch Hill Road, Dover, DE 19901" and haskard.citizenship == "United States"


def test_titles_joined_by_semicolons_are_still_titles():
    """A piece whose semicolons cut titles only ('Director; Chairman of the Board') is not refused by this rule:
    it is one field of titles, followed by the address and citizenship pieces cut at full stops."""
    text = NO_ORDER + """\
Edwina R. Totter -- Director; Chairman of the Board. 14 Larch Hill Road, Dover, DE 19901. United States.

Rupert L. Haskard -- President; Chief Executive Officer. 14 Larch Hill Road, Dover, DE 19901. United States.

"""
    entries = read_dash(text, 0, len(text))
    assert entries and len(entries) == 2
    assert entries[0].fields.get("address") == "14 Larch Hill Road, Dover, DE 19901"
    assert entries[0].fields.get("citizenship") == "United States"
    assert not entries[0].doubts
