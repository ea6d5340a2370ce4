"""Parsing what a client sends to the labelling endpoints: the body, ids, id lists, text fields.

Every function raises BadRequest (a ValueError whose message is safe to show) on bad input, so
a view answers 400 with `bad_request(exc)` instead of letting ValueError, OverflowError or
UnicodeDecodeError escape as a 500. Ids are database primary keys: ASCII digits only (str.isdigit
accepts "²", which int() refuses), 1 .. 2**63-1 (SQLite and PostgreSQL bigint both overflow
above that), so a parsed id can always be handed to the ORM.
"""

from __future__ import annotations

import json
import re

from django.http import HttpRequest, JsonResponse

MAX_ID = 2**63 - 1
MAX_IDS = 5000  # an exclude/frames list longer than this is not something the page sends
_DIGITS = re.compile(r"[0-9]{1,19}")  # 19 digits hold 2**63-1; more never fit


class BadRequest(ValueError):
    """The request is malformed; the message says which field and why (shown to the client)."""


def bad_request(exc: BadRequest) -> JsonResponse:
    """The 400 answer: {"error": message}."""
    return JsonResponse({"error": str(exc)}, status=400)


def as_id(value: object) -> int | None:
    """An int (not bool) or an ASCII-digit string in 1 .. MAX_ID -> that int; else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        return None
    return number if 1 <= number <= MAX_ID else None


def parse_id(value: object, field: str) -> int:
    """`value` as a primary key; BadRequest naming `field` otherwise (missing included)."""
    number = as_id(value)
    if number is None:
        raise BadRequest(f"{field} must be a positive integer id (1 to {MAX_ID})")
    return number


def parse_id_list(raw: object, field: str) -> list[int]:
    """"1,2,3" or [1, "2"] or None/"" -> [1, 2, 3]; empty parts of a string are skipped (the
    page sends "" for none); any other entry, or more than MAX_IDS, is a BadRequest."""
    if raw is None:
        return []
    if isinstance(raw, str):
        parts: list[object] = [p for p in raw.split(",") if p.strip()]
    elif isinstance(raw, list):
        parts = raw
    else:
        raise BadRequest(f"{field} must be a list of ids or comma-separated ids")
    if len(parts) > MAX_IDS:
        raise BadRequest(f"{field} holds more than {MAX_IDS} ids")
    return [parse_id(p, f"each of {field}") for p in parts]


def text(data: dict, field: str, *, required: bool = True) -> str:
    """data[field] as a string ("" when absent and not required); BadRequest for a number,
    list, object or a missing required field."""
    value = data.get(field)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        raise BadRequest(f"{field} must be a non-empty string" if required
                         else f"{field} must be a string")
    return value


def _reject_constant(name: str) -> None:
    raise BadRequest(f"{name} is not a number the endpoints accept")


def request_data(request: HttpRequest) -> dict:
    """The POSTed JSON object (the page's fetch calls) or the form fields (a repeated form field
    becomes a list, which the id/text parsers reject). BadRequest for a body that is not UTF-8,
    not JSON, NaN/Infinity, too deeply nested or over-long numbers, or JSON that is not an
    object."""
    if request.content_type != "application/json":
        return {k: (v if len(v) > 1 else v[0]) for k, v in request.POST.lists()}
    try:
        data = json.loads((request.body or b"{}").decode("utf-8"),
                          parse_constant=_reject_constant)
    except UnicodeDecodeError as exc:
        raise BadRequest("the body is not UTF-8") from exc
    except (ValueError, RecursionError) as exc:  # JSONDecodeError; int digit limit; nesting
        raise BadRequest(f"the body is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise BadRequest("the body must be a JSON object")
    return data
