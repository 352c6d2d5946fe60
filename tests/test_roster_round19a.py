"""Nineteenth round (a) (issue 13): one paragraph per body whose people are a run-on sentence of numbered clauses
('Directors. The following persons are directors of X. Unless otherwise indicated, the business address of each
person named in this paragraph is ... (1) Name, titles, and occupation; (2) ...'). Texts of our own making
(people and organisations invented here). kg/forms/roster_numbered.py: the body from the lead sentence, the
defaults for every clause that states none of its own, the numbers running 1..N (or a, b, c) across the
paragraphs or the roster refused, a clause opening with no person's name left out."""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError
from kg.forms.roster_numbered import read_numbered_bodies

ROSTER = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALVORSEN MARITIME A/S

     Directors. The following persons are directors of Halvorsen Maritime A/S.
Unless otherwise indicated, the business address of each person named in this
paragraph is Strandvejen 42, 2100 Copenhagen, Denmark. Unless otherwise
indicated, each person named in this paragraph is a citizen of Denmark. (1)
Mette Skovgaard Holm, Chair of the Board, and Professional Board Director; (2)
Anders Kjeldsen, Board Director, and Chief Executive Officer, Fjordline
Shipping A/S; (3) Priya Ramaswamy Iyer, Board Director, and Head of Research
for the University of Aarhus and main board member of Tessaro Logistics,
Norway, who is a citizen of USA, Denmark; (4) Walter
Brennan Okafor, Board Director, and Partner, Lindqvist, Berg & Moe,
whose business address is 7 Harbour Street, Oslo, Norway, who is a citizen of
Norway.

     Executive Officers Who Are Not Directors. The following persons are
executive officers who are not directors of Halvorsen Maritime A/S. Unless
otherwise indicated, the business address of each person named in this
paragraph is Strandvejen 42, 2100 Copenhagen, Denmark. (5) Jonas Vestergaard,
Chief Executive Officer, who is a citizen of Sweden; (6) Ingrid Lund Bakke,
Chief Financial Officer and Treasurer, who is a citizen of Norway.
"""


def _filing(tmp_path, text: str):
    path = tmp_path / "numbered.txt"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(tmp_path, text: str):
    filing = _filing(tmp_path, text)
    return {p.name: p for p in filing.people}, filing.warnings


def test_each_numbered_clause_is_one_person_with_the_paragraph_defaults(tmp_path):
    """Before, nothing was read ('no roster of directors or officers found')."""
    people, warnings = _people(tmp_path, ROSTER)
    assert list(people) == ["Mette Skovgaard Holm", "Anders Kjeldsen", "Priya Ramaswamy Iyer", "Walter Brennan Okafor",
                            "Jonas Vestergaard", "Ingrid Lund Bakke"]
    holm, kjeldsen, iyer, okafor = (people[n] for n in list(people)[:4])
    assert holm.bodies == ["board of directors"] and holm.positions == ["Chair of the Board"]
    assert holm.other_positions == ["Professional Board Director"]
    assert holm.citizenship == "Denmark" and holm.address == "Strandvejen 42, 2100 Copenhagen, Denmark"
    assert kjeldsen.other_positions == ["Chief Executive Officer, Fjordline Shipping A/S"]  # (the employer's comma)
    assert iyer.citizenship == "USA, Denmark" and iyer.country is None  # two citizenships: no one country
    assert iyer.other_positions == ["Head of Research for the University of Aarhus",
                                    "main board member of Tessaro Logistics, Norway"]
    assert okafor.other_positions == ["Partner, Lindqvist, Berg & Moe"]  # (a name wrapped over two lines)
    assert okafor.address == "7 Harbour Street, Oslo, Norway" and okafor.citizenship == "Norway"
    for name, citizenship in (("Jonas Vestergaard", "Sweden"), ("Ingrid Lund Bakke", "Norway")):
        assert people[name].bodies == ["executive officers"] and people[name].citizenship == citizenship
        assert people[name].address == "Strandvejen 42, 2100 Copenhagen, Denmark"
    assert people["Ingrid Lund Bakke"].positions == ["Chief Financial Officer", "Treasurer"]
    assert not [w for w in warnings if w.code == "roster-ambiguous"]


def test_lettered_clauses_surname_first_across_a_page_break(tmp_path):
    text = ROSTER.replace("(1)\nMette Skovgaard Holm", "(a)\nHOLM, Mette Skovgaard").replace("(2)\nAnders Kjeldsen",
                                                                                           "(b)\nKJELDSEN, Anders")
    for number, letter in zip("3456", "cdef"):
        text = text.replace(f"({number}) ", f"({letter}) ")
    text = text.replace("paragraph is Strandvejen 42, 2100 Copenhagen, Denmark. Unless otherwise\nindicated",
                        "paragraph is Strandvejen 42, 2100 Copenhagen, Denmark. Unless otherwise\n\n<PAGE>\n"
                        "                                      -2-\n\nindicated")
    people, _ = _people(tmp_path, text)
    assert len(people) == 6 and "Mette Skovgaard Holm" in people and "Anders Kjeldsen" in people
    assert people["Mette Skovgaard Holm"].citizenship == "Denmark"  # (the default sentence broken by the page)
    assert people["Walter Brennan Okafor"].citizenship == "Norway"


@pytest.mark.parametrize("gap", [("(4) Walter", "(5) Walter"), ("(1)\nMette", "(2)\nMette")])
def test_a_gap_in_the_numbering_refuses_the_whole_roster(tmp_path, gap):
    """A clause the numbering cannot place could hold another person's values: nothing is recorded."""
    text = ROSTER.replace(*gap)
    found = read_numbered_bodies(text, 0, len(text))
    assert found is not None and found.refusal and "not numbered one after another" in found.refusal
    with pytest.raises(StructureError):  # (a roster-only document: no person, no roster)
        _filing(tmp_path, text)


def test_a_clause_opening_with_no_person_name_is_left_out_alone(tmp_path):
    people, warnings = _people(tmp_path, ROSTER.replace("(2)\nAnders Kjeldsen, Board Director",
                                                        "(2)\nFjordline Shipping A/S, Board Observer"))
    assert "Anders Kjeldsen" not in people and len(people) == 5
    assert not any("Fjordline" in n for n in people)
    assert people["Priya Ramaswamy Iyer"].citizenship == "USA, Denmark"
    assert any(w.code == "roster-ambiguous" and "Fjordline Shipping A/S, Board Observer" in w.message for w in warnings)


def test_titles_that_could_end_at_two_commas_and_are_left_out(tmp_path):
    people, warnings = _people(tmp_path, ROSTER.replace("Chair of the Board, and Professional",
                                                        "Chair of the Board, and Partner, Holm, and Vinter, and Professional"))
    holm = people["Mette Skovgaard Holm"]
    assert holm.other_positions == [] and "Chair of the Board" not in holm.positions
    assert holm.citizenship == "Denmark" and holm.bodies == ["board of directors"]
    assert any(w.code == "roster-ambiguous" and "Mette Skovgaard Holm" in w.message for w in warnings)


def test_a_paragraph_after_the_last_clause_is_no_part_of_it(tmp_path):
    people, _ = _people(tmp_path, ROSTER + "\n     Each of the persons named above disclaims beneficial ownership "
                                           "of the Shares.\n")
    assert people["Ingrid Lund Bakke"].citizenship == "Norway"
    assert people["Ingrid Lund Bakke"].country == "NO"


def test_an_occupation_with_and_inside_one_role_stays_one():
    """' and ' splits the occupation only where its left side names an organisation and its right side opens
    with a title."""
    text = ROSTER.replace("Head of Research\nfor the University of Aarhus and main board member of Tessaro Logistics,\nNorway",
                          "Chairman and Chief\nExecutive Officer of Tessaro Logistics")
    found = read_numbered_bodies(text, 0, len(text))
    iyer = next(e for e in found.entries if e.name == "Priya Ramaswamy Iyer")
    assert iyer.fields["other_positions"] == "Chairman and Chief Executive Officer of Tessaro Logistics"


def test_without_blank_lines_the_next_lead_sentence_ends_the_last_clause(tmp_path):
    """With the blank lines gone the two bodies are one paragraph: the second lead sentence still starts the
    second body, so the first body's last clause keeps its own citizenship and the later people their body."""
    people, _ = _people(tmp_path, "\n".join(line for line in ROSTER.split("\n") if line.strip()) + "\n")
    assert len(people) == 6
    assert people["Walter Brennan Okafor"].citizenship == "Norway"
    assert people["Jonas Vestergaard"].bodies == ["executive officers"]
    assert people["Jonas Vestergaard"].citizenship == "Sweden"


def test_a_lead_sentence_in_capitals_is_read(tmp_path):
    """The capitals run on from the title: the title reader takes them in; the lead sentence is still found."""
    first = ROSTER.index("(1)")
    people, _ = _people(tmp_path, ROSTER[:first].upper() + ROSTER[first:])
    assert len(people) == 6 and people["Mette Skovgaard Holm"].bodies == ["board of directors"]
    assert people["Anders Kjeldsen"].country == "DK" and people["Priya Ramaswamy Iyer"].citizenship == "USA, Denmark"


def test_the_lead_sentence_names_the_organisation_where_no_title_does(tmp_path):
    """Without the title line, the organisation is the one the lead sentence names ('... are directors of X'),
    not one an occupation names ('main board member of Tessaro Logistics, Norway')."""
    people, _ = _people(tmp_path, ROSTER.replace("      DIRECTORS AND EXECUTIVE OFFICERS OF HALVORSEN MARITIME A/S\n", ""))
    assert {p.organization for p in people.values()} == {"Halvorsen Maritime A/S"}


def test_the_same_sentences_in_other_words(tmp_path):
    """'the principal business address of each such person', 'whose principal business address is', ', a citizen
    of': the same statements; a sentence of any other kind before the clauses refuses the paragraph."""
    text = (ROSTER.replace("the business address of each person named in this\nparagraph is Strandvejen",
                           "the principal business address of each such\nperson is Strandvejen", 1)
            .replace("whose business address is 7 Harbour", "whose principal business address is 7 Harbour")
            .replace("who is a citizen of Sweden", "a citizen of Sweden"))
    people, _ = _people(tmp_path, text)
    assert people["Mette Skovgaard Holm"].address == "Strandvejen 42, 2100 Copenhagen, Denmark"
    assert people["Walter Brennan Okafor"].address == "7 Harbour Street, Oslo, Norway"
    assert people["Jonas Vestergaard"].citizenship == "Sweden"
    odd = ROSTER.replace("is a citizen of Denmark. (1)", "is a citizen of Denmark. Each owns shares. (1)")
    found = read_numbered_bodies(odd, 0, len(odd))
    assert found.refusal and "holds a sentence kg does not read" in found.refusal and not found.entries


def test_a_sentence_after_the_last_clause_in_its_paragraph_is_none_of_its_values(tmp_path):
    text = ROSTER.replace("who is a citizen of Norway.\n", "who is a citizen of Norway. None of the persons named\n"
                          "above has been convicted in a criminal proceeding.\n")
    people, _ = _people(tmp_path, text)
    assert people["Ingrid Lund Bakke"].citizenship == "Norway" and people["Ingrid Lund Bakke"].country == "NO"
    found = read_numbered_bodies(text, 0, len(text))
    assert "convicted" not in text[slice(*found.entries[-1].evidence)]


def test_a_page_break_before_a_capital_inside_a_clause_does_not_cut_it(tmp_path):
    """Before the fix the clause of Walter Brennan Okafor ended at the page break ('..., and' / page number,
    running header / 'Partner, ...'): his titles read 'Director', 'and', and the default address, not his own, was
    given to him."""
    text = ROSTER.replace("Brennan Okafor, Board Director, and Partner, Lindqvist,",
                          "Brennan Okafor, Board Director, and\n\n                         4\n\f"
                          "SCHEDULE I (CONTINUED)\n\nPartner, Lindqvist,")
    people, _ = _people(tmp_path, text)
    okafor = people["Walter Brennan Okafor"]
    assert okafor.address == "7 Harbour Street, Oslo, Norway" and okafor.citizenship == "Norway"
    assert okafor.positions == ["Board Director"] and okafor.other_positions == ["Partner, Lindqvist, Berg & Moe"]
    unmarked = text.replace("\f", "\n")  # (no form feed: the running header 'SCHEDULE I (CONTINUED)' marks the
    people, _warnings = _people(tmp_path, unmarked)  # page break, and the lone page number over it is blanked too,
    okafor = people["Walter Brennan Okafor"]  # since round 34b (kg.forms.roster_pages): the clause reads whole, as above)
    assert okafor.address == "7 Harbour Street, Oslo, Norway" and okafor.citizenship == "Norway"
    assert okafor.positions == ["Board Director"] and okafor.other_positions == ["Partner, Lindqvist, Berg & Moe"]


def test_a_clause_broken_off_after_its_titles_gives_no_titles():
    text = ROSTER.replace("Chief Financial Officer and Treasurer, who is", "Chief Financial Officer and, who is")
    found = read_numbered_bodies(text, 0, len(text))
    bakke = next(e for e in found.entries if e.name == "Ingrid Lund Bakke")
    assert bakke.doubts and "position" not in bakke.fields and bakke.fields["citizenship"] == "Norway"


def test_letters_in_capitals_still_count():
    text = ROSTER.replace("(1)\nMette", "(A)\nMette").replace("(2)\nAnders", "(b)\nAnders")
    for number, letter in zip("3456", "cdef"):
        text = text.replace(f"({number}) ", f"({letter}) ")
    found = read_numbered_bodies(text, 0, len(text))
    assert found.refusal is None and len(found.entries) == 6
