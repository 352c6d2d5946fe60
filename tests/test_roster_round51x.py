"""Round 51x (issue 13): numbered notes after MSDW's 2001 DIRECTORS / OFFICERS lists, made of sentences naming the
marked person ('(2) The business address of Marshall A. Cohen is .... Marshall A. Cohen's principal occupation is
.... Marshall A. Cohen is a citizen of Canada.').

The note's one label kg knew ('The business address of <Name> is') took the whole note as the address (refused: it
holds 'principal occupation'), and the person kept the preamble's default citizenship although the note states
another (42 values on the wrong person in gather100's msdw_2001_title_lists_footnoted_exceptions). Now a note wholly
made of sentences opening with the marked person's own full name is read sentence by sentence
(kg/forms/roster_note_sentences.py, kg/patterns/roster_note_sentences.yml), and a note that speaks of citizenship
where kg read none leaves the person no default citizenship (kg/forms/roster_notes.apply_notes).
"""
from __future__ import annotations

from roster_people import read_people_or_none as _people


def _lists(notes: list[str]) -> str:
    lines = ["<PAGE>", "", "                                    ANNEX A", "                                    -------", "",
             "                      EXECUTIVE OFFICERS AND DIRECTORS OF", "                        HALVORSEN MARINE HOLDINGS, INC.", "",
             "The names of the Directors and the names and titles of the Executive Officers of",
             'Halvorsen Marine Holdings, Inc. ("HMH") are set forth below. If no address is',
             "given, the Director's or Executive Officer's business address is that of HMH at",
             "300 Dock Street, Baltimore, Maryland 21202. Unless otherwise indicated, each title",
             "set forth opposite an individual's name refers to HMH and each individual is a",
             "citizen of the United States.", "",
             f"   {'DIRECTORS':<47}Title", "",
             f"   {'Odile P. Ferrand(1)':<47}Director",
             f"   {'Gunnar T. Lindahl':<47}Director and Chairman of the Board",
             f"   {'Winifred A. Oyelaran(2)':<47}Director", "",
             f"   {'OFFICERS':<47}Title", "",
             f"   {'Gunnar T. Lindahl':<47}President and Chief Executive Officer",
             f"   {'Tobias R. Mancuso':<47}Vice President and Treasurer", "",
             "__________", ""]
    for note in notes:
        lines += [note, ""]
    return "\n".join(lines) + "\n"


_FERRAND = ("(1) The business address of Odile P. Ferrand is 14, rue de Lille, 75007 Paris,\n"
            "    France. Odile P. Ferrand's principal occupation is Partner, Ferrand & Roche.\n"
            "    Odile P. Ferrand is a citizen of France.")
_OYELARAN = ("(2) The business address of Winifred A. Oyelaran is 9 Bay Road, Lagos, Nigeria.\n"
             "    Winifred A. Oyelaran's principal occupation is Managing Director, Oyelaran\n"
             "    Shipping Ltd.")


def test_a_note_of_sentences_naming_the_marked_person_gives_that_persons_values(tmp_path):
    people = _people(tmp_path, _lists([_FERRAND, _OYELARAN]))
    ferrand, oyelaran = people["Odile P. Ferrand"], people["Winifred A. Oyelaran"]
    assert ferrand["citizenship"] == "France"  # (main: the preamble's 'United States')
    assert ferrand["address"] == "14, rue de Lille, 75007 Paris, France"
    assert ferrand["other_positions"] == ["Partner, Ferrand & Roche"]
    assert oyelaran["address"] == "9 Bay Road, Lagos, Nigeria"
    assert oyelaran["other_positions"] == ["Managing Director, Oyelaran Shipping Ltd."]
    assert oyelaran["citizenship"] == "United States"  # (her note states none: the preamble's)
    assert people["Tobias R. Mancuso"]["citizenship"] == "United States"
    assert people["Tobias R. Mancuso"]["address_city"] == "Baltimore"  # (the preamble's default address)


def test_a_note_of_citizenship_kg_cannot_read_leaves_no_default_citizenship(tmp_path):
    note = ("(1) The business address of Odile P. Ferrand is 14, rue de Lille, 75007 Paris,\n"
            "    France. Ms. Ferrand is a citizen of France.")
    ferrand = _people(tmp_path, _lists([note, _OYELARAN]))["Odile P. Ferrand"]
    assert ferrand.get("citizenship") is None  # (main: the preamble's 'United States', which the note denies)
    assert ferrand.get("address_city") != "Baltimore"


def test_a_note_naming_another_listed_person_gives_the_marked_person_nothing(tmp_path):
    note = "(1) The business address of Tobias R. Mancuso is 9 Bay Road, Lagos, Nigeria."
    people = _people(tmp_path, _lists([note, _OYELARAN]))
    ferrand = people["Odile P. Ferrand"]
    assert ferrand.get("address") != "9 Bay Road, Lagos, Nigeria"
    assert ferrand.get("citizenship") != "Nigeria"
    assert people["Tobias R. Mancuso"]["address_city"] == "Baltimore"  # (main: Mancuso's Lagos address given to
    # Ferrand by the label 'The business address of ... is', whoever it names)


def test_guard_labelled_notes_are_read_as_before(tmp_path):
    notes = ["(1) Citizen of France. Business address: 14, rue de Lille, 75007 Paris, France.",
             "(2) Business address: 9 Bay Road, Lagos, Nigeria."]
    people = _people(tmp_path, _lists(notes))
    assert people["Odile P. Ferrand"]["citizenship"] == "France"
    assert people["Odile P. Ferrand"]["address"] == "14, rue de Lille, 75007 Paris, France"
    assert people["Winifred A. Oyelaran"]["address"] == "9 Bay Road, Lagos, Nigeria"
    assert people["Winifred A. Oyelaran"]["citizenship"] == "United States"
