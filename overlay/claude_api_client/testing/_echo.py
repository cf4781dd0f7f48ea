"""The echo model: deterministic replies built from the request, as JSON or as SSE events.

The reply is ``"echo: "`` followed by the last user turn's text, cut to ``max_tokens`` words (one
word = one output token) or at the first stop sequence. When the request offers a custom tool (and
``tool_choice`` does not forbid it), the reply also calls that tool with an input holding every
required property of its schema, and stops with ``tool_use``.

Tools: a user turn that names offered tools (as words of its text) makes the reply call each of
them, in parallel (only the first with ``disable_parallel_tool_use``); naming none calls the first
tool. A turn of ``tool_result`` blocks is answered with ``"echo: "`` and the results' text, and
``end_turn`` -- unless that text names offered tools, which are then called next (so a tool's
result can chain another call; ``is_error`` results never do). The memory tool (``memory_20250818``), when named, is called with
``{"command": "view", "path": "/memories"}``. Structured outputs: with ``output_config.format`` (or the beta
``output_format``) of type ``json_schema``, the text is JSON matching the schema (every property,
the first enum value or ``anyOf`` member, sample strings in the declared ``format``), still cut
to ``max_tokens`` words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["ECHO_PREFIX", "count_tokens", "reply", "stream_events"]

ECHO_PREFIX = "echo: "
PING_EVERY = 16
"""A `ping` event after the start and after every this many deltas."""

_SAMPLE_VALUES: dict[str, Any] = {
    "string": "echo",
    "integer": 1,
    "number": 1.0,
    "boolean": True,
    "array": [],
    "object": {},
    "null": None,
}


def _last_user_text(messages: list[Any]) -> str:
    for message in reversed(messages):
        if not isinstance(message, dict) or message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            return content
        if isinstance(content, list):
            texts = [
                b.get("text", "")
                for b in content
                if isinstance(b, dict) and b.get("type") == "text"
            ]
            if texts:
                return " ".join(texts)
    return ""


_SAMPLE_STRINGS: dict[str, str] = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "time": "00:00:00",
    "duration": "P1D",
    "email": "echo@example.com",
    "hostname": "example.com",
    "uri": "https://example.com/echo",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "uuid": "00000000-0000-4000-8000-000000000000",
}
_MAX_SAMPLE_DEPTH = 16
# Client-side tools of a fixed type the echo model can call too (when named), with this input.
_BUILTIN_INPUTS: dict[Any, dict[str, Any]] = {
    "memory_20250818": {"command": "view", "path": "/memories"},
}


def _json_schema(body: dict[str, Any]) -> dict[str, Any] | None:
    """The schema a structured-output request asks the reply to follow, if any."""
    config = body.get("output_config")
    fmt = config.get("format") if isinstance(config, dict) else None
    fmt = fmt or body.get("output_format")
    if (
        isinstance(fmt, dict)
        and fmt.get("type") == "json_schema"
        and isinstance(fmt.get("schema"), dict)
    ):
        schema: dict[str, Any] = fmt["schema"]
        return schema
    return None


def sample_value(schema: Any, root: dict[str, Any], depth: int = 0) -> Any:
    """A value that matches `schema` (`$ref`s resolved against `root`'s `$defs`)."""
    if not isinstance(schema, dict) or depth > _MAX_SAMPLE_DEPTH:
        return None
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = root
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        return sample_value(target, root, depth + 1)
    if schema.get("enum"):
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    for key in ("anyOf", "oneOf"):
        variants = [v for v in schema.get(key) or () if isinstance(v, dict)]
        if variants:
            preferred = [v for v in variants if v.get("type") != "null"] or variants
            return sample_value(preferred[0], root, depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample_value(part, root, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        properties = schema.get("properties") or {}
        return {name: sample_value(prop, root, depth + 1) for name, prop in properties.items()}
    if kind == "array":
        count = 1 if (schema.get("minItems") or 0) >= 1 else 0
        return [sample_value(schema.get("items") or {}, root, depth + 1) for _ in range(count)]
    if kind == "string":
        return _SAMPLE_STRINGS.get(str(schema.get("format")), "echo")
    return _SAMPLE_VALUES.get(kind if isinstance(kind, str) else "string", "echo")


def _tool_result_text(message: Any, *, errors: bool = True) -> str | None:
    """The text of a user turn made of tool results (None when the turn is something else);
    `errors=False` leaves out the `is_error` results."""
    content = message.get("content") if isinstance(message, dict) else None
    if not isinstance(content, list):
        return None
    results = [b for b in content if isinstance(b, dict) and b.get("type") == "tool_result"]
    if not results:
        return None
    texts: list[str] = []
    for result in results:
        if result.get("is_error") and not errors:
            continue
        inner = result.get("content")
        if isinstance(inner, str):
            texts.append(inner)
        elif isinstance(inner, list):
            texts.extend(
                str(b.get("text", ""))
                for b in inner
                if isinstance(b, dict) and b.get("type") == "text"
            )
    return " ".join(t for t in texts if t)


def count_tokens(body: dict[str, Any]) -> int:
    """A stable stand-in for a tokenizer: one token per whitespace-separated word, at least 1."""
    words = len(json.dumps(body.get("messages", []), ensure_ascii=False).split())
    for key in ("system", "tools"):
        if body.get(key):
            words += len(json.dumps(body[key], ensure_ascii=False).split())
    return max(1, words)


def _named(tools: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    return [
        t for t in tools if re.search(rf"(?<![\w-]){re.escape(str(t.get('name')))}(?![\w-])", text)
    ]


def _chosen_tools(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The custom tools the reply calls (see the module docs)."""
    tools = [
        t
        for t in body.get("tools") or ()
        if isinstance(t, dict) and ("input_schema" in t or t.get("type") in _BUILTIN_INPUTS)
    ]
    choice = body.get("tool_choice") or {}
    if not tools or choice.get("type") == "none":
        return []
    if choice.get("type") == "tool":
        return [t for t in tools if t.get("name") == choice.get("name")][:1]
    messages = body.get("messages") or []
    last = messages[-1] if messages else {}
    results_text = _tool_result_text(last, errors=False)
    if results_text is not None:
        chosen = _named(tools, results_text)
    else:
        chosen = _named(tools, _last_user_text(messages)) or tools[:1]
    return chosen[:1] if choice.get("disable_parallel_tool_use") else chosen


def _sample_input(schema: dict[str, Any]) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    sample: dict[str, Any] = {}
    for name in schema.get("required") or ():
        prop = properties.get(name) or {}
        if prop.get("enum"):
            sample[name] = prop["enum"][0]
        elif "const" in prop:
            sample[name] = prop["const"]
        else:
            kind = prop.get("type", "string")
            sample[name] = _SAMPLE_VALUES.get(kind if isinstance(kind, str) else kind[0], "echo")
    return sample


def reply(body: dict[str, Any], message_id: str) -> dict[str, Any]:
    """The message the echo model answers `body` with."""
    messages = body.get("messages") or []
    results_text = _tool_result_text(messages[-1]) if messages else None
    schema = _json_schema(body)
    if schema is not None:
        text = json.dumps(sample_value(schema, schema))
    elif results_text is not None:
        text = ECHO_PREFIX + results_text
    else:
        text = ECHO_PREFIX + _last_user_text(messages)
    stop_reason, stop_sequence = "end_turn", None
    for sequence in body.get("stop_sequences") or ():
        at = text.find(sequence, len(ECHO_PREFIX))
        if sequence and at >= 0:
            text, stop_reason, stop_sequence = text[:at], "stop_sequence", sequence
            break
    max_tokens = int(body.get("max_tokens", 0) or 0)
    words = text.split(" ")
    if len(words) > max_tokens:
        words, stop_reason, stop_sequence = words[:max_tokens], "max_tokens", None
    text = " ".join(words)
    content: list[dict[str, Any]] = [{"type": "text", "text": text}] if words else []
    tools = _chosen_tools(body) if stop_reason == "end_turn" else []
    for i, tool in enumerate(tools):
        suffix = message_id.split("_", 1)[-1] + (f"_{i}" if i else "")
        content.append(
            {
                "type": "tool_use",
                "id": "toolu_" + suffix,
                "name": tool["name"],
                "input": _BUILTIN_INPUTS.get(tool.get("type"))
                or _sample_input(tool.get("input_schema") or {}),
            }
        )
        stop_reason = "tool_use"
    message: dict[str, Any] = {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": body.get("model", ""),
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence,
        "usage": {"input_tokens": count_tokens(body), "output_tokens": len(words)},
    }
    _request_features(body, message)
    return message


def _request_features(body: dict[str, Any], message: dict[str, Any]) -> None:
    """What some request fields add to the answer: `speed` in the usage, a `diagnostics` object,
    and for a compaction request one signed `compaction` block in place of the reply."""
    if isinstance(body.get("speed"), str):
        message["usage"]["speed"] = body["speed"]
    if isinstance(body.get("diagnostics"), dict):
        message["diagnostics"] = {"cache_miss_reason": None}
    if isinstance(body.get("compaction"), dict):
        summary = "Summary: " + _last_user_text(body.get("messages", []))
        message["content"] = [
            {"type": "compaction", "content": summary, "signature": "sig_" + message["id"]}
        ]
        message["stop_reason"], message["stop_sequence"] = "compaction", None


def stream_events(message: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The SSE events that deliver `message` incrementally, with pings along the way."""
    start = {
        **message,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {**message["usage"], "output_tokens": 0},
    }
    yield "message_start", {"type": "message_start", "message": start}
    yield "ping", {"type": "ping"}
    deltas = 0
    for index, block in enumerate(message["content"]):
        if block["type"] not in ("text", "tool_use"):  # sent whole (a compaction block)
            yield (
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": block},
            )
            yield "content_block_stop", {"type": "content_block_stop", "index": index}
            continue
        if block["type"] == "text":
            yield (
                "content_block_start",
                {
                    "type": "content_block_start",
                    "index": index,
                    "content_block": {"type": "text", "text": ""},
                },
            )
            pieces = [w if i == 0 else " " + w for i, w in enumerate(block["text"].split(" "))]
            delta_type, key = "text_delta", "text"
        else:
            yield (
                "content_block_start",
                {
                    "type": "content_block_start",
                    "index": index,
                    "content_block": {**block, "input": {}},
                },
            )
            encoded = json.dumps(block["input"])
            pieces = [encoded[i : i + 8] for i in range(0, len(encoded), 8)]
            delta_type, key = "input_json_delta", "partial_json"
        for piece in pieces:
            yield (
                "content_block_delta",
                {
                    "type": "content_block_delta",
                    "index": index,
                    "delta": {"type": delta_type, key: piece},
                },
            )
            deltas += 1
            if deltas % PING_EVERY == 0:
                yield "ping", {"type": "ping"}
        yield "content_block_stop", {"type": "content_block_stop", "index": index}
    yield (
        "message_delta",
        {
            "type": "message_delta",
            "delta": {
                "stop_reason": message["stop_reason"],
                "stop_sequence": message["stop_sequence"],
                **({"stop_details": message["stop_details"]} if "stop_details" in message else {}),
            },
            "usage": {"output_tokens": message["usage"]["output_tokens"]},
        },
    )
    yield "message_stop", {"type": "message_stop"}
