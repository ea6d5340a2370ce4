// The dark-mode toggle: flips <html data-theme>, remembers it in localStorage and tells the
// pages ("timenet:theme" event) so their charts redraw in the new colours.
(function () {
  "use strict";
  const root = document.documentElement;
  const button = document.getElementById("theme-toggle");
  const system = window.matchMedia("(prefers-color-scheme: dark)");

  function current() {
    return root.dataset.theme || (system.matches ? "dark" : "light");
  }

  function show() {
    const dark = current() === "dark";
    button.textContent = dark ? "Light mode" : "Dark mode";
    button.setAttribute("aria-pressed", String(dark));
  }

  function announce() {
    show();
    window.dispatchEvent(new CustomEvent("timenet:theme", { detail: current() }));
  }

  button.addEventListener("click", function () {
    root.dataset.theme = current() === "dark" ? "light" : "dark";
    try { localStorage.setItem("timenet-theme", root.dataset.theme); } catch (e) { /* private mode */ }
    announce();
  });
  system.addEventListener("change", function () { if (!root.dataset.theme) announce(); });
  show();
})();
