// dossier pages: marking spans, opening evidence, and the Plotly charts.
// Data reaches this file only through <script type="application/json"> blocks
// (never executed) and DOM attributes; nothing here builds HTML from strings.
"use strict";

const QUAD_COLORS = { 1: "#7fbf7b", 2: "#1b7837", 3: "#ef8a62", 4: "#b2182b", 0: "#aaaaaa" };
const QUAD_NAMES = {
  1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
};
const PLOT_CONFIG = { displaylogo: false, responsive: true };

function jsonData(id) {
  const el = document.getElementById(id);
  return el ? JSON.parse(el.textContent) : null;
}

// --- document page: mark a span -----------------------------------------------------

function markSpan(key) {
  document.querySelectorAll(".m.marked").forEach((el) => el.classList.remove("marked"));
  const parts = document.querySelectorAll('.doctext [data-key="' + CSS.escape(key) + '"]');
  parts.forEach((el) => el.classList.add("marked"));
  if (parts.length) {
    parts[0].scrollIntoView({ block: "center" });
    document.body.dataset.marked = key;
  }
  return parts.length;
}

function setUpMarks() {
  if (!document.getElementById("doctext")) return;
  document.addEventListener("click", (event) => {
    const link = event.target.closest("[data-mark]");
    if (!link) return;
    event.preventDefault();
    if (markSpan(link.dataset.mark)) history.replaceState(null, "", "#" + link.dataset.mark);
  });
  if (location.hash.length > 1) markSpan(decodeURIComponent(location.hash.slice(1)));
}

// --- events tables: a row opens its evidence ----------------------------------------

function setUpEvidence() {
  document.querySelectorAll("tr.event-row").forEach((row) => {
    const toggle = (event) => {
      if (event.target.closest("a")) return;
      const evidence = row.nextElementSibling;
      if (!evidence || !evidence.classList.contains("evidence")) return;
      evidence.hidden = !evidence.hidden;
      row.classList.toggle("open", !evidence.hidden);
    };
    row.addEventListener("click", toggle);
    row.addEventListener("keydown", (event) => {
      if (event.key === "Enter") toggle(event);
    });
  });
}

// --- charts -------------------------------------------------------------------------

function drawn(el) {
  el.dataset.drawn = "1";
}

function monthsChart(el, byMonth) {
  const months = [...new Set(byMonth.map((r) => r.month))].sort();
  const traces = [1, 2, 3, 4].map((quad) => {
    const counts = new Map(byMonth.filter((r) => r.quad === quad).map((r) => [r.month, r.events]));
    return {
      type: "bar", name: QUAD_NAMES[quad], x: months, y: months.map((m) => counts.get(m) || 0),
      marker: { color: QUAD_COLORS[quad] },
    };
  });
  const layout = {
    barmode: "stack", margin: { t: 10, r: 10, b: 50, l: 40 }, height: 320,
    xaxis: { type: "category" }, legend: { orientation: "h", y: -0.25 },
  };
  Plotly.newPlot(el, traces, layout, PLOT_CONFIG).then(() => drawn(el));
}

function typesChart(el, byType) {
  const rows = [...byType].reverse();
  const trace = {
    type: "bar", orientation: "h", y: rows.map((r) => r.type), x: rows.map((r) => r.events),
    marker: { color: rows.map((r) => QUAD_COLORS[r.quad || 0]) },
  };
  const layout = {
    margin: { t: 10, r: 10, b: 30, l: 90 }, height: Math.max(240, 22 * rows.length + 40),
  };
  Plotly.newPlot(el, [trace], layout, PLOT_CONFIG).then(() => drawn(el));
}

function partnerChart(el, series) {
  const traces = series.map((s) => ({
    type: "scatter", mode: "lines+markers", name: s.name, x: s.months, y: s.scores,
    text: s.events.map((n) => n + " events"), hovertemplate: "%{x}: %{y:.1f} (%{text})",
  }));
  const layout = {
    margin: { t: 10, r: 10, b: 40, l: 40 }, height: 320,
    yaxis: { range: [-10.5, 10.5], title: "conflict ← score → cooperation", zeroline: true },
    xaxis: { type: "date", tickformat: "%Y-%m" }, legend: { orientation: "h", y: -0.2 },
  };
  Plotly.newPlot(el, traces, layout, PLOT_CONFIG).then(() => drawn(el));
}

function timelineChart(el, events) {
  const dated = events.filter((e) => e.date && e.date.length >= 7);
  const traces = [1, 2, 3, 4].map((quad) => {
    const rows = dated.filter((e) => e.quad === quad);
    return {
      type: "scatter", mode: "markers", name: QUAD_NAMES[quad],
      x: rows.map((e) => e.date), y: rows.map((e) => e.type),
      text: rows.map((e) => (e.source || "?") + " → " + (e.target || "?") + ": " + e.trigger),
      hovertemplate: "%{x} %{y}<br>%{text}<extra></extra>",
      marker: {
        color: QUAD_COLORS[quad], opacity: 0.75,
        size: rows.map((e) => 7 + 3 * Math.min(5, (e.mentions || 1) - 1)),
      },
    };
  });
  const layout = {
    margin: { t: 10, r: 10, b: 40, l: 100 }, height: 380, hovermode: "closest",
    xaxis: { type: "date" }, yaxis: { type: "category" }, legend: { orientation: "h", y: -0.15 },
  };
  Plotly.newPlot(el, traces, layout, PLOT_CONFIG).then(() => drawn(el));
}

// --- network ------------------------------------------------------------------------

const EDGE_BINS = [
  { max: -5, color: "#b2182b", name: "strong conflict" },
  { max: -1, color: "#ef8a62", name: "conflict" },
  { max: 1, color: "#999999", name: "neutral" },
  { max: 5, color: "#7fbf7b", name: "cooperation" },
  { max: 11, color: "#1b7837", name: "strong cooperation" },
];

const LABELS = 30;

function windowed(data, from, to) {
  const pairs = new Map();
  const activity = new Map();
  for (const e of data.edges) {
    if ((from && e.month < from) || (to && e.month > to)) continue;
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = JSON.stringify([a, b]);
    const pair = pairs.get(key) || { a, b, events: 0, total: 0 };
    pair.events += e.events;
    pair.total += e.score * e.events;
    pairs.set(key, pair);
    activity.set(e.source, (activity.get(e.source) || 0) + e.events);
    activity.set(e.target, (activity.get(e.target) || 0) + e.events);
  }
  return { pairs: [...pairs.values()], activity };
}

function networkTraces(data, from, to) {
  const { pairs, activity } = windowed(data, from, to);
  const pos = new Map(data.nodes.map((n) => [n.id, n]));
  const traces = EDGE_BINS.map((bin) => ({
    type: "scatter", mode: "lines", name: bin.name, x: [], y: [], hoverinfo: "skip",
    line: { color: bin.color, width: 2 }, legendgroup: "edges",
  }));
  const mid = {
    type: "scatter", mode: "markers", name: "pairs", showlegend: false, x: [], y: [], text: [],
    hovertemplate: "%{text}<extra></extra>",
    marker: {
      size: 7, color: [], cmin: -10, cmax: 10, opacity: 0.8,
      colorscale: [[0, "#b2182b"], [0.25, "#ef8a62"], [0.5, "#999999"], [0.75, "#7fbf7b"], [1, "#1b7837"]],
      colorbar: { title: { text: "conflict → cooperation" }, thickness: 10, len: 0.5 },
    },
  };
  for (const p of pairs) {
    const score = p.total / p.events;
    const bin = EDGE_BINS.findIndex((b) => score <= b.max);
    const a = pos.get(p.a);
    const b = pos.get(p.b);
    traces[bin].x.push(a.x, b.x, null);
    traces[bin].y.push(a.y, b.y, null);
    mid.x.push((a.x + b.x) / 2);
    mid.y.push((a.y + b.y) / 2);
    mid.marker.color.push(score);
    mid.text.push(p.a + " — " + p.b + ": " + p.events + " events, mean score " + score.toFixed(1));
  }
  const most = Math.max(1, ...activity.values());
  const nodes = data.nodes;
  // Only the busiest actors of the window are labelled; every actor names itself on hover.
  const ranked = [...activity.entries()].sort((a, b) => b[1] - a[1]);
  const labelled = new Set(ranked.slice(0, LABELS).map(([id]) => id));
  const node = {
    type: "scatter", mode: "markers+text", name: "actors", showlegend: false,
    x: nodes.map((n) => n.x), y: nodes.map((n) => n.y),
    text: nodes.map((n) => (labelled.has(n.id) ? n.name : "")),
    hovertext: nodes.map((n) => n.name + ": " + (activity.get(n.id) || 0) + " events"),
    customdata: nodes.map((n) => n.id),
    textposition: "top center", textfont: { size: 11 },
    hovertemplate: "%{hovertext}<extra></extra>",
    marker: {
      size: nodes.map((n) => 8 + 32 * Math.sqrt((activity.get(n.id) || 0) / most)),
      color: nodes.map((n) => (activity.get(n.id) ? "#17324a" : "#d0d4d8")),
      line: { color: "#fff", width: 1 },
    },
  };
  return { traces: [...traces, mid, node], pairs: pairs.length, actors: activity.size };
}

function drawNetwork(el, data, from, to) {
  const { traces, pairs, actors } = networkTraces(data, from, to);
  const axis = { visible: false, zeroline: false, showgrid: false };
  const layout = {
    margin: { t: 10, r: 10, b: 10, l: 10 }, xaxis: axis, yaxis: { ...axis, scaleanchor: "x" },
    hovermode: "closest", legend: { orientation: "h", y: 0 }, dragmode: "pan",
  };
  el.dataset.pairs = String(pairs);
  el.dataset.actors = String(actors);
  const summary = document.getElementById("win-summary");
  if (summary) summary.textContent = actors + " actors, " + pairs + " linked pairs in the window";
  return Plotly.react(el, traces, layout, { ...PLOT_CONFIG, scrollZoom: true }).then(() => drawn(el));
}

function setUpNetwork() {
  const el = document.getElementById("network");
  const data = jsonData("network-data");
  if (!el || !data) return;
  const from = document.getElementById("win-from");
  const to = document.getElementById("win-to");
  const redraw = () => drawNetwork(el, data, from ? from.value : "", to ? to.value : "");
  if (from) from.addEventListener("change", redraw);
  if (to) to.addEventListener("change", redraw);
  redraw().then(() => {
    el.on("plotly_click", (event) => {
      const point = event.points[0];
      if (point.data.name !== "actors") return;
      const id = point.customdata;
      const link = el.dataset.link;
      if (link !== "#") location.href = link + id.split("/").map(encodeURIComponent).join("/");
      else if (data.anchors && data.anchors[id]) location.hash = data.anchors[id];
    });
  });
}

function setUpCharts() {
  if (typeof Plotly === "undefined") return;
  const overview = jsonData("overview-data");
  if (overview) {
    const months = document.getElementById("chart-months");
    const types = document.getElementById("chart-types");
    if (months) monthsChart(months, overview.by_month);
    if (types) typesChart(types, overview.by_type);
  }
  const timeline = jsonData("timeline-data");
  const timelineEl = document.getElementById("chart-timeline");
  if (timeline && timelineEl) timelineChart(timelineEl, timeline);
  const partners = jsonData("partner-data");
  const partnerEl = document.getElementById("chart-partners");
  if (partners && partnerEl) partnerChart(partnerEl, partners);
  setUpNetwork();
}

document.addEventListener("DOMContentLoaded", () => {
  setUpMarks();
  setUpEvidence();
  setUpCharts();
  document.body.dataset.ready = "1";
});
