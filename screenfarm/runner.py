"""Runs planned sessions: one desktop per session, one screenshot per scene, a manifest row each.

Within a session the browser stays open between scenes (as on a real desktop: older tabs stay,
its window sits behind the next program unless minimised), desktop programs are started and
closed per scene, and notifications pop up now and then.
"""

from __future__ import annotations

import json
import random
import subprocess
import time
from pathlib import Path

from agent.probes import active_window

from . import apps, sites
from .assets import AssetPool
from .browser import Browser
from .content import Content
from .desktop import Desktop
from .jupyter import JupyterServer
from .plan import Scene, Session
from .style import Style, random_style
from .web import Ctx, PageStore, make_certificate, serve

WEB_APPS = {"web", "jupyterlab", "notebook7", "chromium-pdf"}
# Programs that map their window before they show the files: the title mark that says they have.
# Under load Emacs showed an empty frame titled "GNU Emacs at HOST" (the file's buffer name comes
# first once it is visited: "x.py - GNU Emacs at HOST").
_READY_TITLE = {"emacs": " - GNU Emacs"}


class SessionRunner:
    """Everything one worker process keeps across sessions: page server and asset pools."""

    def __init__(self, out: Path, work: Path, seed: int, display_base: int) -> None:
        self.out, self.work, self.seed, self.display_base = out, work, seed, display_base
        cert, key, self.spki = make_certificate(work / "tls")
        self.store = PageStore()
        self.server = serve(self.store, cert, key)
        self.pools: dict[bool, AssetPool] = {}

    def pool(self, held_out: bool) -> AssetPool:
        if held_out not in self.pools:
            self.pools[held_out] = AssetPool(self.work.parent / f"pool-{int(held_out)}",
                                             held_out, self.seed)
        return self.pools[held_out]

    def run(self, session: Session) -> list[dict]:
        rng = random.Random(session.seed)
        held_out = session.scenes[0].split != "train"
        style = random_style(rng, Content(rng, held_out))
        rows = []
        with Desktop(style, self.work / f"s{session.index}", self.display_base) as desk:
            live = _Live(self, desk, style, held_out)
            try:
                for scene in session.scenes:
                    row = live.scene(scene)
                    if row:
                        rows.append(row)
            finally:
                live.stop()
                desk.stop_dbus()
        return rows


class _Live:
    """The state of one running session: desktop, lazily started browser and Jupyter."""

    def __init__(self, runner: SessionRunner, desk: Desktop, style: Style, held_out: bool):
        self.r, self.desk, self.style, self.held_out = runner, desk, style, held_out
        pool = runner.pool(held_out)
        self.files_pdfs, self.files_nbs = pool.pdfs(), pool.notebooks()
        self.browser: Browser | None = None
        self._wid: str | None = None
        self.jupyter: JupyterServer | None = None
        self.rng = random.Random(style.wallpaper_seed)
        self.scale = self.rng.choice([1.0, 1.0, 1.0, 1.1, 1.25]) if style.resolution[0] > 1500 \
            else 1.0

    def stop(self) -> None:
        if self.browser:
            self.browser.stop()
        if self.jupyter:
            self.jupyter.stop()

    def _browser(self) -> Browser:
        if self.browser is None:
            browser = Browser(self.desk, self.r.server.server_address[1], self.r.spki,
                              self.style.dark, self.scale)
            try:
                browser.start()
            except Exception:
                browser.stop()  # a slow start under load: the next scene tries afresh
                raise
            self.browser = browser
        return self.browser

    def _geometry(self, rng: random.Random, app: str = "") -> tuple[int, int, int, int] | None:
        sw, sh = self.style.resolution
        if app == "xpad":  # sticky notes are small pads, never maximised
            w, h = rng.randint(260, 620), rng.randint(220, 520)
            return rng.randint(0, sw - w), rng.randint(0, sh - h - 40), w, h
        if rng.random() < .55:
            return None
        w, h = int(sw * rng.uniform(.5, .95)), int(sh * rng.uniform(.55, .92))
        return rng.randint(0, sw - w), rng.randint(0, max(0, sh - h - 40)), w, h

    def scene(self, scene: Scene) -> dict | None:
        rng = random.Random(scene.seed)
        text = Content(rng, self.held_out)
        geometry = self._geometry(rng, scene.app)
        started = time.monotonic()
        try:
            detail, proc = self._show(scene, rng, text, geometry)
        except Exception as exc:  # noqa: BLE001 - one broken scene must not end the run
            print(f"screenfarm: skipped {scene.name}: {type(exc).__name__}: {exc}", flush=True)
            return None
        notified = rng.random() < .12
        if notified:
            self.desk.notify(text.name(), text.sentence(4, 10))
        img = self.desk.settle()
        # what the X server says is on top, as the capture agent will see it on a real desktop
        window = active_window(self.desk.display)
        self._close_scene(proc)
        if scene.app == "desktop-menu":  # the menu would stay open over the next scene
            self.desk.xdo("key", "Escape")
        if notified:
            self.desk.run_in_session(["dunstctl", "close-all"])
        path = self.r.out / scene.code / f"{scene.name}.jpg"
        path.parent.mkdir(parents=True, exist_ok=True)
        img.save(path, quality=90)
        return {"file": str(path.relative_to(self.r.out)), "class": scene.code,
                "split": scene.split, "app": scene.app, "seed": scene.seed,
                "resolution": f"{img.width}x{img.height}", "theme": "dark" if self.style.dark
                else "light", "maximised": geometry is None, "notification": notified,
                "seconds": round(time.monotonic() - started, 2),
                "window_title": window.title, "window_app": window.app, **detail,
                "style": self.style.describe()}

    def _show(self, scene: Scene, rng: random.Random, text: Content,
              geometry: tuple[int, int, int, int] | None) -> tuple[dict, object]:
        if scene.app in WEB_APPS:
            return self._show_browser(scene, rng, text, geometry), None
        if self.browser is not None:
            if scene.app.startswith("desktop") or rng.random() < .5:
                self.browser.minimise()
        if scene.app == "desktop-empty":
            return {}, None
        if scene.app == "desktop-menu":
            w, h = self.style.resolution
            self.desk.xdo("mousemove", str(rng.randint(w // 4, w // 2)),
                          str(rng.randint(h // 4, h // 2)), "click", "3")
            return {}, None
        files = apps.AppFiles(self.desk.workdir / f"scene-{scene.seed:08x}", self.files_pdfs,
                              self.files_nbs, self.style.mono_font, self.style.font_size,
                              self.style.dark)
        before = self.desk.windows(scene.app)
        proc = apps.NATIVE[scene.app](self.desk, rng, text, files)
        try:
            wid = self._window_of(scene.app, proc, before)
            self._wid = wid
            time.sleep(0.3)
            self.desk.place(wid, geometry)
            if scene.app in _READY_TITLE:
                self._wait_for_title(_READY_TITLE[scene.app])
        except Exception:
            self._close_scene(proc)  # never leave a half-started program behind later scenes
            raise
        return {}, proc

    def _wait_for_title(self, mark: str, timeout: float = 30.0) -> None:
        """Wait until the window on top has `mark` in its title (the program has opened its
        files); after `timeout` seconds the scene goes on as it is."""
        end = time.monotonic() + timeout
        while mark not in active_window(self.desk.display).title and time.monotonic() < end:
            time.sleep(0.2)

    def _close_scene(self, proc: subprocess.Popen | None) -> None:
        if proc is not None:
            self.desk.close(proc)
        if self._wid:  # a window owned by a longer-lived process (pcmanfm's desktop)
            subprocess.run(["wmctrl", "-i", "-c", self._wid], env=self.desk.env,
                           capture_output=True, timeout=5)
            self._wid = None

    def _window_of(self, app: str, proc: subprocess.Popen, before: frozenset[str]) -> str:
        # mupdf and xpdf set no _NET_WM_PID, and `pcmanfm -n` hands the folder to the desktop's
        # pcmanfm process and exits: find those by window class instead of by process
        if app in ("mupdf", "pcmanfm", "xpdf"):
            return self.desk.find_window(cls=app, timeout=25, exclude=before)
        return self.desk.find_window(pid=proc.pid, timeout=25)

    def _show_browser(self, scene: Scene, rng: random.Random, text: Content,
                      geometry: tuple[int, int, int, int] | None) -> dict:
        browser = self._browser()
        dark = rng.random() < (.7 if self.style.dark else .2)
        self._background_tabs(browser, rng, text, dark)
        max_tabs = rng.randint(2, 6)
        detail: dict = {}
        if scene.app == "web":
            layouts = sites.layouts_for(scene.code, scene.split == "unseen")
            template = rng.choice(layouts)
            page = template(Ctx(rng, text, dark))
            self.r.store.put(page)
            tab = browser.open(page.url, max_tabs)
            detail = {"layout": template.__name__, "url": page.url, "page_dark": dark}
        elif scene.app == "chromium-pdf":
            pdf = rng.choice(self.files_pdfs)
            url = f"https://arxiv.org/pdf/{rng.randint(1000, 2612)}.{rng.randint(10000, 99999)}"
            self.r.store.put_raw("arxiv.org", url.split("arxiv.org")[1], pdf.read_bytes(),
                                 "application/pdf")
            tab = browser.open(url, max_tabs)
            time.sleep(1.5)  # the PDF viewer renders after "load"
            detail = {"url": url}
        else:
            tab = self._show_jupyter(browser, rng, scene.app == "notebook7", dark, max_tabs)
            detail = {"page_dark": dark}
        browser.set_bounds(tab, geometry)
        self._zoom_and_scroll(tab, rng, detail)
        return detail

    def _background_tabs(self, browser: Browser, rng: random.Random, text: Content,
                         dark: bool) -> None:
        """Other sites open in older tabs, as in a real browser."""
        want = rng.randint(0, 3) if len(browser.pages) <= 1 else int(rng.random() < .2)
        for _ in range(want):
            code = rng.choice(sorted(sites.WEB_CLASSES))
            page = rng.choice(sites.layouts_for(code, False))(Ctx(rng, text, dark))
            self.r.store.put(page)
            browser.open(page.url, 8)

    def _show_jupyter(self, browser: Browser, rng: random.Random, classic: bool, dark: bool,
                      max_tabs: int):  # noqa: ANN202 - a playwright Page
        if self.jupyter is None:
            self.jupyter = JupyterServer(self.desk, self.files_nbs, self.desk.workdir / "jup")
            self.jupyter.start()
        self.jupyter.set_theme(dark)
        name = rng.choice(self.files_nbs).name
        selector = ".jp-Notebook .jp-Cell"
        tab = browser.open(self.jupyter.url(name, classic), max_tabs, selector, 60000)
        time.sleep(1.0)
        return tab

    def _zoom_and_scroll(self, tab, rng: random.Random, detail: dict) -> None:  # noqa: ANN001
        zoom = rng.choice([1, 1, 1, 1, .8, .9, 1.1, 1.25])
        if zoom != 1 and "url" in detail and "arxiv" not in detail["url"]:
            tab.evaluate(f"document.body.style.zoom = '{zoom}'")
        scroll = rng.choice([0, 0, 0, rng.randint(100, 1500)])
        if scroll and "arxiv" not in detail.get("url", ""):
            tab.evaluate(f"window.scrollTo(0, {scroll})")
        detail.update(zoom=zoom, scroll=scroll)


def write_manifest(out: Path, rows: list[dict]) -> Path:
    """Append rows to manifest.jsonl (one JSON object per screenshot)."""
    path = out / "manifest.jsonl"
    with path.open("a") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    return path
