"""One answer's content blocks as the splice sees them: rebuilt from the events (the declined
output a fallback may continue), their indices moved up to follow the earlier answers', and
turned into the prefill turn."""

from __future__ import annotations

import json
from typing import Any

from ._params import as_dict

__all__ = ["MAX_PREFILL_CHARS", "Blocks", "prefill"]

MAX_PREFILL_CHARS = 8 * 1024 * 1024
"""Characters of one answer's content events kept to send back as the fallback's prefill."""

_THINKING_TYPES = ("thinking", "redacted_thinking")
_JSON = "\0json"  # where a tool block's streamed input is kept until the prefill is built


class Blocks:
    """One answer's content blocks: rebuilt from their events (for the prefill), indices moved
    up by `base`, and which are still open. The events that build them count against
    `MAX_PREFILL_CHARS` (their data's length); past it nothing more is kept."""

    def __init__(self, base: int) -> None:
        self.base = base
        self.next_index = base
        self._blocks: dict[int, dict[str, Any]] = {}
        # the streamed pieces of each block's text, thinking or tool input, joined when read
        self._pieces: dict[int, dict[str, list[str]]] = {}
        self._open: list[int] = []
        self._chars = 0
        self.overflowed = False

    def charge(self, size: int) -> None:
        """Count an event of `size` characters; past the cap, drop what was kept."""
        self._chars += size
        if self._chars > MAX_PREFILL_CHARS and not self.overflowed:
            self.overflowed = True
            self._blocks.clear()
            self._pieces.clear()

    def blocks(self) -> list[dict[str, Any]] | None:
        """The blocks as they stand (None once past the cap)."""
        if self.overflowed:
            return None
        built = []
        for index, block in self._blocks.items():
            block = dict(block)
            for key, pieces in self._pieces.get(index, {}).items():
                block[key] = str(block.get(key) or "") + "".join(pieces)
            built.append(block)
        return built

    def any(self) -> bool:
        return bool(self._blocks) or self.overflowed

    def start(self, event: dict[str, Any]) -> None:
        index = event.get("index")
        if not isinstance(index, int):
            return
        if not self.overflowed:
            self._blocks[index] = dict(as_dict(event.get("content_block")) or {})
            self._pieces.pop(index, None)
        moved = index + self.base
        event["index"] = moved
        self._open.append(moved)
        self.next_index = max(self.next_index, moved + 1)

    def delta(self, event: dict[str, Any]) -> None:
        index = event.get("index")
        if not isinstance(index, int):
            return
        event["index"] = index + self.base
        block = self._blocks.get(index)
        if block is None:  # never started, or past the cap
            return
        delta = as_dict(event.get("delta")) or {}
        kind = delta.get("type")
        key, piece = "", None
        if kind == "text_delta":
            key, piece = "text", delta.get("text")
        elif kind == "thinking_delta":
            key, piece = "thinking", delta.get("thinking")
        elif kind == "input_json_delta":
            key, piece = _JSON, delta.get("partial_json")
        elif kind == "signature_delta":
            block["signature"] = delta.get("signature")
        elif kind == "citations_delta":
            citations = block.get("citations")
            listed = citations if isinstance(citations, list) else []
            block["citations"] = [*listed, delta.get("citation")]
        if isinstance(piece, str):
            self._pieces.setdefault(index, {}).setdefault(key, []).append(piece)

    def stop(self, event: dict[str, Any]) -> None:
        index = event.get("index")
        if not isinstance(index, int):
            return
        moved = index + self.base
        event["index"] = moved
        if moved in self._open:
            self._open.remove(moved)
        self.next_index = max(self.next_index, moved + 1)

    def close_all(self) -> list[int]:
        """The indices of the blocks still open, now taken as closed."""
        indices, self._open = self._open, []
        return indices


def prefill(blocks: list[dict[str, Any]] | None) -> list[Any]:
    """A declined answer's blocks as the assistant turn that continues it: `fallback` blocks
    dropped, tool inputs rebuilt from their streamed JSON, trailing thinking removed (an
    assistant turn cannot end with it). Empty when nothing usable is left."""
    turn: list[Any] = []
    for block in blocks or ():
        if block.get("type") == "fallback":
            continue
        if _JSON in block:
            streamed = block[_JSON]
            block = {key: value for key, value in block.items() if key != _JSON}
            try:
                block["input"] = json.loads(streamed)
            except ValueError:
                pass  # the input the block started with stays
        turn.append(block)
    while turn and turn[-1].get("type") in _THINKING_TYPES:
        turn.pop()
    return turn
