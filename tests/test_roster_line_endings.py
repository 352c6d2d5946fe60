"""Issue 13: a filing saved with Windows line ends (CRLF, as many EDGAR .txt files are) reads as the same filing
with '\\n' line ends. kg.read.documents keeps every offset by reading '\\r\\n' as ' \\n', so each line ends in a space;
a labelled-block roster whose names stand alone on their lines (The Canopy Group's layout) then lost every entry
whose name line ended in that space: its address lines ran into the entry above (the mutation bench's `crlf`
mutation: 39 values on the wrong person). The labelled-block test fails on main 53a5bc1 and passes after the fix;
the real exhibits are guards (same people either way)."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_roster_round28b import KEYED
from test_roster_round29a import HATCH, MARTINEZ, _blocks

import kg

REAL = Path(__file__).parent / "data" / "rosters_real" / "dev"


def _people(path: Path) -> list[tuple]:
    return [(p.name, tuple(p.positions), tuple(p.other_positions), p.address, p.citizenship)
            for p in kg.extract(path).people]


def _both(tmp_path, text: str, suffix: str = ".txt") -> tuple[list[tuple], list[tuple]]:
    unix, windows = tmp_path / f"unix{suffix}", tmp_path / f"windows{suffix}"
    unix.write_bytes(text.encode("utf-8"))
    windows.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return _people(unix), _people(windows)


def test_labelled_blocks_read_the_same_with_windows_line_ends(tmp_path):  # fails on main 53a5bc1
    unix, windows = _both(tmp_path, _blocks([HATCH, MARTINEZ]))
    assert [p[0] for p in unix] == ["Paul Hatch", "Edmund Martinez"]
    assert windows == unix


@pytest.mark.parametrize("name", ["labelled_occupation_canopy.txt", "labelled_blocks_micron.txt",
                                  "text_indented_nameaddr_conagra_foods.txt", "prose_chittenden_corporation.txt"])
def test_real_exhibits_read_the_same_with_windows_line_ends(tmp_path, name):
    text = (REAL / name).read_text(encoding="utf-8").replace("\r\n", "\n")
    unix, windows = _both(tmp_path, text)
    assert unix
    assert windows == unix


def test_a_keyed_item_2_reads_the_same_with_windows_line_ends(tmp_path):  # fails on main ba6bbfe
    """Item 2(b) / 2(c) read by key (kg/forms/roster_keyed_fields.py): the caption was cut from its field at '\\n\\n',
    which a CRLF file prints as ' \\n \\n': every address and citizenship was refused."""
    unix, windows = _both(tmp_path, KEYED)
    assert any(p[3] for p in unix) and any(p[4] for p in unix)
    assert windows == unix


BODIES = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF SMITH BARNEY CORPORATE TRUST COMPANY

     The Board of Directors of Smith Barney Corporate Trust Company
consists of Paul Hatch, Edmund Martinez and Marianne Quinn, each of whom is a
Director of Smith Barney Corporate Trust Company. The executive officers of
Smith Barney Corporate Trust Company are Edmund Martinez, President and Chief
Executive Officer; and Marianne Quinn, Senior Vice President.

     Each of the persons named above is a citizen of the United States.

     The business address of each of the persons named above is Smith Barney
Corporate Trust Company, 824 Market Street, Suite 210, Wilmington, DE 19801.
"""


def test_a_body_paragraph_roster_reads_the_same_with_windows_line_ends(tmp_path):  # fails on main 4a90018
    """One paragraph per body ('The Board of Directors of X consists of A, B and C'), under a title: with CRLF the
    paragraph's first line ('The Board of Directors of X ') ends in a space, the title reader saw the space as a
    blank line under it, took that line for more of the title, and nothing was read."""
    unix, windows = _both(tmp_path, BODIES)
    assert [p[0] for p in unix] == ["Paul Hatch", "Edmund Martinez", "Marianne Quinn"]
    assert windows == unix
