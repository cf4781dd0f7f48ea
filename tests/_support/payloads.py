"""Response bodies the tests share, as the API writes them (plain dicts, no SDK model)."""

from __future__ import annotations

from typing import Any

__all__ = ["message_body"]


def message_body(
    text: str | None = "Hi",
    *,
    id: str = "msg_1",
    model: str = "claude-sonnet-4-5",
    usage: tuple[int, int] | dict[str, Any] = (1, 1),
    stop_reason: str | None = "end_turn",
) -> dict[str, Any]:
    """A finished Messages response: one text block (none when `text` is None); `usage` is
    (input tokens, output tokens) or the whole usage object."""
    if isinstance(usage, tuple):
        usage = {"input_tokens": usage[0], "output_tokens": usage[1]}
    return {
        "id": id,
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [] if text is None else [{"type": "text", "text": text}],
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": usage,
    }
