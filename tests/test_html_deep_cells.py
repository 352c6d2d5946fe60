"""A table cell nested a thousand elements deep (fuzz seed 39 input 110, 'deep_nesting' of a bundled HTML roster)
is read without recursion: it failed with RecursionError in kg/read/html_linegrid.py's cell walk."""
from __future__ import annotations

import kg
from kg.errors import KgError

DEPTH = 1500


def test_a_cell_nested_deeper_than_the_recursion_limit_is_read(tmp_path):
    deep = "<span>" * DEPTH + "Chairman" + "</span>" * DEPTH
    path = tmp_path / "deep.htm"
    path.write_text("<html><body><p>Directors and executive officers of Acme Corp.</p><table><tr>"
                    "<td>Jane Roe<br>Director<br><br>John Doe<br>President</td>"
                    f"<td>United States<br>{deep}<br><br>Canada<br>x</td></tr></table></body></html>",
                    encoding="utf-8")
    try:
        kg.extract(path)  # (raised RecursionError before: an internal error, not a typed one)
    except KgError as error:  # (a typed refusal is an answer: this text is no filing)
        assert "recursion" not in str(error).casefold()
