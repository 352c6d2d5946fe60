"""Forty-first round (e), issue 13: telephone and fax lines under a roster entry's name-and-address stack.

European filers' rosters print, under the address lines of each person, the business telephone and fax ('Tel.: +33 1
55 55 01 43' / 'Fax: ...', or 'Telephone:' / 'Facsimile:'), under a caption 'NAME, BUSINESS ADDRESS AND TELEPHONE'.
On main nothing was read: 'TELEPHONE' is no caption word, so the line was no header and no table was found; with
another caption, the numbers ran on the address ('Omaha, NE 68102 Tel.: (402) 555-0143'). Now a labelled number (or
e-mail) that fills a cell is a contact line, no part of any field (kg/forms/roster_contacts.py, its labels data in
kg/patterns/roster_contacts.yml): blanked in the roster's text, its line joined to the line above when it holds
nothing else; and the caption's 'TELEPHONE' is a caption word (kg/forms/roster_types.py `is_header`).

Texts of our own making. Each test marked "fails on main" failed on main 099f5a0 and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE FOODS, INC.

      The names of the directors and executive officers of Harrowgate Foods,
      Inc. and their titles, business addresses, telephone numbers and
      principal occupations are set forth below.

"""

_TELEPHONE_CAPTION = _HEAD + """NAME, BUSINESS ADDRESS AND TELEPHONE    PRESENT PRINCIPAL OCCUPATION

Alice M. Fenwick                        Chairman of the Board, Harrowgate
   One Harrowgate Drive                   Foods, Inc.
   Omaha, NE 68102-5001                 Chief Executive Officer, Harrowgate
   Tel.: (402) 555-0143                   Foods, Inc.
   Fax: (402) 555-0144

Peter J. Vang                           Director, Harrowgate Foods, Inc.
   1512 Larimer Street
   Denver, CO 80202-1619
   Tel.: (303) 555-0159

Claire Dubois                           Director, Harrowgate Foods, Inc.
   21, avenue Matignon
   75008 Paris
   France
   Telephone: +33 1 55 55 01 37
   Facsimile: +33 1 55 55 01 38
"""


def _people(tmp_path, text: str, name: str = "roster.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_caption_naming_the_telephone_heads_the_table(tmp_path):
    """Fails on main (nothing read: 'TELEPHONE' left the caption line no header)."""
    people = _people(tmp_path, _TELEPHONE_CAPTION)
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois"}
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board", "Chief Executive Officer"]
    assert people["Peter J. Vang"].positions == ["Director"]


def test_telephone_and_fax_lines_are_no_part_of_the_address(tmp_path):
    """Fails on main (nothing read)."""
    people = _people(tmp_path, _TELEPHONE_CAPTION)
    assert people["Alice M. Fenwick"].address == "One Harrowgate Drive, Omaha, NE 68102-5001"
    assert people["Peter J. Vang"].address == "1512 Larimer Street, Denver, CO 80202-1619"
    assert people["Claire Dubois"].address_country == "FR"
    assert not any(ch.isdigit() for ch in people["Claire Dubois"].address.split("75008")[1])
    for person in people.values():
        assert "555" not in (person.address or "") and not any("555" in v for v in person.other_positions)


def test_under_a_caption_without_the_telephone_the_numbers_do_not_run_on_the_address(tmp_path):
    """Fails on main (the address read 'One Harrowgate Drive, Omaha, NE 68102-5001 Tel.: (402) 555-0143 Fax: ...')."""
    text = _TELEPHONE_CAPTION.replace("NAME, BUSINESS ADDRESS AND TELEPHONE", "NAME AND BUSINESS ADDRESS          ")
    people = _people(tmp_path, text)
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois"}
    assert people["Alice M. Fenwick"].address == "One Harrowgate Drive, Omaha, NE 68102-5001"
    assert people["Peter J. Vang"].address == "1512 Larimer Street, Denver, CO 80202-1619"


def test_contact_cells():
    """A cell that is only labelled numbers or an e-mail address; never a place, a firm, or a short number. Fails on
    main (no such module)."""
    from kg.forms.roster_contacts import contact_cell
    for cell in ("Tel.: +33 1 55 55 01 43", "Fax: (402) 555-0144", "Telephone: (212) 555-0100 ext. 12",
                 "Facsimile: +44 20 5555 0199", "Phone No.: 212-555-0101", "E-mail: a.fenwick@example.com",
                 "Tel.: (402) 555-0143; Fax: (402) 555-0144"):
        assert contact_cell(cell), cell
    for cell in ("Tel Aviv 61000, Israel", "Telephone House, 2 Temple Avenue", "Fax: 12", "Bell Telephone Laboratories",
                 "Director, Telefax Holdings Ltd.", "Telephone: see above", "Tel.: 1999"):
        assert not contact_cell(cell), cell


def test_a_contact_line_is_blanked_in_place_and_joined_to_the_line_above():
    """The text keeps its length (offsets stay); a line of nothing else is joined to the line above; a cell beside
    another column's text is blanked alone. Fails on main (no such module)."""
    from kg.forms.roster_contacts import without_contact_lines
    text = "Alice Fenwick      Director\n   Omaha, NE 68102\n   Tel.: (402) 555-0143\n\n" \
           "Peter Vang         Director\n   Tel.: (303) 555-0159   Partner, Vang LLP\n"
    out = without_contact_lines(text, 0, len(text))
    assert len(out) == len(text)
    assert out.splitlines()[:3] == ["Alice Fenwick      Director", "   Omaha, NE 68102" + " " * 24, ""]
    assert out.splitlines()[4].strip() == "Partner, Vang LLP"


def test_guard_a_place_or_firm_named_like_a_telephone_stays_in_the_address(tmp_path):
    """Guard (passes on main too): 'Tel Aviv' and 'Bell Telephone Laboratories' are address lines."""
    text = _HEAD + """NAME AND BUSINESS ADDRESS               PRESENT PRINCIPAL OCCUPATION

Alice M. Fenwick                        Director, Harrowgate Foods, Inc.
   Bell Telephone Laboratories
   600 Mountain Avenue
   Murray Hill, NJ 07974

Peter J. Vang                           Director, Harrowgate Foods, Inc.
   12 Rothschild Boulevard
   Tel Aviv 66881
   Israel
"""
    people = _people(tmp_path, text)
    assert people["Alice M. Fenwick"].address.startswith("Bell Telephone Laboratories")
    assert "Tel Aviv" in people["Peter J. Vang"].address
