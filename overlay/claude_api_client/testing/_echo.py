"""The echo model: deterministic replies built from the request, as JSON or as SSE events.

The reply is ``"echo: "`` followed by the last user turn's text, cut to ``max_tokens`` words (one
word = one output token) or at the first stop sequence. When the request offers a custom tool (and
``tool_choice`` does not forbid it), the reply also calls that tool with an input holding every
required property of its schema, and stops with ``tool_use``.
"""

from __future__ import annotations

import json
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


def count_tokens(body: dict[str, Any]) -> int:
    """A stable stand-in for a tokenizer: one token per whitespace-separated word, at least 1."""
    words = len(json.dumps(body.get("messages", []), ensure_ascii=False).split())
    for key in ("system", "tools"):
        if body.get(key):
            words += len(json.dumps(body[key], ensure_ascii=False).split())
    return max(1, words)


def _chosen_tool(body: dict[str, Any]) -> dict[str, Any] | None:
    tools = [t for t in body.get("tools") or () if isinstance(t, dict) and "input_schema" in t]
    choice = body.get("tool_choice") or {}
    if not tools or choice.get("type") == "none":
        return None
    if choice.get("type") == "tool":
        named = [t for t in tools if t.get("name") == choice.get("name")]
        return named[0] if named else None
    return tools[0]


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
    text = ECHO_PREFIX + _last_user_text(body.get("messages", []))
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
    tool = _chosen_tool(body)
    if tool is not None and stop_reason == "end_turn":
        content.append(
            {
                "type": "tool_use",
                "id": "toolu_" + message_id.split("_", 1)[-1],
                "name": tool["name"],
                "input": _sample_input(tool.get("input_schema") or {}),
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
            },
            "usage": {"output_tokens": message["usage"]["output_tokens"]},
        },
    )
    yield "message_stop", {"type": "message_stop"}
