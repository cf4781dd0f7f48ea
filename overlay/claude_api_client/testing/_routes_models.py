"""Models: a fixed catalogue, listed newest first, filtered by lifecycle stage."""

from __future__ import annotations

from typing import Any

from ._pages import cursor_page
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["MODELS", "ROUTES"]


def _model(
    model_id: str,
    name: str,
    released: str,
    lifecycle: str = "active",
    deprecated: str | None = None,
    retires: str | None = None,
    max_tokens: int = 64000,
) -> dict[str, Any]:
    """A catalogue entry; dates are days (`2025-11-24`), the API sends them at midnight UTC."""

    def stamp(day: str | None) -> str | None:
        return f"{day}T00:00:00Z" if day else None

    return {
        "type": "model",
        "id": model_id,
        "display_name": name,
        "created_at": stamp(released),
        "lifecycle": lifecycle,
        "line": name.split()[1].lower(),  # "Claude Opus 4.5": opus
        "deprecated_at": stamp(deprecated),
        "retires_at": stamp(retires),
        "capabilities": None,
        "max_input_tokens": 200000,
        "max_tokens": max_tokens,
    }


MODELS: list[dict[str, Any]] = [
    _model("claude-opus-4-5", "Claude Opus 4.5", "2025-11-24"),
    _model("claude-haiku-4-5", "Claude Haiku 4.5", "2025-10-15"),
    _model(
        "claude-sonnet-4-5",
        "Claude Sonnet 4.5",
        "2025-09-29",
        "deprecated",
        "2026-06-01",
        "2027-01-05",
    ),
    _model(
        "claude-3-opus-20240229",
        "Claude Opus 3",
        "2024-02-29",
        "retired",
        "2025-06-30",
        "2026-01-05",
        max_tokens=4096,
    ),
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
