"""Payloads shared by the benchmarks: request bodies, response messages and SSE streams.

Standard library only: the workers import this module in the official package's venv too.
"""

from __future__ import annotations

import json
from typing import Any

MODEL = "claude-sonnet-4-6"
PROMPT = "Tell me about the quick brown fox, briefly."

WORDS = ["The", " quick", " brown", " fox", " jumps", " over", " the", " lazy", " dog", " — ", "é"]


def request_kwargs(*, stream: bool = False) -> dict[str, Any]:
    """The arguments of every `messages.create` the benchmarks send (same body for all)."""
    kwargs: dict[str, Any] = {
        "model": MODEL,
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": PROMPT}],
    }
    if stream:
        kwargs["stream"] = True
    return kwargs


def _compact(obj: object) -> str:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def sse_stream(deltas: int) -> bytes:
    """A realistic Messages stream: start, one text block of `deltas` text deltas, stop."""

    def ev(name: str, payload: object) -> str:
        return f"event: {name}\ndata: {_compact(payload)}\n\n"

    start = {
        "type": "message_start",
        "message": {
            "id": "msg_bench",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 12, "output_tokens": 1},
        },
    }
    parts = [
        ev("message_start", start),
        ev(
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        ),
        ev("ping", {"type": "ping"}),
    ]
    for i in range(deltas):
        parts.append(
            ev(
                "content_block_delta",
                {
                    "type": "content_block_delta",
                    "index": 0,
                    "delta": {"type": "text_delta", "text": WORDS[i % len(WORDS)]},
                },
            )
        )
    parts.append(ev("content_block_stop", {"type": "content_block_stop", "index": 0}))
    parts.append(
        ev(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": deltas},
            },
        )
    )
    parts.append(ev("message_stop", {"type": "message_stop"}))
    return "".join(parts).encode()


def stream_event_count(deltas: int) -> int:
    return deltas + 6


def _usage() -> dict[str, Any]:
    return {
        "input_tokens": 2095,
        "output_tokens": 503,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        "service_tier": "standard",
    }


def message(target_bytes: int) -> bytes:
    """A Message JSON body of about `target_bytes`, with text, thinking and tool_use blocks."""
    prose = "The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs. "
    body: dict[str, Any] = {
        "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": [],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": _usage(),
    }
    blocks: list[dict[str, Any]] = body["content"]
    size = len(_compact(body))
    i = 0
    while size < target_bytes:
        kind = i % 4
        block: dict[str, Any]
        if kind == 0:
            block = {"type": "text", "text": prose * 3}
        elif kind == 1:
            block = {"type": "thinking", "thinking": prose * 2, "signature": "EqQBCgIYAhIM" * 6}
        elif kind == 2:
            block = {
                "type": "tool_use",
                "id": f"toolu_01A09q90qw90lq917835lq{i:04d}",
                "name": "get_weather",
                "input": {"location": "San Francisco, CA", "unit": "celsius", "days": [1, 2, 3]},
            }
        else:
            block = {"type": "text", "text": prose}
        blocks.append(block)
        size += len(_compact(block)) + 1
        i += 1
    return _compact(body).encode()
