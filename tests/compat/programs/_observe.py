"""What a compat program prints: one JSON line per observation, `name: value`."""

from __future__ import annotations

import json
from typing import Any


def show(name: str, value: Any) -> None:
    print(json.dumps({name: value}, sort_keys=True, default=repr))


def error(name: str, exc: BaseException) -> None:
    """The observable parts of an API error: class, status, request id, error type."""
    body = getattr(exc, "body", None)
    error_type = body.get("error", {}).get("type") if isinstance(body, dict) else None
    show(
        name,
        {
            "class": type(exc).__name__,
            "status": getattr(exc, "status_code", None),
            "has_request_id": bool(getattr(exc, "request_id", None)),
            "error_type": error_type,
        },
    )
