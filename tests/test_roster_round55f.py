"""Round 55f (issue 13): gather137's html_run_in_name_paragraphs_section_headings_address_default_preamble.

What was wrong: HTML <p> paragraphs, each a bold run-in name with a full stop and then sentences led by the bare
surname ('Dassault serves as Director of X. Dassault's principal occupation is .... Dassault's business address
is .... Dassault's citizenship is France.'), under 'Directors' / 'Executive Officers' headings, the address shared by
several said once in the preamble ('Unless an address is given below, ...'). The address sentence was not read (its
owner was expected with an honorific, "Mr. Dassault's"), so the preamble's address went to every person, also to
those whose own paragraph states another one (values on the wrong person); the occupation and citizenship sentences
were not read at all; 'Pei-yuan Chia. Chia serves as ...' was no entry (the name not found before '. Chia'); 'DASSAULT,
Laurent. Dassault serves as ...' (the surname first) was no roster; and a heading between two entries counted as an
unread paragraph, so a roster of two people under two headings was refused.

What changed: kg/forms/roster_prose.py (the surname possessive "Chia's principal occupation is" / "Chia's
citizenship is" read as the entry's own; a full stop before the surname that opens a sentence ends one; a bare
surname after the run-in name; a short body heading is no unread paragraph), kg/forms/roster_prose_paragraphs.py
(OPENING_INVERTED: the surname-first name followed by the surname's sentence), kg/patterns/roster.yml (prose_address's
owner without an honorific; prose_citizenship_owned).

Texts of our own making. Tests marked "fails on main" fail on main ef1cf779; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

PREAMBLE = ("<html><body>\n<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF NORTHGATE HOLDINGS INC.</b></p>\n"
            "<p>Set forth below are the directors and executive officers of Northgate Holdings Inc. Unless an address "
            "is given below, the business address of each of them is 400 Harbour Road, Halifax, Nova Scotia B3J 1A1."
            "</p>\n")


def _para(name: str, body: str) -> str:
    return f"<p><b>{name}.</b> {body}</p>\n"


def _people(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "annex.htm"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def _roster(first: str, second: str, third: str) -> str:
    return (PREAMBLE + "<p><u>Directors</u></p>\n"
            + _para(first, "Moreau serves as Director of Northgate Holdings Inc. Moreau's principal occupation is "
                           "Managing Partner, Moreau Capital. Moreau's business address is Moreau Capital, 12 Rue de "
                           "la Paix, 75002 Paris, France. Moreau's citizenship is France.")
            + _para(second, "Okafor serves as Director of Northgate Holdings Inc. and as Chairman of Northgate Holdings "
                            "Inc. Okafor's citizenship is Canada.")
            + "<p><u>Executive Officers</u></p>\n"
            + _para(third, "Lindgren serves as Chief Financial Officer of Northgate Holdings Inc. Lindgren's "
                           "citizenship is Canada.")
            + "</body></html>\n")


def test_own_address_sentence_wins_over_the_preamble_default(tmp_path):
    """Fails on main: 'Claire Moreau' gets the preamble's Halifax address, her own sentence unread."""
    people = _people(tmp_path, _roster("Claire Moreau", "Daniel Okafor", "Erik Lindgren"))
    assert set(people) == {"Claire Moreau", "Daniel Okafor", "Erik Lindgren"}
    moreau = people["Claire Moreau"]
    assert moreau.address == "Moreau Capital, 12 Rue de la Paix, 75002 Paris, France"
    assert moreau.other_positions == ["Managing Partner, Moreau Capital"]
    assert moreau.citizenship == "France"
    assert people["Daniel Okafor"].address.startswith("400 Harbour Road")  # (the default: no sentence of his own)
    assert people["Daniel Okafor"].positions == ["Director", "Chairman"]
    assert people["Erik Lindgren"].positions == ["Chief Financial Officer"]


def test_surname_first_names_and_a_hyphenated_given_name(tmp_path):
    """Fails on main: no one is read from the surname-first paragraphs ('MOREAU, Claire. Moreau serves as ...')."""
    people = _people(tmp_path, _roster("MOREAU, Claire", "OKAFOR, Daniel", "LINDGREN, Erik"))
    assert set(people) == {"Claire Moreau", "Daniel Okafor", "Erik Lindgren"}
    assert people["Claire Moreau"].address.startswith("Moreau Capital")
    assert people["Erik Lindgren"].citizenship == "Canada"


def test_full_stop_of_an_abbreviation_before_the_surname_ends_the_sentence(tmp_path):
    """Fails on main: 'Pei-yuan Moreau' is no entry, and 'N.A. Moreau's business address' ran on in one sentence."""
    text = _roster("Pei-yuan Moreau", "Daniel Okafor", "Erik Lindgren").replace(
        "Managing Partner, Moreau Capital.", "Retired Vice Chairman, Citibank, N.A.")
    people = _people(tmp_path, text)
    assert people["Pei-yuan Moreau"].other_positions == ["Retired Vice Chairman, Citibank, N.A."]
    assert people["Pei-yuan Moreau"].address.startswith("Moreau Capital, 12 Rue")


def test_another_persons_possessive_is_never_read(tmp_path):
    """Guard (passes on main too): a sentence about someone else in the paragraph ("Okafor's citizenship is ..." in Moreau's) gives Moreau
    nothing; the address default stays hers where her paragraph states none."""
    text = PREAMBLE + _para("Claire Moreau", "Moreau serves as Director of Northgate Holdings Inc. Okafor's "
                                             "citizenship is Canada. Okafor's business address is 9 King Street, "
                                             "Toronto.") \
        + _para("Daniel Okafor", "Okafor serves as Director of Northgate Holdings Inc.") + "</body></html>\n"
    people = _people(tmp_path, text)
    assert not people["Claire Moreau"].citizenship
    assert not people["Claire Moreau"].address.startswith("9 King")


def test_honorific_prose_paragraphs_unchanged(tmp_path):
    """Guard (passes on main too): Chittenden's 'Paul A. Perrault.  Mr. Perrault is ...' paragraphs with the
    address said in the preamble: the honorific's sentences read as before, the default address given."""
    text = ("EXHIBIT 99.1\n\nDIRECTORS AND EXECUTIVE OFFICERS OF NORTHGATE HOLDINGS INC.\n\n"
            "The business address of each person below is 400 Harbour Road, Halifax, Nova Scotia B3J 1A1.\n\n"
            "Claire Moreau.  Mrs. Moreau is the President and Chief Executive Officer of Northgate Holdings Inc., "
            "a citizen of France.\n\n"
            "Daniel Okafor.  Mr. Okafor is a Director of Northgate Holdings Inc. and President of Okafor Farms Ltd.\n\n")
    path = tmp_path / "annex.txt"
    path.write_text(text)
    people = {p.name: p for p in kg.extract(path).people}
    assert set(people) == {"Claire Moreau", "Daniel Okafor"}
    assert people["Claire Moreau"].positions == ["President", "Chief Executive Officer"]
    assert people["Claire Moreau"].address.startswith("400 Harbour Road")
    assert people["Daniel Okafor"].other_positions == ["President of Okafor Farms Ltd."]
