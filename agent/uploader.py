"""HTTP delivery of one frame to the server's ingest (`POST /api/frames`, multipart)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from typing import Any

INGEST_PATH = "/api/frames"


class ServerUnavailable(Exception):
    """The server could not take the frame now (down, 5xx, timeout): keep it and retry later."""


class Unauthorized(ServerUnavailable):
    """The server does not know this device token (HTTP 401): a set-up problem, so frames are
    kept in the spool (not refused) until the token is fixed."""


class FrameRejected(Exception):
    """The server refused this frame for good (4xx): set it aside, never retry it."""


def multipart_body(jpeg: bytes, meta_json: str) -> tuple[bytes, str]:
    """(body, content type) of a form with the fields `meta` (JSON) and `image` (JPEG)."""
    boundary = uuid.uuid4().hex
    body = b"".join([
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"meta\"\r\n"
        f"Content-Type: application/json\r\n\r\n".encode(), meta_json.encode(), b"\r\n",
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"image\"; "
        f"filename=\"frame.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n".encode(), jpeg,
        f"\r\n--{boundary}--\r\n".encode()])
    return body, f"multipart/form-data; boundary={boundary}"


def is_transient(status: int) -> bool:
    """Whether an HTTP error status means "try again later" rather than "this frame is bad".

    401: a wrong token is a set-up problem; keep frames until it is fixed. 408/429: the server
    asks for patience. 5xx: the server is in trouble."""
    return status >= 500 or status in (401, 408, 429)


@dataclass
class Uploader:
    """Sends frames to `server_url` with the device token; `timeout` in seconds."""

    server_url: str
    token: str
    timeout: float = 10.0

    def send(self, jpeg: bytes, meta_json: str) -> dict[str, Any]:
        """POST one frame; returns the server's JSON answer (e.g. {"id": 7, "created": true}).

        Raises ServerUnavailable (retry later; Unauthorized for a token the server does not
        know) or FrameRejected (never retry this frame)."""
        body, content_type = multipart_body(jpeg, meta_json)
        request = urllib.request.Request(
            self.server_url.rstrip("/") + INGEST_PATH, data=body, method="POST",
            headers={"Authorization": f"Device {self.token}", "Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace")
            if exc.code == 401:
                raise Unauthorized(f"HTTP 401: {detail}") from exc
            if is_transient(exc.code):
                raise ServerUnavailable(f"HTTP {exc.code}: {detail}") from exc
            raise FrameRejected(f"HTTP {exc.code}: {detail}") from exc
        except (urllib.error.URLError, OSError, TimeoutError, ValueError) as exc:
            raise ServerUnavailable(str(exc)) from exc
