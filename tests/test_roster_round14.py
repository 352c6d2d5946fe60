"""Roster readings of the fourteenth round (issue 13), each on a text of our own making with the layout of a
development family refused until now: dot-leader entries ('TITLE ....... NAME', the rest of the entry in a
paragraph below) and a proxy-style 'Name | Age | Position | Director Since' table followed by one biography
paragraph per person. Each reading refuses where two readings disagree."""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError

HEAD = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HOLLOWAY BRICK CORPORATION

The name, title, present principal occupation, business address and citizenship of each director and
executive officer of Holloway Brick Corporation are set forth below.

"""

DOT_LEADERS = HEAD + """\
Title                                                                     Name
-----                                                                     ----

Director .................................................. Agnes T. Morrow
      Present principal occupation: Partner, Pryce Whitlow; Trustee,
      Albany Medical Center; business address: 18 Canal Street, Albany,
      New York 12207; citizenship: United States.

Executive Vice President; Chief Operating Officer;
Secretary ................................................ Desmond K. Varga
      Business address: 400 Kiln Road, Troy, New York 12180; citizenship:
      Canada.

3. Treasurer ............................................. Ilse M. Brandauer
      Business address: 400 Kiln Road, Troy, New York 12180; citizenship:
      Austria.
"""

NAME_FIRST_LEADERS = HEAD + """\
Agnes T. Morrow ..................................................... Director
      Business address: 18 Canal Street, Albany, New York 12207;
      citizenship: United States.

Desmond K. Varga ................................................... President
      Business address: 400 Kiln Road, Troy, New York 12180; citizenship:
      Canada.
"""

BIOGRAPHIES = HEAD + """\
<TABLE>
                                                                        Director
Name                          Age   Position                            Since
----------------------------  ----  ----------------------------------  --------
Agnes T. Morrow               61    Chair of the Board                  1994
Desmond K. Varga              52    Director                            2001
Ilse M. Brandauer             47    Chief Financial Officer             --
</TABLE>

     Agnes T. Morrow has served as Chair of the Board of Holloway Brick Corporation since 1994.
Agnes T. Morrow's present principal occupation is Partner, Pryce Whitlow. From 1979 to 1988, Agnes
T. Morrow was a partner of Dunmore & Price LLP. The business address of Agnes T. Morrow is 18
Canal Street, Albany, New York 12207. Agnes T. Morrow is a citizen of the United States.

     Desmond K. Varga has served as Director of Holloway Brick Corporation since 2001. Desmond K.
Varga's present principal occupation is the position with Holloway Brick Corporation stated
above. Prior to 2001, Desmond K. Varga was President of Kiln Supply Co. The business address

<PAGE>
                                      -2-

of Desmond K. Varga is 400 Kiln Road, Troy, New York 12180. Desmond K. Varga is a citizen of
Canada.

     Ilse M. Brandauer has served as Chief Financial Officer of Holloway Brick Corporation. The
business address of Ilse M. Brandauer is 400 Kiln Road, Troy, New York 12180. Ilse M. Brandauer
is a citizen of Austria.
"""


def _extract(tmp_path, text: str):
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    try:
        return kg.extract(path)
    except StructureError:
        return None  # (refused whole, with a typed error)


def _people(filing) -> dict:
    return {p.name: p for p in filing.people}


def test_a_dot_leader_line_starts_an_entry_whose_paragraph_below_is_its_own(tmp_path):
    """The name on the right of the leaders is the entry's anchor, the text on the left its title (wrapped
    over the line above, numbered or not); the labelled paragraph below gives the rest of that entry."""
    people = _people(_extract(tmp_path, DOT_LEADERS))
    assert list(people) == ["Agnes T. Morrow", "Desmond K. Varga", "Ilse M. Brandauer"]
    morrow, varga, brandauer = people.values()
    assert morrow.positions == ["Director"]
    assert morrow.other_positions == ["Partner, Pryce Whitlow", "Trustee, Albany Medical Center"]
    assert (morrow.address, morrow.citizenship) == ("18 Canal Street, Albany, New York 12207", "United States")
    assert varga.positions == ["Executive Vice President", "Chief Operating Officer", "Secretary"]
    assert (varga.citizenship, varga.address_city) == ("Canada", "Troy")
    assert brandauer.positions == ["Treasurer"] and brandauer.citizenship == "Austria"
    assert not any(".." in v for p in people.values() for v in (*p.positions, p.citizenship or "", p.address or ""))


def test_a_dot_leader_line_with_the_name_on_the_left_reads_the_same(tmp_path):
    people = _people(_extract(tmp_path, NAME_FIRST_LEADERS))
    assert people["Agnes T. Morrow"].positions == ["Director"]
    assert people["Desmond K. Varga"].positions == ["President"]
    assert people["Desmond K. Varga"].citizenship == "Canada"


def test_a_dot_leader_line_naming_two_people_is_no_entry_start(tmp_path):
    """'Agnes T. Morrow ........ Desmond K. Varga': either could be the entry's; the leaders are not read as
    entry starts, and nothing is put on the wrong person."""
    text = DOT_LEADERS.replace("Director ......", "Agnes T. Morrow ..").replace(
        "Agnes T. Morrow\n      Present", "Desmond K. Varga\n      Present")
    filing = _extract(tmp_path, text)
    for person in [] if filing is None else filing.people:
        assert person.citizenship in (None, {"Agnes T. Morrow": "United States", "Desmond K. Varga": "Canada",
                                             "Ilse M. Brandauer": "Austria"}.get(person.name))


def test_a_dot_leader_paragraph_that_says_more_than_labels_is_left_out_with_a_finding(tmp_path):
    text = DOT_LEADERS.replace("      Canada.\n", "      Canada. He also serves Ilse M. Brandauer's family trust.\n")
    filing = _extract(tmp_path, text)
    varga = _people(filing)["Desmond K. Varga"]
    assert varga.citizenship is None and varga.address is None and "Secretary" in varga.positions
    assert _people(filing)["Ilse M. Brandauer"].citizenship == "Austria"
    assert any(w.code == "roster-ambiguous" and "Varga" in w.message for w in filing.warnings)


def test_dot_leaders_the_reader_cannot_place_still_refuse_the_roster(tmp_path):
    """The paragraphs printed at the leader lines' margin: where a paragraph ends and the next title begins is
    not shown, the dot-leader reading declines, and the guard refuses what another reading runs over."""
    flat = "\n".join(line.lstrip() if line.startswith("      ") else line for line in DOT_LEADERS.splitlines())
    filing = _extract(tmp_path, flat + "\n")
    assert filing is None or not any(".." in v for p in filing.people for v in (*p.positions, p.citizenship or ""))


def test_biography_paragraphs_give_each_person_the_values_of_the_paragraph_opening_with_their_name(tmp_path):
    """Present occupation, address and citizenship from the paragraph; a former employment is never the
    occupation, 'the position ... stated above' adds none; the paragraph runs on over a page break."""
    people = _people(_extract(tmp_path, BIOGRAPHIES))
    morrow, varga, brandauer = (people[n] for n in ("Agnes T. Morrow", "Desmond K. Varga", "Ilse M. Brandauer"))
    assert morrow.positions == ["Chair of the Board"] and varga.positions == ["Director"]
    assert morrow.other_positions == ["Partner, Pryce Whitlow"]
    assert varga.other_positions == [] and brandauer.other_positions == []
    assert (morrow.citizenship, varga.citizenship, brandauer.citizenship) == ("United States", "Canada", "Austria")
    assert varga.address == "400 Kiln Road, Troy, New York 12180"
    assert morrow.address == "18 Canal Street, Albany, New York 12207"
    assert not any("Dunmore" in v or "Kiln Supply" in v for p in people.values() for v in p.other_positions)


def test_a_biography_naming_another_listed_person_gives_nothing(tmp_path):
    text = BIOGRAPHIES.replace("Agnes T. Morrow is a citizen of the United States.",
                               "Agnes T. Morrow is a citizen of the United States, as is Ilse M. Brandauer.")
    filing = _extract(tmp_path, text)
    morrow = _people(filing)["Agnes T. Morrow"]
    assert morrow.citizenship is None and morrow.address is None and morrow.other_positions == []
    assert any(w.code == "roster-ambiguous" and "biography" in w.message for w in filing.warnings)


def test_two_addresses_for_one_person_leave_the_address_out(tmp_path):
    """Two readings of one value that disagree (here two sentences; likewise a table's cell and a sentence):
    the value is left out, with both readings in a finding."""
    text = BIOGRAPHIES.replace("Agnes T. Morrow is a citizen of the United States.", "Agnes T. Morrow is a citizen "
                               "of the United States. The business address of Agnes T. Morrow is 9 Elm Row, Troy, "
                               "New York 12180.")
    filing = _extract(tmp_path, text)
    morrow = _people(filing)["Agnes T. Morrow"]
    assert morrow.address is None and morrow.citizenship == "United States"
    assert any(w.code == "roster-ambiguous" and "address" in w.message and "9 Elm Row" in w.message
               for w in filing.warnings)


@pytest.mark.parametrize("text", [DOT_LEADERS, NAME_FIRST_LEADERS, BIOGRAPHIES], ids=["leaders", "name_first", "bios"])
def test_no_person_who_is_not_listed(tmp_path, text):
    filing = _extract(tmp_path, text)
    assert {p.name for p in filing.people} <= {"Agnes T. Morrow", "Desmond K. Varga", "Ilse M. Brandauer"}


def test_a_biography_finds_a_name_printed_with_other_quote_marks(tmp_path):
    """'Ilse “Mia” Brandauer' in the table and the biography: the person's name is kept with straight quotes,
    and the paragraph is still hers."""
    text = BIOGRAPHIES.replace("Ilse M. Brandauer         ", "Ilse “Mia” Brandauer      ").replace(
        "Ilse M. Brandauer", "Ilse “Mia” Brandauer")
    people = _people(_extract(tmp_path, text))
    mia = next(p for name, p in people.items() if "Mia" in name)
    assert (mia.citizenship, mia.address_city) == ("Austria", "Troy")


def test_a_biography_broken_by_a_page_after_an_abbreviation_runs_on(tmp_path):
    """A page breaks the paragraph after 'Co.': the text after the break starts in lower case, so it is still
    the paragraph of the person it opened with."""
    text = BIOGRAPHIES.replace("Ilse M. Brandauer has served as Chief Financial Officer of Holloway Brick Corporation. The\n"
                               "business address", "Ilse M. Brandauer has served as Chief Financial Officer of Kiln Supply Co."
                               "\n\n<PAGE>\n                                      -3-\n\nsince 2003. The business address")
    assert "Co.\n\n<PAGE>" in text
    brandauer = _people(_extract(tmp_path, text))["Ilse M. Brandauer"]
    assert (brandauer.citizenship, brandauer.address_city) == ("Austria", "Troy")


def test_a_dot_leader_joining_a_name_to_no_title_gives_no_position(tmp_path):
    """'Pryce Whitlow LLP ....... Agnes T. Morrow': the text on the other side of the leaders reads as no title;
    it is left out with a finding, and the rest of the entry is still read."""
    text = DOT_LEADERS.replace("Director ............", "Pryce Whitlow LLP ...")
    filing = _extract(tmp_path, text)
    morrow = _people(filing)["Agnes T. Morrow"]
    assert not any("Whitlow" in p for p in morrow.positions) and morrow.citizenship == "United States"
    assert any(w.code == "roster-ambiguous" and "Pryce Whitlow LLP" in w.message for w in filing.warnings)


def test_biographies_after_a_table_shifted_right_as_a_whole(tmp_path):
    """Every line indented (a page printed with a wider margin): the margin is the text's least indentation,
    so the biographies still end the table and give their values."""
    text = "\n".join("   " + line if line.strip() else line for line in BIOGRAPHIES.split("\n"))
    people = _people(_extract(tmp_path, text))
    assert set(people) == {"Agnes T. Morrow", "Desmond K. Varga", "Ilse M. Brandauer"}
    assert people["Agnes T. Morrow"].citizenship == "United States"
    assert people["Desmond K. Varga"].address_city == "Troy"


def test_a_biography_whose_first_line_stands_alone_before_a_page_break(tmp_path):
    """The page breaks right after the paragraph's first line, the whole text shifted right: the table still
    ends at the paragraph, and the paragraph runs on after the break."""
    text = BIOGRAPHIES.replace("Holloway Brick Corporation since 1994.\nAgnes T.", "Holloway Brick Corporation\n\n"
                               "<PAGE>\n                                      -2-\n\nsince 1994. Agnes T.", 1)
    assert "Corporation\n\n<PAGE>" in text
    text = "\n".join("  " + line if line.strip() else line for line in text.split("\n"))
    morrow = _people(_extract(tmp_path, text))["Agnes T. Morrow"]
    assert (morrow.citizenship, morrow.address_city) == ("United States", "Albany")
