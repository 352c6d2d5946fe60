"""A self-contained HTML viewer of an export graph (no network needed to view it).

The graph library is vis-network, read at export time from the installed `pyvis` package
(a runtime dependency) and inlined; kg keeps no third-party JavaScript of its own.
The page: search by any printed form of a name (given name first or last, initials; also
`#search=NAME` in the URL, run on load), one fixed colour per kind of node, labels that do
not overlap once the layout settles, edge labels by role on the selected node's edges, and a details panel with a node's attributes and the filings it
comes from, with the quoted evidence.
"""
from __future__ import annotations

import hashlib
import json
import re
from html import escape
from importlib import resources

import networkx as nx

from kg.errors import DataError

PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac"]
# One colour per kind of node, the same in every export; a kind not listed gets a colour from its name.
KIND_COLORS = {"person": "#4e79a7", "organization": "#f28e2b", "organizational unit": "#59a14f",
               "class of securities": "#b07aa1", "post": "#76b7b2", "filing": "#9c755f", "agent": "#e15759"}
_HIDDEN = {"id", "label", "type", "iri", "relation", "filings", "evidence", "mentions", "statements", "kind",
           "aliases"}
_NAME_KEYS = ("label", "name", "nameAsPrinted", "printedValue", "alternateName")


def vis_network_assets() -> tuple[str, str]:
    """(JavaScript, CSS) of the newest vis-network that the installed pyvis package ships."""
    try:
        lib = resources.files("pyvis") / "lib"
    except ModuleNotFoundError as exc:
        raise DataError("pyvis", "the pyvis package (which ships vis-network) is not installed") from exc
    folders = [entry for entry in lib.iterdir() if entry.name.startswith("vis-") and entry.is_dir()]
    if not folders:
        raise DataError(str(lib), "no vis-network folder in the pyvis package")
    newest = max(folders, key=lambda entry: [int(part) for part in re.findall(r"\d+", entry.name)])
    js, css = newest / "vis-network.min.js", newest / "vis-network.css"
    if not js.is_file():
        raise DataError(str(newest), "vis-network.min.js missing from the pyvis package")
    return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8") if css.is_file() else ""


def kind_color(kind: str) -> str:
    """The colour of a kind of node: fixed for the known kinds, else chosen by the kind's name."""
    if kind in KIND_COLORS:
        return KIND_COLORS[kind]
    return PALETTE[int(hashlib.sha1(kind.encode("utf-8")).hexdigest(), 16) % len(PALETTE)]


def aliases(data: dict) -> list[str]:
    """Every printed form of a node's name (the page also matches them in any order and by initials)."""
    found: list[str] = []
    for key in _NAME_KEYS:
        value = data.get(key)
        for one in value if isinstance(value, list) else [value]:
            if one and str(one) not in found:
                found.append(str(one))
    given, family = data.get("givenName"), data.get("familyName")
    if isinstance(given, str) and isinstance(family, str):
        for form in (f"{given} {family}", f"{family}, {given}", f"{family} {given}"):
            if form not in found:
                found.append(form)
    return found


def page_data(graph: nx.MultiDiGraph) -> dict:
    """What the page's script reads: nodes (with the names to search), edges, filings, kind colours."""
    types = sorted({data.get("type", "thing") for _, data in graph.nodes(data=True)})
    colors = {name: kind_color(name) for name in types}
    nodes = [{"id": node, **{k: v for k, v in data.items() if k != "statements"}, "aliases": aliases(data)}
             for node, data in graph.nodes(data=True)]
    edges = [{"source": source, "target": target, **data}
             for source, target, data in graph.edges(data=True)]
    return {"nodes": nodes, "edges": edges, "filings": graph.graph.get("filings", {}), "colors": colors,
            "focus": graph.graph.get("focus", []), "hidden": sorted(_HIDDEN)}


def _script_json(value) -> str:
    """JSON safe inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def html_page(graph: nx.MultiDiGraph, title: str = "kg graph") -> str:
    js, css = vis_network_assets()
    return (TEMPLATE.replace("%TITLE%", escape(title))
            .replace("%VIS_CSS%", css.replace("</", "<\\/"))
            .replace("%VIS_JS%", js.replace("</script", "<\\/script"))
            .replace("%DATA%", _script_json(page_data(graph)))
            .replace("%COUNTS%", f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"))


TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%TITLE%</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>%VIS_CSS%</style>
<style>
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; }
#bar { display: flex; gap: .6em; align-items: center; padding: .4em .8em; border-bottom: 1px solid #ddd; flex-wrap: wrap; }
#bar input { width: 22em; padding: .25em; }
#legend span { display: inline-block; margin-right: .8em; }
#legend i { display: inline-block; width: .9em; height: .9em; border-radius: 50%; margin-right: .3em; vertical-align: -.1em; }
#main { display: flex; height: calc(100% - 2.6em); }
#graph { flex: 1; min-width: 0; }
#details { width: 26em; overflow: auto; border-left: 1px solid #ddd; padding: .4em .9em; }
#details table { border-collapse: collapse; width: 100%; }
#details td { border-top: 1px solid #eee; padding: .15em .3em; vertical-align: top; overflow-wrap: anywhere; }
#details td:first-child { color: #666; white-space: nowrap; }
#details q { background: #fff6c8; white-space: pre-wrap; }
#details .about { color: #666; font-size: 90%; }
#details a { cursor: pointer; color: #1f5fa8; }
#status { color: #666; }
</style></head>
<body>
<div id="bar"><strong>%TITLE%</strong>
<input id="search" list="names" placeholder="Search a name (Enter)" aria-label="Search a name">
<datalist id="names"></datalist><span id="status">%COUNTS%</span><span id="legend"></span></div>
<div id="main"><div id="graph"></div><aside id="details"><p>Click a node or an edge, or search a name.</p></aside></div>
<script>%VIS_JS%</script>
<script type="application/json" id="kg-data">%DATA%</script>
<script>
"use strict";
const DATA = JSON.parse(document.getElementById("kg-data").textContent);
const HIDDEN = new Set(DATA.hidden);
const byId = new Map(DATA.nodes.map(n => [n.id, n]));
const el = (tag, attrs, ...kids) => {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  kids.flat().forEach(k => e.append(k instanceof Node ? k : document.createTextNode(String(k))));
  return e;
};
const show = v => Array.isArray(v) ? v.join("; ") : String(v);
const nodes = new vis.DataSet(DATA.nodes.map(n => ({id: n.id, label: n.label, group: n.type,
  color: DATA.colors[n.type], shape: n.kind === "person" ? "dot" : "square", size: 10, title: n.label + " (" + n.type + ")"})));
const role = e => show(e.role || e.roleAsPrinted || e.statement_label || e.label);
// Edge labels are drawn for the selected node's edges only, so that nothing overlaps at rest.
const edges = new vis.DataSet(DATA.edges.map((e, i) => ({id: i, from: e.source, to: e.target, title: role(e),
  arrows: "to", font: {size: 9, align: "middle", color: "#555"}, color: {color: "#aaa"}})));
const container = document.getElementById("graph");
const network = new vis.Network(container, {nodes, edges}, {
  physics: {solver: "forceAtlas2Based", stabilization: {iterations: 250, updateInterval: 50}},
  interaction: {hover: true}, edges: {smooth: false}, nodes: {font: {size: 12}}});
const legend = document.getElementById("legend");
Object.entries(DATA.colors).forEach(([t, c]) => legend.append(el("span", {}, el("i", {style: "background:" + c}), t)));
const names = document.getElementById("names");
[...new Set(DATA.nodes.map(n => n.label))].sort().forEach(l => names.append(el("option", {value: l})));
const details = document.getElementById("details");

function table(obj) {
  const t = el("table", {});
  Object.entries(obj).filter(([k, v]) => !HIDDEN.has(k) && v !== null)
    .forEach(([k, v]) => t.append(el("tr", {}, el("td", {}, k), el("td", {}, show(v)))));
  return t;
}
function filingBlock(id, evidence) {
  const f = DATA.filings[id] || {};
  const head = [f.form, f.filed || f.event].filter(Boolean).join(", ");
  const list = el("ul", {});
  evidence.filter(e => e.filing === id).forEach(e =>
    list.append(el("li", {}, e.about ? el("span", {class: "about"}, e.about + ": ") : "", el("q", {}, e.quote))));
  return el("div", {class: "filing", "data-filing": id}, el("b", {}, id), head ? " (" + head + ")" : "", list);
}
function link(id) {
  const a = el("a", {}, (byId.get(id) || {label: id}).label);
  a.addEventListener("click", () => select(id));
  return a;
}
function showNode(id) {
  const n = byId.get(id);
  const conns = el("ul", {});
  DATA.edges.forEach(e => {
    if (e.source === id) conns.append(el("li", {}, role(e) + " → ", link(e.target), e.count > 1 ? " (" + e.count + ")" : ""));
    if (e.target === id) conns.append(el("li", {}, link(e.source), " " + role(e) + " →", e.count > 1 ? " (" + e.count + ")" : ""));
  });
  details.replaceChildren(el("h2", {id: "selected-name", "data-node": id}, n.label), el("p", {}, n.type),
    table(n), el("h3", {}, "Filings"), ...(n.filings || []).map(f => filingBlock(f, n.evidence || [])),
    el("h3", {}, "Connections"), conns);
}
function showEdge(index) {
  const e = DATA.edges[index];
  details.replaceChildren(el("h2", {}, role(e)), el("p", {}, link(e.source), " → ", link(e.target)),
    table(Object.fromEntries(Object.entries(e).filter(([k]) => k !== "source" && k !== "target"))),
    el("h3", {}, "Filings"), ...(e.filings || []).map(f => filingBlock(f, e.evidence || [])));
}
function labelEdges(id) {
  edges.update(DATA.edges.map((e, i) => ({id: i, label: id !== null && (e.source === id || e.target === id) ? role(e) : ""})));
}
function select(id) {
  network.selectNodes([id]);
  network.focus(id, {scale: 1.4, animation: false});
  labelEdges(id);
  showNode(id);
}
// Names are compared as words, in any order, a single letter matching a word's initial:
// "Michael Scarpelli", "Scarpelli Michael", "SCARPELLI, MICHAEL" and "M. Scarpelli" find the same person.
const words = s => s.normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().split(" ").filter(Boolean);
const wordMatch = (q, a) => q === a || (q.length === 1 && a.startsWith(q)) || (a.length === 1 && q.startsWith(a));
const SEARCH = DATA.nodes.map(n => ({node: n, names: (n.aliases.length ? n.aliases : [n.label]).map(words)}));
function findName(query) {
  const q = words(query);
  if (!q.length) return null;
  const same = (a, b) => a.length === b.length && a.every((w, i) => w === b[i]);
  const exact = SEARCH.find(s => s.names.some(n => same(n, q)));
  if (exact) return exact.node;
  const byWords = SEARCH.find(s => s.names.some(n => n.length >= q.length && q.every(w => n.some(a => wordMatch(w, a)))));
  if (byWords) return byWords.node;
  const text = q.join(" ");
  const part = SEARCH.find(s => s.names.some(n => n.join(" ").includes(text)));
  return part ? part.node : null;
}
function search(query) {
  const hit = findName(query);
  document.getElementById("status").textContent = hit ? "found: " + hit.label : "no match for " + query;
  if (hit) select(hit.id);
  return Boolean(hit);
}
// At rest no two nodes' boxes (their labels included) overlap: after the layout settles,
// overlapping pairs are pushed apart along the axis where they overlap least.
const measure = document.createElement("canvas").getContext("2d");
measure.font = "12px arial";
function boxes(ids) {  // each node's box around its centre: the shape (size 10) and the label below it
  const pos = network.getPositions(ids), ext = {};
  ids.forEach(id => { const half = Math.max(measure.measureText(nodes.get(id).label || "").width / 2, 10) + 2;
    ext[id] = {l: half, r: half, t: 11, b: 30}; });
  return [pos, ext];
}
function overlaps(ids, pos, ext, pad, fix) {
  let count = 0;
  const order = ids.slice().sort((a, b) => (pos[a].x - ext[a].l) - (pos[b].x - ext[b].l));
  for (let i = 0; i < order.length; i++) {
    const a = order[i], A = pos[a], ea = ext[a];
    for (let j = i + 1; j < order.length; j++) {
      const b = order[j], B = pos[b], eb = ext[b];
      if (B.x - eb.l >= A.x + ea.r + pad) break;
      const ox = Math.min(A.x + ea.r, B.x + eb.r) - Math.max(A.x - ea.l, B.x - eb.l) + pad;
      const oy = Math.min(A.y + ea.b, B.y + eb.b) - Math.max(A.y - ea.t, B.y - eb.t) + pad;
      if (ox <= 0 || oy <= 0) continue;
      count++;
      if (!fix) continue;
      if (ox < oy) { const d = ox / 2 * (A.x <= B.x ? 1 : -1); A.x -= d; B.x += d; }
      else { const d = oy / 2 * (A.y <= B.y ? 1 : -1); A.y -= d; B.y += d; }
    }
  }
  return count;
}
function declutter() {
  const ids = nodes.getIds();
  const [pos, ext] = boxes(ids);
  for (let pass = 0; pass < 1000 && overlaps(ids, pos, ext, 6, true); pass++);
  ids.forEach(id => network.moveNode(id, pos[id].x, pos[id].y));
}
function drawnOverlaps() {  // pairs of nodes in view whose drawn boxes (shape and label, as vis-network measured them) overlap
  const rect = container.getBoundingClientRect();
  const a = network.DOMtoCanvas({x: 0, y: 0}), z = network.DOMtoCanvas({x: rect.width, y: rect.height});
  const pos = network.getPositions();
  const ids = nodes.getIds().filter(id => pos[id].x > a.x && pos[id].x < z.x && pos[id].y > a.y && pos[id].y < z.y);
  if (ids.length > 3000) return -1;
  container.dataset.nodesInView = ids.length;
  const b = ids.map(id => network.getBoundingBox(id));
  let count = 0;
  for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++)
    if (b[i].left < b[j].right && b[j].left < b[i].right && b[i].top < b[j].bottom && b[j].top < b[i].bottom) count++;
  return count;
}
network.on("click", p => {
  if (p.nodes.length) { labelEdges(p.nodes[0]); showNode(p.nodes[0]); }
  else if (p.edges.length) showEdge(p.edges[0]);
  else labelEdges(null);
});
const input = document.getElementById("search");
input.addEventListener("keydown", ev => { if (ev.key === "Enter") search(input.value); });
input.addEventListener("change", () => search(input.value));
network.once("stabilizationIterationsDone", () => {
  network.setOptions({physics: false});
  declutter();
  const wanted = new URLSearchParams(location.hash.slice(1) || location.search.slice(1)).get("search");
  if (wanted) { input.value = wanted; search(wanted); }
  else if (DATA.focus.length) select(DATA.focus[0]);
  else network.fit();
});
network.on("afterDrawing", () => {
  const canvas = container.querySelector("canvas");
  const ctx = canvas.getContext("2d");
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
  container.dataset.paintedPixels = painted;
  container.dataset.drawnNodes = network.body.nodeIndices.length;
  container.dataset.labelOverlaps = drawnOverlaps();
});
</script></body></html>
"""
