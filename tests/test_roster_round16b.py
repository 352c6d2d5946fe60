"""Sixteenth round, part b (issue 13): a roster split over two tables joined by the name, and a citizenship stated
once after the roster with named exceptions. Each case on a text of our own making (people and organisations
invented here)."""
from __future__ import annotations

import kg
from kg.context import Context
from kg.forms.roster_postscript import read_postscript
from kg.records import Person

SPLIT = """\
                                   SCHEDULE I

        DIRECTORS AND EXECUTIVE OFFICERS OF FENWICK HOLLOW CAPITAL, INC.

The name, present position with Fenwick Hollow Capital, Inc. and, where it is
not that position, the present principal occupation of each director and
executive officer of Fenwick Hollow Capital, Inc. are set forth below.

<TABLE>
                            Position with Fenwick       Present Principal Occupation
Name                        Hollow Capital, Inc.        (if different)
------------------------    ------------------------    --------------------------------
<S>                         <C>                         <C>
Orla M. Pennington          Director                    Professor, Tallis College

Bertrand Quayle             President

Ines Achterberg             Chief Financial Officer

</TABLE>

The business address and citizenship of each of the persons named above are
set forth in the following table.

<TABLE>
Name                        Business Address                          Citizenship
------------------------    --------------------------------------    --------------
<S>                         <C>                                       <C>
{rows}
</TABLE>
"""

ROWS = {
    "achterberg": "Ines Achterberg             Keizersgracht 12, 1015 CS Amsterdam,      Netherlands\n"
                  "                            Netherlands\n",
    "pennington": "Orla M. Pennington          Tallis College, 9 Mill Road,              Ireland\n"
                  "                            Dublin 4, Ireland\n",
    "quayle": "Bertrand Quayle             400 Harbor Street, Boston,                United States\n"
              "                            Massachusetts 02110\n",
}


def _extract(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(filing) -> dict:
    return {person.name: person for person in filing.people}


def test_a_second_table_in_another_order_gives_each_row_to_the_person_of_that_name(tmp_path):
    text = SPLIT.format(rows="\n".join(ROWS[key] for key in ("achterberg", "pennington", "quayle")))
    people = _people(_extract(tmp_path, "split.txt", text))
    assert list(people) == ["Orla M. Pennington", "Bertrand Quayle", "Ines Achterberg"]
    assert people["Ines Achterberg"].citizenship == "Netherlands"
    assert people["Ines Achterberg"].address.startswith("Keizersgracht 12")
    assert people["Orla M. Pennington"].citizenship == "Ireland"
    assert people["Orla M. Pennington"].address.startswith("Tallis College")
    assert people["Bertrand Quayle"].citizenship == "United States"
    assert people["Bertrand Quayle"].address_city == "Boston"
    assert people["Orla M. Pennington"].other_positions == ["Professor, Tallis College"]


def test_a_second_table_row_whose_name_matches_nobody_gives_nothing_but_a_finding(tmp_path):
    other = ROWS["pennington"].replace("Orla M. Pennington", "Orla Pennington   ")  # not the same printed name
    text = SPLIT.format(rows="\n".join([ROWS["quayle"], other, ROWS["achterberg"]]))
    filing = _extract(tmp_path, "split.txt", text)
    people = _people(filing)
    assert people["Orla M. Pennington"].citizenship is None and people["Orla M. Pennington"].address is None
    assert people["Bertrand Quayle"].citizenship == "United States"  # the rows that match still give theirs
    assert people["Ines Achterberg"].citizenship == "Netherlands"
    found = [w for w in filing.warnings if w.code == "unassigned-name" and "second table" in w.message]
    assert [w.values["name"] for w in found] == ["Orla Pennington"]


def test_a_second_table_row_whose_name_two_persons_share_gives_nothing():
    # the roster reader merges a name listed twice into one person; the join still refuses two on its own
    text = SPLIT.format(rows="\n".join(ROWS[key] for key in ("quayle", "pennington")))
    after = text.index("</TABLE>")
    people = [Person(name="Bertrand Quayle"), Person(name="Bertrand Quayle"), Person(name="Orla M. Pennington")]
    ctx = Context(source="split.txt", text=text, raw=text)
    read_postscript(ctx, after, len(text), people)
    assert all(p.citizenship is None and p.address is None for p in people[:2])
    assert people[2].citizenship == "Ireland"
    assert [w.code for w in ctx.warnings] == ["roster-ambiguous"] and "'Bertrand Quayle'" in ctx.warnings[0].message


AFTER = """\
                                   SCHEDULE I

        DIRECTORS AND EXECUTIVE OFFICERS OF GREYLAG SHIPPING CORPORATION

<TABLE>
                            Present Principal Occupation
Name                        or Employment                     Business Address
------------------------    ------------------------------    ------------------------------
<S>                         <C>                               <C>
PELHAM, Agnes R.            Director; Partner, Vole &         12 Cork Street
                            Wren LLP                          London W1S 3NP, England

TORVALDSEN, Erik            President                         88 Pier Road
                                                              Stamford, Connecticut 06902

ABADI, Samir                Chief Financial Officer           88 Pier Road
                                                              Stamford, Connecticut 06902

LUND, Karin                 Secretary                         88 Pier Road
                                                              Stamford, Connecticut 06902
</TABLE>

     {sentence}
"""


def test_a_citizenship_after_the_roster_is_everyone_s_but_the_named_exceptions(tmp_path):
    sentence = ("Each of the persons listed above is a citizen of the United States, except Agnes R. Pelham,\n"
                "who is a citizen of the United Kingdom, and Erik Torvaldsen and Karin Lund, who are\n"
                "citizens of Norway.")
    people = _people(_extract(tmp_path, "after.txt", AFTER.format(sentence=sentence)))
    assert {name: (p.citizenship, p.country) for name, p in people.items()} == {
        "Agnes R. Pelham": ("United Kingdom", "GB"), "Erik Torvaldsen": ("Norway", "NO"),
        "Samir Abadi": ("United States", "US"), "Karin Lund": ("Norway", "NO")}


def test_a_citizenship_sentence_whose_exception_names_nobody_listed_is_refused_whole(tmp_path):
    sentence = ("Each of the persons listed above is a citizen of the United States, except Agnes Pelham,\n"
                "who is a citizen of the United Kingdom.")  # 'Agnes R. Pelham' is listed: no exact match
    filing = _extract(tmp_path, "after.txt", AFTER.format(sentence=sentence))
    assert all(p.citizenship is None for p in filing.people)  # not even the default: she would get it
    assert any(w.code == "roster-ambiguous" and "'Agnes Pelham'" in w.message for w in filing.warnings)


def test_a_citizenship_sentence_without_exceptions_is_everyone_s(tmp_path):
    sentence = "Each of the persons listed above is a citizen of the United States."
    filing = _extract(tmp_path, "after.txt", AFTER.format(sentence=sentence))
    assert [p.citizenship for p in filing.people] == ["United States"] * 4


def test_a_header_repeated_after_a_page_break_is_no_value_even_where_its_words_are_no_caption_words(tmp_path):
    # 'Position with Fenwick' is no caption word kg knows, but it is a line of the table's own header, printed again
    broken = SPLIT.replace("Bertrand Quayle             President\n", """\
Bertrand Quayle             Director

<PAGE>
                                      -2-

                            Position with Fenwick       Present Principal Occupation
Name                        Hollow Capital, Inc.        (if different)

                            President
""")
    text = broken.format(rows="\n".join(ROWS[key] for key in ("quayle", "pennington", "achterberg")))
    people = _people(_extract(tmp_path, "split.txt", text))
    assert people["Bertrand Quayle"].positions == ["Director", "President"]
    assert people["Bertrand Quayle"].other_positions == []
    assert people["Bertrand Quayle"].citizenship == "United States"


def test_a_citizenship_sentence_that_disagrees_with_a_person_s_own_value_leaves_it_out():
    # a preamble default (or the entry) gave Karin Lund 'United States'; the sentence names her a citizen of Norway
    sentence = ("Each of the persons listed above is a citizen of the United States, except Karin Lund, who is a\n"
                "citizen of Norway.")
    text = AFTER.format(sentence=sentence)
    names = ("Agnes R. Pelham", "Erik Torvaldsen", "Samir Abadi", "Karin Lund")
    people = [Person(name=name) for name in names]
    people[3].citizenship, people[3].country = "United States", "US"
    ctx = Context(source="after.txt", text=text, raw=text)
    read_postscript(ctx, text.index("</TABLE>"), len(text), people)
    assert [p.citizenship for p in people] == ["United States"] * 3 + [None]
    assert people[3].country is None
    assert [(w.code, w.values["readings"]) for w in ctx.warnings] == [("roster-ambiguous", ["United States", "Norway"])]


def test_a_second_table_row_that_disagrees_with_a_person_s_own_value_leaves_it_out():
    text = SPLIT.format(rows="\n".join(ROWS[key] for key in ("quayle", "pennington")))
    people = [Person(name="Bertrand Quayle", citizenship="Canada", country="CA"), Person(name="Orla M. Pennington")]
    ctx = Context(source="split.txt", text=text, raw=text)
    read_postscript(ctx, text.index("</TABLE>"), len(text), people)
    assert (people[0].citizenship, people[0].country) == (None, None)
    assert people[0].address is not None  # (its address agrees with nothing it had: read)
    assert people[1].citizenship == "Ireland"
    assert [w.values["readings"] for w in ctx.warnings] == [["Canada", "United States"]]
