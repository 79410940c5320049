// dossier network: who acts on whom, drawn as SVG from the positions the server
// computed (dossier/netgraph.py). The filters (time window, actor type, country,
// minimum events) and the focus on one actor only hide nodes and links; nobody
// moves, but the visible nodes are stretched to fill the canvas. Names are SVG
// <text data-node-label> placed so that no two overlap: the busiest actors first,
// each at the first free spot around its node; the others name themselves on hover.
// Data arrives through <script type="application/json">; no HTML is built from strings.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const NET_BINS = [
  { max: -5, color: "#b2182b", name: "strong conflict" },
  { max: -1, color: "#ef8a62", name: "conflict" },
  { max: 1, color: "#8c8c8c", name: "neutral" },
  { max: 5, color: "#5aae61", name: "cooperation" },
  { max: 11, color: "#1b7837", name: "strong cooperation" },
];
const NET_MAX_LABELS = 45;
const NET_MARGIN = 24;

function svgElement(name, attrs, parent) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs || {})) el.setAttribute(key, String(value));
  if (parent) parent.appendChild(el);
  return el;
}

function binOf(score) {
  const index = NET_BINS.findIndex((bin) => score <= bin.max);
  return index < 0 ? NET_BINS.length - 1 : index;
}

// --- what is visible ----------------------------------------------------------------

function netFilters(form) {
  const value = (name) => {
    const el = form ? form.querySelector("[name='" + name + "']") : null;
    return el ? el.value : "";
  };
  return {
    from: value("from"), to: value("to"), type: value("type"), country: value("country"),
    min: Number(value("min")) || 1,
  };
}

function visibleGraph(data, filters, focus) {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const allowed = (node) => node
    && (!filters.type || node.type === filters.type)
    && (!filters.country || node.country === filters.country);
  const pairs = new Map();
  const activity = new Map();
  for (const e of data.edges) {
    if ((filters.from && e.month < filters.from) || (filters.to && e.month > filters.to)) continue;
    if (!allowed(byId.get(e.source)) || !allowed(byId.get(e.target))) continue;
    const key = e.source + "\u0000" + e.target;
    const pair = pairs.get(key) || { source: e.source, target: e.target, events: 0, total: 0 };
    pair.events += e.events;
    pair.total += e.score * e.events;
    pairs.set(key, pair);
    activity.set(e.source, (activity.get(e.source) || 0) + e.events);
    activity.set(e.target, (activity.get(e.target) || 0) + e.events);
  }
  let kept = new Set([...activity.keys()].filter((id) => activity.get(id) >= filters.min));
  let links = [...pairs.values()].filter((p) => kept.has(p.source) && kept.has(p.target));
  if (focus && kept.has(focus)) {
    links = links.filter((p) => p.source === focus || p.target === focus);
    kept = new Set([focus, ...links.flatMap((p) => [p.source, p.target])]);
  }
  const nodes = data.nodes.filter((n) => kept.has(n.id));
  return { nodes, links, activity, focus: focus && kept.has(focus) ? focus : "" };
}

// --- geometry -----------------------------------------------------------------------

function placeNodes(nodes, width, height, activity) {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const most = Math.max(1, ...nodes.map((n) => activity.get(n.id) || 0));
  const room = NET_MARGIN + 20;
  const scale = (v, lo, hi, size) => (hi > lo ? room + ((v - lo) / (hi - lo)) * (size - 2 * room) : size / 2);
  const placed = new Map();
  for (const n of nodes) {
    const events = activity.get(n.id) || 0;
    placed.set(n.id, {
      node: n, events, x: scale(n.x, x0, x1, width), y: scale(n.y, y0, y1, height),
      r: 4 + 14 * Math.sqrt(events / most),
    });
  }
  return placed;
}

function linkPath(a, b, bend) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.max(1, Math.hypot(dx, dy));
  const [ux, uy] = [dx / length, dy / length];
  const offset = bend ? Math.min(40, length / 6) : 0;
  const [cx, cy] = [(a.x + b.x) / 2 - uy * offset, (a.y + b.y) / 2 + ux * offset];
  // Start and end on the circles so the arrow head shows at the target's edge.
  const from = towards(a, cx, cy, a.r + 1);
  const to = towards(b, cx, cy, b.r + 2);
  if (!bend) return "M" + from.join(" ") + " L" + to.join(" ");
  return "M" + from.join(" ") + " Q" + cx + " " + cy + " " + to.join(" ");
}

function towards(p, x, y, distance) {
  const length = Math.max(1e-6, Math.hypot(x - p.x, y - p.y));
  return [p.x + ((x - p.x) / length) * distance, p.y + ((y - p.y) / length) * distance];
}

function overlaps(a, b, pad) {
  return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad
    && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
}

// Candidate spots for a label around its node, nearest first: right, left, above,
// below, then the four corners, then the same a little further out.
function labelSpots(p, box) {
  const spots = [];
  for (const gap of [3, 10]) {
    const [right, left] = [p.x + p.r + gap, p.x - p.r - gap - box.width];
    const [above, below] = [p.y - p.r - gap - box.height, p.y + p.r + gap];
    const [middle, centre] = [p.y - box.height / 2, p.x - box.width / 2];
    spots.push(
      { x: right, y: middle }, { x: left, y: middle }, { x: centre, y: above }, { x: centre, y: below },
      { x: right - p.r / 2, y: above + p.r / 2 }, { x: left + p.r / 2, y: above + p.r / 2 },
      { x: right - p.r / 2, y: below - p.r / 2 }, { x: left + p.r / 2, y: below - p.r / 2 },
    );
  }
  return spots;
}

// The busiest actors are named first. A name never touches another name; it may
// cover a circle only of an actor smaller than its own and left unnamed, or its own
// circle, and only among the ten busiest (so the hubs of a dense core get names).
function placeLabels(layer, placed, width, height) {
  const ranked = [...placed.values()].sort((a, b) => b.events - a.events || a.node.name.localeCompare(b.node.name));
  const taken = [];
  const named = new Set();
  const circles = ranked.map((p) => ({ p, x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r }));
  const covered = new Set();
  ranked.forEach((p, rank) => {
    if (named.size >= NET_MAX_LABELS || covered.has(p.node.id)) return;
    const text = svgElement("text", { class: "node-label", "data-node-label": p.node.id }, layer);
    text.textContent = p.node.name;
    const measured = text.getBBox();
    const box = { width: measured.width, height: measured.height };
    const fits = (s, lenient) => {
      const candidate = { ...s, ...box };
      return s.x >= 2 && s.y >= 2 && s.x + box.width <= width - 2 && s.y + box.height <= height - 2
        && !taken.some((t) => overlaps(candidate, t, 2))
        && !circles.some((c) => c.p !== p && overlaps(candidate, c, 0)
          && !(lenient && !named.has(c.p.node.id) && c.p.r < 0.8 * p.r));
    };
    const spots = labelSpots(p, box);
    const onItself = { x: p.x - box.width / 2, y: p.y - box.height / 2 };
    const spot = spots.find((s) => fits(s, false))
      || (rank < 10 ? [...spots, onItself].find((s) => fits(s, true)) : null);
    if (!spot) {
      text.remove();
      return;
    }
    // The measured box's top is above the baseline by its ascent.
    text.setAttribute("x", String(spot.x));
    text.setAttribute("y", String(spot.y - measured.y));
    taken.push({ ...spot, ...box });
    named.add(p.node.id);
    circles.filter((c) => c.p !== p && overlaps({ ...spot, ...box }, c, 0)).forEach((c) => covered.add(c.p.node.id));
  });
  return named.size;
}

// --- drawing ------------------------------------------------------------------------

function arrowMarkers(svg) {
  const defs = svgElement("defs", {}, svg);
  NET_BINS.forEach((bin, i) => {
    const marker = svgElement("marker", {
      id: "arrow-" + i, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: "userSpaceOnUse", orient: "auto-start-reverse",
    }, defs);
    svgElement("path", { d: "M0,0 L10,5 L0,10 z", fill: bin.color }, marker);
  });
}

function drawLinks(layer, graph, placed) {
  const most = Math.max(1, ...graph.links.map((p) => p.events));
  const keys = new Set(graph.links.map((p) => p.source + "\u0000" + p.target));
  for (const link of graph.links) {
    const a = placed.get(link.source);
    const b = placed.get(link.target);
    const score = link.total / link.events;
    const bin = binOf(score);
    const both = keys.has(link.target + "\u0000" + link.source);
    const path = svgElement("path", {
      class: "link", d: linkPath(a, b, both), stroke: NET_BINS[bin].color,
      "stroke-opacity": graph.links.length > 150 ? 0.45 : 0.75,
      "stroke-width": (1.2 + 5 * Math.sqrt(link.events / most)).toFixed(1),
      "marker-end": "url(#arrow-" + bin + ")", "data-source": link.source, "data-target": link.target,
    }, layer);
    svgElement("title", {}, path).textContent = a.node.name + " → " + b.node.name + ": "
      + link.events + (link.events === 1 ? " event" : " events") + ", mean score " + score.toFixed(1);
  }
}

function drawNodes(layer, placed, focus) {
  for (const p of placed.values()) {
    const circle = svgElement("circle", {
      class: "node t-" + p.node.type + (p.node.id === focus ? " focus" : ""), cx: p.x.toFixed(1), cy: p.y.toFixed(1),
      r: p.r.toFixed(1), "data-id": p.node.id, tabindex: 0,
    }, layer);
    svgElement("title", {}, circle).textContent = p.node.name + " · " + p.node.type
      + (p.node.country ? " · " + p.node.country : "") + ": " + p.events + " events in the window";
  }
}

function showHover(svg, p) {
  const old = svg.querySelector(".hover-label");
  if (old) old.remove();
  if (!p) return;
  const group = svgElement("g", { class: "hover-label" }, svg);
  const back = svgElement("rect", { rx: 3 }, group);
  const text = svgElement("text", {}, group);
  text.textContent = p.node.name + " · " + p.events + " events";
  const box = text.getBBox();
  const width = Number(svg.getAttribute("width"));
  const x = Math.min(Math.max(4, p.x - box.width / 2), width - box.width - 4);
  const y = p.y - p.r - 6 - box.height > 4 ? p.y - p.r - 6 : p.y + p.r + 6 + box.height;
  text.setAttribute("x", String(x));
  text.setAttribute("y", String(y - box.height - box.y));
  back.setAttribute("x", String(x - 3));
  back.setAttribute("y", String(y - box.height - 2));
  back.setAttribute("width", String(box.width + 6));
  back.setAttribute("height", String(box.height + 4));
}

function drawGraph(el, graph) {
  el.replaceChildren();
  const width = el.clientWidth;
  const height = el.clientHeight;
  const svg = svgElement("svg", { width, height, viewBox: "0 0 " + width + " " + height, class: "network-svg" }, el);
  arrowMarkers(svg);
  const placed = placeNodes(graph.nodes, width, height, graph.activity);
  drawLinks(svgElement("g", { class: "links" }, svg), graph, placed);
  drawNodes(svgElement("g", { class: "nodes" }, svg), placed, graph.focus);
  const labels = placeLabels(svgElement("g", { class: "labels" }, svg), placed, width, height);
  svg.addEventListener("mouseover", (event) => {
    const id = event.target.dataset ? event.target.dataset.id : null;
    showHover(svg, id ? placed.get(id) : null);
  });
  svg.addEventListener("mouseleave", () => showHover(svg, null));
  return { svg, placed, labels };
}

// --- the page -----------------------------------------------------------------------

function focusPanel(panel, graph, link, anchors, clear) {
  if (!panel) return;
  panel.replaceChildren();
  panel.hidden = !graph.focus;
  if (!graph.focus) return;
  const node = graph.nodes.find((n) => n.id === graph.focus);
  panel.append("Showing ", Object.assign(document.createElement("b"), { textContent: node.name }),
    " and the " + (graph.nodes.length - 1) + " actors it acts with · ");
  const href = link === "#" ? (anchors && anchors[node.id] ? "#" + anchors[node.id] : "") : link
    + node.id.split("/").map(encodeURIComponent).join("/");
  if (href) {
    panel.append(Object.assign(document.createElement("a"), {
      href, textContent: link === "#" ? "its summary" : "open its page", className: "focus-open",
    }), " · ");
  }
  const button = Object.assign(document.createElement("button"), { type: "button", textContent: "show everyone" });
  button.className = "focus-clear";
  button.addEventListener("click", clear);
  panel.append(button);
}

function setUpNetwork() {
  const el = document.getElementById("network");
  const data = jsonData("network-data");
  if (!el || !data) return;
  const form = document.getElementById("net-filters");
  const summary = document.getElementById("win-summary");
  const panel = document.getElementById("net-focus");
  let focus = "";
  const redraw = () => {
    const graph = visibleGraph(data, netFilters(form), focus);
    focus = graph.focus;
    const drawnGraph = drawGraph(el, graph);
    el.dataset.pairs = String(graph.links.length);
    el.dataset.actors = String(graph.nodes.length);
    el.dataset.labels = String(drawnGraph.labels);
    el.dataset.focus = focus;
    if (summary) {
      summary.textContent = graph.nodes.length + " actors, " + graph.links.length
        + " directed links; " + drawnGraph.labels + " named, the others on hover";
    }
    focusPanel(panel, graph, el.dataset.link, data.anchors, () => { focus = ""; redraw(); });
    drawn(el);
  };
  el.addEventListener("click", (event) => {
    const id = event.target.dataset ? event.target.dataset.id : null;
    const label = event.target.closest ? event.target.closest("[data-node-label]") : null;
    focus = id || (label ? label.dataset.nodeLabel : "");
    redraw();
  });
  el.addEventListener("keydown", (event) => {
    const id = event.target.dataset ? event.target.dataset.id : null;
    if (id && event.key === "Enter") {
      focus = id;
      redraw();
    }
  });
  if (form) {
    form.addEventListener("change", redraw);
    form.addEventListener("input", (event) => { if (event.target.name === "min") redraw(); });
    form.addEventListener("submit", (event) => event.preventDefault());
    const all = form.querySelector("[data-window='all']");
    if (all) {
      all.addEventListener("click", () => {
        form.querySelector("[name='from']").value = data.months[0] || "";
        form.querySelector("[name='to']").value = data.months[data.months.length - 1] || "";
        redraw();
      });
    }
  }
  let pending = 0;
  window.addEventListener("resize", () => {
    clearTimeout(pending);
    pending = setTimeout(redraw, 150);
  });
  redraw();
}
