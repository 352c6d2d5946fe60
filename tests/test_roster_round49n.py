"""Round 49n (issue 13): a caption kg has no role for, wrapped beside a wrapped 'Position with <Org>' caption; notes
'The principal occupation of <Name> is ...' after name lists.

1. An EDGAR <TABLE> whose last column answers Item 5(c) ('TRANSACTIONS IN THE SHARES' / 'DURING THE PAST 60 DAYS')
   beside a 'POSITION WITH' / '<ORG>' / '<ORG> COMPANY' caption wrapped over three lines: the caption line holding
   the organisation's name and the transactions caption's first words was taken for no caption line (the
   transactions words are no caption kg knows), so the header was read from its last line only: 'COMPANY' made the
   titles' column an organisation's, every title line a person of its own, and no title was read. A chunk on such a
   line that starts where the header line under it has one is the first words of that column's caption
   (kg/forms/roster_held_captions.py): the column is read, its caption unknown, and no value is taken from it.
2. MSDW's 'DIRECTORS  TITLE' / 'OFFICERS  TITLE' name lists with a paragraph after them for each person whose own
   values the preamble does not give ('The principal occupation of <Name> is ...', 'The business address of <Name>
   is ...'): the paragraph opening 'The principal occupation of <Name>' is a biography paragraph of that person
   (kg/forms/roster_bios.py); one naming another listed person gives nothing.
3. The list going on after a page break under 'DIRECTORS (continued)   TITLE': the caption was no group's, and the
   first two names under it were read as one person ('Edmund Martinez Marianne Quinn'); '(continued)' after a
   group's caption is the same group's caption (kg/patterns/roster.yml `group_caption`).
"""
from __future__ import annotations

from roster_people import read_people_or_none as _people

_WIDTHS = [24, 22, 30, 28, 30]


def _row(cells: list[str]) -> str:
    return "".join(f"{cell:<{width}}" for cell, width in zip(cells, _WIDTHS)).rstrip()


def _trades_table(last_caption: tuple[str, str] = ("TRANSACTIONS IN THE SHARES", "DURING THE PAST 60 DAYS")) -> str:
    caption = [_row(["", "POSITION WITH"]), _row(["", "GRANTHAM VALLEY", "", "", last_caption[0]]),
               _row(["NAME", "ENERGY COMPANY", "PRINCIPAL OCCUPATION", "BUSINESS ADDRESS", last_caption[1]]),
               _row(["-" * (w - 2) for w in _WIDTHS]), _row(["<S>"] + ["<C>"] * 4)]
    rows = [["Harriet O. Lindqvist", "Director", "Partner, Ostrom & Vale", "12 Harbour Lane", "None"],
            ["", "", "  LLP", "Portland, Maine 04101", ""], [],
            ["Desmond K. Abernathy", "President", "--", "800 Quarry Road", "Sold 1,200 Shares on"],
            ["", "Chief Executive", "", "Tulsa, Oklahoma 74103", "  June 3, 2021 at $18.40"],
            ["", "  Officer", "", "", "  per Share"], [],
            ["Celia M. Ortiz", "Vice President", "--", "800 Quarry Road", "None"],
            ["", "Treasurer", "", "Tulsa, Oklahoma 74103", ""]]
    lines = ["SCHEDULE I", "", "DIRECTORS AND EXECUTIVE OFFICERS OF GRANTHAM VALLEY ENERGY COMPANY", "",
             "The name, position, principal occupation, business address and transactions in the Shares",
             "during the past 60 days of each director and executive officer of Grantham Valley Energy",
             "Company are set forth below. Each such person is a citizen of the United States.", "",
             "<TABLE>", "<CAPTION>", *caption, *(_row(r) if r else "" for r in rows), "</TABLE>"]
    return "\n".join(lines) + "\n"


def test_titles_read_beside_a_wrapped_transactions_caption(tmp_path):
    people = _people(tmp_path, _trades_table())
    assert set(people) == {"Harriet O. Lindqvist", "Desmond K. Abernathy", "Celia M. Ortiz"}
    assert people["Harriet O. Lindqvist"]["positions"] == ["Director"]
    assert people["Desmond K. Abernathy"]["positions"] == ["President", "Chief Executive Officer"]
    assert people["Celia M. Ortiz"]["positions"] == ["Vice President", "Treasurer"]
    assert people["Harriet O. Lindqvist"]["other_positions"] == ["Partner, Ostrom & Vale LLP"]


def test_no_value_comes_from_the_transactions_column(tmp_path):
    people = _people(tmp_path, _trades_table(("RECENT TRADES IN THE", "COMMON STOCK (ITEM 5(c))")))
    assert people["Desmond K. Abernathy"]["positions"] == ["President", "Chief Executive Officer"]
    values = [str(v) for p in people.values() for k, v in p.items() if k in (
        "positions", "other_positions", "address", "citizenship")]
    assert not any("Shares" in v or "$18.40" in v or "None" in v for v in values)
    assert people["Desmond K. Abernathy"]["address"] == "800 Quarry Road, Tulsa, Oklahoma 74103"


def test_guard_a_position_caption_wrapped_without_a_column_beside_it(tmp_path):
    text = _trades_table().replace("TRANSACTIONS IN THE SHARES", "").replace("DURING THE PAST 60 DAYS", "")
    people = _people(tmp_path, text)
    assert people["Desmond K. Abernathy"]["positions"] == ["President", "Chief Executive Officer"]
    assert people["Celia M. Ortiz"]["positions"] == ["Vice President", "Treasurer"]


_LISTS = """<PAGE>

                                   SCHEDULE 1

           EXECUTIVE OFFICERS AND DIRECTORS OF BRAMBLE HOLDINGS, INC.

The names of the Directors and the names and titles of the Executive Officers of
Bramble Holdings, Inc. ("BHI") are set forth below. If no address is given below,
the Director's or Executive Officer's business address is that of BHI at 40 Canal
Street, Boston, Massachusetts 02114. Unless otherwise indicated below, each title
set forth opposite an individual's name refers to BHI, each individual's principal
occupation is his or her position with BHI and each individual is a citizen of the
United States.

             DIRECTORS                        TITLE

         Lionel F. Marchetti                Director
         Agnes W. Holloway                  Director

             OFFICERS                         TITLE

         Agnes W. Holloway                  President
         Victor T. Nakamura                 Treasurer

The principal occupation of Lionel F. Marchetti is Managing Partner, Marchetti &
Sons LLP. The business address of Lionel F. Marchetti is 7 Dock Square, Portland,
Maine 04101.

{last}
"""


def test_a_note_after_the_lists_gives_its_person_their_occupation_and_address(tmp_path):
    last = "Victor T. Nakamura is a citizen of Canada."
    people = _people(tmp_path, _LISTS.format(last=last))
    assert set(people) == {"Lionel F. Marchetti", "Agnes W. Holloway", "Victor T. Nakamura"}
    marchetti = people["Lionel F. Marchetti"]
    assert marchetti["other_positions"] == ["Managing Partner, Marchetti & Sons LLP"]
    assert marchetti["address"] == "7 Dock Square, Portland, Maine 04101"
    assert people["Agnes W. Holloway"]["address_city"] == "Boston"  # (the preamble's default)
    assert not people["Agnes W. Holloway"].get("other_positions")
    assert people["Victor T. Nakamura"]["citizenship"] == "Canada"


def test_a_note_naming_another_listed_person_gives_nothing(tmp_path):
    last = ("The principal occupation of Agnes W. Holloway is Director of Research, Lionel F. Marchetti\n"
            "Foundation.")
    people = _people(tmp_path, _LISTS.format(last=last))
    assert not people["Agnes W. Holloway"].get("other_positions")
    assert people["Lionel F. Marchetti"]["other_positions"] == ["Managing Partner, Marchetti & Sons LLP"]


def test_guard_a_note_opening_with_the_name_still_read(tmp_path):
    last = "Agnes W. Holloway's present principal occupation is Trustee, Holloway Family Trust."
    people = _people(tmp_path, _LISTS.format(last=last))
    assert people["Agnes W. Holloway"]["other_positions"] == ["Trustee, Holloway Family Trust"]


def test_a_list_going_on_after_a_page_break_under_its_continued_caption(tmp_path):
    lists = _LISTS.format(last="").replace(
        "         Agnes W. Holloway                  Director\n",
        "\n\n                                       2\n\n"
        "             DIRECTORS (continued)            TITLE\n\n"
        "         Hugo Stenmark                      Director\n         Ilse Brandt                        Director\n"
        "         Agnes W. Holloway                  Director\n").replace(
        "         Victor T. Nakamura                 Treasurer\n",
        "         Hugo Stenmark                      Executive Officer and Senior\n"
        "                                            Vice President\n"
        "         Victor T. Nakamura                 Treasurer\n")
    people = _people(tmp_path, lists)
    assert set(people) == {"Lionel F. Marchetti", "Agnes W. Holloway", "Hugo Stenmark", "Ilse Brandt",
                           "Victor T. Nakamura"}
    assert people["Agnes W. Holloway"]["positions"] == ["Director", "President"]
    assert people["Hugo Stenmark"]["positions"] == ["Director", "Executive Officer and Senior Vice President"]
    assert people["Ilse Brandt"]["positions"] == ["Director"]
