"""The body of `kg review` (kg.cli.link): list the undecided pairs, ask or take the answers,
append them to the judgements file (kg.link.review); and the same on the `kg serve` page
(ReviewPages, the /review handler kg.cli.query gives the server)."""
from __future__ import annotations

import json
import secrets
import sys
import threading
from pathlib import Path

import click

from kg.errors import KgError

DEFAULT_FILE = "judgements.jsonl"
ANSWERS = {"s": "same", "d": "different", "k": "skip"}
PAGE_ITEMS = 50   # pairs on the review page at once (the next ones come when these are answered)


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


class ReviewPages:
    """/review of `kg serve`: the store's undecided pairs with buttons; an answer is appended
    to the judgements file (as `kg review` does) and the pair leaves the list. Each form
    carries a token made when the server starts, so a page of another site cannot post
    answers (it cannot read this page to learn the token)."""

    def __init__(self, store, judgements_path: str | None = None, viewer: bool = False):
        self.store, self.given, self.viewer = store, judgements_path, viewer
        self.token = secrets.token_urlsafe(16)
        self.lock = threading.RLock()
        self.items: list[dict] | None = None
        self.path = DEFAULT_FILE

    def _items(self) -> list[dict]:
        from kg.link.review import review_list
        from kg.link.update import judgements_file

        if not self.items:  # first request, or every listed pair answered: the next ones
            self.path = judgements_file(self.store, self.given) or DEFAULT_FILE
            self.items = review_list(self.store, self.path if Path(self.path).exists() else "", PAGE_ITEMS)
        return self.items

    def page(self, params: dict, message: str = "", status: int = 200) -> tuple[int, str, bytes]:
        from kg.sparql.page import review_page

        try:
            with self.lock:
                items = list(self._items())
        except KgError as exc:
            return review_page([], self.token, f"{exc.source}: {exc.problem}", self.viewer, 500)
        return review_page(items, self.token, message, self.viewer, status)

    def answer(self, params: dict) -> tuple[int, str, bytes]:
        from kg.link.cluster import USER_DECISIONS
        from kg.link.review import record_judgement

        one = {key: values[0] for key, values in params.items() if values}
        if not secrets.compare_digest(one.get("token", ""), self.token):
            return self.page({}, "Not recorded: the form is not this server's (reload the page).", 403)
        if one.get("decision") not in USER_DECISIONS:
            return self.page({}, f"Not recorded: the answer must be one of {', '.join(USER_DECISIONS)}.", 400)
        try:
            with self.lock:
                item = next((i for i in self._items() if i["key"] == one.get("key")), None)
                if item is None:
                    return self.page({}, "Not recorded: no pair to review has that key (answered already?).", 404)
                record_judgement(self.path, item["a"]["mention"], item["b"]["mention"], one["decision"],
                                 note=f"kg serve review: {item['a']['name']} ~ {item['b']['name']}")
                self.items.remove(item)
        except KgError as exc:
            return self.page({}, f"Not recorded: {exc.source}: {exc.problem}", 500)
        return self.page({}, f"Recorded in {self.path}: {item['a']['name']} ~ {item['b']['name']}: "
                             f"{one['decision']} (applied by the next kg link or kg build).")
