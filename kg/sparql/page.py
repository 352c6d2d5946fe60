"""The pages of `kg serve` for people: the curated questions as forms, answers as tables.

    /                     the curated questions, each a form with its parameters; any SPARQL in a text area
    /ask?name=Q&p=v...    a curated question's answer as an HTML table (format=csv|json: a download)
    /?query=SPARQL        any query's answer as a table
    /entity?iri=IRI       one node: its names, the filings it comes from, the quoted text, its connections
    /viewer               the graph viewer (kg export --format html), when the server was given one
    /review               the pairs the linker left undecided, each with buttons same / different /
                          unsure, when the server was given a review handler (`kg serve` gives one)

Every IRI in a table links to its entity page. Queries run through the endpoint (its
timeout and result cap apply); parameters are bound as RDF terms in a VALUES block, never
pasted into the text.
"""
from __future__ import annotations

import re
import urllib.parse
from html import escape

from rdflib import URIRef

from kg.errors import KgError
from kg.graph.search import KEY_LENGTHS
from kg.graph.vocab import KG, OA, PROV, SCHEMA
from kg.sparql.formats import format_output, plain, records
from kg.sparql.order import unpacked
from kg.sparql.queries import (
    bind_values,
    curated_queries,
    echo_columns,
    find_query,
    hide_columns,
    parse_params,
    prepare,
)
from kg.sparql.results import Result

PATHS = ("/", "/index.html", "/ask", "/entity", "/viewer")
IRI = re.compile(r"(https?|urn):[^<>\"{}|^`\\\s]+")
INPUT_TYPES = {"date": 'type="date"', "integer": 'type="number" step="1"', "decimal": 'type="number" step="any"',
               "string": 'type="text"', "name": 'type="text"', "country": 'type="text"',
               "iri": 'type="url"'}
STYLE = """body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:80em;padding:0 1em;color:#222}
h1 a{color:inherit;text-decoration:none} nav a{margin-right:1em} details{margin:.3em 0;border:1px solid #ddd;
border-radius:4px;padding:.3em .7em} summary{cursor:pointer} label{display:inline-block;margin:.2em 1em .2em 0}
input{padding:.15em} textarea{width:100%;height:10em;font-family:monospace} table{border-collapse:collapse;
margin:.6em 0} th,td{border:1px solid #ddd;padding:.2em .45em;text-align:left;vertical-align:top}
th{background:#f3f3f3} td.n{text-align:right} .error{color:#a00} .muted{color:#666} q{background:#fff6c8}"""


def render(endpoint, path: str, params: dict, viewer: bool = False, review: bool = False) -> tuple[int, str, bytes]:
    """(status, content type, body) of one page request."""
    one = {key: values[0] for key, values in params.items() if values}
    try:
        if path == "/ask":
            return _ask(endpoint, one)
        if path == "/entity":
            return _html(200, "Entity", entity_page(endpoint, one.get("iri", "")), viewer, review)
        if path == "/viewer":
            return 404, "text/plain; charset=utf-8", b"no viewer: start kg serve with its store\n"
        if "query" in one:
            return _html(200, "Query", query_form(one["query"]) + _run_block(endpoint, one["query"]), viewer, review)
        return _html(200, "Questions", home_page(), viewer, review)
    except KgError as exc:
        return _html(400, "Error", f'<p class="error">{escape(exc.problem)}</p>', viewer, review)


def _html(status: int, title: str, body: str, viewer: bool, review: bool = False) -> tuple[int, str, bytes]:
    links = '<a href="/">Questions</a>' + ('<a href="/viewer">Graph viewer</a>' if viewer else "") + \
        ('<a href="/review">Review links</a>' if review else "") + '<a href="/sparql">SPARQL endpoint (/sparql)</a>'
    page = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>kg: {escape(title)}</title>'
            f'<style>{STYLE}</style></head><body><h1><a href="/">kg</a></h1><nav>{links}</nav>{body}</body></html>\n')
    return status, "text/html; charset=utf-8", page.encode("utf-8")


# ---- the questions ---------------------------------------------------------------
def home_page() -> str:
    forms = "".join(question_form(query) for query in curated_queries())
    return (f"<h2>Questions</h2><p class=muted>Leave a field empty to mean any. Answers come from the filings "
            f"in this store.</p>{forms}<h2>Any SPARQL query</h2>{query_form('')}")


def question_form(query) -> str:
    fields = "".join(f'<label title="{escape(p.description)}">{escape(p.name)} '
                     f'<input name="{escape(p.name)}" {INPUT_TYPES[p.type]} placeholder="{escape(p.type)}"></label>'
                     for p in query.params.values())
    return (f'<details id="q-{escape(query.name)}"><summary><b>{escape(query.name)}</b>: {escape(query.title)}'
            f'</summary><p class=muted>{escape(query.question)}</p><form method="get" action="/ask">'
            f'<input type="hidden" name="name" value="{escape(query.name)}">{fields}'
            f'<button type="submit">Ask</button></form></details>')


def query_form(text: str) -> str:
    return (f'<form method="get" action="/"><textarea name="query" aria-label="SPARQL query">{escape(text)}</textarea>'
            f'<br><button type="submit">Run</button></form>')


def _ask(endpoint, one: dict) -> tuple[int, str, bytes]:
    query = find_query(one.get("name", ""))
    if query.path.parent.resolve() != curated_queries()[0].path.parent.resolve():
        raise KgError(query.name, "only the curated questions are asked here; use /sparql for any query")
    pairs = [f"{key}={value}" for key, value in one.items() if key in query.params and value.strip()]
    bindings = parse_params(query, pairs)
    lengths = getattr(endpoint, "key_lengths", None) or KEY_LENGTHS  # the name keys of the store served
    counts = getattr(endpoint, "board_counts", False)  # the filings' summary graphs (kg.graph.summary)
    text = bind_values(*prepare(query, bindings, lengths, counts, counts and getattr(endpoint, "board_rows", False)))
    result = unpacked(run(endpoint, text), text)  # packed rows (kg.sparql.rows) unpacked, in the query's order
    result = hide_columns(result, echo_columns(query, bindings, result))
    fmt = one.get("format", "html")
    if fmt in ("csv", "json"):
        body = format_output(result, fmt).encode("utf-8")
        return 200, "text/csv; charset=utf-8" if fmt == "csv" else "application/json", body
    here = urllib.parse.urlencode({k: v for k, v in one.items() if k != "format"})
    downloads = f'<p>Download: <a href="/ask?{escape(here)}&amp;format=csv">CSV</a> ' \
                f'<a href="/ask?{escape(here)}&amp;format=json">JSON</a></p>'
    body = (f"<h2>{escape(query.title)}</h2><p class=muted>{escape(query.question)}</p>"
            f"{question_form(query).replace('<details ', '<details open ')}{downloads}{result_table(result)}")
    return _html(200, query.name, body, False)


def run(endpoint, text: str) -> Result:
    """The query's answer through the endpoint (its timeout and cap); an endpoint error as a KgError."""
    try:
        return endpoint.run(text, [], [])
    except Exception as exc:  # the endpoint's HttpError: status and message
        if hasattr(exc, "status"):
            raise KgError(None, f"{exc.status}: {exc.message}") from None
        raise


def _run_block(endpoint, text: str) -> str:
    try:
        return result_table(run(endpoint, text))
    except KgError as exc:
        return f'<p class="error">{escape(exc.problem)}</p>'


def result_table(result: Result) -> str:
    """An HTML table; IRIs link to their entity page."""
    if result.boolean is not None and result.triples is None:
        return f"<p>{'true' if result.boolean else 'false'}</p>"
    columns = result.columns
    rows = [list(t) for t in result.triples] if result.triples is not None else result.rows
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(_cell(term) for term in row) + "</tr>" for row in rows)
    count = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    return f'<table class="result"><tr>{head}</tr>{body}</table><p class=muted>{count}</p>'


def _cell(term) -> str:
    if term is None:
        return "<td></td>"
    if isinstance(term, URIRef):
        link = "/entity?" + urllib.parse.urlencode({"iri": str(term)})
        return f'<td><a href="{escape(link)}" title="{escape(str(term))}">{escape(plain(term))}</a></td>'
    text = plain(term)
    numeric = text.replace(".", "", 1).replace("-", "", 1).isdigit()
    return f'<td class="n">{escape(text)}</td>' if numeric else f"<td>{escape(text)}</td>"


# ---- one entity --------------------------------------------------------------------
PREFIXES = (f"PREFIX kg: <{KG.NS}> PREFIX schema: <{SCHEMA.NS}> PREFIX oa: <{OA.NS}> PREFIX prov: <{PROV.NS}>\n"
            "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n")
_NODES = "{ VALUES ?node { $ENTITY } } UNION { GRAPH ?l { $ENTITY owl:sameAs ?node } }"
ENTITY_QUERIES = {name: PREFIXES + text.replace("$NODES", _NODES) for name, text in {
    "names": """SELECT DISTINCT ?name WHERE { $NODES UNION { GRAPH ?l2 { ?node owl:sameAs $ENTITY } }
      GRAPH ?g { ?node schema:name ?name } } ORDER BY ?name""",
    "filings": """SELECT DISTINCT ?filing ?form ?issuer ?date ?accession ?source WHERE { $NODES
      GRAPH ?g { ?node ?p ?o . ?filing a kg:Filing .
        OPTIONAL { ?filing kg:formType ?form } OPTIONAL { ?filing kg:issuer/schema:name ?issuer }
        OPTIONAL { ?filing kg:eventDate ?date } OPTIONAL { ?filing kg:accessionNumber ?accession }
        OPTIONAL { ?filing kg:sourceFile ?source } } } ORDER BY ?date ?filing""",
    "quotes": """SELECT DISTINCT ?about ?quote ?filing WHERE { $NODES
      GRAPH ?g { ?ann oa:hasBody ?node ; oa:hasTarget/oa:hasSelector/oa:exact ?quote .
        OPTIONAL { ?ann kg:aboutProperty ?about } ?filing a kg:Filing } } ORDER BY ?filing ?about LIMIT 200""",
    "connections": """SELECT DISTINCT ?direction ?property ?other ?other_name WHERE { $NODES
      { GRAPH ?g { ?node ?property ?other } BIND("→" AS ?direction) }
      UNION { GRAPH ?g { ?other ?property ?node } BIND("←" AS ?direction) }
      FILTER(isIRI(?other) && ?property NOT IN (rdf:type, prov:wasDerivedFrom, oa:hasBody))
      OPTIONAL { GRAPH ?n { ?other schema:name ?other_name } } } ORDER BY ?direction ?property LIMIT 500""",
}.items()}


def _short(quote: str, limit: int = 400) -> str:
    return quote if len(quote) <= limit else quote[:limit].rstrip() + " …"


def entity_page(endpoint, iri: str) -> str:
    if not IRI.fullmatch(iri):
        raise KgError(iri, "give an entity's IRI: /entity?iri=...")
    term = URIRef(iri)  # checked above: no character that could end the <...> term
    answers = {name: run(endpoint, text.replace("$ENTITY", term.n3())) for name, text in ENTITY_QUERIES.items()}
    names = [str(row[0]) for row in answers["names"].rows]
    title = names[0] if names else plain(term)
    viewer = "/viewer#" + urllib.parse.urlencode({"search": title}, quote_via=urllib.parse.quote)
    quotes = "".join(f"<li>{escape(plain(URIRef(r['about'])) if r.get('about') else 'record')}: "
                     f"<q>{escape(_short(str(r['quote'])))}</q> "
                     f"<span class=muted>{escape(plain(URIRef(r['filing'])))}</span></li>"
                     for r in records(answers["quotes"]))
    return (f'<h2 id="entity-name">{escape(title)}</h2><p class=muted>{escape(iri)}</p>'
            f'<p><a href="{escape(viewer)}">Show in the graph viewer</a></p>'
            f"<h3>Names</h3><p>{escape('; '.join(names)) or '—'}</p>"
            f"<h3>Filings</h3>{result_table(answers['filings'])}"
            f"<h3>Quoted text</h3><ul>{quotes}</ul>"
            f"<h3>Connections</h3>{result_table(answers['connections'])}")



# ---- review of the links (the data comes from the server's review handler) -------------------
ANSWERS = {"same": "Same person", "different": "Different", "skip": "Unsure"}


def review_page(items: list[dict], token: str, message: str = "", viewer: bool = False,
                status: int = 200) -> tuple[int, str, bytes]:
    """The undecided pairs (kg.link.review.review_list's plain dicts), each with a form that
    posts its key, an answer (same / different / skip: "unsure", left to the model) and the
    page's token to /review."""
    rows = "".join(_review_item(number, item, token) for number, item in enumerate(items, 1))
    note = f'<p id="review-message"><b>{escape(message)}</b></p>' if message else ""
    body = (f"<h2>Links to review</h2>{note}<p class=muted>Pairs the linker was unsure about, most consequential "
            f"first. An answer is written to the judgements file; the next <code>kg link</code> or <code>kg build"
            f"</code> applies it.</p>" + (rows or "<p>Nothing to review: no pair was left undecided.</p>"))
    return _html(status, "Review", body, viewer, True)


def _review_item(number: int, item: dict, token: str) -> str:
    sides = "".join(f"<tr><th>{side.upper()}</th><td>{escape(item[side]['name'])}</td>"
                    f"<td>{escape(item[side]['filing'])}</td><td>{escape(', '.join(item[side]['roles']))}</td>"
                    f"<td>{escape('; '.join(item[side]['organisations']))}</td>"
                    f"<td>{''.join(f'<q>{escape(_short(q, 200))}</q> ' for q in item[side]['quotes'])}</td></tr>"
                    for side in ("a", "b"))
    reasons = "".join(f"<li>{escape(reason)}</li>" for reason in item["reasons"])
    buttons = "".join(f'<button type="submit" name="decision" value="{value}">{label}</button> '
                      for value, label in ANSWERS.items())
    return (f'<div class="review" id="review-{escape(item["key"])}"><h3>{number}. {escape(item["a"]["name"])} ~ '
            f'{escape(item["b"]["name"])} <span class=muted>score {escape(item["printed_score"])}; a "same" would '
            f'join {int(item["joins"])} mentions</span></h3><table><tr><th></th><th>name</th><th>filing</th>'
            f'<th>roles</th><th>organisations</th><th>quoted</th></tr>{sides}</table>'
            f'<details><summary>reasons</summary><ul>{reasons}</ul></details>'
            f'<form method="post" action="/review"><input type="hidden" name="key" value="{escape(item["key"])}">'
            f'<input type="hidden" name="token" value="{escape(token)}">{buttons}</form></div>')
