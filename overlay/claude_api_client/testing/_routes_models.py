"""Models: a fixed catalogue, listed newest first, filtered by lifecycle stage."""

from __future__ import annotations

from typing import Any

from ._pages import cursor_page
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["MODELS", "ROUTES"]

MODELS: list[dict[str, Any]] = [
    {
        "type": "model",
        "id": "claude-opus-4-5",
        "display_name": "Claude Opus 4.5",
        "created_at": "2025-11-24T00:00:00Z",
        "lifecycle": "active",
        "line": "opus",
        "deprecated_at": None,
        "retires_at": None,
        "capabilities": None,
        "max_input_tokens": 200000,
        "max_tokens": 64000,
    },
    {
        "type": "model",
        "id": "claude-haiku-4-5",
        "display_name": "Claude Haiku 4.5",
        "created_at": "2025-10-15T00:00:00Z",
        "lifecycle": "active",
        "line": "haiku",
        "deprecated_at": None,
        "retires_at": None,
        "capabilities": None,
        "max_input_tokens": 200000,
        "max_tokens": 64000,
    },
    {
        "type": "model",
        "id": "claude-sonnet-4-5",
        "display_name": "Claude Sonnet 4.5",
        "created_at": "2025-09-29T00:00:00Z",
        "lifecycle": "deprecated",
        "line": "sonnet",
        "deprecated_at": "2026-06-01T00:00:00Z",
        "retires_at": "2027-01-05T00:00:00Z",
        "capabilities": None,
        "max_input_tokens": 200000,
        "max_tokens": 64000,
    },
    {
        "type": "model",
        "id": "claude-3-opus-20240229",
        "display_name": "Claude Opus 3",
        "created_at": "2024-02-29T00:00:00Z",
        "lifecycle": "retired",
        "line": "opus",
        "deprecated_at": "2025-06-30T00:00:00Z",
        "retires_at": "2026-01-05T00:00:00Z",
        "capabilities": None,
        "max_input_tokens": 200000,
        "max_tokens": 4096,
    },
]


# Without a `lifecycle[]` filter the API lists active and deprecated models, never retired ones.
DEFAULT_LIFECYCLE = ("active", "deprecated")


def models_list(call: Call) -> Reply:
    stages = call.query.get("lifecycle[]") or DEFAULT_LIFECYCLE
    listed = [dict(m) for m in MODELS if m.get("lifecycle", "active") in stages]
    return Reply(body=cursor_page(listed, call.query))


def models_retrieve(call: Call) -> Reply:
    for model in MODELS:
        if model["id"] == call.params["model_id"]:
            return Reply(body=dict(model))
    raise APIFailure(404, "not_found_error", f"model: {call.params['model_id']}")


ROUTES: dict[str, Handler] = {"models_list": models_list, "models_retrieve": models_retrieve}
