"""The body of `kg review` (kg.cli.link): list the undecided pairs, ask or take the answers,
append them to the judgements file (kg.link.review)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.errors import KgError

DEFAULT_FILE = "judgements.jsonl"
ANSWERS = {"s": "same", "d": "different", "k": "skip"}


def _fail(source: str | None, problem: str) -> None:
    click.echo(f"Error: {source}: {problem}" if source else f"Error: {problem}", err=True)
    sys.exit(1)


def run_review(location: str, judgements_path: str | None, decisions: tuple[str, ...], list_only: bool,
               limit: int, fmt: str) -> None:
    from kg.graph.store import open_store
    from kg.link.review import record_judgement, review_list
    from kg.link.update import judgements_file

    wanted = {}
    for text in decisions:
        key, _, answer = text.partition("=")
        if answer not in ANSWERS.values():
            _fail(None, f"--decide {text!r}: write KEY=same, KEY=different or KEY=skip")
        wanted[key.strip()] = answer
    try:
        with open_store(location) as store:
            path = judgements_file(store, judgements_path) or DEFAULT_FILE
            items = review_list(store, path if Path(path).exists() else "", None if wanted else limit)
    except KgError as exc:
        _fail(exc.source, exc.problem)
    if wanted:
        by_key = {item["key"]: item for item in items}
        missing = sorted(set(wanted) - set(by_key))
        if missing:
            _fail(None, f"no pair to review has the key {', '.join(missing)} (kg review --list shows the keys)")
        for key, answer in wanted.items():
            _record(record_judgement, path, by_key[key], answer)
        click.echo(f"{len(wanted)} answer(s) written to {path}; `kg link --judgements {path}` applies them", err=True)
        return
    if fmt == "json":
        click.echo(json.dumps(items, indent=2, ensure_ascii=False))
        return
    if not items:
        click.echo("Nothing to review: no pair was left undecided.")
        return
    answered = 0
    for number, item in enumerate(items, 1):
        click.echo(describe_item(number, item))
        if list_only:
            continue
        answer = click.prompt("same, different, skip or quit", type=click.Choice(["s", "d", "k", "q"]),
                              show_choices=True, err=True)
        if answer == "q":
            break
        _record(record_judgement, path, item, ANSWERS[answer])
        answered += 1
    if answered:
        click.echo(f"{answered} answer(s) written to {path}; `kg link --judgements {path}` applies them", err=True)


def _record(record_judgement, path: str, item: dict, answer: str) -> None:
    try:
        record_judgement(path, item["a"]["mention"], item["b"]["mention"], answer,
                         note=f"kg review: {item['a']['name']} ~ {item['b']['name']}")
    except KgError as exc:
        _fail(exc.source, exc.problem)


def describe_item(number: int, item: dict) -> str:
    lines = [f"\n[{number}] {item['key']}: a \"same\" would join {item['joins']} mentions; "
             + (f"model score {item['printed_score']}, at most unsure by rule" if item["decided_by"] == "rule"
              else f"score {item['printed_score']} (unsure)")]
    for side in ("a", "b"):
        m = item[side]
        facts = [m["filing"], ", ".join(m["roles"]) or None, m["cik"] and f"CIK {m['cik']}",
                 m["organisations"] and "organisations: " + "; ".join(m["organisations"]),
                 m["citizenship"] and f"citizenship {m['citizenship']}", m["address"],
                 m["titles"] and "titles: " + "; ".join(m["titles"]),
                 f"its entity has {m['entity_mentions']} mention(s)"]
        lines.append(f"  {side.upper()}: {m['name']} — " + " — ".join(f for f in facts if f))
        lines += [f"       “{quote}”" for quote in m["quotes"]]
    lines += [f"    {reason}" for reason in item["reasons"]]
    return "\n".join(lines)
