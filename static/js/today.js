// The Today page: draws the charts from the rollups and refreshes them every few seconds.
(function () {
  "use strict";
  const script = document.currentScript;
  const url = script.dataset.url;
  const refreshMs = 1000 * Number(script.dataset.refreshSeconds || 15);
  let categoryChart = null;
  let hourlyChart = null;

  function formatDuration(seconds) {
    const minutes = Math.round(seconds / 60);
    if (seconds < 60) return Math.round(seconds) + " s";
    if (minutes < 60) return minutes + " min";
    return Math.floor(minutes / 60) + " h " + (minutes % 60) + " min";
  }

  function drawCategories(usage) {
    const data = {
      labels: usage.categories.map((c) => c.name),
      datasets: [{
        data: usage.categories.map((c) => Math.round(c.seconds)),
        backgroundColor: usage.categories.map((c) => c.color),
      }],
    };
    if (categoryChart) {
      categoryChart.data = data;
      categoryChart.update();
      return;
    }
    categoryChart = new Chart(document.getElementById("category-chart"), {
      type: "doughnut",
      data: data,
      options: {
        animation: false,
        plugins: { tooltip: { callbacks: { label: (ctx) => ctx.label + ": " + formatDuration(ctx.raw) } } },
      },
    });
  }

  function drawHours(usage) {
    const data = {
      labels: usage.hours.labels,
      datasets: usage.hours.datasets.map((d) => ({
        label: d.name, data: d.minutes, backgroundColor: d.color,
      })),
    };
    if (hourlyChart) {
      hourlyChart.data = data;
      hourlyChart.update();
      return;
    }
    hourlyChart = new Chart(document.getElementById("hourly-chart"), {
      type: "bar",
      data: data,
      options: {
        animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: "minutes" } } },
      },
    });
  }

  function drawTimeline(usage) {
    const box = document.getElementById("timeline");
    box.replaceChildren(...usage.timeline.map((s) => {
      const span = document.createElement("span");
      span.style.left = (100 * s.start_minute / 1440) + "%";
      span.style.width = Math.max(0.1, 100 * (s.end_minute - s.start_minute) / 1440) + "%";
      span.style.background = s.color;
      span.title = s.name;
      span.dataset.code = s.code;
      return span;
    }));
  }

  function draw(usage) {
    document.getElementById("today-date").textContent = usage.date;
    document.getElementById("total-time").textContent = formatDuration(usage.total_seconds);
    document.getElementById("distracting-time").textContent = formatDuration(usage.distracting_seconds);
    document.getElementById("empty-note").hidden = usage.total_seconds > 0;
    drawCategories(usage);
    drawHours(usage);
    drawTimeline(usage);
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

  draw(JSON.parse(document.getElementById("usage-data").textContent));
  setInterval(refresh, refreshMs);
})();
