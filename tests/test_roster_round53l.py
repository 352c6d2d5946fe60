"""Round 53l (issue 13, precision first): an organisation's name never runs past a sentence's full stop.

What was wrong: a short preamble ('The following is a list of all members of the Board of Directors of Power
Corporation of Canada. All directors are citizens of Canada ...', gather106's
labelled_blocks_sections_employer_field_micron, rosters 2 and 7) gave every person the organisation 'Canada. All'
(kg/forms/roster_org.py `_OF_ORG_ROSTER`: the words between the last 'of' and 'directors'); a long one ('... each
director and executive officer of MLINC and MetLife. MLINC is a holding company ...', the real
text_twocol_nameaddr_metlife) gave 'MLINC and MetLife. MLINC' (`_PREAMBLE_ORG`); with the first refused, the entries'
'... Officer of Power Corporation of Canada' gave 'Canada' (`common_employer`: the words after the last 'of').

What changed: kg/forms/roster_org_stop.py (new; its patterns in kg/patterns/roster_org_stop.yml, the abbreviations
kept inside a name in kg/lookups/abbreviations.yml `org_name`): a reading whose words run past a sentence's stop is
refused, a name read right after a body's 'of' ends at the stop, and 'Board of Directors of X.' names X where the
text prints X again the same way; kg/forms/roster_org_of_end.py (new): a title's last 'of' inside the
organisation's own name takes the name whole, or none. kg/forms/roster_left_out.py: the doubt's message says the
organisation is not read instead of 'a title in None'.

Texts of our own making. Tests marked "fails on main" fail on main 43d729a; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.context import Context
from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_left_out import warn_left_out
from kg.records import to_dict

ORG = "Quillmoor Holding Company of Manitoba"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _block(name: str, occupation: list[str], employer: bool = True) -> list[str]:
    label = "{:<38}".format
    lines = [label("Name:") + name, "", label("Business Address:") + "12 Larchwood Row",
             " " * 38 + "Winnipeg MB R3C 4T3", "", label("Principal Occupation:") + occupation[0]]
    lines += [" " * 38 + more for more in occupation[1:]] + [""]
    if employer:
        lines += [label("Name, principal business") + ORG, label("and address of corporation") + "12 Larchwood Row",
                  label("or other organization in") + "Winnipeg MB R3C 4T3", "which employment is", "conducted:", ""]
    return lines


def _labelled(preamble: list[str]) -> str:
    lines = ["<PAGE>", "", " " * 68 + "EXHIBIT 1-A", "", " " * 35 + "DIRECTORS", ""] + preamble + [""]
    lines += _block("Ambrose T. Kettleby", ["Director; President and Chief Executive", f"Officer of {ORG}"])
    lines += _block("Philippa Dunstable", ["Director; Vice-Chairman of Quillmoor Holding", "Company of Manitoba"])
    lines += _block("Horace Wintergreen", [f"Director of {ORG}", "Partner, Gravenor & Lisle"], employer=False)
    return "\n".join(lines) + "\n"


SHORT = ["     The following is a list of all members of the Board of Directors of Quillmoor",
         "Holding Company of Manitoba. All directors are citizens of Canada."]


def test_a_short_preamble_names_no_organisation_past_its_full_stop(tmp_path):
    """Fails on main: every person's organisation was 'Manitoba. All'."""
    people = _people(tmp_path, _labelled(SHORT))
    assert len(people) == 3
    assert {p.get("organization") for p in people.values()} == {ORG}
    assert people["Ambrose T. Kettleby"]["positions"] == ["Director", "President and Chief Executive Officer"]


def test_the_board_sentence_names_the_organisation_the_entries_print(tmp_path):
    """Fails on main: every person's organisation was 'Manitoba' (the entries' words after their last 'of'): 'Board
    of Directors of X.' names X where the entries print X the same way."""
    long = SHORT[:1] + ["Holding Company of Manitoba. All directors are citizens of Canada, except Horace",
                        "Wintergreen, who is a citizen of the United Kingdom and a resident of the Isle of Man."]
    people = _people(tmp_path, _labelled(long))
    assert {p.get("organization") for p in people.values()} == {ORG}
    assert people["Horace Wintergreen"]["positions"] == ["Director"]


def test_a_name_after_the_bodies_of_ends_at_the_sentence(tmp_path):
    """Fails on main: 'Corvale and Brightwater. Corvale' (the next sentence's first word taken into the name)."""
    text = "\n".join([
        "<PAGE>", "", " " * 20 + "DIRECTORS AND EXECUTIVE OFFICERS OF THE FILING PARTIES", "",
        "Set forth below is the name and present principal occupation or employment of",
        "each director and executive officer of Corvale and Brightwater. Corvale is a holding",
        "company and Brightwater is an insurance company. The principal business address of",
        "Corvale and Brightwater is 9 Harbour Street, Boston, MA 02110. Each person listed",
        "below is a citizen of the United States.", "", "<TABLE>",
        "Name                                       Principal Occupation or Employment",
        "----                                       ----------------------------------", "<S>" + " " * 40 + "<C>",
        "Ambrose T. Kettleby                        Chairman of the Board, Corvale and Brightwater", "",
        "Philippa Dunstable                         Director; Partner, Gravenor & Lisle", "</TABLE>", ""])
    people = _people(tmp_path, text)
    assert people and {p.get("organization") for p in people.values()} == {"Corvale and Brightwater"}


def test_guard_a_legal_form_still_ends_the_name_before_the_sentence(tmp_path):
    """Guard (passes on main too): '... of Quillmoor Systems, Inc. All directors are ...' keeps the form's stop."""
    preamble = ["     The following is a list of all members of the Board of Directors of Quillmoor",
                "Systems, Inc. All directors are citizens of Canada."]
    text = _labelled(preamble).replace(ORG, "Quillmoor Systems, Inc.").replace(
        "Quillmoor Holding\n" + " " * 38 + "Company of Manitoba", "Quillmoor\n" + " " * 38 + "Systems, Inc.")
    people = _people(tmp_path, text)
    assert {p.get("organization") for p in people.values()} == {"Quillmoor Systems, Inc."}


def test_guard_initials_inside_a_name_are_no_sentence_stop():
    """The new module's rules (on main it does not exist): 'U.S.', 'St.', 'Bros.' and legal forms are abbreviations
    inside a name, a place's name before a capital is a sentence's end."""
    from kg.forms.roster_org_stop import before_stop, of_roster_org, runs_past_stop
    assert not runs_past_stop("Quillmoor U.S. Realty Trust")
    assert not runs_past_stop("The St. Paul Travelers Companies, Inc.")
    assert not runs_past_stop("Lisle Bros. Holdings N.V. Group")
    assert runs_past_stop("Manitoba. All")
    assert before_stop("Corvale and Brightwater. Corvale") == "Corvale and Brightwater"
    assert of_roster_org("OF BSCI'S DIRECTORS AND EXECUTIVE OFFICERS") == "BSCI"
    assert of_roster_org("of Quillmoor Systems, Inc. All directors are citizens") == "Quillmoor Systems, Inc."
    assert of_roster_org("of Holding Company of Manitoba. All directors are citizens") is None


def test_the_doubt_names_no_organisation_it_did_not_read():
    """Fails on main: the message said "could be a title in None"."""
    ctx = Context(text="Ambrose T. Kettleby  Chairman", source="exhibit.txt")
    span = (0, 19)
    entry = Entry(name="Ambrose T. Kettleby", name_span=span, evidence=span)
    entry.undecided = ["Chairman"]
    warn_left_out(ctx, [entry], Roster(organization=None, listed_bodies=set()))
    message = ctx.warnings[0].message
    assert "None" not in message and "not read" in message


def test_guard_a_title_of_a_body_keeps_the_organisation_after_it():
    """The new module's rules (on main it does not exist): 'Chairman of the Board of X' is X's title (the body's
    'of' is the title's), 'Officer of Power Corporation of Canada' the whole name, 'Trustee, Bank of Canada' none."""
    from kg.forms.roster_org_of_end import of_end_employer
    assert of_end_employer("Chairman of the Board of Quillmoor") == "Quillmoor"
    assert of_end_employer("Chairman of the Executive Committee of Quillmoor Corp") == "Quillmoor Corp"
    assert of_end_employer("Co-Chief Executive Officer of Holding Company of Manitoba") == "Holding Company of Manitoba"
    assert of_end_employer("Trustee, Bank of Manitoba") is None
