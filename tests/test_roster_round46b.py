"""Forty-sixth round (b), issue 13: speed. Output unchanged; what changed is how often the same work is done:

(1) a person's own text (kg.forms.roster_address_stated) looked for the next entry by a pass over every later
person (quadratic in the people of a document: 7,504 on a 2 MB input): the next entries' starts are now read once,
from the last person up (`_next_starts`); (2) the 'respectively' reader's sentence data were built again for every
region (some 30,000 pattern compiles): built once; (3) label patterns run over a whole line only where one can
match where the reader takes it (paired labels: at the line's start; labelled sides: at the indent or after a gap;
sentence labels: after a full stop); (4) a caption's column roles kept once; (5) the flattened words of the numbered and 'respectively' readers
built by joins (kg.forms.roster_flat_words); (6) the HTML text writer writes a text node's words after its first
in one loop.

Texts of our own making. Each test marked "fails on main" fails on main 6af8a9f (no such function or module, or
another signature) and passes here; the guards pass on both."""
from __future__ import annotations

import random
import re
from types import SimpleNamespace

from kg.forms import (
    roster_address_stated,
    roster_label_runs,
    roster_numbered,
    roster_paired_labels,
    roster_respectively,
    roster_sides,
    roster_table,
)
from kg.forms.roster_rules import rules
from kg.read.html import html_to_text

_ROSTER = ("DIRECTORS AND EXECUTIVE OFFICERS\n\n"
           "Name: Ann B. Cole          Citizenship: Canada\n"
           "Title: Director\n\n"
           "(1)  Name: Dan E. Fry      Citizenship: France\n"
           "Title: Treasurer.  Address: 2 Elm Street, Salem.\n\n"
           "Ann B. Cole. Position: Director. Business address: 10 Pier Road, Boston. Citizenship: Canada.\n"
           "   Name:  Eve Lo    Occupation:  Chemist\n")


def _brute_next_starts(people):
    found = []
    for index, person in enumerate(people):
        if person.evidence is None:
            found.append(None)
            continue
        after = [p.evidence[0] for p in people[index + 1:] if p.evidence is not None and p.evidence[0] >= person.evidence[1]]
        found.append(min(after) if after else None)
    return found


def test_the_next_entries_start_is_read_once_for_people_in_any_order():  # fails on main
    rnd = random.Random(46)
    for _ in range(300):
        people = []
        for _ in range(rnd.randint(0, 12)):
            start = rnd.randint(0, 60)
            people.append(SimpleNamespace(evidence=None if rnd.random() < 0.15 else (start, start + rnd.randint(1, 15))))
        assert roster_address_stated._next_starts(people) == _brute_next_starts(people)


def test_the_respectively_data_are_built_once():  # fails on main
    assert roster_respectively._data() is roster_respectively._data()


def test_a_captions_roles_are_kept_and_each_caller_gets_its_own_list():  # fails on main
    roster_table._header_roles.cache_clear()
    first = roster_table.header_roles("Name and Business Address", True)
    first.append("changed")
    assert roster_table.header_roles("Name and Business Address", True) == first[:-1]
    assert roster_table._header_roles.cache_info().hits == 1


def _old_pair_labels(line):
    return sorted((m.start(), name) for name, pattern in rules().labels.items() for m in pattern.finditer(line))


def test_label_lines_read_as_before():  # guard: the lines searched only where a label can be taken read the same
    lines = _ROSTER.split("\n") + ["", "Occupation", "  Title:", "x   Name: y", "Name:Citizenship:", "a. Name: Z"]
    for line in lines:
        labels = _old_pair_labels(line)
        assert roster_paired_labels._labels(line) == labels
        gap = [(at, f) for at, f in labels if not line[:at].strip() or line[:at].endswith("   ")]
        assert roster_sides._labels(line) == gap
    paired = [roster_paired_labels._pair(line) for line in lines]
    assert paired[2] is not None and paired[5] is not None and paired[10] is None  # ('Name: ...  Citizenship: ...')
    assert roster_sides._labels("   Name:  Eve Lo    Occupation:  Chemist")[0][1] == "name"


def test_sentence_labels_read_as_before():  # guard
    text = "Ann B. Cole. Position: Director. Business address: 10 Pier Road, Boston. Citizenship: Canada."
    lines = roster_label_runs._as_lines(text)
    assert lines == "Ann B. Cole \nPosition: Director \nBusiness address: 10 Pier Road, Boston \nCitizenship: Canada "
    assert roster_label_runs._as_lines("Ann B. Cole. Position: Director only") is None  # (one label: no cuts)


def test_the_places_after_a_full_stop_are_those_a_sentence_label_is_taken_at():  # fails on main
    rnd = random.Random(4)
    for _ in range(2000):
        flat = "".join(rnd.choice([".", " ", "a", "\t", "\xa0", ":", "B"]) for _ in range(rnd.randint(0, 12)))
        want = [at for at in range(1, len(flat) + 1) if flat[at - 1] == " " and flat[:at].rstrip().endswith(".")]
        assert roster_label_runs._after_stops(flat) == want


def _old_flat_words(region: str, start: int, separator) -> tuple[str, list[int]]:
    """The loop both readers ran: one separator (or none) before each word after the first."""
    pieces, where, previous = [], [], None
    for word in re.finditer(r"\S+", region):
        if previous is not None:
            between = separator(region, previous, word)
            if between:
                pieces.append(between)
                where.append(start + word.start() - 1)
        pieces.append(word.group())
        where.extend(range(start + word.start(), start + word.end()))
        previous = word
    return "".join(pieces), where


def test_the_flattened_words_are_built_by_joins():  # fails on main (no such module)
    from kg.forms.roster_flat_words import joined, paragraph_gaps, word_spans

    region = "  The following.\n\n  persons , are;\n \n\tlisted .\n"
    spans = word_spans(region)
    assert paragraph_gaps(region, spans) == [2, 5]  # ('persons', 'listed': after a blank line)
    flat, offsets = joined(region, 100, spans, {2: "\n", 3: "", 5: "\n", 6: ""})
    assert flat == "The following.\npersons, are;\nlisted."
    assert [region[o - 100] if flat[i] not in " \n" else None for i, o in enumerate(offsets)] == \
        [None if ch in " \n" else ch for ch in flat]


def test_the_numbered_and_respectively_readers_flatten_as_before():  # guard
    def numbered(region, previous, word):
        gap = previous.end(), word.start()
        ended = region.count("\n", *gap) > 1 and re.search(r"\n[ \t]*\n", region[gap[0]:gap[1]]) and (
            previous.group().endswith(".")
            or not re.search(r"[a-z]", region[region.rfind("\n", 0, previous.start()) + 1:previous.end()]))
        return "\n" if ended else " "

    def respectively(region, previous, word):
        apart = previous.group().endswith(".") and region.count("\n", previous.end(), word.start()) > 1
        return "\n" if apart else " " if word.group()[0] not in ",;." else ""

    rnd = random.Random(461)
    pieces = ["Ann", "B.", "Cole", ",", ";", ".", " ", "  ", "\n", "\n\n", "\n \n", "\t", "\xa0", "CAPS", "x."]
    debris = roster_respectively._data()["debris"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        assert roster_numbered._flatten(text, 0, len(text)) == _old_flat_words(text, 0, numbered)
        chunk = debris.sub(roster_respectively._blanked, text)
        assert roster_respectively._flat(text, 0, len(text), debris) == _old_flat_words(chunk, 0, respectively)


def test_a_text_nodes_words_keep_their_offsets():  # guard
    source = "<html><body><p>Ann  B.&amp;Cole\n   Director of\tX</p><p>One</p></body></html>"
    text, offsets = html_to_text(source)
    assert "Ann B.&Cole Director of X" in text
    at = text.index("Ann")
    for index in range(at, at + len("Ann B.&Cole Director of X")):
        char = text[index]
        if char == "&":
            assert source[offsets[index]:offsets[index] + 5] == "&amp;"
        elif char != " ":
            assert source[offsets[index]] == char
