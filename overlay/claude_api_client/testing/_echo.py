"""The echo model: deterministic replies built from the request, as JSON or as SSE events."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

ECHO_PREFIX = "echo: "


def _last_user_text(messages: list[Any]) -> str:
    for message in reversed(messages):
        if not isinstance(message, dict) or message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            return content
        if isinstance(content, list):
            texts = [b.get("text", "") for b in content if isinstance(b, dict) and b.get("type") == "text"]
            if texts:
                return " ".join(texts)
    return ""


def count_tokens(body: dict[str, Any]) -> int:
    """A stable stand-in for a tokenizer: one token per whitespace-separated word, at least 1."""
    words = len(json.dumps(body.get("messages", []), ensure_ascii=False).split())
    system = body.get("system")
    if system:
        words += len(json.dumps(system, ensure_ascii=False).split())
    return max(1, words)


def reply(body: dict[str, Any], message_id: str) -> dict[str, Any]:
    """The message the echo model answers with."""
    text = ECHO_PREFIX + _last_user_text(body.get("messages", []))
    max_tokens = int(body.get("max_tokens", 0) or 0)
    words = text.split(" ")
    stop_reason = "end_turn"
    if len(words) > max_tokens:
        words, stop_reason = words[:max_tokens], "max_tokens"
    text = " ".join(words)
    content: list[dict[str, Any]] = [{"type": "text", "text": text}]
    tools = body.get("tools")
    if tools and stop_reason == "end_turn":
        tool = tools[0]
        content.append({
            "type": "tool_use",
            "id": f"toolu_{message_id[4:]}",
            "name": tool.get("name", "tool"),
            "input": {},
        })
        stop_reason = "tool_use"
    return {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": body.get("model", ""),
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": count_tokens(body), "output_tokens": len(words)},
    }


def stream_events(message: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The SSE events that deliver `message` incrementally, with a ping after the start."""
    start = {**message, "content": [], "stop_reason": None, "stop_sequence": None,
             "usage": {**message["usage"], "output_tokens": 0}}
    yield "message_start", {"type": "message_start", "message": start}
    yield "ping", {"type": "ping"}
    for index, block in enumerate(message["content"]):
        if block["type"] == "text":
            yield "content_block_start", {"type": "content_block_start", "index": index,
                                          "content_block": {"type": "text", "text": ""}}
            words = block["text"].split(" ")
            for i, word in enumerate(words):
                piece = word if i == 0 else " " + word
                yield "content_block_delta", {"type": "content_block_delta", "index": index,
                                              "delta": {"type": "text_delta", "text": piece}}
        else:
            yield "content_block_start", {"type": "content_block_start", "index": index,
                                          "content_block": {**block, "input": {}}}
            yield "content_block_delta", {
                "type": "content_block_delta", "index": index,
                "delta": {"type": "input_json_delta", "partial_json": json.dumps(block["input"])},
            }
        yield "content_block_stop", {"type": "content_block_stop", "index": index}
    yield "message_delta", {
        "type": "message_delta",
        "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
        "usage": {"output_tokens": message["usage"]["output_tokens"]},
    }
    yield "message_stop", {"type": "message_stop"}
