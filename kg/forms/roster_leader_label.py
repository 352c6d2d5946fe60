"""A title after a dot leader that opens with the position's label ('Theodore J. Forstmann......  Position: General
Partner', the other fields labelled on the lines under it): the label names the field, and is no part of the title
('General Partner'). Only the position's label of the rules (kg.forms.roster_rules) is taken off, and only where a
title stands after it; any other label is left, so that the text reads as no title."""
from __future__ import annotations

from kg.forms.roster_rules import rules


def title_after_label(title: str) -> str:
    """`title` without the position's label that opens it ('Position: Director' -> 'Director'); as it is where no
    such label opens it or nothing stands after the label."""
    label = rules().labels["position"].match(title)
    rest = title[label.end():].strip() if label else ""
    return rest or title
