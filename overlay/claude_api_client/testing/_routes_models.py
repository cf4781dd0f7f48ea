"""Models: a fixed catalogue, listed newest first."""

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
        "capabilities": None,
        "max_input_tokens": 200000,
        "max_tokens": 64000,
    },
    {
        "type": "model",
        "id": "claude-haiku-4-5",
        "display_name": "Claude Haiku 4.5",
        "created_at": "2025-10-15T00:00:00Z",
        "capabilities": None,
        "max_input_tokens": 200000,
        "max_tokens": 64000,
    },
    {
        "type": "model",
        "id": "claude-sonnet-4-5",
        "display_name": "Claude Sonnet 4.5",
        "created_at": "2025-09-29T00:00:00Z",
        "capabilities": None,
        "max_input_tokens": 200000,
        "max_tokens": 64000,
    },
]


def models_list(call: Call) -> Reply:
    return Reply(body=cursor_page([dict(m) for m in MODELS], call.query))


def models_retrieve(call: Call) -> Reply:
    for model in MODELS:
        if model["id"] == call.params["model_id"]:
            return Reply(body=dict(model))
    raise APIFailure(404, "not_found_error", f"model: {call.params['model_id']}")


ROUTES: dict[str, Handler] = {"models_list": models_list, "models_retrieve": models_retrieve}
