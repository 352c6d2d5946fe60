"""Round 51n (issue 13): gather93's base_salary_column_table and signature_column_table (EDGAR <TABLE> rosters after
IDT's and AIG's exhibits).

What was wrong: (1) base_salary_column_table: the note under the table, 'Directors who are not employees receive no
base salary; their annual retainer' / 'and meeting fees are described in the Proxy Statement under "Director' /
'Compensation."', closes on a quotation mark after its full stop, so it was no sentence ending the table: its words
ran into the last row ('their annual retainer and meeting fees are described ...' a title of the last person listed);
the salary column itself gave no value. (2) signature_column_table: the only words naming the roster's organisation
are the preamble's 'Each of the undersigned directors and executive officers of Power Corporation' / 'of Canada
agrees that ...': no comma, full stop or 'is' / 'are' after the name, so no organisation was read (None on everyone).

What changed: kg/forms/roster_after.py (a prose sentence under the table may close on a quotation mark after its full
stop); kg/patterns/roster.yml subject_organization and kg/forms/roster_org_ends.py subject_organization (the last
resort: the organisation named as the listed persons' right before the sentence's verb in lower case, taken only
where kg types it as an organisation).

Texts of our own making. Tests marked "fails on main" fail on main cc40223; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _salary_table(note_end: str) -> str:
    row = "{:<25}{:<24}{:<14}{:<36}{:<29}{}"  # (the salary right-aligned in its first ten)
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "",
             "       DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON PAPER CORPORATION", "",
             "The following table sets forth the name, position, current annual base salary,",
             "present principal occupation, business address and citizenship of each",
             "director and executive officer of Halverson Paper Corporation.", "",
             "<TABLE>", "<CAPTION>",
             f"{'':<49}ANNUAL BASE",
             row.format("NAME", "POSITION", "SALARY ($)", "PRINCIPAL OCCUPATION", "BUSINESS ADDRESS", "CITIZENSHIP"),
             row.format("-" * 23, "-" * 22, "-" * 12, "-" * 34, "-" * 27, "-" * 13),
             row.format("<S>", "<C>", "<C>", "<C>", "<C>", "<C>"),
             row.format("Greta M. Solvik", "Director", f"{'--':>10}", "Partner, Dunmore & Pratt LLP", "12 Quay Street",
                        "Norway"),
             row.format("", "", "", "", "Bergen 5003, Norway", ""), "",
             row.format("Tobias R. Finchley", "President and Chief", f"{'610,000':>10}", "--", "400 Mill Road",
                        "United States"),
             row.format("", "  Executive Officer", "", "", "Appleton, Wisconsin 54911", ""), "",
             "</TABLE>", "",
             "Directors who are not employees receive no base salary; their annual retainer",
             "and meeting fees are described in the Proxy Statement under \"Director",
             "Compensation" + note_end]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def test_a_note_closing_on_a_quotation_mark_ends_the_table(tmp_path):
    """Fails on main: the note's words after the semicolon were the last person's title."""
    people = _people(tmp_path, _salary_table(".\""))
    assert sorted(people) == ["Greta M. Solvik", "Tobias R. Finchley"]
    assert people["Tobias R. Finchley"]["positions"] == ["President and Chief Executive Officer"]
    assert people["Greta M. Solvik"]["positions"] == ["Director"]
    assert not any("610,000" in str(p) for p in people.values())  # (the salary is no value)


def test_guard_a_note_closing_on_its_full_stop_still_ends_the_table(tmp_path):
    people = _people(tmp_path, _salary_table(".\" Fees are paid quarterly as stated there."))
    assert people["Tobias R. Finchley"]["positions"] == ["President and Chief Executive Officer"]
    assert people["Tobias R. Finchley"]["address"] == "400 Mill Road, Appleton, Wisconsin 54911"


def _signature_table(subject: str) -> str:
    row = "{:<25}{:<28}{:<24}{:<29}{}"
    lines = [f"{'EXHIBIT 99.2':^78}".rstrip(), "",
             f"{'JOINT FILING AGREEMENT AND POWER OF ATTORNEY':^78}".rstrip(), "",
             f"Each of the undersigned directors and executive officers of {subject}",
             "agrees that the Schedule 13D to which this Exhibit is attached, and any",
             "amendment thereto, is filed on his or her behalf, and confirms that the name,",
             "position, business address and citizenship set forth opposite his or her",
             "signature below are true and correct.", "",
             "<TABLE>", "<CAPTION>",
             row.format("NAME", "SIGNATURE", "POSITION", "BUSINESS ADDRESS", "CITIZENSHIP"),
             row.format("-" * 23, "-" * 26, "-" * 22, "-" * 27, "-" * 13),
             row.format("<S>", "<C>", "<C>", "<C>", "<C>"),
             row.format("Marguerite Olin", "/s/ Marguerite Olin", "Director", "88 Rue Sherbrooke", "Canada"),
             row.format("", "_" * 24, "", "Montreal QC H3A 1B9", ""), "",
             row.format("Rafael Castellano", "/s/ Rafael Castellano", "Treasurer", "88 Rue Sherbrooke", "Canada"),
             row.format("", "_" * 24, "", "Montreal QC H3A 1B9", ""), "",
             "</TABLE>"]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def test_the_organisation_named_before_the_preamble_verb(tmp_path):
    """Fails on main: no organisation read (None on every person)."""
    people = _people(tmp_path, _signature_table("Laurentide Holdings Corporation"))
    assert sorted(people) == ["Marguerite Olin", "Rafael Castellano"]
    assert {p.get("organization") for p in people.values()} == {"Laurentide Holdings Corporation"}
    assert people["Rafael Castellano"]["positions"] == ["Treasurer"]
    assert people["Marguerite Olin"]["citizenship"] == "Canada"


def test_guard_a_word_such_as_the_company_is_no_organisation(tmp_path):
    people = _people(tmp_path, _signature_table("the Company"))
    assert sorted(people) == ["Marguerite Olin", "Rafael Castellano"]
    assert [p.get("organization") for p in people.values()] == [None, None]
    assert people["Rafael Castellano"]["positions"] == ["Treasurer"]
