"""Which span attributes a call's request and response give, by span name: the keys and value
types the official package records (so dashboards built on its spans read ours), each read from a
path in a body (a dict or a typed model) and kept only when its value has the attribute's type."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["MESSAGE_RESPONSE", "RESPONSE_HEADERS", "SPAN_TABLES", "dig", "input_tokens", "typed"]

# attribute -> (path in the body, type): "string", "integer", "number", "boolean", "<type>[]".
Fields = Mapping[str, tuple[tuple[str, ...], str]]

MESSAGE_RESPONSE: Fields = {
    "gen_ai.response.id": (("id",), "string"),
    "gen_ai.response.model": (("model",), "string"),
    "gen_ai.usage.cache_write.input_tokens": (("usage", "cache_creation_input_tokens"), "integer"),
    "gen_ai.usage.cache_read.input_tokens": (("usage", "cache_read_input_tokens"), "integer"),
    "anthropic.usage.cache_creation.ephemeral_5m_input_tokens": (
        ("usage", "cache_creation", "ephemeral_5m_input_tokens"),
        "integer",
    ),
    "anthropic.usage.cache_creation.ephemeral_1h_input_tokens": (
        ("usage", "cache_creation", "ephemeral_1h_input_tokens"),
        "integer",
    ),
    "anthropic.response.service_tier": (("usage", "service_tier"), "string"),
    "gen_ai.usage.output_tokens": (("usage", "output_tokens"), "integer"),
    "gen_ai.usage.reasoning.output_tokens": (
        ("usage", "output_tokens_details", "thinking_tokens"),
        "integer",
    ),
    "anthropic.message.stop_reason": (("stop_reason",), "string"),
}

# span name -> {"constants", "request" (body fields), "request_any" (the first of some body
# fields that has its type), "request_counts" (body lists, by their length), "request_headers"
# (header -> list of its comma-separated parts), "json_output" (paths whose `json_schema` makes
# `gen_ai.output.type` "json"), "response" (body fields)}.
SPAN_TABLES: Mapping[str, Mapping[str, Any]] = {
    "anthropic.messages.create": {
        "constants": {"gen_ai.operation.name": "chat"},
        "request": {
            "gen_ai.request.model": (("model",), "string"),
            "gen_ai.request.max_tokens": (("max_tokens",), "integer"),
            "gen_ai.request.reasoning.level": (("output_config", "effort"), "string"),
            "anthropic.request.service_tier": (("service_tier",), "string"),
            "anthropic.thinking.type": (("thinking", "type"), "string"),
            "anthropic.thinking.budget_tokens": (("thinking", "budget_tokens"), "integer"),
        },
        "request_headers": {"anthropic.beta": "anthropic-beta"},
        # "json" when the reply is a JSON schema's (`output_format`: the deprecated spelling).
        "json_output": (("output_config", "format", "type"), ("output_format", "type")),
        "response": MESSAGE_RESPONSE,
    },
    "anthropic.messages.count_tokens": {
        "request": {"gen_ai.request.model": (("model",), "string")},
        "response": {
            "anthropic.message.count_tokens.input_tokens": (("input_tokens",), "integer"),
        },
    },
    "anthropic.sessions.create": {
        "request": {"anthropic.session.environment.id": (("environment_id",), "string")},
        # `agent` is an id or an object with one.
        "request_any": {"gen_ai.agent.id": ((("agent",), "string"), (("agent", "id"), "string"))},
        "response": {
            "gen_ai.agent.name": (("agent", "name"), "string"),
            "gen_ai.request.model": (("agent", "model", "id"), "string"),
        },
    },
    "anthropic.messages.batches.create": {
        "request_counts": {"anthropic.message.batch.request_count": ("requests",)},
    },
    "anthropic.completions.create": {  # ours only: the official package has no completions
        "constants": {"gen_ai.operation.name": "text_completion"},
        "request": {
            "gen_ai.request.model": (("model",), "string"),
            "gen_ai.request.max_tokens": (("max_tokens_to_sample",), "integer"),
        },
        "response": {
            "gen_ai.response.id": (("id",), "string"),
            "gen_ai.response.model": (("model",), "string"),
            "anthropic.message.stop_reason": (("stop_reason",), "string"),
        },
    },
}

# attribute -> the response header it is read from (on every call's span).
RESPONSE_HEADERS: Mapping[str, str] = {
    "anthropic.request.id": "request-id",
    "anthropic.organization.id": "anthropic-organization-id",
    "anthropic.workspace.id": "anthropic-workspace-id",
}


def dig(data: object, path: Sequence[str]) -> object:
    """The value at `path` in `data` (each level a mapping or an object with attributes)."""
    for name in path:
        data = data.get(name) if isinstance(data, Mapping) else getattr(data, name, None)
        if data is None:
            return None
    return data


def typed(value: object, kind: str) -> Any:
    """`value` as an attribute of `kind`, or None when it has another type (a body this version
    does not know sets no attribute rather than a wrong one)."""
    if kind.endswith("[]"):
        if not isinstance(value, (list, tuple)):
            return None
        items = [typed(item, kind[:-2]) for item in value]
        return None if any(item is None for item in items) else items
    if isinstance(value, bool):
        return value if kind == "boolean" else None
    # Plain `int` / `float` / `str` values: a known enum's member is recorded as its value.
    if isinstance(value, int):
        return int(value) if kind == "integer" else float(value) if kind == "number" else None
    if isinstance(value, float):
        return float(value) if kind == "number" else None
    if isinstance(value, str):
        return str.__str__(value) if kind == "string" else None
    return None


def input_tokens(usage: object) -> int | None:
    """`gen_ai.usage.input_tokens`: every input token, cached ones included."""
    count = dig(usage, ("input_tokens",))
    if not isinstance(count, int):
        return None
    for field in ("cache_read_input_tokens", "cache_creation_input_tokens"):
        cached = dig(usage, (field,))
        count += cached if isinstance(cached, int) and not isinstance(cached, bool) else 0
    return count
