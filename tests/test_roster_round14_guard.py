"""Round fourteen of the roster guard (issue 13), on texts of our own making: the persons not listed that
the mutation benchmark found (benchmarks/bench_roster_mutations.py). A place is never a name, a name cut
at a hyphen is read whole or not at all, two names on two lines after a page break are two people, a name
with a title glued on refuses the roster, and a page's form feed or blanked running header is a page
break to the table reader. And what the two new mutations found (tests/relayout_mutations.py `zero_width`,
`footnote_marker`): invisible characters inside words, footnote signs glued to names."""
import kg
from kg.context import Context
from kg.forms.nlp import person_names
from kg.forms.roster_after import prose_after_table
from kg.forms.roster_marks import without_glued_signs
from kg.forms.roster_name_guard import is_place, unlisted
from kg.forms.roster_pages import page_mark, without_page_debris
from kg.forms.roster_tabs import TabView
from kg.records import Person, to_dict


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in person_names(text)]


def test_a_hyphenated_name_is_read_whole():
    # the rule patterns see 'VALMONT-ROCHE' as three tokens: a name found inside it is widened to the words
    assert _names("     1.  VALMONT-ROCHE, Yannick B.\n          (a) Business address: 4 rue Lepic") == [
        "VALMONT-ROCHE, Yannick B."]
    assert _names("     3.  GARNIER, Anne-Sophie\n          (a) Business address: 4 rue Lepic") == [
        "GARNIER, Anne-Sophie"]
    assert _names("Directors: Odile Marchal-Petit and Hugh O'Donnell.") == ["Odile Marchal-Petit", "Hugh O'Donnell"]


def test_a_name_cut_at_a_wrap_is_no_name():
    assert _names("     3.  GARNIER, Anne-\n         Sophie\n") == []  # never 'GARNIER, Anne-'
    assert _names("Yannick B. Valmont-\nRoche") == []


def _person(name: str, **values) -> Person:
    person = Person(name=name, evidence=(0, 10))
    for key, value in values.items():
        setattr(person, key, value)
    return person


def test_places_are_no_names():
    for place in ("Hong Kong", "Illinois", "Denmark. Hellerup", "Central, Hong Kong", "Danish"):
        assert is_place(place), place
    for name in ("Georgia Tremblay", "Ann Marlow Jordan", "Israel Fenwick", "Chad B. Ostrander"):
        assert not is_place(name), name


def test_unlisted_names_are_left_out_with_a_finding():
    ctx = Context(source="roster.txt", text=" " * 20)
    people = [_person("Odile Marchal"), _person("Hong Kong", positions=["Director"]), _person("Jean- Fabre"),
              _person("Yannick B. Valmont-"), _person("Henry W. Castle Robert L. Dunmore"),
              _person("Paul Fenwick, Jr.")]
    kept = unlisted(ctx, people)
    assert [p.name for p in kept] == ["Odile Marchal", "Paul Fenwick, Jr."]
    assert len([w for w in ctx.warnings if w.code == "roster-ambiguous"]) == 4


def test_a_name_with_a_title_glued_on_refuses_the_roster():
    ctx = Context(source="roster.txt", text=" " * 20)
    assert unlisted(ctx, [_person("Odile Marchal"), _person("Henry W. Castle Director")]) is None
    assert [w.code for w in ctx.warnings] == ["roster-ambiguous"]


def test_a_form_feed_line_and_blanked_debris_are_page_marks():
    raw = "Henry Castle    Director\n\f\nSCHEDULE I (CONTINUED)\n\nRobert Dunmore  Director\n"
    text = without_page_debris(raw.replace("\f", " "), raw, 0, len(raw))
    starts = [0] + [i + 1 for i, ch in enumerate(raw[:-1]) if ch == "\n"]
    marks = [raw[at:raw.index("\n", at)] for at in starts if page_mark(text, raw, at, len(raw))]
    assert marks == ["\f", "SCHEDULE I (CONTINUED)"]


PAGED = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON TOOL

Name                              Title
----                              -----
Henry W. Castle                   Director; Chairman of the Board

                                                  4
\f
SCHEDULE I (CONTINUED)

Robert L. Dunmore                 Director; Chairman of the Executive Committee
Martin O. Selby                   Director; President
Anne P. Thorsen                   Director
"""


def test_two_names_after_a_page_break_are_two_people(tmp_path):
    # one entry before the break: nothing shows that entries are set apart by blank lines, so the next two
    # name lines are two entries, never one name wrapped over two lines
    path = tmp_path / "paged.txt"
    path.write_text(PAGED)
    people = to_dict(kg.extract(path))["people"]
    assert [p["name"] for p in people] == ["Henry W. Castle", "Robert L. Dunmore", "Martin O. Selby",
                                           "Anne P. Thorsen"]
    assert people[2]["positions"] == ["Director", "President"]


SUFFIX_PAGED = """\
<PAGE>

                                    EXHIBIT A

     DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON TOOL

<TABLE>
1. Henry W. Castle     Director            Managing Director, Castle Partners           12 Elm Street, Dayton, Ohio
                                                                                        45402

2. Paul Fenwick,       Director;           Chairman, Fenwick Mills                      40 Oak Street, Dayton, Ohio

                                                  4
\f
SCHEDULE I (CONTINUED)

Jr.                    President                                                        45402

3. Anne P. Thorsen     Director            President, Thorsen Foods                     9 Pine Road, Akron, Ohio
                                                                                        44308
</TABLE>
"""


def test_a_suffix_after_a_page_break_ends_the_name_it_broke(tmp_path):
    path = tmp_path / "suffix.txt"
    path.write_text(SUFFIX_PAGED)
    people = to_dict(kg.extract(path))["people"]
    fenwick = next(p for p in people if "Fenwick" in p["name"])
    assert fenwick["name"] == "Paul Fenwick, Jr."
    assert fenwick["positions"] == ["Director", "President"]


INDENTED = """\
   Name                  Position          Citizenship
   --------------------  ----------------  -----------
   Odile Marchal         Director          France

   Hugh Fenwick          Chief Executive   Ireland
                         Officer


   The address of Odile Marchal is 4 rue Lepic, 75018 Paris, France.

   The address of Hugh Fenwick is 9 Merrion Square, Dublin 2, Ireland.
"""


def test_prose_after_an_indented_table_starts_at_the_texts_own_margin():
    assert prose_after_table(INDENTED, 0, len(INDENTED)) == INDENTED.index("The address of Odile")


PLAIN = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON TOOL

Unless otherwise indicated, each person listed below is a citizen of the
United States and the business address of each person is 12 Elm Street,
Dayton, Ohio 45402.

Name                              Title
----                              -----
Henry W. Castle                   Director; Chairman of the Board
Martin O. Selby                   Director; President
Anne P. Thorsen                   Director; Treasurer
"""


def _read(tmp_path, name: str, text: str) -> list[dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return to_dict(kg.extract(path))["people"]


def _facts(people: list[dict]) -> list[tuple]:
    return [(p["name"], tuple(p["positions"]), p["citizenship"], p["address"]) for p in people]


def test_invisible_characters_inside_words_are_not_read(tmp_path):
    # a zero-width space, a soft hyphen, a byte-order mark inside names and titles, as conversions leave them:
    # read as displayed, the roster is the plain one, and each span still points into the file as it is
    hidden = PLAIN.replace("Castle", "Cas\u200btle").replace("Selby", "Sel\u00adby").replace(
        "Treasurer", "Trea\ufeffsurer").replace("Chairman", "Chair\u200bman")
    plain, read = _read(tmp_path, "plain.txt", PLAIN), _read(tmp_path, "hidden.txt", hidden)
    assert _facts(read) == _facts(plain) and len(read) == 3
    start, end = read[0]["spans"]["name"]
    assert hidden[start:end] == "Henry W. Cas\u200btle"


def test_an_offset_past_the_end_maps_past_the_end_of_the_view():
    view = TabView("ab\u200bc\n")  # (an HTML reader notes a cell index one past the text's end)
    assert view.raw == "abc\n" and view.from_source(3) == 2 and view.from_source(5) == 4 and view.from_source(6) == 5


SIGNED = PLAIN.replace("Henry W. Castle   ", "Henry W. Castle(a)").replace("Anne P. Thorsen ", "Anne P. Thorsen*") + \
    "\n(a) Appointed to the position shown above on March 1, 2021.\n\n* Retired on June 30, 2021.\n"


def test_footnote_signs_glued_to_names_are_no_part_of_them(tmp_path):
    # with no note kg reads, a sign glued to a name left the name unread and its row ran into the row above
    assert _facts(_read(tmp_path, "signed.txt", SIGNED)) == _facts(_read(tmp_path, "plain.txt", PLAIN))


def test_only_glued_signs_and_their_notes_are_blanked():
    text = ("NAME  POSITION(S)\nJean Roux(b)   Director\nAnne Brun¹(2)  Director\n\n(b) Appointed in 2021.\n"
            "\u00b9(2) Retired.\n")
    blanked = without_glued_signs(text, 0, len(text))
    assert len(blanked) == len(text) and "POSITION(S)" in blanked
    assert "Jean Roux      Director" in blanked and "Anne Brun      Director" in blanked
    assert "Appointed" not in blanked and "Retired" not in blanked  # (the notes those signs open)
    outline = "1. Jean Roux(a)\n   (a) Business address: 4 rue Lepic\n2. Anne Brun(a)\n   (a) Business address: 9 rue Royale\n"
    kept = without_glued_signs(outline, 0, len(outline))  # (a sign that opens lines above is a clause letter)
    assert "Jean Roux   " in kept and kept.count("(a) Business address") == 2
    assert without_glued_signs(PLAIN, 0, len(PLAIN)) is PLAIN
    assert without_glued_signs(PLAIN, 0, len(PLAIN)) is PLAIN


def test_a_sentence_is_no_name():
    ctx = Context(source="roster.txt", text=" " * 20)
    kept = unlisted(ctx, [_person("Paul Hatch has served as Director of Halverson Tool"),
                          _person("Ludwig van der Berg"), _person("Maria da Silva e Costa")])
    assert [p.name for p in kept] == ["Ludwig van der Berg", "Maria da Silva e Costa"]
