"""Round 49b (issue 13): an HTML table saved as text, each cell on a line of its own, under a fund's captions
('Position(s) Held with <Org>', 'Term of Office and Length of Time Served', 'Principal Occupation(s) During Past 5
Years'): the caption lines give the cell order; a term of office is no title, no occupation and no address."""
from __future__ import annotations

import kg
from kg.errors import KgError
from kg.records import to_dict


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    try:
        return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}
    except KgError:  # (no roster read at all)
        return {}


HEAD = ["Schedule A", "", "Trustees and Officers of Corvane Income Trust", "",
        "The name, position with Corvane Income Trust, term of office and length of time served, principal",
        "occupation during the past five years, business address and citizenship of each trustee and executive",
        "officer of Corvane Income Trust are set forth below.", "",
        "Name", "Position(s) Held with Corvane Income Trust", "Term of Office and Length of Time Served",
        "Principal Occupation(s) During Past 5 Years", "Business Address", "Citizenship", ""]
ROWS = [["Harriet Q. Lindqvist", "Trustee", "Indefinite; since 2011", "Partner, Obermark & Sallow LLP",
         "88 Quayside Road, Portland, Maine 04101", "United States"],
        ["Theo Baranowski", "President; Trustee", "One-year term; since May 2016", "None",
         "12 Quill Street, Dover, Delaware 19901", "United States"],
        ["Ines M. Okafor-Reyes", "Trustee", "Serves at the pleasure of the Board; since 2007",
         "Professor of Geology, Halvard University", "3 Tenney Lane, Toronto, Ontario M5H 3C2", "Canada"]]
TERMS = ("Indefinite", "since", "term", "pleasure")


def _text(head=HEAD, rows=ROWS) -> str:
    return "\n".join(head + [line for row in rows for line in row + [""]]) + "\n"


def _values(person: dict) -> list[str]:
    return [*person.get("positions", []), *person.get("other_positions", []), person.get("address") or "",
            person.get("citizenship") or ""]


def test_saved_cells_under_term_of_office_caption_are_read(tmp_path):
    people = _people(tmp_path, _text())
    assert set(people) == {"Harriet Q. Lindqvist", "Theo Baranowski", "Ines M. Okafor-Reyes"}
    lindqvist, baranowski, okafor = (people[n] for n in ("Harriet Q. Lindqvist", "Theo Baranowski",
                                                          "Ines M. Okafor-Reyes"))
    assert lindqvist["positions"] == ["Trustee"]
    assert lindqvist["other_positions"] == ["Partner, Obermark & Sallow LLP"]
    assert lindqvist["address"] == "88 Quayside Road, Portland, Maine 04101"
    assert baranowski["positions"] == ["President", "Trustee"] and baranowski["other_positions"] == []
    assert okafor["citizenship"] == "Canada"
    assert okafor["other_positions"] == ["Professor of Geology, Halvard University"]
    assert not any(word in value for person in people.values() for value in _values(person) for word in TERMS)


def test_held_with_caption_at_length_is_a_caption_line():
    from kg.forms import roster_types as rt
    assert rt.caption_line("Position(s) Held with American International Group, Inc.")
    assert rt.caption_line("Principal Occupation(s) During Past 5 Years")
    assert not rt.caption_line("Held with American International Group, Inc.")  # (no position's word)
    assert not rt.is_header("Managing Director, Past 5 Years")  # (a title is no caption)


def test_row_with_a_term_cell_on_two_lines_gives_no_term_as_a_value(tmp_path):
    rows = [list(row) for row in ROWS]
    rows[1][2:3] = ["One-year term;", "since May 2016"]  # (one cell over two lines: the row is longer than the header)
    people = _people(tmp_path, _text(rows=rows))
    assert not any(word in value for person in people.values() for value in _values(person) for word in TERMS)
    assert people["Harriet Q. Lindqvist"]["positions"] == ["Trustee"]


def test_saved_name_address_cell_neighbour_still_reads(tmp_path):
    head = HEAD[:8] + ["Name and Business Address", "Position with the Company", "Present Principal Occupation", "Citizenship",
            ""]
    rows = [["Harriet Q. Lindqvist", "88 Quayside Road", "Portland, Maine 04101", "Director",
             "Partner, Obermark & Sallow LLP", "United States"],
            ["Ines M. Okafor-Reyes", "3 Tenney Lane", "Toronto, Ontario M5H 3C2", "Director",
             "Professor of Geology, Halvard University", "Canada"]]
    people = _people(tmp_path, _text(head=head, rows=rows))
    assert people["Harriet Q. Lindqvist"]["address"] == "88 Quayside Road, Portland, Maine 04101"
    assert people["Ines M. Okafor-Reyes"]["positions"] == ["Director"]
    assert people["Ines M. Okafor-Reyes"]["citizenship"] == "Canada"


# ---- one HTML paragraph, lines apart by <br>: a line set on purpose is no wrap of the line above ----------------
def _br_roster(entries: list[tuple[str, list[str]]]) -> str:
    body = "<br>\n<br>\n".join(f"<b>{name}</b><br>\n" + "<br>\n".join(lines) for name, lines in entries)
    return ("<html><body><p align=\"center\"><b>SCHEDULE A</b></p>"
            "<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF CORVANE HOLDINGS, INC.</b></p>"
            "<p>The name, present principal occupation or employment and citizenship of each director and executive "
            "officer of Corvane Holdings, Inc. are set forth below.</p>\n<p>" + body + "</p></body></html>\n")


BR_ENTRIES = [("Harriet Q. Lindqvist", ["Director, Corvane Holdings, Inc.", "Chief Executive", "Obermark Sallow",
                                        "Citizenship: United States"]),
              ("Theo Baranowski", ["Director, Corvane Holdings, Inc.", "Chairman", "Quill Tenney",
                                   "Citizenship: United States"]),
              ("Ines M. Okafor-Reyes", ["Director, Corvane Holdings, Inc.",
                                        "Professor of Geology, Halvard University of the Northern Territories",
                                        "Citizenship: Canada"])]


def _html_people(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.htm"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def test_br_line_that_would_have_fitted_above_is_not_run_onto_the_occupation(tmp_path):
    people = _html_people(tmp_path, _br_roster(BR_ENTRIES))
    assert set(people) == {"Harriet Q. Lindqvist", "Theo Baranowski", "Ines M. Okafor-Reyes"}
    values = [v for p in people.values() for v in p["other_positions"]]
    assert not any("Obermark" in v or "Quill" in v for v in values)  # (never 'Chief Executive Obermark Sallow')
    assert people["Ines M. Okafor-Reyes"]["other_positions"] == [
        "Professor of Geology, Halvard University of the Northern Territories"]
    assert all(p["positions"] == ["Director"] for p in people.values())


def test_lead_line_cut_where_the_width_or_the_words_show_a_wrap():
    from kg.forms.roster_lead_breaks import on_purpose
    width = 60
    assert on_purpose(["Retired Vice Chairman of the Board of Directors of Citicorp,", "Citibank, N.A."],
                      width) == [["Retired Vice Chairman of the Board of Directors of Citicorp,", "Citibank, N.A."]]
    assert on_purpose(["Professor of Economics at the University", "of Chicago"], width) == [
        ["Professor of Economics at the University", "of Chicago"]]
    long = "Managing Director, Investment Banking Division, Goldman Sachs"[:58]
    assert on_purpose([long, "Group"], width) == [[long, "Group"]]  # ('Group' would not have fitted: a wrap)
    assert on_purpose(["Chief Executive", "HPB/Blackrock"], width) == [["Chief Executive"], ["HPB/Blackrock"]]
    assert on_purpose(["Director, Motorola", "formerly Co-Chairman, BP Amoco"], width) == [
        ["Director, Motorola"], ["formerly Co-Chairman, BP Amoco"]]


def test_lead_running_into_an_unread_address_is_cut_only_under_titles():
    from kg.forms.roster_lead_breaks import on_purpose
    under_firm = ["The Economist Newspaper", "LTD", "25 St. James's Street", "London SW1A 1HG England"]
    assert on_purpose(under_firm, 38) == [under_firm]  # (one piece: never 'The Economist Newspaper' as an item)
    assert on_purpose(["Retired Chairman", "2715 Farmington Heights"], 38) == [
        ["Retired Chairman"], ["2715 Farmington Heights"]]
