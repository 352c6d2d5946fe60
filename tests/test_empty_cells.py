"""The empty-cell marks come from one data file (kg/lookups/empty_cells.yml) for every roster reader."""
from __future__ import annotations

import pytest

from kg.lookups import empty_cells
from kg.lookups.empty_cells import is_empty_cell


def test_dashes_and_none_are_empty_cells_a_star_only_where_asked():
    assert all(is_empty_cell(mark) for mark in ["-", " -- ", "—", "–", "N/A", "None"])
    assert not is_empty_cell("*") and is_empty_cell("*", star=True)
    assert not any(is_empty_cell(value) for value in ["", "Director", "---", "Nonexecutive"])


def test_a_malformed_file_is_refused(monkeypatch):
    empty_cells._marks.cache_clear()
    monkeypatch.setattr(empty_cells, "load_yaml", lambda name: {"marks": ["-", "N/A"], "star": "*"})
    with pytest.raises(empty_cells.DataError):
        is_empty_cell("-")
    empty_cells._marks.cache_clear()
