"""Round 53q (issue 13): a board member's bare outside job read as a title in the listed organisation
(star_member_name_address_citizenship_left, gather91, after Lor Finance's Exhibit 7).

The footnote '* Denotes a Director of <Org>.' marks the directors. Its seat was not read as the marked entries'
body (kg/forms/roster_marks.py `marked_seats` took 'Denotes a Director' for the seat, no seat at all), so a marked
member's bare occupation ('Consultant', 'Self Employed Businessman', 'Retired Chairman') became a title in the
listed organisation. The verb and its article are no part of the seat (kg/forms/roster_note_verbs.py, as round 51k
reads the position): the marked entries sit on the board, and their occupation reads as a board member's
(kg/forms/roster_bare.py): one that names no office is held elsewhere; an officer's title over another employer's
name ('Chairman' / 'Globex Partners') is refused (held there or in the listed organisation: not certain).
"""
from __future__ import annotations

from roster_people import read_people

_DENOTES = """                                                                       EXHIBIT C

                 DIRECTORS AND EXECUTIVE OFFICERS OF HALDANE MARITIME LTD.

     The name, business address and present principal occupation or employment
of each of the directors and executive officers of Haldane Maritime Ltd. are
set forth below.

   NAME AND BUSINESS ADDRESS         PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT
   -------------------------         -----------------------------------------

*  Ingrid V. Solbakk                 Consultant
   22 Fjellveien
   5003 Bergen, Norway
   Citizenship: Norway

*  Rafael O. Quist                   Self Employed Businessman
   9 Kings Road
   Hamilton HM 12, Bermuda
   Citizenship: Canada

*  Teodora M. Blanc                  Chairman
   Globex Partners
   Citizenship: France

   Marisol T. Quintero               Chief Executive of Haldane Maritime
   14 Harbour Road                     Ltd.
   Hamilton HM 11, Bermuda
   Citizenship: United States


----------
* Denotes a Director of Haldane Maritime Ltd.
"""

_PLAIN_NOTE = _DENOTES.replace("* Denotes a Director of", "* Director of")


def test_marked_members_bare_occupation_is_held_elsewhere(tmp_path):
    people = read_people(tmp_path, _DENOTES)  # (on f932fb9: 'Consultant', 'Self Employed Businessman' positions)
    assert people["Ingrid V. Solbakk"]["positions"] == ["Director"]
    assert people["Ingrid V. Solbakk"]["other_positions"] == ["Consultant"]
    assert people["Rafael O. Quist"]["positions"] == ["Director"]
    assert people["Rafael O. Quist"]["other_positions"] == ["Self Employed Businessman"]
    assert people["Ingrid V. Solbakk"]["bodies"] == ["board of directors"]


def test_officer_title_over_another_employer_is_refused(tmp_path):
    people = read_people(tmp_path, _DENOTES)  # (on f932fb9: 'Chairman' a title in Haldane, with its body)
    assert people["Teodora M. Blanc"]["positions"] == ["Director"]
    assert people["Teodora M. Blanc"]["bodies"] == ["board of directors"]
    assert people["Teodora M. Blanc"]["address"] == "Globex Partners"


def test_unmarked_officer_and_plain_seat_note_still_read(tmp_path):
    for text in (_DENOTES, _PLAIN_NOTE):  # (the officer's title naming the listed organisation is its own)
        people = read_people(tmp_path, text)
        assert people["Marisol T. Quintero"]["positions"] == ["Chief Executive"]
        assert people["Marisol T. Quintero"]["bodies"] == ["executive officers"]
        assert people["Rafael O. Quist"]["citizenship"] == "Canada"
        assert len(people) == 4
    people = read_people(tmp_path, _PLAIN_NOTE)  # (a note that is the seat alone: read so before this round)
    assert people["Ingrid V. Solbakk"]["positions"] == ["Director"]
    assert people["Ingrid V. Solbakk"]["other_positions"] == ["Consultant"]
