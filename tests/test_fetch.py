"""`kg fetch` against a fake EDGAR on 127.0.0.1 (tests/edgar_fake.py): selection, cache, manners, faults."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date

import pytest
from edgar_fake import FILINGS, OTHERS, FakeEdgar, submission

from kg.errors import FetchError
from kg.fetch import Cache, EdgarClient, Forms, Selection, accession_arg, fetch, plan, quarter
from kg.fetch.listing import form_index

AGENT = "kg tests kg-tests@example.com"
SNOW = 1640147
BY_FILE = {item.file.split("/")[-1].split(".")[0]: item for item in FILINGS}


@pytest.fixture
def edgar():
    fake = FakeEdgar()
    yield fake
    fake.close()


def kg_fetch(edgar: FakeEdgar, *args, agent: str | None = AGENT, timeout: float = 120):
    env = {k: v for k, v in os.environ.items() if k != "KG_EDGAR_USER_AGENT"} | edgar.env()
    if agent is not None:
        env["KG_EDGAR_USER_AGENT"] = agent
    return subprocess.run([sys.executable, "-m", "kg", "fetch", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def lines(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def client(edgar: FakeEdgar, **options) -> EdgarClient:
    return EdgarClient(AGENT, www=edgar.url("www"), data=edgar.url("data"), **options)


def run(edgar: FakeEdgar, selection: Selection, dest, **options):
    with client(edgar, **options) as c:
        return list(fetch(c, plan(c, selection), Cache(dest)))


def archive_requests(edgar: FakeEdgar) -> list[str]:
    return edgar.requests("/Archives/edgar/data/")


# ---- the User-Agent -----------------------------------------------------------------

def test_no_user_agent_is_a_clear_error_naming_both_ways(edgar, tmp_path):
    result = kg_fetch(edgar, "--cik", str(SNOW), "--dest", str(tmp_path), agent=None)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: EDGAR requires a User-Agent")
    assert "--user-agent" in result.stderr and "KG_EDGAR_USER_AGENT" in result.stderr
    assert "Traceback" not in result.stderr and edgar.log == []


def test_a_user_agent_without_an_email_is_refused(edgar, tmp_path):
    result = kg_fetch(edgar, "--cik", str(SNOW), "--dest", str(tmp_path), "--user-agent", "Jane Doe")
    assert result.returncode == 1 and "no email address" in result.stderr and edgar.log == []


# ---- selection ----------------------------------------------------------------------

def test_a_cik_fetches_only_ownership_forms_in_the_dates(edgar, tmp_path):
    result = kg_fetch(edgar, "--cik", str(SNOW), "--since", "2021-01-01", "--dest", str(tmp_path),
                      "--format", "json")
    assert result.returncode == 0, result.stderr
    got = lines(result)
    wanted = [BY_FILE["form4_snow_scarpelli"], BY_FILE["form5_snow_mcmahon"]]  # newest first, as EDGAR lists
    assert [(o["accession"], o["form"], o["date"], o["status"]) for o in got] == \
        [(w.accession, w.form, w.filed, "fetched") for w in wanted]
    for outcome, item in zip(got, wanted):
        assert outcome["path"] == str(tmp_path / str(SNOW) / f"{item.accession}.txt")
        assert (tmp_path / str(SNOW) / f"{item.accession}.txt").read_bytes() == submission(item)
    assert sorted(archive_requests(edgar)) == sorted(f"/Archives/edgar/data/{SNOW}/{w.accession}.txt" for w in wanted)
    # the older submissions page ends before --since: not read; every request declared who asks
    assert edgar.requests("/submissions/") == [f"/submissions/CIK{SNOW:010d}.json"]
    assert {agent for _, _, _, agent, _ in edgar.log} == {AGENT}


def test_older_submissions_page_and_form_filter(edgar, tmp_path):
    outcomes = run(edgar, Selection(ciks=[SNOW], forms=Forms(["3"])), tmp_path)
    assert [(o.accession, o.form, o.status) for o in outcomes] == \
        [(BY_FILE["form3_snow_garrett"].accession, "3", "fetched")]
    assert f"/submissions/CIK{SNOW:010d}-submissions-001.json" in edgar.requests()
    assert archive_requests(edgar) == [f"/Archives/edgar/data/{SNOW}/{BY_FILE['form3_snow_garrett'].accession}.txt"]


def test_until_and_default_forms_over_both_pages(edgar, tmp_path):
    outcomes = run(edgar, Selection(ciks=[SNOW], until=date(2022, 6, 30)), tmp_path)
    assert {o.accession for o in outcomes} == {BY_FILE["form3_snow_garrett"].accession,
                                              BY_FILE["form5_snow_mcmahon"].accession}
    assert not any(acc in path for path in edgar.requests() for *_, acc in OTHERS)


def test_a_ticker_is_looked_up_in_the_company_tickers_file(edgar, tmp_path):
    result = kg_fetch(edgar, "--ticker", "cvi", "--dest", str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [(o["accession"], o["cik"], o["form"]) for o in lines(result)] == \
        [("0001104659-25-002604", 1376139, "SC TO-T/A")]
    assert edgar.requests("/files/") == ["/files/company_tickers.json"]
    unknown = kg_fetch(edgar, "--ticker", "NOPE", "--dest", str(tmp_path))
    assert unknown.returncode == 1 and "ticker 'NOPE' is not in EDGAR's company tickers file" in unknown.stderr


def test_a_quarter_of_the_full_index(edgar, tmp_path):
    outcomes = run(edgar, Selection(quarters=[quarter("2025-Q1")]), tmp_path)
    # CVR's filing and Aadi's are each listed under two CIKs; 8-K and 10-K lines are not ownership forms
    assert sorted((o.accession, o.form, o.date) for o in outcomes) == [
        ("0001104659-25-002604", "SC TO-T/A", "2025-01-10"), ("0001373604-25-000001", "SCHEDULE 13D", "2025-01-08")]
    # each once, under the CIK of its first line in the index
    assert sorted(archive_requests(edgar)) == ["/Archives/edgar/data/1376139/0001104659-25-002604.txt",
                                               "/Archives/edgar/data/1422142/0001373604-25-000001.txt"]
    assert edgar.requests("/Archives/edgar/full-index/") == ["/Archives/edgar/full-index/2025/QTR1/form.idx"]


def test_accession_numbers_with_and_without_dashes(edgar, tmp_path):
    result = kg_fetch(edgar, "--accession", "0001373604-25-000001", "--accession", "1376139/000110465925002604",
                      "--dest", str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [(o["accession"], o["cik"], o["form"], o["date"]) for o in lines(result)] == [
        ("0001373604-25-000001", 1373604, "SCHEDULE 13D", "2025-01-08"),
        ("0001104659-25-002604", 1376139, "SC TO-T/A", "2025-01-10")]
    with pytest.raises(FetchError, match="not an accession number"):
        accession_arg("1104659-25-2604")


def test_form_index_lines_are_read_strictly():
    text = ("Form Type   Company Name   CIK   Date Filed  File Name\n" + "-" * 40 + "\n"
            "SCHEDULE 13G/A Pentwater Capital Management LP  1425851  2026-04-08  "
            "edgar/data/1425851/0001425851-26-000012.txt\n"
            "4/A         Someone                          77       2026-04-09  edgar/data/77/0000000077-26-000001.txt\n"
            "4           a line cut short\n")
    found, warnings = form_index(text, Forms(), "form.idx")
    assert [(f.form, f.cik, f.accession) for f in found] == [
        ("SCHEDULE 13G/A", 1425851, "0001425851-26-000012"), ("4/A", 77, "0000000077-26-000001")]
    assert len(warnings) == 1 and "line 5" in warnings[0]
    with pytest.raises(FetchError, match="not an EDGAR form.idx"):
        form_index("<html>Not found</html>", Forms(), "form.idx")


# ---- the cache ------------------------------------------------------------------------

def test_nothing_is_fetched_twice(edgar, tmp_path):
    first = run(edgar, Selection(ciks=[1376139]), tmp_path)
    assert [o.status for o in first] == ["fetched"]
    # the same filing through its filer's CIK, and the subject again: in the cache already
    again = run(edgar, Selection(ciks=[1034563, 1376139], quarters=[(2025, 1)]), tmp_path)
    assert {(o.accession, o.status) for o in again} == {("0001104659-25-002604", "cached"),
                                                       ("0001373604-25-000001", "fetched")}
    assert len(archive_requests(edgar)) == 2
    assert len(list(tmp_path.rglob("*.txt"))) == 2


# ---- manners and faults ------------------------------------------------------------

def _most_within(times: list[float], span: float) -> int:
    times = sorted(times)
    return max(sum(1 for t in times[i:] if t < start + span) for i, start in enumerate(times))


@pytest.mark.parametrize("rate", [10, 5])
def test_the_rate_limit_holds_across_both_hosts(edgar, tmp_path, rate):
    quarters = sorted({(int(i.filed[:4]), (int(i.filed[5:7]) - 1) // 3 + 1) for i in FILINGS})
    outcomes = run(edgar, Selection(ciks=[SNOW], quarters=quarters), tmp_path, rate=rate)
    assert len(outcomes) == len(FILINGS) and all(o.status == "fetched" for o in outcomes)
    times = [t for t, *_ in edgar.log]
    assert len(times) >= 2 * rate and {host for _, host, *_ in edgar.log} == {"www", "data"}
    # server arrival times: never more than `rate` within a second (less 30 ms for the loopback's jitter)
    assert _most_within(times, 0.97) <= rate
    assert times[-1] - times[0] >= (len(times) - rate) / rate - 0.1


def test_429_and_503_are_retried_honouring_retry_after(edgar, tmp_path):
    item = BY_FILE["form4_374water"]
    path = f"/Archives/edgar/data/{item.subject[0]}/{item.accession}.txt"
    edgar.fault(path, "429", "503")
    edgar.fault(f"/submissions/CIK{item.subject[0]:010d}.json", "503")
    outcomes = run(edgar, Selection(ciks=[item.subject[0]]), tmp_path)
    assert [(o.accession, o.status) for o in outcomes] == [(item.accession, "fetched")]
    tries = [(t, status) for t, _, p, _, status in edgar.log if p == path]
    assert [status for _, status in tries] == [429, 503, 200]
    assert tries[1][0] - tries[0][0] >= 1.0  # Retry-After: 1
    assert (tmp_path / str(item.subject[0]) / f"{item.accession}.txt").read_bytes() == submission(item)


def test_a_connection_dropped_mid_body_is_retried_and_never_left_half_written(edgar, tmp_path):
    item = BY_FILE["13d_submission_cvr_icahn"]
    path = f"/Archives/edgar/data/1376139/{item.accession}.txt"
    edgar.fault(path, "drop")
    outcomes = run(edgar, Selection(ciks=[1376139]), tmp_path)
    assert [o.status for o in outcomes] == ["fetched"] and edgar.requests(path) == [path, path]
    assert (tmp_path / "1376139" / f"{item.accession}.txt").read_bytes() == submission(item)
    assert not list(tmp_path.rglob("*.part"))


def test_a_download_that_keeps_failing_leaves_no_file_and_a_rerun_completes_it(edgar, tmp_path):
    item = BY_FILE["13d_submission_cvr_icahn"]
    path = f"/Archives/edgar/data/1376139/{item.accession}.txt"
    edgar.fault(path, *["drop"] * 3)
    [outcome] = run(edgar, Selection(ciks=[1376139]), tmp_path, retries=2, backoff=0.05)
    assert outcome.status == "failed" and outcome.path is None
    assert outcome.reason.startswith("gave up after 3 tries") and edgar.requests(path) == [path] * 3
    assert not list(tmp_path.rglob("*.txt")) and not list(tmp_path.rglob("*.part"))
    [again] = run(edgar, Selection(ciks=[1376139]), tmp_path)
    assert again.status == "fetched"
    assert (tmp_path / "1376139" / f"{item.accession}.txt").read_bytes() == submission(item)


def test_a_failed_filing_is_reported_and_the_exit_status_is_1(edgar, tmp_path):
    missing = OTHERS[0][-1]  # listed by EDGAR, but this fake has no body for it: 404
    result = kg_fetch(edgar, "--accession", missing, "--accession", "0001373604-25-000001",
                      "--dest", str(tmp_path), "--format", "json")
    assert result.returncode == 1
    assert [(o["accession"], o["status"], o["reason"]) for o in lines(result)] == [
        (missing, "failed", "HTTP 404 Not Found"), ("0001373604-25-000001", "fetched", None)]
    table = kg_fetch(edgar, "--accession", missing, "--accession", "0001373604-25-000001", "--dest", str(tmp_path))
    assert table.returncode == 1 and "0 fetched, 1 cached, 1 failed" in table.stdout
    assert f"Error: {missing}: HTTP 404 Not Found" in table.stderr


def test_a_killed_run_leaves_only_a_hidden_part_file_that_the_next_run_replaces(edgar, tmp_path):
    item = BY_FILE["13d_submission_cvr_icahn"]
    path = f"/Archives/edgar/data/1376139/{item.accession}.txt"
    edgar.slow_seconds = 30
    edgar.fault(path, "stall")
    env = {k: v for k, v in os.environ.items()} | edgar.env() | {"KG_EDGAR_USER_AGENT": AGENT}
    process = subprocess.Popen([sys.executable, "-m", "kg", "fetch", "--cik", "1376139", "--dest", str(tmp_path)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.rglob(".*.part")) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
    finally:
        process.kill()
        process.wait()
    parts = list(tmp_path.rglob(".*.part"))
    assert parts and parts[0].stat().st_size < len(submission(item))
    assert not (tmp_path / "1376139" / f"{item.accession}.txt").exists()
    outcomes = run(edgar, Selection(ciks=[1376139]), tmp_path)
    assert [o.status for o in outcomes] == ["fetched"]
    assert (tmp_path / "1376139" / f"{item.accession}.txt").read_bytes() == submission(item)
    assert not list(tmp_path.rglob("*.part"))


def test_a_slow_answer_is_waited_for_and_one_past_the_timeout_is_asked_again(edgar, tmp_path):
    slow, late = BY_FILE["form5_snow_mcmahon"], BY_FILE["form4_snow_scarpelli"]
    edgar.slow_seconds = 1.0
    edgar.fault(f"/Archives/edgar/data/{SNOW}/{slow.accession}.txt", "slow")
    outcomes = run(edgar, Selection(ciks=[SNOW], since=date(2022, 1, 1)), tmp_path, timeout=5)
    assert all(o.status == "fetched" for o in outcomes) and len(archive_requests(edgar)) == 2
    edgar.slow_seconds = 2.0
    edgar.fault(f"/Archives/edgar/data/{SNOW}/{late.accession}.txt", "slow")
    (tmp_path / str(SNOW) / f"{late.accession}.txt").unlink()
    outcomes = run(edgar, Selection(ciks=[SNOW], since=date(2022, 1, 1)), tmp_path, timeout=0.5)
    assert [o.status for o in outcomes] == ["fetched", "cached"]
    assert archive_requests(edgar).count(f"/Archives/edgar/data/{SNOW}/{late.accession}.txt") == 3
    assert (tmp_path / str(SNOW) / f"{late.accession}.txt").read_bytes() == submission(late)


def test_an_answer_that_is_not_a_submission_is_a_failure_not_a_file(edgar, tmp_path):
    item = BY_FILE["form4_374water"]
    edgar.routes["www"][f"/Archives/edgar/data/{item.subject[0]}/{item.accession}.txt"] = (b"<html>moved</html>",
                                                                                           "text/html")
    outcomes = run(edgar, Selection(ciks=[item.subject[0]]), tmp_path)
    assert [o.status for o in outcomes] == ["failed"] and "not an EDGAR full submission" in outcomes[0].reason
    assert not list(tmp_path.rglob("*.txt"))


# ---- into the graph -----------------------------------------------------------------

def test_fetch_build_gives_the_same_graph_as_build_on_the_cache(edgar, tmp_path):
    dest, fetched_store, built_store = tmp_path / "edgar", tmp_path / "s1", tmp_path / "s2"
    result = kg_fetch(edgar, "--cik", str(SNOW), "--cik", "1376139", "--dest", str(dest), "--build",
                      "--store", str(fetched_store), timeout=600)
    assert result.returncode == 0, result.stderr
    assert "4 filing(s)" in result.stderr and "4 fetched, 0 cached, 0 failed" in result.stdout  # build status: stderr
    built = subprocess.run([sys.executable, "-m", "kg", "build", str(dest), "--store", str(built_store)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    from kg.graph.store import open_store
    quads = []
    for location in (fetched_store, built_store):
        with open_store(location) as store:
            quads.append(sorted(store.export("nquads").decode().splitlines()))
    assert quads[0] == quads[1] and len(quads[0]) > 500
