// The models page's charts: the learning curve (gold accuracy vs number of training labels,
// one point per judged candidate) and the reliability diagram of the focused version.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("models-data").textContent);
  if (window.TimeNet && TimeNet.applyTheme) TimeNet.applyTheme();
  const accent = getComputedStyle(document.documentElement).getPropertyValue("--accent").trim();
  const percent = { min: 0, max: 100, ticks: { callback: (v) => v + "%" } };

  const curveCanvas = document.getElementById("learning-curve");
  if (curveCanvas && data.curve.length) {
    const point = (p) => ({ x: p.labels, y: 100 * p.accuracy });
    new Chart(curveCanvas, {
      type: "line",
      data: { datasets: [
        { label: "promoted", data: data.curve.filter((p) => p.status === "promoted").map(point),
          borderColor: accent, backgroundColor: accent, showLine: true, pointRadius: 5 },
        { label: "rejected", data: data.curve.filter((p) => p.status !== "promoted").map(point),
          borderColor: "#c0392b", backgroundColor: "#c0392b", showLine: false,
          pointStyle: "crossRot", pointRadius: 7, borderWidth: 2 },
        { label: "active model then", data: data.curve.filter((p) => p.baseline !== null)
            .map((p) => ({ x: p.labels, y: 100 * p.baseline })), borderColor: "#999",
          backgroundColor: "#999", showLine: false, pointStyle: "rectRot", pointRadius: 4 },
      ] },
      options: { maintainAspectRatio: false, scales: {
        x: { type: "linear", suggestedMin: 0, title: { display: true, text: "training labels" } },
        y: { ...percent, title: { display: true, text: "gold accuracy" } } } },
    });
  }

  const reliability = document.getElementById("reliability");
  const gold = data.focus && data.focus.gold;
  if (reliability && gold) {
    const bins = gold.reliability;
    new Chart(reliability, {
      data: {
        labels: bins.map((b) => Math.round(100 * b.lo) + "–" + Math.round(100 * b.hi) + "%"),
        datasets: [
          { type: "line", label: "mean confidence (perfect calibration)", order: 0,
            data: bins.map((b) => 100 * b.confidence), borderColor: "#e67e22",
            backgroundColor: "#e67e22", pointRadius: 6, pointStyle: "line", borderWidth: 3 },
          { type: "bar", label: "accuracy", order: 1, data: bins.map((b) => 100 * b.accuracy),
            backgroundColor: accent },
        ] },
      options: { maintainAspectRatio: false, scales: { y: percent,
        x: { title: { display: true, text: "confidence bin" } } },
        plugins: { tooltip: { callbacks: { afterLabel: (c) => bins[c.dataIndex].n + " frames" } } } },
    });
  }
})();
