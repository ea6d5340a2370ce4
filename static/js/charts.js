// Shared helpers of the dashboard pages (no framework): duration formatting, theme colours for
// Chart.js, a plugin that writes each bar's value on the chart, and stacked bar charts.
window.TimeNet = (function () {
  "use strict";

  // Seconds → "42 s", "8 min 05 s", "2 h 05 min": seconds below an hour, never "0 min".
  function formatDuration(seconds) {
    const raw = Number(seconds) || 0;
    if (raw > 0 && raw < 0.5) return "< 1 s";
    const total = Math.round(raw);
    if (total < 60) return total + " s";
    if (total < 3600) {
      const rest = total % 60;
      return Math.floor(total / 60) + " min" + (rest ? " " + String(rest).padStart(2, "0") + " s" : "");
    }
    return Math.floor(total / 3600) + " h " + String(Math.floor((total % 3600) / 60)).padStart(2, "0") + " min";
  }

  // Minutes (a chart's unit) → the same wording.
  function formatMinutes(minutes) { return formatDuration(60 * minutes); }

  function themeColors() {
    const css = getComputedStyle(document.documentElement);
    const v = (name) => css.getPropertyValue(name).trim();
    return { ink: v("--ink"), muted: v("--muted"), line: v("--line"), card: v("--card") };
  }

  function applyTheme() {
    const c = themeColors();
    Chart.defaults.color = c.muted;
    Chart.defaults.borderColor = c.line;
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  }

  // Writes the formatted value at the end of every bar of dataset 0 (times visible without
  // hovering). Options: plugins.valueLabels.format(value) → text.
  const valueLabels = {
    id: "valueLabels",
    afterDatasetsDraw(chart, _args, options) {
      const meta = chart.getDatasetMeta(0);
      const ctx = chart.ctx;
      const horizontal = chart.options.indexAxis === "y";
      ctx.save();
      ctx.fillStyle = themeColors().ink;
      ctx.font = "600 12px " + Chart.defaults.font.family;
      ctx.textBaseline = horizontal ? "middle" : "bottom";
      ctx.textAlign = horizontal ? "left" : "center";
      meta.data.forEach((bar, i) => {
        const value = chart.data.datasets[0].data[i];
        if (!value) return;
        const text = options.format ? options.format(value) : String(value);
        if (horizontal) ctx.fillText(text, bar.x + 6, bar.y);
        else ctx.fillText(text, bar.x, bar.y - 4);
      });
      ctx.restore();
    },
  };

  // Writes each stack's total (minutes → duration) above it, skipping the away series.
  const stackTotals = {
    id: "stackTotals",
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      const sets = chart.data.datasets;
      ctx.save();
      ctx.fillStyle = themeColors().ink;
      const tight = (chart.getDatasetMeta(0).data[0] || {}).width < 34;
      ctx.font = "600 " + (tight ? 10 : 11) + "px " + Chart.defaults.font.family;
      ctx.textAlign = "center";
      ctx.textBaseline = "bottom";
      chart.data.labels.forEach((_label, i) => {
        let sum = 0;
        let top = null;
        sets.forEach((set, d) => {
          const meta = chart.getDatasetMeta(d);
          if (meta.hidden || !set.data[i]) return;
          if (set.kind !== "away") sum += set.data[i];
          top = top === null ? meta.data[i].y : Math.min(top, meta.data[i].y);
        });
        if (sum > 0 && top !== null) ctx.fillText(shortMinutes(sum, tight), meta0x(chart, i), top - 3);
      });
      ctx.restore();
    },
  };

  // A stack's total in few characters: "42 min" / "1 h 05" (tight: "42m" / "60m" / "2.5h").
  function shortMinutes(minutes, tight) {
    const m = Math.round(minutes);
    if (m < 1) return tight ? "<1m" : "< 1 min";
    if (m < 60 || (tight && m < 100)) return tight ? m + "m" : m + " min";
    if (tight) return (m / 60).toFixed(1).replace(/\.0$/, "") + "h";
    const h = Math.floor(m / 60);
    const rest = String(m % 60).padStart(2, "0");
    return tight ? h + "h" + rest : h + " h " + rest;
  }

  function meta0x(chart, i) { return chart.getDatasetMeta(0).data[i].x; }

  // Stacked bars (minutes per bucket per series). `series`: [{name, color, minutes: []}].
  // `extra.totals`: write each stack's total above it.
  function stackedBars(canvas, labels, series, extra) {
    const options = {
      animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      layout: { padding: { top: 18, left: 4, right: 14 } },
      scales: {
        x: { stacked: true, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "minutes" } },
      },
      plugins: {
        legend: { position: "bottom", labels: { boxWidth: 12, boxHeight: 12,
          font: { size: canvas.parentNode.clientWidth < 500 ? 11 : 12 } } },
        tooltip: {
          callbacks: { label: (ctx) => ctx.dataset.label + ": " + formatMinutes(ctx.raw) },
          filter: (item) => item.raw > 0,
        },
      },
    };
    return new Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: series.map((s) => ({ label: s.name, data: s.minutes,
        backgroundColor: s.color, borderWidth: 0, kind: s.kind })) },
      plugins: extra && extra.totals ? [stackTotals] : [],
      options: options,
    });
  }

  // Redraws every chart on the page in the new theme's colours.
  window.addEventListener("timenet:theme", function () {
    applyTheme();
    Object.values(Chart.instances).forEach((chart) => chart.update());
  });
  if (window.Chart) applyTheme();

  return { formatDuration, formatMinutes, themeColors, applyTheme, valueLabels, stackTotals, stackedBars };
})();
