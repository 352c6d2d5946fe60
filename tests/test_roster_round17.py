"""Seventeenth round (issue 13): 'Name -- titles; occupation; address; citizenship', the fields of an entry cut
only at semicolons, with no labels. Each cause on a text of our own making (people and organisations invented
here). The dash reader (kg/forms/roster_dash.py) cuts its entries at full stops; a piece it cannot cut that holds
semicolons between more than titles is not one field: it is refused, never read as titles or as an address."""
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


def _people(tmp_path, text: str):
    path = tmp_path / "semicolons.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing.warnings


def test_an_occupation_cut_at_a_semicolon_is_not_read_as_a_title(tmp_path):
    """'Director; Chief Executive; Quillfeather Press; United States': before, the whole line was read as the
    person's titles, four of them ('Chief Executive' is another person's title here, 'United States' a
    citizenship); now no title, occupation, address or citizenship is read from it, and the entry is named."""
    people, warnings = _people(tmp_path, SEMICOLONS)
    assert {"Edwina R. Totter", "Rupert L. Haskard", "Noor A. Pellingham", "Clement J. Vance"} <= set(people)
    for name in ("Edwina R. Totter", "Rupert L. Haskard", "Noor A. Pellingham"):
        person = people[name]
        assert person.positions == [] and person.other_positions == [], name
        assert person.citizenship is None and person.address is None, name
    ambiguous = [w for w in warnings if w.code == "roster-ambiguous"]
    assert any("Quillfeather Press; United States" in w.message for w in ambiguous)


def test_an_address_cut_at_an_abbreviation_and_a_semicolon_is_refused(tmp_path):
    """'...LTD, 8 St. Mary's Lane, ...; U.S.': the full stop of 'St.' cut the entry, and the piece after it
    ('Mary's Lane, ..., UNITED KINGDOM; U.S.') was read as the address, with the citizenship inside it and the
    country of the citizenship as the address's country; now nothing of it is read."""
    people, _warnings = _people(tmp_path, SEMICOLONS)
    vance = people["Clement J. Vance"]
    assert vance.address is None and vance.address_country is None and vance.citizenship is None
    assert vance.positions == [] and vance.other_positions == []


def test_titles_joined_by_semicolons_are_still_titles():
    """A piece whose semicolons cut titles only ('Director; Chairman of the Board') is not refused by this rule:
    it is one field of titles, followed by the address and citizenship pieces cut at full stops."""
    text = HEAD + """\
Edwina R. Totter -- Director; Chairman of the Board. 14 Larch Hill Road, Dover, DE 19901. United States.

Rupert L. Haskard -- President; Chief Executive Officer. 14 Larch Hill Road, Dover, DE 19901. United States.

"""
    entries = read_dash(text, 0, len(text))
    assert entries and len(entries) == 2
    assert entries[0].fields.get("address") == "14 Larch Hill Road, Dover, DE 19901"
    assert entries[0].fields.get("citizenship") == "United States"
    assert not entries[0].doubts
