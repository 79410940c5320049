// dossier pages: marking spans, opening evidence, and the Plotly charts (the network
// is static/network.js).
// Data reaches this file only through <script type="application/json"> blocks
// (never executed) and DOM attributes; nothing here builds HTML from strings.
"use strict";

const QUAD_COLORS = { 1: "#7fbf7b", 2: "#1b7837", 3: "#ef8a62", 4: "#b2182b", 0: "#aaaaaa" };
const QUAD_NAMES = {
  1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
};
// No mode bar: it sat on top of the data.
const PLOT_CONFIG = { displaylogo: false, responsive: true, displayModeBar: false };

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
// Every chart that shows time has a date axis (gaps between months stay visible) and
// opens on the densest span of months the server found, with a button to widen it.

function drawn(el) {
  el.dataset.drawn = "1";
}

function monthStart(month) {
  return month.slice(0, 7) + "-01";
}

function nextMonth(month) {
  const [year, number] = month.slice(0, 7).split("-").map(Number);
  return number === 12 ? (year + 1) + "-01-01" : year + "-" + String(number + 1).padStart(2, "0") + "-01";
}

function monthRange(first, last) {
  return [monthStart(first), nextMonth(last)];
}

function allMonths(first, last) {
  const months = [];
  for (let m = monthStart(first); m <= monthStart(last); m = nextMonth(m)) months.push(m.slice(0, 7));
  return months;
}

// A line above a chart: which span it shows, and a button to switch to every month.
function windowControl(el, window, months) {
  if (!window || window.length !== 2 || !months.length) return null;
  const full = [months[0], months[months.length - 1]];
  if (window[0] === full[0] && window[1] === full[1]) return monthRange(...full);
  const bar = document.createElement("p");
  bar.className = "window-control";
  const text = document.createElement("span");
  const button = Object.assign(document.createElement("button"), { type: "button" });
  let wide = false;
  const show = () => {
    const [a, b] = wide ? full : window;
    text.textContent = (wide ? "All months, " : "Most events, ") + a + " – " + b + " · ";
    button.textContent = wide ? "show the busiest span" : "show all, from " + full[0];
    el.dataset.window = a + "/" + b;
    if (el.dataset.drawn) Plotly.relayout(el, { "xaxis.range": monthRange(a, b) });
  };
  button.addEventListener("click", () => { wide = !wide; show(); });
  bar.append(text, button);
  el.before(bar);
  show();
  return monthRange(...window);
}

// A date axis; over two years or less, one tick per month or quarter, named by month.
function timeAxis(range) {
  const axis = { type: "date", range: range || undefined, showline: true, ticks: "outside", automargin: true };
  if (!range) return axis;
  const months = Math.round((new Date(range[1]) - new Date(range[0])) / (30.44 * 86400000));
  if (months <= 24) Object.assign(axis, { dtick: months <= 8 ? "M1" : "M3", tickformat: "%b %Y" });
  return axis;
}

function monthsChart(el, byMonth, window) {
  const months = [...new Set(byMonth.map((r) => r.month))].sort();
  const range = windowControl(el, window, months);
  const traces = [1, 2, 3, 4].map((quad) => {
    const rows = byMonth.filter((r) => r.quad === quad);
    return {
      type: "bar", name: QUAD_NAMES[quad], x: rows.map((r) => monthStart(r.month)), y: rows.map((r) => r.events),
      xperiod: "M1", xperiodalignment: "middle", marker: { color: QUAD_COLORS[quad] },
      hovertemplate: "%{x|%b %Y}: %{y} events<extra>" + QUAD_NAMES[quad] + "</extra>",
    };
  });
  const layout = {
    barmode: "stack", margin: { t: 10, r: 10, b: 40, l: 40 }, height: 320, bargap: 0.1,
    xaxis: timeAxis(range), yaxis: { title: { text: "events" }, rangemode: "tozero" },
    legend: { orientation: "h", y: -0.25 },
  };
  Plotly.newPlot(el, traces, layout, PLOT_CONFIG).then(() => drawn(el));
}

function typesChart(el, byType) {
  const rows = [...byType].reverse();
  const trace = {
    type: "bar", orientation: "h", y: rows.map((r) => r.type), x: rows.map((r) => r.events),
    marker: { color: rows.map((r) => QUAD_COLORS[r.quad || 0]) },
    hovertemplate: "%{y}: %{x} events<extra></extra>",
  };
  const layout = {
    margin: { t: 10, r: 10, b: 40, l: 90 }, height: Math.max(240, 22 * rows.length + 40),
    xaxis: { title: { text: "events" } },
  };
  Plotly.newPlot(el, [trace], layout, PLOT_CONFIG).then(() => drawn(el));
}

// Months × partners: one row per partner, one cell per month, coloured by the mean
// score of the events between the two (red conflict, green cooperation); blank
// cells are months without any.
function partnerChart(el, partners) {
  const series = partners.series;
  if (!series.length) {
    const none = Object.assign(document.createElement("p"), { className: "none", textContent: "no scored events with another actor" });
    el.append(none);
    drawn(el);
    return;
  }
  const firsts = series.map((s) => s.months[0]).sort();
  const lasts = series.map((s) => s.months[s.months.length - 1]).sort();
  const months = allMonths(firsts[0], lasts[lasts.length - 1]);
  const range = windowControl(el, partners.window, months);
  const cells = (s, values) => {
    const byMonth = new Map(s.months.map((m, i) => [m, values[i]]));
    return months.map((m) => (byMonth.has(m) ? byMonth.get(m) : null));
  };
  // One more x than columns: the cells' edges, so each spans its month even when
  // there is only one.
  const trace = {
    type: "heatmap", x: [...months.map(monthStart), nextMonth(months[months.length - 1])],
    y: series.map((s) => s.name),
    z: series.map((s) => cells(s, s.scores)), customdata: series.map((s) => cells(s, s.events)),
    zmin: -10, zmax: 10, xgap: 1, ygap: 2, hoverongaps: false,
    colorscale: [[0, "#b2182b"], [0.3, "#ef8a62"], [0.5, "#e8e8e8"], [0.7, "#7fbf7b"], [1, "#1b7837"]],
    colorbar: { title: { text: "score" }, thickness: 10, len: 0.9 },
    hovertemplate: "%{y}, %{x|%b %Y}: mean score %{z:.1f} over %{customdata} events<extra></extra>",
  };
  const layout = {
    margin: { t: 10, r: 10, b: 40, l: 10 }, height: 70 + 28 * series.length,
    xaxis: timeAxis(range), yaxis: { autorange: "reversed", automargin: true },
  };
  Plotly.newPlot(el, [trace], layout, PLOT_CONFIG).then(() => drawn(el));
}

function timelineChart(el, timeline) {
  const dated = timeline.events.filter((e) => e.date && e.date.length >= 7);
  const months = [...new Set(dated.map((e) => e.date.slice(0, 7)))].sort();
  const range = windowControl(el, timeline.window, months);
  const traces = [1, 2, 3, 4].map((quad) => {
    const rows = dated.filter((e) => e.quad === quad);
    return {
      type: "scatter", mode: "markers", name: QUAD_NAMES[quad],
      x: rows.map((e) => (e.date.length === 7 ? monthStart(e.date) : e.date)), y: rows.map((e) => e.type),
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
    xaxis: timeAxis(range), yaxis: { type: "category" }, legend: { orientation: "h", y: -0.15 },
  };
  Plotly.newPlot(el, traces, layout, PLOT_CONFIG).then(() => drawn(el));
}

function setUpCharts() {
  if (typeof Plotly === "undefined") return;
  const overview = jsonData("overview-data");
  if (overview) {
    const months = document.getElementById("chart-months");
    const types = document.getElementById("chart-types");
    if (months) monthsChart(months, overview.by_month, overview.window);
    if (types) typesChart(types, overview.by_type);
  }
  const timeline = jsonData("timeline-data");
  const timelineEl = document.getElementById("chart-timeline");
  if (timeline && timelineEl) timelineChart(timelineEl, timeline);
  const partners = jsonData("partner-data");
  const partnerEl = document.getElementById("chart-partners");
  if (partners && partnerEl) partnerChart(partnerEl, partners);
}

document.addEventListener("DOMContentLoaded", () => {
  setUpMarks();
  setUpEvidence();
  setUpCharts();
  if (typeof setUpNetwork === "function") setUpNetwork();
  document.body.dataset.ready = "1";
});
