"""A local web server for the generated pages, and the context the page templates render with.

Chromium is started with a host-resolver rule that sends every site name to this server, so the
URL bar shows `www.youtube.com/watch?v=...` while the page comes from 127.0.0.1. Pictures are
generated on request from the seed written in their URL, which keeps pages small and reproducible.
"""

from __future__ import annotations

import base64
import hashlib
import html
import random
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import jinja2

from . import images
from .content import Content
from .theme import Theme

# Page markup lives in screenfarm/templates/<class>/<page>.html; autoescape is on, so content
# strings are escaped by the template (no esc() calls) and trusted markup is marked `|safe`.
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    keep_trailing_newline=False)


def render(template: str, c: Ctx, t: Theme, **values: object) -> str:
    """Render one page template (path under screenfarm/templates) with the session context `c`,
    the theme `t` and the content `values`; raises jinja2.TemplateError on a template bug."""
    return TEMPLATES.get_template(template).render(c=c, t=t, **values)


@dataclass
class Page:
    """One generated page, served at https://host/path.

    Either `doc` holds the whole rendered document (pages made with `page()` from a template
    that extends base.html), or `body`/`css` hold the parts that `document()` wraps."""

    host: str
    path: str
    title: str
    body: str = ""
    css: str = ""
    favicon: str = "#888888"  # colour of the generated favicon square
    doc: str = ""

    @property
    def url(self) -> str:
        return f"https://{self.host}{self.path}"

    def document(self) -> str:
        if self.doc:
            return self.doc
        return (f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(self.title)}"
                f"</title><link rel='icon' href='/favicon.svg?c={self.favicon[1:]}'>"
                f"<style>{self.css}</style></head><body>{self.body}</body></html>")


def page(template: str, c: Ctx, t: Theme, *, host: str, path: str, title: str,
         favicon: str = "#888888", **values: object) -> Page:
    """A Page whose document is `template` (a page template extending base.html) rendered with
    `c`, `t`, `title`, `favicon` and the content `values`; raises jinja2.TemplateError."""
    doc = render(template, c, t, title=title, favicon=favicon, **values)
    return Page(host, path, title, favicon=favicon, doc=doc)


@dataclass
class Ctx:
    """What a template needs: a random stream, text content, theme and picture URLs."""

    rng: random.Random
    text: Content
    dark: bool
    _n: int = field(default=0)

    def img(self, kind: str, w: int, h: int, caption: str = "") -> str:
        """URL of a generated picture (kind: photo, thumb, avatar) seeded from this stream."""
        self._n += 1
        seed = self.rng.randrange(1 << 30)
        cap = f"&t={html.escape(caption[:60])}" if caption else ""
        return f"/_img/{kind}/{w}x{h}/{seed}.jpg?{cap}"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


class PageStore:
    """Pages registered by URL (host + path); the handler serves them."""

    def __init__(self) -> None:
        self._pages: dict[str, tuple[bytes, str]] = {}
        self._lock = threading.Lock()

    def put(self, page: Page) -> None:
        # the browser never sends the #fragment, so the page is stored under the path before it
        path = page.path.split("#")[0]
        self.put_raw(page.host, path, page.document().encode(), "text/html; charset=utf-8")

    def put_raw(self, host: str, path: str, body: bytes, ctype: str) -> None:
        with self._lock:
            self._pages[host + path] = (body, ctype)

    def get(self, host: str, path: str) -> tuple[bytes, str] | tuple[None, str]:
        with self._lock:
            return self._pages.get(host + path, (None, ""))


def _picture(path: str, query: str) -> bytes | None:
    parts = path.split("/")  # ['', '_img', kind, 'WxH', 'seed.jpg']
    if len(parts) != 5:
        return None
    kind, size, seed = parts[2], parts[3], parts[4].split(".")[0]
    w, h = (int(v) for v in size.split("x"))
    rng = random.Random(int(seed))
    caption = parse_qs(query).get("t", [""])[0]
    if kind == "avatar":
        img = images.avatar(rng, w)
    elif kind == "thumb":
        img = images.thumbnail(rng, w, h, caption)
    else:
        img = images.photo(rng, w, h)
    return images.to_bytes(img, quality=80)


def _favicon(query: str) -> bytes:
    colour = "#" + parse_qs(query).get("c", ["888888"])[0]
    return (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><rect width='16' "
            f"height='16' rx='3' fill='{esc(colour)}'/></svg>").encode()


class _Handler(BaseHTTPRequestHandler):
    store: PageStore

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urlparse(self.path)
        host = (self.headers.get("Host") or "").split(":")[0]
        body, ctype = self.store.get(host, self.path)
        if body is None and url.path.startswith("/_img/"):
            body, ctype = _picture(url.path, url.query), "image/jpeg"
        elif body is None and url.path == "/favicon.svg":
            body, ctype = _favicon(url.query), "image/svg+xml"
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        # pictures are named by their seed and may be cached; a page never: several scenes
        # share a URL (youtube.com/, mail.google.com/mail/u/0/#...), each with its own content
        cache = "no-store" if ctype.startswith("text/html") else "max-age=3600"
        self.send_header("Cache-Control", cache)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # quiet: one line per picture is noise
        pass


def make_certificate(folder: Path) -> tuple[Path, Path, str]:
    """A self-signed certificate for the page server, and its SPKI pin for Chromium.

    The real site names are on Chromium's HSTS preload list, so pages must come over HTTPS;
    pinning the key with --ignore-certificate-errors-spki-list makes Chromium accept it as
    valid, and the URL bar shows the ordinary padlock as on the real sites."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    if not cert.exists():
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days",
                        "3650", "-subj", "/CN=screenfarm", "-keyout", str(key), "-out",
                        str(cert)], check=True, capture_output=True)
    pub = subprocess.run(["openssl", "x509", "-in", str(cert), "-pubkey", "-noout"],
                         check=True, capture_output=True).stdout
    der = subprocess.run(["openssl", "pkey", "-pubin", "-outform", "der"], input=pub,
                         check=True, capture_output=True).stdout
    return cert, key, base64.b64encode(hashlib.sha256(der).digest()).decode()


def serve(store: PageStore, cert: Path, key: Path) -> ThreadingHTTPServer:
    """Start the HTTPS page server on a free port in a daemon thread; caller shuts it down."""
    handler = type("Handler", (_Handler,), {"store": store})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    server.socket = tls.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
