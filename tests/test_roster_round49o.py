"""Round 49o (issue 13): an own address sentence in the preamble ended by the sentence giving everyone's
citizenship; a surname printed first in capitals before a hyphenated given name; a serial comma's 'and' after
'Vice President'; the organisation named by a preamble's last words. Texts of our own making."""
from __future__ import annotations

import kg
from kg.forms.roster_positions import split_positions
from kg.records import to_dict

FLAGS = """Schedule I

Directors and Executive Officers of Halvern Mining Corporation

Set forth below are the name and present principal occupation or employment of each director and executive \
officer of Halvern Mining Corporation. Unless otherwise indicated, the business address of each such person is \
200 Bay Street, Toronto ON M5J 2J2. The business address of Pierre Lemaire is Lemaire Conseil, 12, rue de la Paix, \
75002 Paris, France. Each such person is a citizen of Canada, except Pierre Lemaire, who is a citizen of France.

|Executive
|Name
|Director
|Officer
|Present Principal Occupation or Employment
|Pierre Lemaire
|Yes
|No
|
Managing Director, Lemaire Conseil
|Margaret Olsen
|Yes
|Yes
|
President and Chief Executive Officer of Halvern Mining Corporation
|Donald Keefe
|No
|Yes
|
Chief Financial Officer, Vice President, and Secretary of Halvern Mining Corporation
"""

CAPITALS = """<html><head><title>Schedule I</title></head><body>
<p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF VALMONT HOLDING</b></p>
<p>The following table sets forth the name, business address, position with Valmont Holding and present principal \
occupation or employment of each director and executive officer of Valmont Holding. Unless otherwise indicated in \
the last column, each such person is a citizen of Republic of France.</p>
<table border="1">
<tr><th>Name</th><th>Business Address</th><th>Position with Valmont Holding</th><th>Present Principal Occupation</th>\
<th>Citizenship (if other than Republic of France)</th></tr>
<tr><td>MOREAU Claire</td><td>14<br>rue Royale<br>75008 Paris<br>France</td><td>Member, Conseil d&#x27;Administration\
</td><td>Head of Finance, Banque Lyonnaise</td><td></td></tr>
<tr><td>DUPONT Jean-Pierre</td><td>16<br>rue Royale<br>75008 Paris<br>France</td><td>Member, Conseil \
d&#x27;Administration</td><td>Executive Manager, Banque Lyonnaise</td><td></td></tr>
<tr><td>CHIA Pei-yuan</td><td>18<br>rue Royale<br>75008 Paris<br>France</td><td>Member, Conseil \
d&#x27;Administration</td><td>Executive Manager, Banque Lyonnaise</td><td></td></tr>
</table>
</body></html>
"""

_ROW = "{:<30}{:<40}{}"
WRAPPED_TITLE = "\n".join([
    " " * 33 + "SCHEDULE II", "", " " * 21 + "DIRECTORS AND EXECUTIVE OFFICERS OF", " " * 33 + "VAL FINANCE", "",
    "Set forth below are the name, present position with Val Finance, present",
    "principal occupation or employment and business address and, in parentheses,",
    "the citizenship of each director and executive officer of Val Finance.", "", "<TABLE>", "<CAPTION>", "=" * 100,
    " " * 30 + "PRESENT POSITION WITH",
    _ROW.format("NAME AND CITIZENSHIP", "VAL FINANCE AND PRINCIPAL OCCUPATION", "BUSINESS ADDRESS"), "=" * 100,
    _ROW.format("<S>", "<C>", "<C>"), "", "DIRECTORS", "---------", "",
    _ROW.format("Henri Dupuis", "Member, Conseil d'Administration, Val", "21, avenue Matignon, 75008"),
    _ROW.format("(Republic of France)", "  Finance", "Paris, France"),
    _ROW.format("", "Head of Central Legal Department, BNL", "").rstrip(), "",
    _ROW.format("Paul Girardin", "Member, Conseil d'Administration, Val", "25, avenue Matignon, 75008"),
    _ROW.format("(Republic of France)", "  Finance", "Paris, France"),
    _ROW.format("", "Executive Manager, BNL", "").rstrip(), "", "</TABLE>", ""])


def _people(tmp_path, name: str, text: str) -> dict[str, dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_own_address_sentence_ends_where_everyones_citizenship_opens(tmp_path):
    people = _people(tmp_path, "flags.txt", FLAGS)
    assert people["Pierre Lemaire"]["address"] == "Lemaire Conseil, 12, rue de la Paix, 75002 Paris, France"
    assert people["Pierre Lemaire"]["citizenship"] == "France"
    assert people["Margaret Olsen"]["address"] == "200 Bay Street, Toronto ON M5J 2J2"  # (guard: the default)
    assert people["Donald Keefe"]["citizenship"] == "Canada"


def test_serial_comma_and_after_vice_president_splits_the_titles(tmp_path):
    people = _people(tmp_path, "flags.txt", FLAGS)
    assert sorted(people["Donald Keefe"]["positions"]) == ["Chief Financial Officer", "Secretary", "Vice President"]
    assert split_positions("Vice President, and General Counsel") == ["Vice President", "General Counsel"]


def test_vice_president_before_its_function_stays_one_title():
    assert split_positions("Corporate Vice President, Treasurer") == ["Corporate Vice President, Treasurer"]
    assert split_positions("Vice President, Treasurer, and Secretary") == ["Vice President, Treasurer, and Secretary"]


def test_capital_surname_before_hyphenated_given_name(tmp_path):
    people = _people(tmp_path, "capitals.html", CAPITALS)
    assert sorted(people) == ["Claire Moreau", "Jean-Pierre Dupont", "Pei-yuan Chia"]
    assert people["Jean-Pierre Dupont"]["address"] == "16, rue Royale, 75008 Paris, France"


def test_organisation_from_the_preamble_last_words(tmp_path):
    people = _people(tmp_path, "wrapped.txt", WRAPPED_TITLE)
    assert sorted(people) == ["Henri Dupuis", "Paul Girardin"]
    assert {p["organization"] for p in people.values()} == {"Val Finance"}
    assert people["Paul Girardin"]["positions"] == ["Member, Conseil d'Administration"]
    assert people["Paul Girardin"]["other_positions"] == ["Executive Manager, BNL"]
