// The browser fallback for TimeNet notifications (docs/notifications.md): polls the server with
// the session, shows each notification through the web Notification API when the person has
// allowed it (else as a banner on the page), then acknowledges it so it is shown only once.
(function () {
  "use strict";
  const script = document.currentScript;
  if (!script) return;
  const endpoint = script.dataset.endpoint || "/api/notifications/browser";
  const csrf = script.dataset.csrf || "";
  const every = 1000 * Number(script.dataset.every || 20);  // ms between polls

  function beep() {  // a short tone for a warning with sound; blocked until a user gesture
    try {
      const ctx = new (window.AudioContext || window.webkitAudioContext)();
      const osc = ctx.createOscillator(), gain = ctx.createGain();
      osc.frequency.value = 880; gain.gain.value = 0.08;
      osc.connect(gain).connect(ctx.destination);
      osc.start(); osc.stop(ctx.currentTime + 0.25);
    } catch (e) { /* no audio: the notification still shows */ }
  }

  function banner(note) {  // on-page banner when the Notification API is not allowed
    const box = document.createElement("div");
    box.className = "tn-banner" + (note.kind === "warning" ? " warning" : "");
    box.setAttribute("role", note.kind === "warning" ? "alert" : "status");
    const title = document.createElement("strong"); title.textContent = note.title;
    const body = document.createElement("span"); body.textContent = " " + note.body;
    const close = document.createElement("button");
    close.type = "button"; close.textContent = "×"; close.setAttribute("aria-label", "Dismiss");
    close.addEventListener("click", () => box.remove());
    box.append(title, body, close);
    let host = document.getElementById("tn-banners");
    if (!host) {
      host = document.createElement("div"); host.id = "tn-banners";
      host.style.cssText = "position:fixed;right:1rem;bottom:1rem;z-index:50;display:grid;" +
        "gap:.5rem;max-width:min(26rem,calc(100vw - 2rem))";
      document.body.append(host);
    }
    box.style.cssText = "background:var(--card);color:var(--ink);border:1px solid var(--line);" +
      "border-left:4px solid " + (note.kind === "warning" ? "var(--bad)" : "var(--accent)") +
      ";border-radius:8px;padding:.7rem 2.2rem .7rem .9rem;box-shadow:0 4px 14px var(--shadow);" +
      "position:relative";
    close.style.cssText = "position:absolute;top:.3rem;right:.4rem;background:none;border:0;" +
      "font-size:1.2rem;cursor:pointer;color:var(--muted)";
    host.append(box);
  }

  function show(note) {
    if (note.sound) beep();
    if ("Notification" in window && Notification.permission === "granted") {
      new Notification(note.title, { body: note.body, tag: "timenet-" + note.id,
                                      silent: !note.sound });
    } else {
      banner(note);
    }
  }

  async function poll() {
    try {
      const answer = await fetch(endpoint, { credentials: "same-origin",
                                             headers: { Accept: "application/json" } });
      if (!answer.ok) return;
      const data = await answer.json();
      for (const note of data.notifications || []) {
        const ack = await fetch(endpoint + "/" + note.id + "/ack", {
          method: "POST", credentials: "same-origin", headers: { "X-CSRFToken": csrf } });
        // show only what this tab acknowledged first: another tab or an agent may have won
        if (ack.ok && (await ack.json()).delivered) show(note);
      }
    } catch (e) { /* server away: try again at the next poll */ }
  }

  const allow = document.getElementById("allow-browser");
  if (allow && "Notification" in window && Notification.permission === "default") {
    allow.hidden = false;
    allow.addEventListener("click", async () => {
      await Notification.requestPermission();
      allow.hidden = Notification.permission !== "default";
    });
  }
  poll();
  setInterval(poll, every);
})();
