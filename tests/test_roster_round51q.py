"""Round 51q (issue 13): Forstmann Little's 'Partners of' part as a layout of its own, one group per set of titles:
a centred '<Titles> of' / '<Org>' heading, an indented paragraph (the defaults, then the members' own occupation,
address and citizenship sentences), the members' names centred one a line: gather94's
group_preamble_centred_name_lists.

What was wrong: the first heading and paragraph were read as the roster's preamble and the names as a bare name
list, so the paragraph's default address went to every name, also to the member the paragraph gives another
('The business address of Jean-Paul Saillard is 25, avenue Matignon ...': 3 values on the wrong person), no title
or occupation was read, and a roster whose only heading is 'Director of' was found no roster at all.

What changed: kg/forms/roster_group_paragraphs.py (new: reads the groups, refuses any other block or sentence);
kg/forms/annex.py (that reader first among the prose readers; an exhibit that reads wholly as such groups is a
roster).

Texts of our own making. Tests marked "fails on main" fail on main 829b8b5; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _centre(line: str) -> str:
    return line.center(78).rstrip()


def _group(titles: list[str], org: str, paragraph: list[str], names: list[str]) -> list[str]:
    heading = [*titles[:-1], f"{titles[-1]} of", org]
    return [_centre(x) for x in heading] + [""] + ["     " + paragraph[0], *paragraph[1:], ""] + \
        [_centre(n) for n in names] + [""]


ORG = "Quillon Finance"
DIRECTORS = _group(["Member, Conseil d'Administration"], ORG, [
    "The following persons hold the positions named above with Quillon Finance.",
    "The business address of each of the following persons is 21, avenue Matignon,",
    "75008 Paris, France and each is a citizen of the Republic of France, except as",
    "set forth below. The present principal occupation of Odile Marchetti is Head of",
    "Treasury, Aubrac SA. The business address of Bastien Lemarquand is 25, avenue",
    "Matignon, 75008 Paris, France. Bastien Lemarquand is a citizen of Belgium."],
    ["Odile Marchetti", "Bastien Lemarquand", "Fabienne Roussel"])
OFFICERS = _group(["President", "Chief Executive Officer"], ORG, [
    "The following persons hold the positions named above with Quillon Finance.",
    "The business address of each of the following persons is 21, avenue Matignon,",
    "75008 Paris, France and each is a citizen of the Republic of France, except as",
    "set forth below."], ["Gaspard Villeneuve"])


def _people(tmp_path: Path, lines: list[str]) -> dict[str, dict]:
    path = tmp_path / "schedule.txt"
    path.write_text("\n".join(["Schedule I", "", *lines]) + "\n", encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def test_a_members_own_address_stands_over_the_groups_default(tmp_path):
    """Fails on main: Bastien Lemarquand got the paragraph's default address (another member's) and no title."""
    people = _people(tmp_path, DIRECTORS + OFFICERS)
    assert set(people) == {"Odile Marchetti", "Bastien Lemarquand", "Fabienne Roussel", "Gaspard Villeneuve"}
    assert people["Bastien Lemarquand"]["address"] == "25, avenue Matignon, 75008 Paris, France"
    assert people["Bastien Lemarquand"]["citizenship"] == "Belgium"
    assert people["Fabienne Roussel"]["address"] == "21, avenue Matignon, 75008 Paris, France"
    assert people["Fabienne Roussel"]["citizenship"] == "Republic of France"
    assert people["Odile Marchetti"]["other_positions"] == ["Head of Treasury, Aubrac SA"]
    assert not people["Fabienne Roussel"].get("other_positions")
    assert people["Odile Marchetti"]["positions"] == ["Member, Conseil d'Administration"]
    assert people["Gaspard Villeneuve"]["positions"] == ["President", "Chief Executive Officer"]
    assert all(p["organization"] == ORG for p in people.values())


def test_a_schedule_headed_director_of_only_is_read(tmp_path):
    """Fails on main: no roster heading word ('Director of' is no 'Directors'), so nothing was read."""
    group = _group(["Director"], "Harrowgate Capital Corp.", [
        "The following persons hold the positions named above with Harrowgate Capital Corp.",
        "Each is a citizen of the United States, except as set forth below. The present",
        "principal occupation of Imogen Sallis is Partner, Tarrant & Vale LLP."],
        ["SALLIS, Imogen", "WEBBER, Clement R."])
    people = _people(tmp_path, group)
    assert set(people) == {"Imogen Sallis", "Clement R. Webber"}
    assert people["Imogen Sallis"]["other_positions"] == ["Partner, Tarrant & Vale LLP"]
    assert people["Clement R. Webber"]["citizenship"] == "United States"
    assert people["Clement R. Webber"]["positions"] == ["Director"]


def test_a_sentence_of_another_kind_is_refused():
    """Fails on main (no such reader): a paragraph sentence that states no member's own value leaves the layout
    unread (not certain)."""
    from kg.forms.roster_group_paragraphs import read_group_paragraphs
    lines = DIRECTORS[:-1] + [""]
    lines[lines.index("") + 1] += " Some of them serve on the audit committee."
    text = "\n".join(["Schedule I", "", *lines])
    assert read_group_paragraphs("\n".join(["Schedule I", "", *DIRECTORS]), 0, 10_000) is not None
    assert read_group_paragraphs(text, 0, len(text)) is None


def test_the_real_partners_of_part_still_reads(tmp_path):
    """Guard: the real order ('Partners of' / 'FLC XXX', 'The following are the general partners of ...', the names)
    still reads each name with the preamble's address and citizenship."""
    people = _people(tmp_path, [_centre("Partners of"), _centre("FLC XXX"), "",
                                "     The following are the general partners of FLC XXX. The business address of each",
                                "of the following persons is 767 Fifth Avenue, New York, NY 10153 and each is a",
                                "citizen of the United States.", "",
                                _centre("Theodore J. Forstmann"), _centre("Sandra J. Horbach"), ""])
    assert set(people) == {"Theodore J. Forstmann", "Sandra J. Horbach"}
    assert all(p["address"] == "767 Fifth Avenue, New York, NY 10153" for p in people.values())
    assert all(p["citizenship"] == "United States" for p in people.values())


def test_a_sentence_about_a_non_member_run_into_a_value_is_refused():
    """Fails on main (no such reader): 'The present principal occupation of Lucien Barre is ...' names no member of
    the list, so it runs into Odile Marchetti's occupation (ending 'N.A.'): the layout is left unread, never that
    sentence given to her."""
    from kg.forms.roster_group_paragraphs import read_group_paragraphs
    lines = [line.replace("Treasury, Aubrac SA.", "Treasury, Aubrac Bank, N.A. The present principal occupation of")
             .replace(" The business address of Bastien", " Lucien Barre is Notary. The business address of Bastien")
             for line in DIRECTORS]
    text = "\n".join(["Schedule I", "", *lines])
    assert "Lucien Barre is Notary" in " ".join(text.split())
    assert read_group_paragraphs(text, 0, len(text)) is None
