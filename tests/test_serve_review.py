"""The review page of `kg serve` (/review): the undecided pairs with buttons same / different /
unsure, answers appended to the judgements file, as `kg review` does."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html import unescape

import pytest
from test_linking import POWER, _built, _run
from test_serve import free_port


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`kg serve` over a store of the three Power Corporation rosters (father and son are
    left undecided), writing answers to its own judgements file."""
    folder = tmp_path_factory.mktemp("review")
    location = _built(folder, POWER)
    answers = folder / "answers.jsonl"
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", location, "--port", str(port),
                                "--workers", "1", "--judgements", str(answers)], stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        process.stderr.readline()
        deadline = time.time() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=5).close()
                break
            except urllib.error.URLError:
                assert time.time() < deadline
                time.sleep(0.2)
        yield base, location, answers
    finally:
        process.terminate()
        process.wait(timeout=20)


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def _post(url: str, fields: dict) -> tuple[int, str]:
    request = urllib.request.Request(url, data=urllib.parse.urlencode(fields).encode(), method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def _forms(page: str) -> list[dict]:
    """Each review form as a browser would post it: its hidden fields and its buttons' answers."""
    found = []
    for form in re.findall(r'<form method="post" action="/review">(.*?)</form>', page, re.S):
        hidden = {name: unescape(value) for name, value in
                  re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', form)}
        found.append({**hidden, "answers": re.findall(r'<button type="submit" name="decision" value="(\w+)">', form)})
    return found


def test_the_review_page_lists_the_pairs_kg_review_lists(served):
    base, location, answers = served
    status, page = _get(f"{base}/review")
    assert status == 200
    listed = json.loads(_run("review", "--store", location, "--judgements", answers, "--format", "json").output)
    forms = _forms(page)
    assert listed and [f["key"] for f in forms] == [item["key"] for item in listed]
    assert all(f["answers"] == ["same", "different", "skip"] for f in forms)
    assert ">Same person<" in page and ">Different<" in page and ">Unsure<" in page
    first = listed[0]
    assert first["a"]["name"] in unescape(page) and first["printed_score"] in page
    assert '<a href="/review">' in _get(f"{base}/")[1]              # the questions page links to it


def test_answers_without_the_page_token_or_with_an_unknown_answer_are_refused(served):
    base, _, answers = served
    before = answers.read_text() if answers.exists() else ""
    form = _forms(_get(f"{base}/review")[1])[0]
    assert _post(f"{base}/review", {"key": form["key"], "token": "guessed", "decision": "same"})[0] == 403
    assert _post(f"{base}/review", {"key": form["key"], "token": form["token"], "decision": "maybe"})[0] == 400
    assert _post(f"{base}/review", {"key": "nokey", "token": form["token"], "decision": "same"})[0] == 404
    assert (answers.read_text() if answers.exists() else "") == before


def test_a_button_records_the_answer_and_the_pair_leaves_the_list(served):
    base, _, answers = served
    form = _forms(_get(f"{base}/review")[1])[0]
    status, page = _post(f"{base}/review", {"key": form["key"], "token": form["token"], "decision": "different"})
    assert status == 200 and "Recorded in" in page
    line = json.loads(answers.read_text().splitlines()[-1])
    assert line["decision"] == "different" and "kg serve review" in line["note"]
    assert form["key"] not in [f["key"] for f in _forms(_get(f"{base}/review")[1])]
