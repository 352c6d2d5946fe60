"""Round 47c (issue 13): gather59's numbered_paragraph_entries_labelled_sentences, measured once as held out at
P 0.924 R 0.072 with a value on the wrong person.

(1) One paragraph per person: the name and its full stop, then the titles in a sentence of their own without a label
('Director of X; President of X.'), then labelled sentences ('Principal occupation: ... Business address: ...
Citizenship: ...'), with a hanging indent and '1.' before the name. The labelled-sentence paragraphs were printed
again a line per field only where the name alone stood before the first label, on the first line: these were left to
the labelled-block reader, which read their labels mid-line and ran one person's titles into another's. The name is
now the longest run of sentences that reads as a person's name, and the sentences after it up to the first label are
taken only where each reads as titles: they become title lines under the name (kg.forms.roster_label_run_titles).

(2) Where some paragraphs are printed again, another with two labels or more after full stops that cannot be is
blanked with a `roster-ambiguous` finding (read as lines, its words ran into the entries around it).

(3) The paragraphs set apart by no blank line: a line opening with the next entry number of the text's run of them
('2.' after '1.'), or a hanging indent that starts under a line that closed a sentence at the same indent, opens a
paragraph (kg.forms.roster_label_run_opens); the paragraph printed again gets a blank line over and under it.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

import kg
from kg.errors import StructureError
from kg.forms.roster_label_run_opens import paragraph_opens
from kg.forms.roster_label_run_titles import name_then_titles
from kg.forms.roster_label_runs import sentence_labels
from kg.records import to_dict

ORG = "Halverston Trust Company"

_NUMBERED = f"""                             SCHEDULE A

Directors and Executive Officers of {ORG}

The following is a list of the directors and executive officers of
{ORG}, setting forth for each the position held, present
principal occupation, business address and citizenship.

1. Corvin J. Ashdale. Director of {ORG}. Principal
    occupation: Managing Director, Marrowgate Advisers. Business
    address: Marrowgate Advisers, 17 West 44th Street, New York, NY
    10036. Citizenship: United States.

2. Petra L. Vondrakova. Director of {ORG}; President
    of {ORG}; Chief Executive Officer of {ORG}.
    Business address: {ORG}, 90 Pearl Street, Boston, MA 02110.
    Citizenship: Czech Republic.

3. ASHBY, Olwen. Senior Vice President - Operations of {ORG}.
    Business address: {ORG}, 90 Pearl Street, Boston, MA
    02110. Citizenship: United Kingdom.
"""

WANT = {
    "Corvin J. Ashdale": (["Director"], ["Managing Director, Marrowgate Advisers"], "United States",
                          "Marrowgate Advisers, 17 West 44th Street, New York, NY 10036"),
    "Petra L. Vondrakova": (["Director", "President", "Chief Executive Officer"], [], "Czech Republic",
                            f"{ORG}, 90 Pearl Street, Boston, MA 02110"),
    "Olwen Ashby": (["Senior Vice President - Operations"], [], "United Kingdom", f"{ORG}, 90 Pearl Street, Boston, MA 02110"),
}


def _extract(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return to_dict(kg.extract(path))


def _check(people: dict[str, dict], names=WANT) -> None:
    for name in names:
        positions, occupations, citizenship, address = WANT[name]
        person = people[name]
        assert person["positions"] == positions, person
        assert person["other_positions"] == occupations, person
        assert person["citizenship"] == citizenship, person
        assert person["address"] == address, person


def test_numbered_paragraphs_with_unlabelled_titles_are_read(tmp_path):
    people = {p["name"]: p for p in _extract(tmp_path, _NUMBERED)["people"]}
    assert set(people) == set(WANT)
    _check(people)


def test_the_paragraphs_are_read_with_no_blank_line_between_them(tmp_path):
    text = "\n".join(line for line in _NUMBERED.split("\n") if line.strip()) + "\n"  # ('1.', '2.', '3.' apart)
    people = {p["name"]: p for p in _extract(tmp_path, text)["people"]}
    assert set(people) == set(WANT)
    _check(people)
    unnumbered = text.replace("1. Corvin", "Corvin").replace("2. Petra", "Petra").replace("3. ASHBY", "ASHBY")
    people = {p["name"]: p for p in _extract(tmp_path, unnumbered)["people"]}  # (the hanging indents apart)
    assert set(people) == set(WANT)
    _check(people)


def test_a_paragraph_whose_name_and_titles_are_not_told_apart_is_refused(tmp_path):
    text = _NUMBERED.replace(f"2. Petra L. Vondrakova. Director of {ORG}; President",
                             f"2. Petra L. Vondrakova. Ms. Vondrakova is a director of {ORG}; President")
    found = _extract(tmp_path, text)
    people = {p["name"]: p for p in found["people"]}
    assert set(people) == {"Corvin J. Ashdale", "Olwen Ashby"}  # (her paragraph blanked: nobody's values)
    _check(people, ["Corvin J. Ashdale", "Olwen Ashby"])
    assert any(w["code"] == "roster-ambiguous" and "labelled sentences" in w["message"] for w in found["warnings"])


def test_titles_are_taken_only_where_each_sentence_reads_as_titles():
    flat = "   Corvin J. Ashdale. Director of X Bank; Chief Executive Officer of X Bank. Business address: Y"
    cut = flat.index("Business")
    assert name_then_titles(flat, cut) == [flat.index("Director")]
    for sentence in ("Mr. Ashdale is a director of X Bank.", "Director since 1998.", "Chairman of the board."):
        flat = f"Corvin J. Ashdale. {sentence} Business address: Y"
        assert name_then_titles(flat, flat.index("Business")) is None


def test_paragraph_openings_by_entry_number_and_hanging_indent():
    lines = ["Preamble that ends here.", "1. Ann Lee. Director.", "    Citizenship: X.", "2. Bob Roe. Director.",
             "    Citizenship: Y.", "    2. a wrapped line opening with a number"]
    assert paragraph_opens(lines) == {1, 3}
    lines = ["The preamble's last line.", "Ann Lee. Director. Business", "    address: Z. Citizenship: X."]
    assert paragraph_opens(lines) == {1}
    assert paragraph_opens(["A paragraph's line.", "Another line of it.", "And its last."]) == set()


_LABELLED_ONLY = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSTON TRUST COMPANY

Pei-yuan Chia. Position: Director. Present principal occupation: Retired Vice Chairman,
Citicorp. Business address: c/o 70 Pine Street, New York, New York 10270. Citizenship: United States.

Marshall A. Cohen. Position: Director. Present principal occupation: Counsel, Cassels, Brock &
Blackwell. Business address: 40 King Street West, Toronto, Ontario M5H 3C2. Citizenship: Canada.
"""


def test_labelled_sentences_with_a_position_label_still_read(tmp_path):  # guard
    people = {p["name"]: p for p in _extract(tmp_path, _LABELLED_ONLY)["people"]}
    assert people["Pei-yuan Chia"]["positions"] == ["Director"]
    assert people["Pei-yuan Chia"]["citizenship"] == "United States"
    assert people["Marshall A. Cohen"]["citizenship"] == "Canada"
    assert people["Marshall A. Cohen"]["address"] == "40 King Street West, Toronto, Ontario M5H 3C2"


_HONORIFIC = f"""                                 EXHIBIT 99.2

                 EXECUTIVE OFFICERS AND DIRECTORS OF {ORG.upper()}

     The following persons are the executive officers and/or directors of
{ORG}. Unless otherwise indicated below, the business address of each of
them is {ORG}, 90 Pearl Street, Boston, MA 02110, and each of them is a
citizen of the United States.

     1.  Corvin J. Ashdale.  Mr. Ashdale is a director of {ORG} and is
Managing Director, Marrowgate Advisers.

     2.  Petra L. Vondrakova.  Ms. Vondrakova is a director of {ORG} and is
President of {ORG}.
"""


def test_honorific_prose_paragraphs_still_read(tmp_path):  # guard
    people = {p["name"]: p for p in _extract(tmp_path, _HONORIFIC)["people"]}
    assert set(people) == {"Corvin J. Ashdale", "Petra L. Vondrakova"}
    assert people["Petra L. Vondrakova"]["positions"] == ["Director", "President"]
    assert people["Corvin J. Ashdale"]["address"] == f"{ORG}, 90 Pearl Street, Boston, MA 02110"


def test_a_refused_paragraph_that_holds_the_preamble_refuses_the_roster(tmp_path):
    text = "\n".join(line for line in _NUMBERED.split("\n") if line.strip()) + "\n"
    text = text.replace("1. Corvin J. Ashdale. Director of", "Corvin J. Ashdale. Mr. Ashdale is a director of")
    text = text.replace("\n2. ", "\n" + "-" * 20 + "\n2. ").replace("\n3. ", "\n" + "-" * 20 + "\n3. ")  # (rules)
    with pytest.raises(StructureError):  # (his paragraph runs on from the preamble: no entry's bounds to blank)
        _extract(tmp_path, text)
    found = []
    shown = sentence_labels(SimpleNamespace(warn=lambda code, message, **_: found.append((code, message))), text, 0,
                            len(text))
    assert len(shown) == len(text) and "Vondrakova" not in shown and "Ashdale" not in shown  # (every entry blanked)
    assert found and all(code == "roster-ambiguous" for code, _m in found)
