"""A small real HTTP server standing in for TimeNet's (the agent's side of the protocol only):
it records every request and answers `GET /api/capture-state` with a state the test sets and
`POST /api/frames` with 201. Used where a test must count what the agent sent; the
end-to-end tests use the real Django server (live_server)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Recorder:
    url: str = ""
    state: dict = field(default_factory=lambda: {"paused": False, "exclusions": {}})
    requests: list[tuple[str, str, bytes]] = field(default_factory=list)  # method, path, body

    def uploads(self) -> list[bytes]:
        return [body for method, path, body in self.requests
                if method == "POST" and path == "/api/frames"]


def handler_for(recorder: Recorder) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            recorder.requests.append(("GET", self.path, b""))
            path = self.path.split("?", 1)[0]  # old agents sent a query; it is ignored
            self.answer(200, recorder.state if path == "/api/capture-state"
                        else {"notifications": []})

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            recorder.requests.append(("POST", self.path, body))
            self.answer(201, {"id": len(recorder.uploads()), "created": True})

        def answer(self, status: int, payload: dict) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args) -> None:
            pass

    return Handler


@pytest.fixture(name="recorder")
def recorder_fixture() -> Iterator[Recorder]:
    found = Recorder()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(found))
    found.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield found
    server.shutdown()
    server.server_close()
