// The day page: timeline, activity and hourly charts, the productive/distracting split and the
// activity table, drawn from the day's usage (tracker.usage.day_usage) and refreshed on Today.
(function () {
  "use strict";
  const script = document.currentScript;
  const url = script.dataset.url;
  const refreshMs = 1000 * Number(script.dataset.refreshSeconds || 0);
  const fmt = TimeNet.formatDuration;
  const $ = (id) => document.getElementById(id);
  let categoryChart = null;
  let hourlyChart = null;
  let zoomed = true;
  let last = null;

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (k === "style") node.style.cssText = v; else node.setAttribute(k, v); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // --- timeline: minutes since local midnight, zoomed to the tracked span ---------------------
  function dayStart(usage) { return new Date(usage.hours.starts[0]); }

  function dayLength(usage) {
    const starts = usage.hours.starts;
    return 60 * starts.length; // 23, 24 or 25 local hours (DST days)
  }

  function clock(usage, minute) {
    if (minute >= dayLength(usage)) return "24:00";
    const when = new Date(dayStart(usage).getTime() + minute * 60000);
    return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: usage.time_zone }).format(when);
  }

  // The window shown: first→last tracked minute with padding (10% each side, at least 5 min),
  // so an 8-minute session fills the bar instead of being a hairline on 24 hours.
  function view(usage) {
    const total = dayLength(usage);
    if (!zoomed || !usage.timeline.length) return [0, total];
    const first = usage.timeline[0].start_minute;
    const lastEnd = usage.timeline[usage.timeline.length - 1].end_minute;
    const pad = Math.max(5, Math.round(0.1 * (lastEnd - first)));
    return [Math.max(0, first - pad), Math.min(total, lastEnd + pad)];
  }

  function tickStep(length, width) {
    const wanted = width < 500 ? 5 : 12;
    const steps = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360];
    return steps.find((s) => length / s <= wanted) || 360;
  }

  function drawAxis(usage, lo, hi) {
    const axis = $("timeline-axis");
    const step = tickStep(hi - lo, axis.clientWidth || 800);
    const ticks = [];
    for (let m = Math.ceil(lo / step) * step; m <= hi; m += step) {
      ticks.push(el("span", { style: "left:" + (100 * (m - lo) / (hi - lo)) + "%" }, clock(usage, m)));
    }
    axis.replaceChildren(...ticks);
  }

  function drawTimeline(usage) {
    const [lo, hi] = view(usage);
    const box = $("timeline");
    box.replaceChildren(...usage.timeline.map((s) => {
      const span = el("span", { class: "seg " + s.kind, "data-code": s.code, style:
        "left:" + (100 * (s.start_minute - lo) / (hi - lo)) + "%;width:" +
        (100 * (s.end_minute - s.start_minute) / (hi - lo)) + "%;background-color:" + s.color });
      span.title = clock(usage, s.start_minute) + "–" + clock(usage, s.end_minute) + " · " + s.name +
        " (" + fmt(60 * (s.end_minute - s.start_minute)) + ")";
      return span;
    }));
    drawAxis(usage, lo, hi);
    const label = usage.timeline.length ? "Tracked from " + clock(usage, usage.timeline[0].start_minute) + " to " +
      clock(usage, usage.timeline[usage.timeline.length - 1].end_minute) : "Nothing tracked";
    $("timeline-span").textContent = usage.timeline.length ? "· " + label.replace("Tracked from ", "").replace(" to ", "–") : "";
    box.setAttribute("aria-label", "Timeline. " + label + ".");
    $("timeline-zoom").textContent = zoomed ? "Show whole day" : "Zoom to tracked time";
    $("timeline-zoom").setAttribute("aria-pressed", String(zoomed));
    drawLegend(usage);
  }

  function drawLegend(usage) {
    const seen = new Map();
    usage.timeline.forEach((s) => seen.set(s.code, s));
    $("timeline-legend").replaceChildren(...[...seen.values()].map((s) => {
      const item = el("li");
      item.append(el("span", { class: "swatch " + s.kind, style: "background-color:" + s.color }), s.name);
      return item;
    }));
  }

  // --- charts ------------------------------------------------------------------------------------
  function drawCategories(usage) {
    const rows = usage.categories;
    $("category-box").style.height = Math.max(140, 34 * rows.length + 50) + "px";
    const data = {
      labels: rows.map((c) => c.name),
      datasets: [{ data: rows.map((c) => Math.round(c.seconds)), backgroundColor: rows.map((c) => c.color),
        borderWidth: 0, barPercentage: 0.8, categoryPercentage: 0.9 }],
    };
    if (categoryChart) { categoryChart.data = data; categoryChart.update(); return; }
    categoryChart = new Chart($("category-chart"), {
      type: "bar", data: data, plugins: [TimeNet.valueLabels],
      options: {
        indexAxis: "y", animation: false, responsive: true, maintainAspectRatio: false,
        layout: { padding: { right: 78 } },
        // No value axis: every bar carries its time; long names are cut to fit a phone.
        scales: { x: { display: false, beginAtZero: true },
          y: { grid: { display: false }, ticks: { callback: function (v) { return shorten(this.getLabelForValue(v), this.chart.width); } } } },
        plugins: { legend: { display: false }, valueLabels: { format: fmt },
          tooltip: { callbacks: { label: (ctx) => fmt(ctx.raw) } } },
      },
    });
  }

  function shorten(label, width) {
    const room = width < 360 ? 18 : 26;
    return label.length > room ? label.slice(0, room - 1) + "\u2026" : label;
  }

  // Hours from the first to the last tracked hour (one hour of margin, six at least).
  function hourWindow(usage) {
    const n = usage.hours.labels.length;
    const used = [...Array(n).keys()].filter((h) => usage.hours.datasets.some((d) => d.minutes[h] > 0));
    if (!used.length) return [0, n];
    let lo = Math.max(0, used[0] - 1);
    let hi = Math.min(n, used[used.length - 1] + 2);
    while (hi - lo < 6 && (lo > 0 || hi < n)) { if (lo > 0) lo -= 1; if (hi - lo < 6 && hi < n) hi += 1; }
    return [lo, hi];
  }

  function drawHours(usage) {
    const [lo, hi] = hourWindow(usage);
    const labels = usage.hours.labels.slice(lo, hi);
    const series = usage.hours.datasets.map((d) => ({ name: d.name, color: d.color, kind: d.kind, minutes: d.minutes.slice(lo, hi) }));
    if (hourlyChart) hourlyChart.destroy();
    hourlyChart = TimeNet.stackedBars($("hourly-chart"), labels, series, { totals: true });
  }

  // --- productive vs distracting, focus, table -------------------------------------------------------
  function drawSplit(usage) {
    const parts = [
      { name: "Productive", seconds: usage.productive_seconds, color: "#59a14f" },
      { name: "Distracting", seconds: usage.distracting_seconds, color: "#e15759" },
      { name: "Unreviewed", seconds: usage.unreviewed_seconds, color: "#9ca3af" },
    ];
    const total = parts.reduce((a, p) => a + p.seconds, 0);
    $("split-bar").replaceChildren(...parts.filter((p) => p.seconds > 0).map((p) =>
      el("span", { style: "width:" + (100 * p.seconds / total) + "%;background:" + p.color, title: p.name + ": " + fmt(p.seconds) })));
    $("split-legend").replaceChildren(...parts.map((p) => {
      const item = el("div");
      item.append(el("span", { class: "swatch", style: "background:" + p.color }), p.name,
        el("strong", {}, fmt(p.seconds) + (total ? " · " + Math.round(100 * p.seconds / total) + "%" : "")));
      return item;
    }));
  }

  function topWindows(row) {
    const list = el("ul", { class: "tops" });
    (row.top || []).slice(0, 3).forEach((t) => {
      const text = (t.title || "(no title)") + (t.app ? " — " + t.app : "") + " · " + fmt(t.seconds);
      list.append(el("li", { title: text }, text));
    });
    if (!list.children.length) list.append(el("li", {}, row.kind === "unreviewed" ? "frames waiting for review" : "–"));
    return list;
  }

  function drawTable(usage) {
    $("activity-rows").replaceChildren(...usage.categories.map((row) => {
      const tr = el("tr", { "data-code": row.code });
      const name = el("td");
      name.append(el("span", { class: "swatch", style: "background:" + row.color }), row.name);
      if (row.distracting) name.append(el("span", { class: "tag distracting" }, "distracting"));
      const share = el("td", { class: "num" }, Math.round(100 * row.share) + "%");
      const bar = el("span", { class: "share" });
      bar.append(el("i", { style: "width:" + (100 * row.share) + "%;background:" + row.color }));
      share.append(bar);
      const tops = el("td", { class: "windows" });
      tops.append(topWindows(row));
      tr.append(name, el("td", { class: "num" }, fmt(row.seconds)), share, tops);
      return tr;
    }));
  }

  function drawStats(usage) {
    const judged = usage.productive_seconds + usage.distracting_seconds;
    $("total-time").textContent = fmt(usage.total_seconds);
    $("productive-time").textContent = fmt(usage.productive_seconds);
    $("distracting-time").textContent = fmt(usage.distracting_seconds);
    $("away-time").textContent = fmt(usage.away_seconds);
    $("unreviewed-time").textContent = fmt(usage.unreviewed_seconds);
    $("productive-share").textContent = usage.total_seconds ? Math.round(100 * usage.productive_seconds / usage.total_seconds) + "% of tracked" : "\u00a0";
    $("distracting-share").textContent = usage.total_seconds ? Math.round(100 * usage.distracting_seconds / usage.total_seconds) + "% of tracked" : "\u00a0";
    const focus = usage.focus_score === null || !judged ? "–" : String(Math.round(usage.focus_score));
    $("focus-score").textContent = focus === "–" ? "–" : focus + " / 100";
    $("focus-big").textContent = focus;
  }

  function draw(usage) {
    last = usage;
    drawStats(usage);
    $("empty-note").hidden = usage.total_seconds + usage.away_seconds > 0;
    drawTimeline(usage);
    drawCategories(usage);
    drawHours(usage);
    drawSplit(usage);
    drawTable(usage);
    // Lets a person (and the browser test) see when the page last took in new data.
    document.body.dataset.totalSeconds = String(usage.total_seconds);
  }

  async function refresh() {
    try {
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (response.redirected || !response.ok) return; // session ended: the next full load shows the login
      draw(await response.json());
    } catch (err) {
      console.warn("TimeNet: refresh failed", err);
    }
  }

  $("timeline-zoom").addEventListener("click", () => { zoomed = !zoomed; drawTimeline(last); });
  window.addEventListener("resize", () => drawAxis(last, ...view(last)));
  draw(JSON.parse($("usage-data").textContent));
  if (refreshMs > 0) setInterval(refresh, refreshMs);
})();
