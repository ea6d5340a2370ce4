"""The frame store: screenshots encrypted at rest, with the key kept outside the database.

The one owner of frame image files: ingest writes through `write_frame`, and every reader (the
classifier, the review page, heatmaps, the gold set, retraining, the admin) reads through
`read_frame`. A stored file is

    MAGIC (8 bytes) | nonce (12 bytes) | AES-256-GCM ciphertext + 16-byte tag

of the image re-encoded without metadata (EXIF, XMP, ICC, PNG text chunks, comments: a
screenshot's window titles and the capturing machine are already in the database, nothing else
should travel with the pixels). The key is 32 random bytes in a 0600 file
(settings.TIMENET_FRAME_KEY_FILE, default `$TIMENET_DATA_DIR/frames.key`), created on first use;
it never enters the database, so a copy of the database (or of the frames directory without the
data directory) reveals no screenshot. AES-GCM (NIST SP 800-38D, `cryptography`'s AESGCM) also
authenticates: a file altered on disk fails to decrypt instead of feeding the model garbage.

Files written before encryption existed (plain JPEG/PNG/WEBP) are still read as they are, and
`manage.py encrypt_frames` converts them in place (`encrypt_existing`).
"""

from __future__ import annotations

import io
import os
import secrets
import shutil
import stat
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from PIL import Image

from timenet_core.files import atomic_write

MAGIC = b"TNFRAME1"  # never the start of a JPEG (FF D8), PNG (89 50) or WEBP (RIFF)
NONCE_BYTES = 12  # the GCM standard nonce size; random per file (2^-32 collision bound at 2^32)
KEY_BYTES = 32  # AES-256
_keys: dict[Path, bytes] = {}
_keys_lock = threading.Lock()


class FrameStoreError(OSError):
    """A frame file that cannot be read (missing, altered, wrong key) or a bad key file.
    An OSError, so every reader that already skips an unreadable file skips this one too."""


def frames_root() -> Path:
    return Path(settings.FRAMES_DIR)


def frame_file(relpath: str | os.PathLike) -> Path:
    """The absolute path of a stored frame; refuses a path outside the frames directory
    (a relpath from the database is trusted, but '..' must still never escape). Raises
    FrameStoreError."""
    root = frames_root().resolve()
    path = (root / relpath).resolve()
    if not path.is_relative_to(root):
        raise FrameStoreError(f"{relpath}: outside the frames directory")
    return path


# --- the key ---------------------------------------------------------------------------------
def key_file() -> Path:
    configured = getattr(settings, "TIMENET_FRAME_KEY_FILE", None)
    return Path(configured) if configured else Path(settings.DATA_DIR) / "frames.key"


def _create_key(path: Path) -> None:
    """Write a new random key with mode 0600, atomically and only if none exists: the key is
    written whole to a temp file, then hard-linked to `path` (link fails if `path` exists), so
    two processes starting at once (web and worker) never see half a key or each keep their
    own: the loser reads the winner's."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(KEY_BYTES))
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        Path(tmp).unlink(missing_ok=True)


def _load_key(path: Path) -> bytes:
    if not path.exists():
        _create_key(path)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise FrameStoreError(f"{path}: the frame key must be readable by its owner only "
                              f"(mode {mode:o}); run: chmod 600 {path}")
    key = path.read_bytes()
    if len(key) != KEY_BYTES:  # never a half-written key (see _create_key): a foreign file
        raise FrameStoreError(f"{path}: not a frame key ({len(key)} bytes, expected {KEY_BYTES})")
    return key


def frame_key() -> bytes:
    """The 32-byte AES key (created 0600 on first use). Raises FrameStoreError."""
    path = key_file()
    with _keys_lock:
        if path not in _keys:
            _keys[path] = _load_key(path)
        return _keys[path]


# --- encoding --------------------------------------------------------------------------------
def strip_metadata(data: bytes) -> bytes:
    """The image re-encoded in its own format with no metadata (EXIF, XMP, ICC, text chunks).

    JPEG keeps its quantisation tables and subsampling (`quality="keep"`), so the re-encode adds
    as little loss as a re-encode can; PNG and lossless WEBP are lossless. Raises
    FrameStoreError for bytes Pillow cannot decode (ingest has validated them already)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            fmt = image.format
            image.load()
            # Pillow copies some of `info` into the new file (JPEG comments, ICC profiles, XMP,
            # PNG transparency/text): an empty info leaves only the pixels and the encoding.
            image.info = {}
            out = io.BytesIO()
            if fmt == "JPEG":
                image.save(out, "JPEG", quality="keep", optimize=True)
            elif fmt == "PNG":
                image.save(out, "PNG")
            elif fmt == "WEBP":
                image.save(out, "WEBP", lossless=True)
            else:
                raise FrameStoreError(f"unsupported frame format {fmt}")
    except (OSError, ValueError, SyntaxError) as exc:
        raise FrameStoreError(f"not a valid image: {exc}") from exc
    return out.getvalue()


def encrypt(plain: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return MAGIC + nonce + AESGCM(frame_key()).encrypt(nonce, plain, MAGIC)


def decrypt(stored: bytes, name: str = "<frame>") -> bytes:
    """The plain image bytes of a stored file; a legacy plain file is returned as it is.
    Raises FrameStoreError when the file was altered or the key is not the one it was
    written with."""
    if not stored.startswith(MAGIC):
        return stored  # written before encryption at rest (see encrypt_existing)
    body = stored[len(MAGIC):]
    nonce, sealed = body[:NONCE_BYTES], body[NONCE_BYTES:]
    try:
        return AESGCM(frame_key()).decrypt(nonce, sealed, MAGIC)
    except InvalidTag as exc:
        raise FrameStoreError(f"{name}: cannot decrypt (file altered, or not written with "
                              f"this server's key {key_file()})") from exc


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


# --- the API ---------------------------------------------------------------------------------
def write_frame(relpath: str, data: bytes) -> Path:
    """Store an (already validated) image at `relpath` under the frames directory: metadata
    stripped, encrypted, written atomically (a reader never sees half a file). Returns the
    absolute path. Raises FrameStoreError (undecodable image, bad key file) or OSError."""
    path = frame_file(relpath)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, encrypt(strip_metadata(data)), mode=0o600)
    return path


def read_frame(path: str | os.PathLike) -> bytes:
    """The plain image bytes of a stored frame: `path` relative to the frames directory (as in
    Frame.image_path) or absolute. Raises FrameStoreError when it is missing, altered or
    written with another key."""
    target = Path(path) if Path(path).is_absolute() else frame_file(path)
    try:
        stored = target.read_bytes()
    except OSError as exc:
        raise FrameStoreError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return decrypt(stored, str(path))


def content_type(data: bytes) -> str:
    """The MIME type of plain frame bytes (frames are JPEG, PNG or WEBP)."""
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "image/jpeg"


def frame_response(relpath: str):
    """A (streaming) response with a stored frame's plain image, private to the browser's cache.
    The caller must have checked the requester may see it. Raises Http404 when the frame's
    image is not stored or cannot be read."""
    from django.http import FileResponse, Http404

    if not relpath:
        raise Http404("this frame's image is not stored")
    try:
        data = read_frame(relpath)
    except FrameStoreError as exc:
        raise Http404("this frame's image is not stored") from exc
    response = FileResponse(io.BytesIO(data), content_type=content_type(data))
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def delete_frame(relpath: str) -> None:
    """Remove a stored frame (already gone is fine)."""
    try:
        frame_file(relpath).unlink()
    except FileNotFoundError:
        pass


def encrypt_existing(root: Path | None = None) -> tuple[int, int, list[str]]:
    """Encrypt, in place, every plain frame file left from before encryption at rest (metadata
    stripped too). Returns (encrypted, already_encrypted, errors); idempotent, and a file that
    fails (not an image) is left as it is and named in `errors`."""
    root = Path(root or frames_root())
    done, skipped, errors = 0, 0, []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")):
        if is_encrypted(path):
            skipped += 1
            continue
        try:
            atomic_write(path, encrypt(strip_metadata(path.read_bytes())), mode=0o600)
            done += 1
        except (FrameStoreError, OSError) as exc:
            errors.append(f"{path}: {exc}")
    return done, skipped, errors


def plain_dir() -> Path:
    """Where `plain_copies` puts decrypted frames while a retrain runs (0700, emptied after)."""
    return Path(settings.DATA_DIR) / "cache" / "plain-frames"


@contextmanager
def plain_copies(items: Sequence[tuple[Path, str]]) -> Iterator[list[tuple[Path, str]]]:
    """(path, label) items with each encrypted frame replaced by a decrypted copy, for code
    that opens image files itself (the ml package's training, which must not import Django).

    The copies live in `plain_dir()` only for the `with` block. Each keeps its frame's relative
    path and mtime, so the embedding cache (keyed by path, size and mtime) still hits on the
    next retrain. Plain files (legacy, or a test's own images) are passed through unchanged; an
    unreadable frame is left out."""
    root, out = frames_root().resolve(), plain_dir()
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(out, 0o700)
    kept: list[tuple[Path, str]] = []
    try:
        for path, label in items:
            copy = _plain_copy(Path(path), root, out)
            if copy is not None:
                kept.append((copy, label))
        yield kept
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _plain_copy(path: Path, root: Path, out: Path) -> Path | None:
    try:
        if not is_encrypted(path):
            return path
        resolved = path.resolve()
        rel = resolved.relative_to(root) if resolved.is_relative_to(root) else resolved.name
        copy = out / rel
        copy.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(copy, read_frame(resolved), mode=0o600)
        stamp = resolved.stat()
        os.utime(copy, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
        return copy
    except OSError:  # FrameStoreError included: a retrain skips what it cannot read
        return None
