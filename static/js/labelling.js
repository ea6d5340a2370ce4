// The labelling page: keyboard-first review of the queue, one fetch per action.
// Keys: a key per class (shown on screen), Enter accepts, S skips, U/Backspace undoes,
// H toggles the occlusion heatmap, L opens "label all similar", ? shows the keys.
(() => {
  "use strict";
  const root = document.getElementById("review");
  if (!root) return;
  const $ = (id) => document.getElementById(id);
  const keymap = JSON.parse($("keymap").textContent);
  const byKey = new Map(keymap.map((k) => [k.key, k]));
  const names = new Map(keymap.map((k) => [k.code, k.name]));
  const state = { item: null, skipped: [], similar: null, busy: false, heat: false,
                  strategy: root.dataset.strategy };

  async function call(url, payload) {
    const init = payload === undefined ? {} : {
      method: "POST", body: JSON.stringify(payload),
      headers: { "Content-Type": "application/json", "X-CSRFToken": root.dataset.csrf } };
    const response = await fetch(url, { credentials: "same-origin", ...init });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  }

  // One action at a time: a key pressed while a request is in flight is ignored.
  async function act(work) {
    if (state.busy) return;
    state.busy = true;
    root.dataset.busy = "1";
    try { await work(); } catch (err) { $("progress").textContent = String(err); }
    finally { state.busy = false; delete root.dataset.busy; }
  }

  function pct(p) { return `${(100 * p).toFixed(1)}%`; }

  function showProgress(progress, queueLength) {
    if (!progress) return;
    root.dataset.open = progress.open;
    root.dataset.labelled = progress.labelled_today;
    const left = queueLength === undefined ? "" : ` · ${queueLength} in this queue`;
    $("progress").textContent =
      `${progress.labelled_today} labelled today · ${progress.open} frames waiting${left}`;
  }

  function show(item) {
    // Rendered empty (no panel): an item that turns up needs the page with its panel.
    if (!$("body")) { if (item) window.location.reload(); return; }
    state.item = item;
    closeSimilar();
    setHeat(false);
    $("empty").hidden = !!item;
    $("body").hidden = !item;
    root.dataset.item = item ? item.id : "";
    root.dataset.groupSize = item ? item.group_size : 0;
    root.dataset.predicted = item ? item.predicted : "";
    if (!item) return;
    $("frame").src = item.image;
    $("caption").textContent = [item.window_app, item.window_title,
      new Date(item.captured_at).toLocaleString()].filter(Boolean).join(" · ");
    $("group").textContent = item.group_size > 1 ? `×${item.group_size} near-identical` : "";
    $("top3").replaceChildren(...item.top.map((t, i) => {
      const li = document.createElement("li");
      li.className = i === 0 ? "top1" : "";
      li.innerHTML = `<span class="name"></span><span class="bar"><span style="width:${pct(t.probability)}"></span></span><span class="p">${pct(t.probability)}</span>`;
      li.querySelector(".name").textContent = t.name;
      return li;
    }));
    $("stamp").textContent = `margin ${item.margin === null ? "–" : item.margin.toFixed(3)} · ` +
      `model ${item.model_version || "?"}${item.control ? " · control sample" : ""}`;
  }

  function render(data) {
    show(data.item);
    showProgress(data.progress, data.queue_length);
  }

  function exclude() { return state.skipped.join(","); }

  // When only skipped items are left, they come back (a skip postpones, it never hides).
  async function renderOrRewind(data) {
    if (!data.item && state.skipped.length) {
      state.skipped = [];
      data = await call(`/review/next?strategy=${state.strategy}`);
    }
    render(data);
  }

  const load = () => act(async () => renderOrRewind(await call(
    `/review/next?strategy=${state.strategy}&exclude=${exclude()}`)));

  function label(code) {
    if (!state.item || !code) return;
    const frames = state.similar ? ticked() : undefined;
    return act(async () => renderOrRewind(await call("/review/label", {
      item: state.item.id, category: code, frames, strategy: state.strategy,
      exclude: exclude() })));
  }

  const skip = () => { if (state.item) { state.skipped.push(state.item.id); load(); } };

  const undo = () => act(async () => {
    const data = await call("/review/undo", {});
    if (data.item) {
      state.skipped = state.skipped.filter((id) => id !== data.item.id);
      show(data.item);
    }
    showProgress(data.progress);
  });

  // --- heatmap (occlusion sensitivity, computed by the server) -------------------------------
  function setHeat(on) {
    state.heat = on;
    $("heat").hidden = !on;
    $("toggle-heat").setAttribute("aria-pressed", String(on));
  }

  function drawHeat(map) {
    const img = $("frame"), canvas = $("heat");
    const w = img.clientWidth, h = img.clientHeight, side = Math.max(w, h);
    // The model saw a letterboxed square centred on the frame: draw the grid over that square.
    Object.assign(canvas.style, { width: `${side}px`, height: `${side}px`,
      left: `${(w - side) / 2}px`, top: `${(h - side) / 2}px` });
    canvas.width = canvas.height = map.grid;
    const ctx = canvas.getContext("2d");
    map.values.forEach((row, r) => row.forEach((v, c) => {
      ctx.fillStyle = `rgba(220, 38, 38, ${(0.7 * v).toFixed(3)})`;
      ctx.fillRect(c, r, 1, 1);
    }));
    root.dataset.heat = map.code;
  }

  const toggleHeat = () => {
    if (!state.item) return;
    if (state.heat) { setHeat(false); return; }
    // Not behind the one-action lock: the map takes seconds on a CPU (50 forward passes), and
    // labelling goes on meanwhile; it is drawn only if its frame is still the one shown.
    const frame = state.item.frame;
    $("toggle-heat").setAttribute("aria-busy", "true");
    call(`/review/heatmap/${frame}`).then((map) => {
      if (state.item && state.item.frame === frame) { drawHeat(map); setHeat(true); }
    }).catch((err) => { $("progress").textContent = String(err); })
      .finally(() => $("toggle-heat").removeAttribute("aria-busy"));
  };

  // --- label all similar -------------------------------------------------------------------
  function ticked() {
    return [...$("similar-grid").querySelectorAll("input:checked")].map((i) => Number(i.value));
  }

  function closeSimilar() { state.similar = null; $("similar").hidden = true; }

  const openSimilar = () => {
    if (!state.item) return;
    act(async () => {
      const data = await call(`/review/similar/${state.item.id}`);
      state.similar = data.neighbours;
      $("similar-as").textContent = names.get(state.item.predicted) || state.item.predicted;
      $("similar-grid").replaceChildren(...data.neighbours.map((n) => {
        const cell = document.createElement("label");
        cell.className = "similar-cell";
        cell.innerHTML = `<img loading="lazy" alt="similar frame" src="${n.image}"><span><input type="checkbox" value="${n.frame}" data-group="${n.in_group ? 1 : 0}" checked> ${n.in_group ? "same group" : pct(n.similarity)}</span>`;
        return cell;
      }));
      $("similar").hidden = false;
      root.dataset.similar = data.neighbours.length;
    });
  };

  // --- keys ---------------------------------------------------------------------------------
  function toggleKeys() {
    const dialog = $("keys-dialog");
    if (dialog.open) dialog.close(); else dialog.showModal();
    $("show-keys").setAttribute("aria-expanded", String(dialog.open));
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input:not([type=checkbox]), select, textarea")) return;
    const key = event.key.toLowerCase();
    if (key === "?") { event.preventDefault(); toggleKeys(); return; }
    if ($("keys-dialog").open) return;
    const actions = { enter: () => label(state.item && state.item.predicted), s: skip, u: undo,
                      backspace: undo, h: toggleHeat, l: openSimilar, escape: closeSimilar };
    const run = actions[key] || (byKey.has(key) ? () => label(byKey.get(key).code) : null);
    if (run) { event.preventDefault(); run(); }
  });

  $("accept")?.addEventListener("click", () => label(state.item && state.item.predicted));
  $("skip")?.addEventListener("click", skip);
  $("undo")?.addEventListener("click", undo);
  $("toggle-heat")?.addEventListener("click", toggleHeat);
  $("open-similar")?.addEventListener("click", openSimilar);
  $("show-keys").addEventListener("click", toggleKeys);
  $("keys")?.addEventListener("click", (e) => {
    const button = e.target.closest("button[data-code]");
    if (button) label(button.dataset.code);
  });
  $("strategy").addEventListener("change", (e) => {
    state.strategy = e.target.value; state.skipped = []; load();
  });
  $("relabel-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const form = new FormData(e.target);
    const toIso = (v) => new Date(v).toISOString();
    act(async () => {
      const data = await call("/review/relabel-range", { start: toIso(form.get("start")),
        end: toIso(form.get("end")), category: form.get("category"), device: form.get("device") });
      $("relabel-result").textContent = `${data.labelled} frames relabelled`;
      await call(`/review/next?strategy=${state.strategy}`).then(render);
    });
  });
  load();
})();
