"""Round fourteen of the roster guard (issue 13), on texts of our own making: the persons not listed that
the mutation benchmark found (benchmarks/bench_roster_mutations.py). A place is never a name, a name cut
at a hyphen is read whole or not at all, two names on two lines after a page break are two people, a name
with a title glued on refuses the roster, and a page's form feed or blanked running header is a page
break to the table reader."""
import kg
from kg.context import Context
from kg.forms.nlp import person_names
from kg.forms.roster_after import prose_after_table
from kg.forms.roster_name_guard import is_place, unlisted
from kg.forms.roster_pages import page_mark, without_page_debris
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
