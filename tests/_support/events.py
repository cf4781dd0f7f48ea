"""Payloads of the Messages stream's events, built by name (the SSE encoder is in `wire`)."""

from __future__ import annotations

import json
from typing import Any

__all__ = [
    "MESSAGE_STOP",
    "PING",
    "block_start",
    "block_stop",
    "json_delta",
    "message_delta",
    "message_start",
    "message_events",
    "named",
    "text_delta",
]

PING: dict[str, Any] = {"type": "ping"}
MESSAGE_STOP: dict[str, Any] = {"type": "message_stop"}


def message_start(message: dict[str, Any]) -> dict[str, Any]:
    return {"type": "message_start", "message": message}


def block_start(index: int, block: dict[str, Any] | None = None) -> dict[str, Any]:
    """A content block opens (an empty text block unless `block` is given)."""
    content_block = {"type": "text", "text": ""} if block is None else block
    return {"type": "content_block_start", "index": index, "content_block": content_block}


def text_delta(index: int, text: str) -> dict[str, Any]:
    return {
        "type": "content_block_delta",
        "index": index,
        "delta": {"type": "text_delta", "text": text},
    }


def json_delta(index: int, partial_json: str) -> dict[str, Any]:
    delta = {"type": "input_json_delta", "partial_json": partial_json}
    return {"type": "content_block_delta", "index": index, "delta": delta}


def block_stop(index: int) -> dict[str, Any]:
    return {"type": "content_block_stop", "index": index}


def message_delta(
    stop_reason: str | None, output_tokens: int, stop_sequence: str | None = None
) -> dict[str, Any]:
    return {
        "type": "message_delta",
        "delta": {"stop_reason": stop_reason, "stop_sequence": stop_sequence},
        "usage": {"output_tokens": output_tokens},
    }


def named(*payloads: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """(event name, payload) pairs: the API names each event after its payload's type."""
    return tuple((payload["type"], payload) for payload in payloads)


def message_events(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The stream of a finished message (a Messages response body): each block opened, filled in
    one delta and closed, in order (text and `tool_use` blocks)."""
    events = [message_start({**message, "content": [], "stop_reason": None})]
    for index, block in enumerate(message["content"]):
        if block["type"] == "text":
            events += [block_start(index), text_delta(index, block["text"])]
        else:
            events += [
                block_start(index, {**block, "input": {}}),
                json_delta(index, json.dumps(block["input"])),
            ]
        events.append(block_stop(index))
    events += [message_delta(message["stop_reason"], 1), MESSAGE_STOP]
    return events
