"""Round 47w (issue 13): a fund-style 'Term of Office and Length of Time Served' column in an HTML roster, and an
EDGAR <TABLE> with a 'DATE OF APPOINTMENT' column whose caption is ruled off once, below, with no <S>/<C> markers.

(1) 'Term of Office and Length of Time Served' holds the word 'Office', a position's caption word: the column's
terms were read as titles ('Director Indefinite', 'since 2016'). Its whole caption, like 'Date of Appointment',
is now a column kg reads and never takes a value from (kg/patterns/roster.yml column_roles `unknown`); a
'Position(s) Held ... and Length of Time Served' caption stays the titles'.
(2) An EDGAR table whose caption stands under <CAPTION> and over one dashed rule (no rule above it, no <S>/<C>
markers) was read headerless: nobody's titles, occupations or addresses, and an address line or a firm read as a
person ('Kenneth J. Bialkin Skadden', 'Castlerigg Master'). The caption's last line now gives the columns as under
two rules (kg/forms/roster_ruled_caption.ruled_header).

Texts of our own making. Tests marked "fails on main" fail on main 47aa355; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str, suffix: str) -> dict[str, dict]:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _html(term_caption: str) -> str:
    def row(name: str, address: str, titles: str, term: str, job: str) -> str:
        return (f"<tr valign=\"top\"><td><b>{name}</b><br>{address}</td><td>{titles}</td><td>{term}</td>"
                f"<td>{job}</td><td>United States</td></tr>")
    return "\n".join([
        "<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
        "<p align=\"center\"><b>TRUSTEES AND OFFICERS OF ACME GROWTH FUND</b></p>",
        "<p>The name, address, position with Acme Growth Fund, term of office and length of time served, principal "
        "occupation during the past five years and citizenship of each trustee and executive officer of Acme Growth "
        "Fund are set forth below.</p>",
        "<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">",
        "<tr><th align=\"left\">Name and Address</th><th align=\"left\">Position(s) Held with Acme Growth Fund</th>"
        f"<th align=\"left\">{term_caption}</th><th align=\"left\">Principal Occupation(s) During Past 5 Years</th>"
        "<th align=\"left\">Citizenship</th></tr>",
        row("John A. Smith", "100 Main Street<br>Boston, Massachusetts 02110", "Trustee", "Indefinite; since 2011",
            "Partner, Smith &amp; Jones LLP"),
        row("Mary B. Jones", "200 Park Avenue<br>New York, New York 10166", "President<br>Treasurer",
            "One-year term; since May 2016", "None"),
        "</table>", "</body></html>"]) + "\n"


def test_term_of_office_column_is_no_title(tmp_path: Path) -> None:
    """Fails on main: the terms were titles ('Trustee Indefinite', 'since 2011')."""
    people = _people(tmp_path, _html("Term of Office and Length of Time Served"), ".htm")
    assert people["John A. Smith"]["positions"] == ["Trustee"]
    assert people["John A. Smith"]["other_positions"] == ["Partner, Smith & Jones LLP"]
    assert people["Mary B. Jones"]["positions"] == ["President", "Treasurer"]
    assert people["Mary B. Jones"]["address"] == "200 Park Avenue, New York, New York 10166"


def test_term_words_only_inside_a_position_caption_stay_titles(tmp_path: Path) -> None:
    """Guard: without a term column, the titles under 'Position(s) Held with ...' read as before."""
    text = _html("Term of Office and Length of Time Served").replace(
        "<th align=\"left\">Term of Office and Length of Time Served</th>", "").replace(
        "<td>Indefinite; since 2011</td>", "").replace("<td>One-year term; since May 2016</td>", "")
    people = _people(tmp_path, text, ".htm")
    assert people["John A. Smith"]["positions"] == ["Trustee"]
    assert people["Mary B. Jones"]["positions"] == ["President", "Treasurer"]


def _edgar(rule_line: str) -> str:
    def row(name: str = "", title: str = "", date: str = "", job: str = "", country: str = "") -> str:
        return f"{name:<30}{title:<24}{date:<20}{job:<30}{country}".rstrip()
    return "\n".join([
        f"{'EXHIBIT A':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ACME HOLDINGS CORPORATION':^78}"
        .rstrip(), "",
        "Set forth below are the name, business address, position with Acme Holdings Corporation, date of",
        "appointment to that position and other principal occupation and citizenship of each director and",
        "executive officer of Acme Holdings Corporation.", "", "<TABLE>", "<CAPTION>",
        row("", "POSITION WITH", "", ""),
        row("NAME AND", "ACME HOLDINGS", "DATE OF", "OTHER PRINCIPAL"),
        row("BUSINESS ADDRESS", "CORPORATION", "APPOINTMENT", "OCCUPATION", "CITIZENSHIP"),
        rule_line,
        row("1. John A. Smith", "Director", "March 14, 2019", "Partner, Smith & Jones", "United States"),
        row("100 Main Street"), row("Boston, Massachusetts 02110"), "",
        row("2. Mary B. Jones", "Executive Vice", "July 15, 2010", "--", "Canada"),
        row("200 Park Avenue", "  President"), row("New York, New York 10166"), "",
        "</TABLE>", ""])


def test_caption_ruled_once_below_gives_the_columns(tmp_path: Path) -> None:
    """Fails on main: the table was read headerless, nobody's titles or addresses."""
    people = _people(tmp_path, _edgar("-" * 116), ".txt")
    assert set(people) == {"John A. Smith", "Mary B. Jones"}
    assert people["John A. Smith"]["positions"] == ["Director"]
    assert people["John A. Smith"]["other_positions"] == ["Partner, Smith & Jones"]
    assert people["John A. Smith"]["address"] == "100 Main Street, Boston, Massachusetts 02110"
    assert people["Mary B. Jones"]["positions"] == ["Executive Vice President"]
    assert people["Mary B. Jones"]["citizenship"] == "Canada"


def test_marked_columns_still_read(tmp_path: Path) -> None:
    """Guard: the same table with <S>/<C> markers under its caption reads as before."""
    marks = f"{'<S>':<30}{'<C>':<24}{'<C>':<20}{'<C>':<30}<C>"
    people = _people(tmp_path, _edgar(marks), ".txt")
    assert people["John A. Smith"]["positions"] == ["Director"]
    assert people["Mary B. Jones"]["address"] == "200 Park Avenue, New York, New York 10166"
    assert all("March" not in " ".join(p["positions"] + p["other_positions"]) for p in people.values())
