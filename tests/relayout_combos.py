"""Recombined layouts (issue 13, twenty-fifth round): one roster drawn per file along the axes real annexes vary.

`combo_layout(roster, rng) -> (suffix, text, expected_people, description)` picks, with `rng` only (the same seed
gives the same text), a layout kind (fixed-width columns, an HTML table, an HTML table saved as text, labelled
blocks) and, within it, the choices the families of tests/relayout.py and ../shared/design/rosters.md vary one at a
time: which fields are printed and in which column order, column widths and so which cell wraps, header label words
(real synonyms), header rules and EDGAR <S>/<C> markers, <th> or bold header cells, <br>/<p> in cells, colspan
title rows, label words and separators, name order and case, numbering style, entry separators, a value stacked
under the name, a page break inside an entry with or without a repeated header, and preamble defaults worded
several ways. Nothing new is invented: each choice is one a development family or a real roster makes; only
their combinations are new. The expected people are what the text prints (relayout.expected with overrides):
a field not printed is expected empty, a preamble default is expected on everyone.
`description` names every choice, to find a failing file's layout again.
"""
from __future__ import annotations

import html
import random
import textwrap

from relayout import Options, Roster, _surname_first, expected

LABELS = {
    "name": ["Name", "NAME", "Name of Director or Executive Officer", "Full Name"],
    "positions": ["Position(s) with {org}", "Position", "Title", "Office Held", "Present Position with {org}"],
    "occupation": ["Present Principal Occupation or Employment", "Principal Occupation", "Other Principal Occupation",
                   "Present Principal Occupation"],
    "citizenship": ["Country of Citizenship", "Citizenship", "Nationality"],
    "address": ["Residence or Business Address", "Business Address", "Address", "Principal Business Address"],
}
OCCUPATION_WITH_TITLES = ["Present Principal Occupation or Employment", "Principal Occupation",
                          "Present Principal Occupation"]
STACKED_NAME_LABELS = {"address": "Name and Business Address", "citizenship": "Name and Citizenship",
                       "positions": "Name and Position"}
HEADINGS = ["DIRECTORS AND EXECUTIVE OFFICERS OF {org}", "INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE "
            "OFFICERS OF {org}", "Executive Officers and Directors of {org}"]
SCHEDULES = ["SCHEDULE I", "SCHEDULE A", "ANNEX A", "EXHIBIT 1"]
INTROS = ["The name, business address, present principal occupation or employment and citizenship of each director "
          "and executive officer of {org} are set forth below.",
          "Set forth below is certain information concerning the directors and executive officers of {org}.", ""]
CITIZEN_DEFAULTS = ["Unless otherwise indicated, each person listed below is a citizen of {value}.",
                    "Each of the persons listed below is a citizen of {value}.",
                    "All of the individuals named below are citizens of {value}."]
ADDRESS_DEFAULTS = ["Unless otherwise indicated, the business address of each person listed below is {value}.",
                    "The business address of each of the persons named below is {value}.",
                    "Each such person's business address is {value}."]
NUMBERING = ["none", "1.", "(1)", "A."]
NAME_FORMS = ["as_is", "upper", "last_first_upper", "last_first"]
COUNTRY_NOUNS = ("United States", "United States of America", "Denmark", "France", "Sweden", "Belgium", "Canada")


class _Wide:
    """The twenty-sixth round's axes, drawn from their own generator (None: not drawn)."""
    rng: random.Random | None = None
    LABELS = {"occupation": ["Present Principal Occupation or Employment and the Name, Principal Business and "
                             "Address of any Corporation or Other Organization in which such Employment is Conducted",
                             "Principal Occupation or Employment and Name and Address of Employer"],
              "name": ["Name of Executive Officer or Director"],
              "citizenship": ["Citizenship or Place of Organization"]}

    def chance(self, p: float) -> bool:
        return self.rng is not None and self.rng.random() < p


WIDE = _Wide()


class _Wider:
    """The twenty-seventh round's axes, drawn once per file from a third generator (`--wider`; the files of the
    narrow and the wide draws are unchanged): a citizenship stated once per group heading ('Citizens of Canada:'),
    a preamble's exceptions not in parentheses ('..., except X, who is a citizen of Canada.'), labels on their own
    lines with the values flush under them, entries separated by a rule only, titles one per line."""
    groups = unparenthesised = flush_labels = rules_only = titles_by_line = False
    by_group = False  # (the file's preamble states no citizenship and no column prints it: the headings do)

    def draw(self, rng: random.Random | None) -> None:
        on = [rng is not None and rng.random() < p for p in (0.5, 0.7, 0.5, 0.5, 0.4)]
        self.groups, self.unparenthesised, self.flush_labels, self.rules_only, self.titles_by_line = on
        self.by_group = False


WIDER = _Wider()
GROUP_HEADINGS = ["Citizens of {value}:", "The following persons are citizens of {value}:", "{upper} CITIZENS"]


# ---- what is printed -------------------------------------------------------------------------------------
def _number(style: str, index: int) -> str:
    return {"none": "", "1.": f"{index + 1}.", "(1)": f"({index + 1})", "A.": f"{chr(65 + index % 26)}."}[style]


def _name(person: dict, form: str) -> str:
    name = person["name"]
    if form == "last_first_upper" and WIDE.chance(0.5):  # 'JONAS, HOWARD S.': the given names in capitals too
        return _surname_first(name).upper()
    return {"as_is": name, "upper": name.upper(), "last_first_upper": _surname_first(name),
            "last_first": _surname_first(name).split(",", 1)[0].title() + "," + _surname_first(name).split(",", 1)[1]}[form]


def _values(person: dict, field: str, org: str, titled: bool) -> list[str]:
    """A field's printed lines (address lines kept apart; the caller joins them where one line is wanted)."""
    if field == "positions":
        if titled:  # positions and the occupation outside the organisation in one cell ('President of X; ...')
            return ["; ".join([f"{t} of {org}" for t in person["positions"]] + person["other_positions"])]
        if WIDER.titles_by_line and len(person["positions"]) > 1:
            return list(person["positions"])  # ('Director' / 'President': two roles on two lines)
        return ["; ".join(person["positions"])] if person["positions"] else []
    if field == "occupation":
        return ["; ".join(person["other_positions"])] if person["other_positions"] else []
    if field == "citizenship":
        return [person["citizenship"]]
    return list(person["address"])


def _plan(roster: Roster, rng: random.Random, desc: list[str]) -> tuple[list[str], dict, list[str]]:
    """The fields printed per entry, the fields given once in the preamble, and the preamble's lines."""
    org = roster.organization
    fields = ["positions"] + [f for f in ("occupation", "citizenship", "address") if rng.random() < 0.7]
    defaults: dict = {}
    preamble = [line for line in [rng.choice(INTROS).format(org=org)] if line]
    citizenships = {p["citizenship"] for p in roster.people}
    if "citizenship" not in fields and len(citizenships) == 1 and next(iter(citizenships)) in COUNTRY_NOUNS \
            and rng.random() < 0.6:
        value = next(iter(citizenships))
        noun = f"the {value}" if value.startswith("United States") else value
        preamble.append(rng.choice(CITIZEN_DEFAULTS).format(value=noun))
        defaults["citizenship"] = value
    if "citizenship" not in fields and not defaults and (excepted := _exceptions(roster)) and WIDE.chance(0.8):
        value, others = excepted
        noun = f"the {value}" if value.startswith("United States") else value
        clauses = [f"{p['name']}, who is {'a citizen of ' + c if c in COUNTRY_NOUNS else 'a ' + c + ' citizen'}"
                   for p, c in others]
        if WIDER.unparenthesised:  # ('..., except Laurent Dassault, who is a citizen of France.')
            preamble.append(f"Each of the persons listed below is a citizen of {noun}, except {' and '.join(clauses)}.")
        else:
            preamble.append(f"Each of the persons listed below is a citizen of {noun} (except {' and '.join(clauses)}).")
        defaults["citizenship"] = value
    if "citizenship" not in fields and not defaults and _grouped(roster):
        defaults["citizenship"] = "by group"  # (each group's heading states it: group_heading)
        WIDER.by_group = True
    addresses = {", ".join(p["address"]) for p in roster.people}
    if "address" not in fields and len(addresses) == 1 and rng.random() < 0.6:
        preamble.append(rng.choice(ADDRESS_DEFAULTS).format(value=next(iter(addresses))))
        defaults["address"] = next(iter(addresses))
    desc.append(f"fields={fields} defaults={sorted(defaults)}")
    return fields, defaults, preamble


def _grouped(roster: Roster) -> bool:
    """Whether the citizenship is printed once per group heading: WIDER's axis, each person's citizenship one
    country of COUNTRY_NOUNS."""
    return WIDER.groups and all(p["citizenship"] in COUNTRY_NOUNS for p in roster.people)


def group_order(roster: Roster) -> Roster:
    """The roster's people in groups of one citizenship (in the order each first appears) where they are
    grouped; else the roster."""
    if not _grouped(roster):
        return roster
    order = list(dict.fromkeys(p["citizenship"] for p in roster.people))
    return Roster(roster.organization, sorted(roster.people, key=lambda p: order.index(p["citizenship"])))


def group_heading(roster: Roster, index: int, rng: random.Random, style: list[str]) -> str | None:
    """The group heading printed before entry `index` ('Citizens of Canada:'), or None."""
    if not WIDER.by_group or index and roster.people[index - 1]["citizenship"] == roster.people[index]["citizenship"]:
        return None
    if not style:
        style.append(rng.choice(GROUP_HEADINGS))
    value = roster.people[index]["citizenship"]
    noun = f"the {value}" if value.startswith("United States") else value
    return style[0].format(value=noun, upper=value.upper())


def _exceptions(roster: Roster) -> tuple[str, list[tuple[dict, str]]] | None:
    """(the citizenship most of the people hold, the others with theirs) when one of COUNTRY_NOUNS is held by all
    but one or two; None otherwise."""
    held = [p["citizenship"] for p in roster.people]
    common = max(set(held), key=held.count) if held else None
    others = [(p, p["citizenship"]) for p in roster.people if p["citizenship"] != common]
    if common not in COUNTRY_NOUNS or not 1 <= len(others) <= 2 or any(not c or ";" in c for _, c in others):
        return None
    return common, others


def _expected(roster: Roster, fields: list[str], defaults: dict, titled: bool) -> list[dict]:
    shown = set(fields) | set(defaults)  # ('by group': each person's own, stated by the group's heading)
    override: dict = {}
    if "occupation" not in shown and not titled:
        override["other_positions"] = []
    if "citizenship" not in shown:
        override.update(citizenship=None, country=None)
    if "address" not in shown:
        override.update(address=None, address_city=None, address_country=None)
    return [expected(p, roster.organization, Options(), **override) for p in roster.people]


def _heading(roster: Roster, rng: random.Random, preamble: list[str]) -> list[str]:
    title = rng.choice(HEADINGS).format(org=roster.organization.upper() if rng.random() < 0.5 else roster.organization)
    lines = [rng.choice(SCHEDULES), "", title, ""]
    for paragraph in preamble:
        lines += textwrap.wrap(paragraph, 78) + [""]
    return lines


def _label(field: str, rng: random.Random, org: str, titled: bool = False) -> str:
    """A header or label word for `field`; positions printed with the occupation ('titled') are an occupation's."""
    kind = "occupation" if field == "positions" and titled else field
    if kind == field and field in WIDE.LABELS and WIDE.chance(0.3):
        return WIDE.rng.choice(WIDE.LABELS[field]).format(org=org)
    return rng.choice(OCCUPATION_WITH_TITLES if kind != field else LABELS[kind]).format(org=org)


# ---- fixed-width columns -------------------------------------------------------------------------------
def _fixed(roster: Roster, rng: random.Random, desc: list[str]) -> tuple[str, str, list[dict]]:
    org = roster.organization
    fields, defaults, preamble = _plan(roster, rng, desc)
    titled = "occupation" not in fields and rng.random() < 0.4
    stacked = rng.choice([None, None] + [f for f in ("positions", "citizenship", "address") if f in fields]) \
        if len(fields) > 1 else None  # (two columns at least: the name's and one more)
    if stacked == "positions" and titled:
        stacked = None
    columns = [f for f in fields if f != stacked]
    rng.shuffle(columns)
    columns.insert(0 if rng.random() < 0.8 else rng.randint(0, len(columns)), "name")
    numbering, form = rng.choice(NUMBERING), rng.choice(NAME_FORMS)
    number_column = numbering != "none" and rng.random() < 0.3
    names = [(_number(numbering, i) + " " if numbering != "none" and not number_column else "") + _name(p, form)
             for i, p in enumerate(roster.people)]
    widths = {"name": max(map(len, names)) + rng.randint(2, 6)}
    wraps = rng.choice([c for c in columns if c != "name"])
    for column in columns:
        if column == "name":
            continue
        longest = max((len(line) for p in roster.people for line in _values(p, column, org, titled)), default=8)
        widths[column] = rng.randint(14, 30) if column == wraps else min(max(longest + 2, 12), 46)
    labels = {c: _label(c, rng, org, titled) for c in columns}
    if stacked:
        labels["name"] = STACKED_NAME_LABELS[stacked]
        widths["name"] = max(widths["name"], 24)
    for column in columns:  # (a caption wraps at its spaces, a word of it never broken)
        widths[column] = max(widths[column], max(len(word) for word in labels[column].split()) + 2)
    order = (["number"] if number_column else []) + columns
    widths["number"], labels["number"] = 6, rng.choice(["", "No."])
    rule, markers = rng.choice(["-", "=", None]), rng.random() < 0.5
    separator = rng.choice(["blank", "blank", "rule", "none"])
    if separator == "none" and stacked:
        separator = "blank"
    desc.append(f"fixed columns={order} widths={[widths[c] for c in order]} wraps={wraps} stacked={stacked} "
                f"titled={titled} labels={[labels[c] for c in order]} rule={rule} markers={markers} "
                f"separator={separator} numbering={numbering}{' column' if number_column else ''} name={form}")

    def row(cells: dict) -> str:
        return "".join(f"{cells.get(c, ''):<{widths[c]}}" for c in order).rstrip()

    head_cells = {c: textwrap.wrap(labels[c], widths[c] - 2, break_long_words=False) or [""] for c in order}
    depth = max(len(v) for v in head_cells.values())
    header = [row({c: ([""] * (depth - len(v)) + v)[i] for c, v in head_cells.items()}) for i in range(depth)]
    if rule:
        header.append(row({c: rule * (widths[c] - 2) for c in order}))
    if markers:
        header.append(row({c: "<S>" if i == 0 else "<C>" for i, c in enumerate(order)}))
    broken_at = rng.randrange(len(roster.people)) if rng.random() < 0.4 else None
    repeat = rng.random() < 0.5
    if broken_at is not None:
        desc.append(f"page break in entry {broken_at} repeat_header={repeat}")
    lines = _heading(roster, rng, preamble) + (["<TABLE>"] if markers else []) + header + [""]
    style: list[str] = []
    for index, person in enumerate(roster.people):
        if (heading := group_heading(roster, index, rng, style)) is not None:
            lines += [heading, ""]
        cells = {c: [piece for line in _values(person, c, org, titled) for piece in textwrap.wrap(line, widths[c] - 2)]
                 for c in columns if c != "name"}
        cells["name"] = [names[index]] + ([piece for line in _values(person, stacked, org, titled)
                                           for piece in textwrap.wrap(line, widths["name"] - 2)] if stacked else [])
        cells["number"] = [_number(numbering, index)]
        height = max(len(v) for v in cells.values())
        for line in range(height):
            if index == broken_at and line == min(2, height - 1) and line > 0:
                lines += ["", "<PAGE>", f"{'':>38}-{index + 2}-", ""] + (header + [""] if repeat else [])
            lines.append(row({c: v[line] if line < len(v) else "" for c, v in cells.items()}))
        lines += {"blank": [""], "rule": ["", "-" * 60, ""] if rng.random() < 0.5 else ["-" * 60], "none": []}[separator]
    lines += ["</TABLE>"] if markers else []
    return ".txt", "\n".join(lines) + "\n", _expected(roster, fields, defaults, titled)


# ---- HTML tables and HTML saved as text ------------------------------------------------------------------
def _html(roster: Roster, rng: random.Random, desc: list[str]) -> tuple[str, str, list[dict]]:
    org = roster.organization
    fields, defaults, preamble = _plan(roster, rng, desc)
    titled = "occupation" not in fields and rng.random() < 0.4
    columns = list(fields)
    rng.shuffle(columns)
    columns.insert(0 if rng.random() < 0.8 else rng.randint(0, len(columns)), "name")
    form, numbering = rng.choice(NAME_FORMS), rng.choice(NUMBERING)
    head_style, inner = rng.choice(["th", "bold", "p_bold", "plain"]), rng.choice(["br", "p", "comma"])
    if WIDER.titles_by_line and inner == "comma":
        inner = "br"  # (a comma would join two titles into one)
    title_row, number_column = rng.random() < 0.4, numbering != "none" and rng.random() < 0.5
    labels = [_label(c, rng, org, titled) for c in columns]
    desc.append(f"html columns={columns} labels={labels} head={head_style} inner={inner} title_row={title_row} "
                f"numbering={numbering}{' column' if number_column else ''} name={form} titled={titled}")

    def head(text: str, span: int = 1) -> str:
        span_attr = f' colspan="{span}"' if span > 1 else ""
        body = html.escape(text)
        return {"th": f"<th{span_attr}>{body}</th>", "bold": f"<td{span_attr}><b>{body}</b></td>",
                "p_bold": f"<td{span_attr}><p><b>{body}</b></p></td>", "plain": f"<td{span_attr}>{body}</td>"}[head_style]

    def cell(lines: list[str]) -> str:
        escaped = [html.escape(line) for line in lines]
        inside = {"br": "<br>".join(escaped), "p": "".join(f"<p>{e}</p>" for e in escaped),
                  "comma": ", ".join(escaped)}[inner]
        return f"<td>{inside}</td>"

    width = len(columns) + (1 if number_column else 0)
    rows = [f'<tr><td colspan="{width}" align="center"><b>{html.escape(org)}</b></td></tr>'] if title_row else []
    heads = [head(label, 2 if number_column and column == "name" else 1) for column, label in zip(columns, labels)]
    rows.append("<tr>" + "".join(heads) + "</tr>")
    style: list[str] = []
    for index, person in enumerate(roster.people):
        if (heading := group_heading(roster, index, rng, style)) is not None:
            rows.append(f'<tr><td colspan="{width}"><b>{html.escape(heading)}</b></td></tr>')
        cells = []
        for column in columns:
            if column == "name":
                number = _number(numbering, index)
                if number_column:
                    cells.append(f"<td>{number}</td>")
                cells.append(cell([(f"{number} " if number and not number_column else "") + _name(person, form)]))
            else:
                cells.append(cell(_values(person, column, org, titled)))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    intro = "".join(f"<p>{html.escape(line)}</p>" for line in _heading(roster, rng, []) + preamble if line)
    body = f"<html><body>{intro}<table border=\"0\">{''.join(rows)}</table></body></html>"
    return ".htm", body, _expected(roster, fields, defaults, titled)


def _saved_as_text(roster: Roster, rng: random.Random, desc: list[str]) -> tuple[str, str, list[dict]]:
    org = roster.organization
    fields, defaults, preamble = _plan(roster, rng, desc)
    titled = "occupation" not in fields and rng.random() < 0.4
    columns = list(fields)
    rng.shuffle(columns)
    columns.insert(0, "name")
    form, numbering, empty = rng.choice(NAME_FORMS), rng.choice(NUMBERING), rng.choice(["-", "--", "N/A"])
    labels = [_label(c, rng, org, titled) for c in columns]
    desc.append(f"saved_as_text columns={columns} labels={labels} empty={empty!r} numbering={numbering} name={form} "
                f"titled={titled}")
    lines = _heading(roster, rng, preamble) + labels + [""]
    style: list[str] = []
    for index, person in enumerate(roster.people):
        if (heading := group_heading(roster, index, rng, style)) is not None:
            lines += [heading, ""]
        number = _number(numbering, index)
        for column in columns:
            if column == "name":
                lines.append((f"{number} " if number else "") + _name(person, form))
            else:
                lines.append(("; " if column == "positions" else ", ").join(_values(person, column, org, titled)) or empty)
        lines.append("-" * 40 if WIDER.rules_only else "")  # (a rule only between entries, no blank line)
    return ".txt", "\n".join(lines) + "\n", _expected(roster, fields, defaults, titled)


# ---- labelled blocks -------------------------------------------------------------------------------------
def _labelled(roster: Roster, rng: random.Random, desc: list[str]) -> tuple[str, str, list[dict]]:
    org = roster.organization
    fields, defaults, preamble = _plan(roster, rng, desc)
    titled = "occupation" not in fields and rng.random() < 0.4
    rng.shuffle(fields)
    separator = rng.choice([":", " -", "\t", "own_line"])
    name_style = rng.choice(["labelled", "heading", "heading_stacked"])
    form, numbering = rng.choice(NAME_FORMS), rng.choice(NUMBERING)
    between = rng.choice(["blank", "rule", "none"]) if name_style == "labelled" else rng.choice(["blank", "rule"])
    indent, joined = " " * rng.choice([0, 4, 8]), rng.random() < 0.5
    labels = {f: _label(f, rng, org, titled) for f in ["name"] + fields}
    pad = max(len(v) for f, v in labels.items() if f != "name" or name_style == "labelled") + 2
    stacked = "positions" if name_style == "heading_stacked" else None
    broken_at = rng.randrange(len(roster.people)) if rng.random() < 0.3 else None
    desc.append(f"labelled fields={fields} labels={list(labels.values())} separator={separator!r} name={name_style}/"
                f"{form} numbering={numbering} between={between} indent={len(indent)} joined_address={joined} "
                f"titled={titled} page_break={broken_at}")

    def labelled(label: str, values: list[str]) -> list[str]:
        if separator == "own_line":  # (WIDER: the values flush under their label)
            return [indent + label + ":"] + [indent + ("" if WIDER.flush_labels else "    ") + v for v in values]
        head = {":": f"{label}:".ljust(pad), " -": f"{label} -".ljust(pad + 1), "\t": f"{label}:\t"}[separator]
        rest = " " * len(head) if separator != "\t" else "\t"
        return [indent + head + values[0]] + [indent + rest + v for v in values[1:]]

    lines = _heading(roster, rng, preamble)
    style: list[str] = []
    if WIDER.rules_only and between == "blank":
        between = "rule"
    for index, person in enumerate(roster.people):
        if (heading := group_heading(roster, index, rng, style)) is not None:
            lines += [heading, ""]
        number = _number(numbering, index)
        name = (f"{number} " if number else "") + _name(person, form)
        entry = labelled(labels["name"], [name]) if name_style == "labelled" else [name]
        if stacked:
            entry += [indent + v for v in _values(person, "positions", org, titled)]
        for field in fields:
            if field == stacked:
                continue
            values = _values(person, field, org, titled)
            if values:
                entry += labelled(labels[field], [", ".join(values)] if joined and field != "positions" else values)
        if index == broken_at and len(entry) > 2:
            entry[2:2] = ["", "<PAGE>", f"{'':>38}-{index + 2}-", ""]
        lines += entry + {"blank": [""], "rule": ["-" * 40], "none": []}[between]
    return ".txt", "\n".join(lines) + "\n", _expected(roster, fields, defaults, titled)


KINDS = {"fixed": _fixed, "html": _html, "saved_as_text": _saved_as_text, "labelled": _labelled}


def combo_layout(roster: Roster, rng: random.Random, wide: bool = False, wider: bool = False
                 ) -> tuple[str, str, list[dict], str]:
    """(suffix, text, expected people, description) of one recombined layout of `roster`, drawn with `rng`;
    `wide` adds the twenty-sixth round's axes (WIDE: long SEC captions, names all in capitals surname first, a
    preamble citizenship with its exceptions in parentheses), drawn from a second generator so that the files
    without them are those of the narrow draw."""
    kind = rng.choice(sorted(KINDS))
    desc = [kind]
    key = rng.random() if wide or wider else None
    WIDE.rng = random.Random(f"wide:{key}") if key is not None else None
    WIDER.draw(random.Random(f"wider:{key}") if wider else None)  # (`wider`: the wide files with these axes too)
    if wider:
        desc.append(f"wider groups={_grouped(roster)} unparenthesised={WIDER.unparenthesised} flush_labels="
                    f"{WIDER.flush_labels} rules_only={WIDER.rules_only} titles_by_line={WIDER.titles_by_line}")
        roster = group_order(roster)
    suffix, text, people = KINDS[kind](roster, rng, desc)
    return suffix, text, people, "; ".join(desc)
