"""Round 47k (issue 13): each name centred on a line of its own over unlabelled lines set nearer the margin (the
titles and outside occupations, the address lines indented deeper), the citizenship given after the list with its
exceptions set opposite the names; an HTML table saved as text whose first cell is 'Name and Business Address'
(the name, then the address lines), then one line each for the titles, the occupation and the citizenship."""
from __future__ import annotations

import kg
from kg.errors import KgError
from kg.records import to_dict


def _people(tmp_path, text: str, suffix: str = ".txt") -> dict:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    try:
        return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}
    except KgError:  # (no roster read at all)
        return {}


def _centre(text: str) -> str:
    return f"{text:^78}".rstrip()


CENTRED_HEAD = [_centre("SCHEDULE I"), "", _centre("Directors and Executive Officers of"),
                _centre("Corvane Holdings, Inc."), "",
                "The name, present position with Corvane Holdings, Inc., other present principal occupation or",
                "employment, if any, and business address of each director and executive officer of Corvane",
                "Holdings, Inc. are set forth below.", ""]
CENTRED_PEOPLE = [
    ("Harriet Q. Lindqvist", ["Director, Corvane Holdings, Inc.", "Partner, Obermark & Sallow LLP"],
     ["Obermark & Sallow LLP", "88 Quayside Road", "Portland, Maine 04101"]),
    ("Theo Baranowski", ["Chief Executive Officer, Corvane Holdings, Inc."],
     ["12 Quill Street", "Dover, Delaware 19901"]),
    ("Ines M. Okafor-Reyes", ["Director, Corvane Holdings, Inc.", "Professor of Geology, Halvard University"],
     ["Halvard University", "3 Tenney Lane", "Toronto, Ontario M5H 3C2"]),
]
OPPOSITE = ["Each of the persons named above is a citizen of the United States, except the following, whose",
            "citizenship is set forth opposite their names:", "",
            "     Ines M. Okafor-Reyes               Canada"]


def _centred(people=CENTRED_PEOPLE, closing=OPPOSITE, address_indent: int = 12) -> str:
    lines = list(CENTRED_HEAD)
    for name, items, address in people:
        lines += [_centre(name)] + ["        " + item for item in items]
        lines += [" " * address_indent + line for line in address] + [""]
    return "\n".join(lines + closing) + "\n"


def test_centred_names_over_indented_lines_are_read(tmp_path):
    people = _people(tmp_path, _centred())
    assert set(people) == {"Harriet Q. Lindqvist", "Theo Baranowski", "Ines M. Okafor-Reyes"}
    lindqvist, baranowski = people["Harriet Q. Lindqvist"], people["Theo Baranowski"]
    assert lindqvist["positions"] == ["Director"]
    assert lindqvist["other_positions"] == ["Partner, Obermark & Sallow LLP"]
    assert lindqvist["address"] == "Obermark & Sallow LLP, 88 Quayside Road, Portland, Maine 04101"
    assert baranowski["positions"] == ["Chief Executive Officer"]
    assert baranowski["address"] == "12 Quill Street, Dover, Delaware 19901"
    assert people["Ines M. Okafor-Reyes"]["address"] == "Halvard University, 3 Tenney Lane, Toronto, Ontario M5H 3C2"


def test_citizenship_exceptions_opposite_the_names(tmp_path):
    people = _people(tmp_path, _centred())
    assert people["Ines M. Okafor-Reyes"]["citizenship"] == "Canada"
    assert people["Harriet Q. Lindqvist"]["citizenship"] == "United States"
    assert people["Theo Baranowski"]["citizenship"] == "United States"


def test_exception_naming_nobody_of_the_list_gives_no_citizenship(tmp_path):
    closing = OPPOSITE[:-1] + ["     Ines Okafor                        Canada"]
    people = _people(tmp_path, _centred(closing=closing))
    assert all(person.get("citizenship") is None for person in people.values())


def test_address_set_as_deep_as_a_wrap_is_not_read(tmp_path):
    # (the occupation's wrap at the address's indent: where the wrap ends and the address starts cannot be seen)
    wrapped = [("Harriet Q. Lindqvist", ["Director, Corvane Holdings, Inc.", "Partner, Obermark & Sallow LLP, a firm",
                                         "    of counsel"], ["88 Quayside Road", "Portland, Maine 04101"])]
    people = _people(tmp_path, _centred(wrapped + CENTRED_PEOPLE[1:]))
    assert all(not (p.get("address") or "").startswith("of counsel") for p in people.values())
    assert "Harriet Q. Lindqvist" not in people or people["Harriet Q. Lindqvist"].get("address") is None


def test_centred_name_over_centred_title_lines_still_read(tmp_path):
    # (the guard: Forstmann Little's centred blocks, the title lines centred under the name)
    lines = ["Schedule A", _centre("Directors and Executive Officers"), _centre("of"), _centre("Corvane Holdings, Inc."),
             "", "     The following are the directors and executive officers of Corvane Holdings, Inc. Unless",
             "otherwise indicated below, the business address of each of the following persons is 12 Quill Street,",
             "Dover, DE 19901 and each of them is a citizen of the United States.", "", ""]
    for name, title in (("Harriet Q. Lindqvist", "Director of"), ("Theo Baranowski", "President and Director of")):
        lines += [_centre(name), _centre(title), _centre("Corvane Holdings, Inc."), ""]
    people = _people(tmp_path, "\n".join(lines) + "\n")
    assert sorted(people["Theo Baranowski"]["positions"]) == ["Director", "President"]
    assert people["Harriet Q. Lindqvist"]["citizenship"] == "United States"


SAVED_HEAD = ["SCHEDULE A", "", "DIRECTORS AND EXECUTIVE OFFICERS OF CORVANE HOLDINGS, INC.", "",
              "As used in this Schedule A, the \"Company\" means Corvane Holdings, Inc.", "",
              "Name and Business Address", "Position with the Company", "Present Principal Occupation", "Citizenship",
              ""]
SAVED_ROWS = [["Harriet Q. Lindqvist", "Obermark & Sallow LLP", "88 Quayside Road", "Portland, Maine 04101",
               "Director", "Partner, Obermark & Sallow LLP", "United States"],
              ["Theo Baranowski", "12 Quill Street", "Dover, Delaware 19901", "Chief Executive Officer; Director", "-",
               "United States"],
              ["Ines M. Okafor-Reyes", "Halvard University", "3 Tenney Lane", "Toronto, Ontario M5H 3C2", "Director",
               "Professor of Geology, Halvard University", "Canada"]]


def test_saved_name_and_address_cell_then_one_line_cells(tmp_path):
    text = "\n".join(SAVED_HEAD + [line for row in SAVED_ROWS for line in row + [""]]) + "\n"
    people = _people(tmp_path, text)
    assert set(people) == {"Harriet Q. Lindqvist", "Theo Baranowski", "Ines M. Okafor-Reyes"}
    lindqvist, baranowski, okafor = (people[n] for n in ("Harriet Q. Lindqvist", "Theo Baranowski",
                                                          "Ines M. Okafor-Reyes"))
    assert lindqvist["address"] == "Obermark & Sallow LLP, 88 Quayside Road, Portland, Maine 04101"
    assert lindqvist["positions"] == ["Director"]
    assert lindqvist["other_positions"] == ["Partner, Obermark & Sallow LLP"]
    assert baranowski["positions"] == ["Chief Executive Officer", "Director"]
    assert baranowski["other_positions"] == []
    assert okafor["citizenship"] == "Canada" and okafor["address"].endswith("Toronto, Ontario M5H 3C2")
    assert all(p.get("organization") in (None, "Corvane Holdings, Inc.") for p in people.values())


def test_saved_row_whose_titles_cell_runs_over_two_lines_is_not_misread(tmp_path):
    # (two title lines: the second could be the occupation's; the row is not read as the first shape)
    rows = [list(SAVED_ROWS[0]), SAVED_ROWS[1], SAVED_ROWS[2]]
    rows[0][4:5] = ["Director", "Chief Executive Officer"]
    text = "\n".join(SAVED_HEAD + [line for row in rows for line in row + [""]]) + "\n"
    lindqvist = _people(tmp_path, text).get("Harriet Q. Lindqvist", {})
    assert "Chief Executive Officer" not in (lindqvist.get("address") or "")
    assert (lindqvist.get("other_positions") or []) in ([], ["Partner, Obermark & Sallow LLP"])


def test_collective_citizenship_as_a_nationality(tmp_path):
    people = _people(tmp_path, _centred(closing=["Each of the persons named above is a Canadian citizen."]))
    assert len(people) == 3 and all(person["citizenship"] == "Canadian" for person in people.values())


def test_collective_citizenship_nationality_that_is_none_gives_nothing(tmp_path):
    people = _people(tmp_path, _centred(closing=["Each of the persons named above is a Senior citizen."]))
    assert len(people) == 3 and all(person.get("citizenship") is None for person in people.values())
