"""The tests' own stream accumulator: a final message from raw SSE event dicts.

Deliberately independent of the SDK (DESIGN, "Tests"): the stream helper's final message is
compared with what this builds from the recorded events.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from typing import Any

# Delta type -> (block field, how to apply): "append" text, "set" a value, "push" onto a list.
_DELTAS = {
    "text_delta": ("text", "text", "append"),
    "thinking_delta": ("thinking", "thinking", "append"),
    "signature_delta": ("signature", "signature", "set"),
    "citations_delta": ("citations", "citation", "push"),
    "compaction_delta": ("content", "content", "append"),
}


def accumulate(events: Iterable[tuple[str, Any] | dict[str, Any]]) -> dict[str, Any]:
    """Fold `(event, data)` pairs (or bare data dicts) into the message they describe."""
    message: dict[str, Any] | None = None
    partial_json: dict[int, str] = {}
    for item in events:
        data = item[1] if isinstance(item, tuple) else item
        kind = data.get("type")
        if kind == "message_start":
            message = copy.deepcopy(data["message"])
            continue
        if message is None or kind in ("ping", "message_stop"):
            continue
        content: list[dict[str, Any]] = message["content"]
        if kind == "content_block_start":
            index = data["index"]
            while len(content) <= index:
                content.append({})
            content[index] = copy.deepcopy(data["content_block"])
        elif kind == "content_block_delta":
            block = content[data["index"]]
            delta = data["delta"]
            if delta["type"] == "input_json_delta":
                partial_json[data["index"]] = (
                    partial_json.get(data["index"], "") + delta["partial_json"]
                )
                continue
            rule = _DELTAS.get(delta["type"])
            if rule is None:
                raise AssertionError(f"the test accumulator does not know {delta['type']!r}")
            field, source, how = rule
            if how == "append":
                block[field] = (block.get(field) or "") + delta[source]
            elif how == "set":
                block[field] = delta[source]
            else:
                block.setdefault(field, [])
                if block[field] is None:
                    block[field] = []
                block[field].append(delta[source])
        elif kind == "content_block_stop":
            index = data["index"]
            if index in partial_json:
                text = partial_json.pop(index)
                content[index]["input"] = json.loads(text) if text else {}
        elif kind == "message_delta":
            message.update(data.get("delta") or {})
            # Anything else the event carries at its top level (e.g. context_management).
            for key, value in data.items():
                if key not in ("type", "delta", "usage"):
                    message[key] = value
            usage = message.setdefault("usage", {})
            for key, value in (data.get("usage") or {}).items():
                if value is not None or key not in usage:
                    usage[key] = value
    if message is None:
        raise AssertionError("no message_start event")
    return message
