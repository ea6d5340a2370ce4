"""A real, headed Chromium window on the virtual desktop, steered over the DevTools protocol.

The window has its tab strip, URL bar and toolbar; pages open in new tabs next to older ones.
Every site name resolves to the local page server, so the URL bar shows the real site name.
"""

from __future__ import annotations

import socket
import time
from pathlib import Path

from .desktop import Desktop

CHROMIUM = "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    def __init__(self, desktop: Desktop, page_port: int, spki: str, dark: bool,
                 scale: float) -> None:
        self.desktop, self.page_port, self.dark, self.scale = desktop, page_port, dark, scale
        self.spki = spki
        self.cdp_port = _free_port()
        self._pw = self._browser = self._proc = None
        self.pages: list = []

    def start(self) -> None:
        profile = self.desktop.workdir / "chromium"
        argv = [CHROMIUM, f"--user-data-dir={profile}", f"--remote-debugging-port={self.cdp_port}",
                "--no-sandbox", "--test-type", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync",
                "--no-default-browser-check", "--password-store=basic",
                "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,Translate,"
                "MediaRouter,OptimizationHints,PrivacySandboxSettings4",
                f"--host-resolver-rules=MAP * 127.0.0.1:{self.page_port},EXCLUDE localhost",
                f"--ignore-certificate-errors-spki-list={self.spki}",
                f"--force-device-scale-factor={self.scale}", "--disable-session-crashed-bubble",
                "about:blank"]
        if self.dark:
            argv.insert(1, "--force-dark-mode")
        self._proc = self.desktop.launch(argv)
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        end = time.monotonic() + 90  # Chromium starts slowly on a loaded 2-core machine
        while True:
            try:
                self._browser = self._pw.chromium.connect_over_cdp(
                    f"http://127.0.0.1:{self.cdp_port}", timeout=5000)
                break
            except Exception:  # noqa: BLE001 - the endpoint is not up yet; retry until deadline
                if time.monotonic() > end:
                    raise
                time.sleep(0.5)
        self.context = self._browser.contexts[0]
        # the start-up about:blank tab is closed once a real page is open
        self._blank = list(self.context.pages)

    def open(self, url: str, max_tabs: int, wait_selector: str | None = None,
             timeout_ms: int = 30000):  # noqa: ANN201 - a playwright Page
        """Open url in a new foreground tab, keeping at most max_tabs tabs open."""
        while len(self.pages) >= max_tabs:
            self.pages.pop(0).close()
        page = self.context.new_page()
        self.pages.append(page)
        page.goto(url, wait_until="load", timeout=timeout_ms)
        while self._blank:
            self._blank.pop().close()
        if wait_selector:
            # "attached": JupyterLab keeps restored notebooks in hidden tabs, so the first match
            # may be invisible while the notebook we opened is already on screen
            page.wait_for_selector(wait_selector, timeout=timeout_ms, state="attached")
        page.bring_to_front()
        return page

    def window_id(self) -> str:
        return self.desktop.find_window(pid=self._proc.pid, timeout=20)

    def set_bounds(self, page, geometry: tuple[int, int, int, int] | None) -> None:  # noqa: ANN001
        """Maximise the browser window or give it a position and size."""
        cdp = self.context.new_cdp_session(page)
        win = cdp.send("Browser.getWindowForTarget")["windowId"]
        state = cdp.send("Browser.getWindowBounds", {"windowId": win})["bounds"]["windowState"]
        if geometry is None:
            cdp.send("Browser.setWindowBounds", {"windowId": win,
                                                 "bounds": {"windowState": "maximized"}})
        else:
            if state != "normal":
                cdp.send("Browser.setWindowBounds", {"windowId": win,
                                                     "bounds": {"windowState": "normal"}})
            x, y, w, h = geometry
            cdp.send("Browser.setWindowBounds", {"windowId": win, "bounds": {
                "left": x, "top": y, "width": w, "height": h}})
        cdp.detach()

    def minimise(self) -> None:
        if not self.pages:
            return
        cdp = self.context.new_cdp_session(self.pages[-1])
        win = cdp.send("Browser.getWindowForTarget")["windowId"]
        cdp.send("Browser.setWindowBounds", {"windowId": win,
                                             "bounds": {"windowState": "minimized"}})
        cdp.detach()

    def stop(self) -> None:
        try:
            if self._browser is not None:
                self._browser.close()
        except Exception:  # noqa: BLE001 - the process may already be gone; we stop it below
            pass
        if self._pw is not None:
            self._pw.stop()
        if self._proc is not None:
            self.desktop.close(self._proc)


def profile_dir(workdir: Path) -> Path:
    return workdir / "chromium"
