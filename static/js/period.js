// The week and range pages: minutes per day per activity as stacked bars (from the usage's
// `days` and `datasets`, embedded by the page), with each day's total written above its bar.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("period-data").textContent);
  const short = data.days.length <= 14;
  const format = new Intl.DateTimeFormat("en-GB", short ? { weekday: "short", day: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" });
  // Noon UTC of the date: its calendar day is the same in every zone the format might use.
  const labels = data.days.map((iso) => format.format(new Date(iso + "T12:00:00Z")));
  TimeNet.stackedBars(document.getElementById("period-chart"), labels, data.datasets,
    { totals: data.days.length <= 31 });
  document.body.dataset.totalSeconds = String(data.total_seconds);
})();
