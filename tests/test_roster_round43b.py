"""Forty-third round (b), issue 13: an HTML table saved as text with '|' cells ('Name and Business Address' stacking
the name over the address | Position(s) | Present Principal Occupation or Employment:
pipe_cells_name_address_sections_named_citizens, gather45).

On main an occupation cell's lines were one value, so two outside occupations wrapped in one cell were joined
('Professor of Economics, Harvard University President and CEO, National Bureau of Economic Research'); and a single
word under a whole name that the column's longest line could not have held after it was taken for the rest of the
name and the person refused, even where the row's occupation names it as the employer ('Kenneth J. Bialkin' /
'Skadden' beside 'Partner, Skadden') or where it is no name's word at all ('HPB/Blackrock').

Texts of our own making. Each test marked "fails on main" failed on main 449ab2a and passes here; the guards pass
on both."""
from __future__ import annotations

import kg


def _cell(*lines: str) -> list[str]:
    return ["|", *lines, "|"]


def _table(rows: list[list[list[str]]], occupation: str = "Present Principal Occupation or Employment") -> str:
    lines = ["SCHEDULE B", "DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.",
             "The name, business address, position(s) with Harbour Mutual Holdings, Inc. and present principal "
             "occupation or employment of each of the directors and executive officers of Harbour Mutual Holdings, "
             "Inc. are set forth below. Each of the persons named below is a citizen of Canada."]
    lines += _cell("Name and Business Address") + _cell("Position(s) with Harbour Mutual Holdings, Inc.") \
        + _cell(occupation)
    for row in rows:
        for cell in row:
            lines += _cell(*cell)
    return "\n".join(lines) + "\n"


_FENWICK = [["Alice M. Fenwick", "Fenwick Partners", "12 Bay Street", "Toronto, Ontario M5J 2N8"], ["Director"],
            ["Managing Partner, Fenwick Partners"]]


def _read(tmp_path, rows: list[list[list[str]]], occupation: str = "Present Principal Occupation or Employment"):
    path = tmp_path / "annex.txt"
    path.write_text(_table([_FENWICK, *rows], occupation), encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing.warnings


def test_a_title_after_an_occupation_whose_organisation_is_named_in_full_opens_another(tmp_path):
    """Fails on main: 'Professor of Law, Columbia University' / 'Chairman and CEO, National' (its first word would
    not have fitted on the line above in the cell's longest line) was one value with the line before."""
    people, _ = _read(tmp_path, [[["Martin S. Feldberg", "1050 Massachusetts Avenue", "Cambridge, Massachusetts"],
                                  ["Director"], ["Professor of Law,", "Columbia University",
                                                 "Chairman and CEO, National", "Institute of Arts and Letters"]]])
    assert people["Martin S. Feldberg"].other_positions == [
        "Professor of Law, Columbia University", "Chairman and CEO, National Institute of Arts and Letters"]


def test_a_line_whose_first_word_would_have_fitted_above_opens_an_item_even_in_lower_case(tmp_path):
    """Fails on main: 'of Oslo' / 'main board member of Norsk' was one value; 'main' would have fitted after
    'of Oslo' within the cell's longest line, so the saved cell broke there on purpose."""
    people, _ = _read(tmp_path, [[["Jun Sung Park", "Tuborg Havnevej 19", "2900 Hellerup", "Denmark"],
                                  ["Board Director"], ["Head of the pension fund", "for the University", "of Oslo",
                                                       "main board member of Norsk", "Hydro ASA, Norway"]]])
    assert people["Jun Sung Park"].other_positions == [
        "Head of the pension fund for the University of Oslo", "main board member of Norsk Hydro ASA, Norway"]


def test_a_break_that_cannot_be_told_is_refused_never_joined(tmp_path):
    """Fails on main (a joined value 'Chairman of the Board President and Chief Executive Officer, ...'): a title
    line after a whole title naming no organisation, where the width cannot tell, could be one item or two; the cell
    is left out with a roster-ambiguous finding. The next row still reads."""
    people, warnings = _read(tmp_path, [
        [["Thomas R. Weller", "12 Bay Street", "Toronto, Ontario M5J 2N8"], ["Director"],
         ["Chairman of the Board", "President and Chief Executive", "Officer, Acme Widgets"]],
        [["Carla J. Moreno", "12 Bay Street", "Toronto, Ontario M5J 2N8"], ["Director"],
         ["Chief Executive Officer,", "Ambu A/S"]]])
    assert people["Thomas R. Weller"].other_positions == []
    assert people["Thomas R. Weller"].positions == ["Director"]
    assert any(w.code == "roster-ambiguous" and "Weller" in w.message for w in warnings)
    assert people["Carla J. Moreno"].other_positions == ["Chief Executive Officer, Ambu A/S"]


def test_a_word_under_a_whole_name_that_the_row_names_as_the_employer_opens_the_address(tmp_path):
    """Fails on main: 'Kenneth J. Bialkin Skadden' (26 letters) is longer than the column's longest line (24), so
    'Skadden' could have been the rest of the name and the person was refused; the occupation 'Partner, Skadden'
    names it as the employer, and 'HPB/Blackrock' is no word of a name."""
    people, _ = _read(tmp_path, [[["Kenneth J. Bialkin", "Skadden", "Arps", "Slate"], ["Director"],
                                  ["Partner, Skadden"]],
                                 [["Howard P. Berkowitz", "HPB/Blackrock"], ["Director"], ["Chief Executive"]]])
    assert people["Kenneth J. Bialkin"].positions == ["Director"]
    assert people["Kenneth J. Bialkin"].address == "Skadden, Arps, Slate"
    assert people["Howard P. Berkowitz"].address == "HPB/Blackrock"
    assert "Kenneth J. Bialkin Skadden" not in people


def test_guard_a_name_that_could_go_on_is_still_refused(tmp_path):
    """Passes on both: 'Francis Michael Cyprian' / 'Cuss' (given names only, 'Cuss' named nowhere else in the row)
    could be one name wrapped: refused, never read as 'Francis Michael Cyprian'."""
    people, _ = _read(tmp_path, [[["Francis Michael Cyprian", "Cuss", "Tuborg Havnevej 19"], ["Director"],
                                  ["Biopharmaceutical", "Consultant"]],
                                 [["Kenneth J. Bialkin", "Skadden", "Arps"], ["Director"], ["Partner, Arps"]]])
    assert "Francis Michael Cyprian" not in people
    assert "Kenneth J. Bialkin" not in people  # ('Skadden' is no employer the row names)
    assert people["Alice M. Fenwick"].other_positions == ["Managing Partner, Fenwick Partners"]


def test_guard_wrapped_titles_stay_one_item(tmp_path):
    """Passes on both: 'Retired' / 'Chairman', 'Chief' / 'Executive', 'Biopharmaceutical' / 'Consultant' and
    'Managing Director, National' / 'Director, Smith Barney' are wraps of one item (a word that ends no item, or a
    line after an item that names no organisation)."""
    people, _ = _read(tmp_path, [
        [["Leslie B. Disharoon", "2715 Farmington Heights"], ["Director"], ["Retired", "Chairman"]],
        [["Janet M. Dolan", "Tennant Company"], ["Director"], ["Chief", "Executive"]],
        [["Norman A. Nabhan", "388 Greenwich Street"], ["Director"],
         ["Managing Director, National", "Director, Smith Barney", "Consulting Group"]]])
    assert people["Leslie B. Disharoon"].other_positions == ["Retired Chairman"]
    assert people["Janet M. Dolan"].other_positions == ["Chief Executive"]
    assert people["Norman A. Nabhan"].other_positions == [
        "Managing Director, National Director, Smith Barney Consulting Group"]


def test_guard_a_column_captioned_for_the_occupation_and_an_address_is_not_cut_into_items(tmp_path):
    """Passes on both: under 'Present Principal Occupation and Business Address' a cell's lines may be the employer's
    address; its street line never becomes an occupation of its own."""
    people, _ = _read(tmp_path, [[["Martin S. Feldberg", "1050 Massachusetts Avenue", "Cambridge, Massachusetts"],
                                  ["Director"], ["Professor of Law,", "Columbia University", "435 West 116th Street",
                                                 "New York, New York 10027"]]],
                      "Present Principal Occupation and Business Address")
    assert not any(item.startswith("435 West") for item in people["Martin S. Feldberg"].other_positions)
