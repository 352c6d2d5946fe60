"""The whole caption of a table ruled above and below it (EDGAR's <CAPTION> between two dashed rules): a caption
wrapped onto six lines, bottom-aligned ('NUMBER OF' / 'PORTFOLIOS' / 'IN FUND' / 'COMPLEX' / 'OVERSEEN BY' /
'TRUSTEE' beside 'POSITION(S) HELD' / 'WITH POWER' / 'CORPORATION OF' / 'CANADA'), has lines whose words alone are
no caption's ('WITH POWER', 'IN FUND'). Walking up from the body, the header stops at such a line; where the lines
above it up to a rule are few, short and leave the names' column empty (or hold a caption there), and a rule
closes the caption below too, they are the caption's as well: ruled off, nothing else stands between two rules
over a table's body."""
from __future__ import annotations

import re

_CAPTION_TAG = re.compile(r"^\s*<caption>\s*$", re.I)
_DEPTH = 8  # the deepest caption of the real and re-laid-out tables: six lines
_WIDTH = 40  # a caption's line in one column; a sentence runs longer


def ruled_caption(above: list, block: list, starts: list[int], rule, markup, is_header) -> list:
    """`block` (the header lines read up from the body, in order, maybe none) or, where a rule closes the caption
    below and another above it, every line between the two: short lines, the names' column empty or a caption
    there, the names' caption over it; `block` as it is where the lines between the rules are not such."""
    if len(starts) < 2:
        return block
    at = len(above) - 1
    while at >= 0 and (not above[at].text.strip() or markup.match(above[at].text)):
        at -= 1
    if at < 0 or not rule.match(above[at].text):
        return block
    caption, at = [], at - 1
    while at >= 0 and above[at].text.strip() and not rule.match(above[at].text) and not markup.match(above[at].text):
        caption.insert(0, above[at])
        at -= 1
    if len(caption) <= len(block) or at < 0 or not rule.match(above[at].text) or len(caption) > _DEPTH or any(
            line not in caption for line in block):
        return block
    for line in caption:
        for offset, chunk in line.chunks():
            if len(chunk) > _WIDTH or offset < starts[1] and not is_header(chunk):
                return block  # (a sentence, or a name or value in the names' column: no caption)
    from kg.forms.roster_table import names_column
    names = " ".join(chunk for line in caption for offset, chunk in line.chunks() if offset < starts[1])
    return caption if names_column(names) else block


def ruled_header(lines: list, rule, shares_gaps, header_column, raw: list = ()) -> tuple[list[int], int, list[str]] | None:
    """(column starts, first body line, header words) of a table whose caption stands between two rules (or under
    the table's opening, a blank line above it, and over its first rule; EDGAR's <CAPTION> over it opens it as a rule
    does) and no <S>/<C> markers mark its columns ('NAME AND' / 'BUSINESS ADDRESS' at the foot of a caption six lines
    deep, bottom-aligned): the starts of the caption's last line, where it has a caption over every column (the
    names' first), the body's lines keep to them, and the names' caption and one more are known; else None."""
    rules_at = [i for i, line in enumerate(lines) if line.text.strip() and rule.match(line.text)
                or len(raw) == len(lines) and _CAPTION_TAG.match(raw[i].text)]  # (EDGAR's <CAPTION> opens a caption
    # as a rule over it does: 'NOMBRE /' / 'NAME' under it, a rule under the caption)
    for top, bottom in [*zip(rules_at, rules_at[1:]), *_opened_above(lines, rules_at)]:
        caption = lines[top + 1:bottom]
        if not 2 <= len(caption) <= _DEPTH or not all(line.text.strip() for line in caption):
            continue
        starts = [offset for offset, _chunk in caption[-1].chunks()]
        if len(starts) < 3 or starts[0] != min(offset for line in caption for offset, _c in line.chunks()):
            continue
        body = [line for line in lines[bottom + 1:] if not rule.match(line.text)]
        heads = _heads(caption, starts, header_column)
        if not shares_gaps(body, starts) or not _known(heads):
            continue
        return starts, bottom + 1, heads
    return None


def _opened_above(lines: list, rules_at: list[int]) -> list[tuple[int, int]]:
    """(the blank line over the caption, or -1 at the table's top; the rule under it): a caption under the
    table's opening (EDGAR's <CAPTION>, no rule above it) ruled off once, below; none where the first rule has
    no line right above it."""
    if not rules_at or rules_at[0] == 0 or not lines[rules_at[0] - 1].text.strip():
        return []
    top = rules_at[0] - 1
    while top >= 0 and lines[top].text.strip():
        top -= 1
    return [(top, rules_at[0])]


def _heads(caption: list, starts: list[int], header_column) -> list[str]:
    from kg.forms.roster_rowcells import split_at_columns
    heads = [""] * len(starts)
    for line in caption:
        for offset, chunk in split_at_columns(line.chunks(), starts):
            heads[header_column(starts, offset, len(chunk))] += f" {chunk}"
    from kg.forms.roster_cut_captions import uncut_caption
    return [uncut_caption(head.strip()) for head in heads]


def _known(heads: list[str]) -> bool:
    """The names' caption first (after a row-number caption, 'NO.', over the rows' numbers) and two more known."""
    from kg.forms.roster_rules import rules
    from kg.forms.roster_table import header_roles, names_column
    heads = heads[1:] if len(heads) > 3 and rules().row_number_caption.match(heads[0]) else heads
    return names_column(heads[0]) and sum(header_roles(head, False) != ["unknown"] for head in heads[1:]) >= 2
