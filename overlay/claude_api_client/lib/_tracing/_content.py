"""Content attributes of spans (recorded only with `traces={"content_mode": "content"}`).

The values are JSON strings in the shapes of the OpenTelemetry GenAI conventions, as the official
package records them:

- `gen_ai.system_instructions`: a list of parts;
- `gen_ai.input.messages` / `gen_ai.output.messages`: a list of `{"role", "parts"}`;
- a part is `{"type": "text", "content"}`, `{"type": "reasoning", "content"}` (a thinking
  block), `{"type": "tool_call", "id", "name", "arguments"}` (a `tool_use`, `server_tool_use` or
  `mcp_tool_use` block; `anthropic_toolset_name` / `anthropic_mcp_server_name` when the block
  names one), `{"type": "tool_call_response", "id", "response"}` (a `tool_result` or any
  `*_tool_result` block), or just `{"type": "anthropic_<block type>"}` for anything else (an
  image or document keeps nothing of its data);
- `gen_ai.request.stop_sequences`: an array of strings, not JSON.

A tool's result keeps its `text` and `search_result` blocks (a server tool's result also its
`web_search_result` blocks, or its one object), without `encrypted_*` fields and without image,
document or file data at any depth; other blocks keep only their `type`.

Within `max_content_bytes` (UTF-8 bytes of all the content attributes of a span together): stop
sequences that exceed it by themselves are dropped first; then whole parts are dropped oldest
first (system instructions, then input messages, then output messages) until the rest fits; when
a single newest part is left and it is text, its text is cut to fit (at a character boundary).
A span that lost anything has `anthropic.content.truncated` = True. Tool call arguments larger
than the cap by themselves are dropped whole.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["content_parts", "fit", "message_content", "to_json", "tool_result_blocks"]

SYSTEM = "gen_ai.system_instructions"
INPUT = "gen_ai.input.messages"
OUTPUT = "gen_ai.output.messages"
ARGUMENTS = "gen_ai.tool.call.arguments"
TOOL_RESULT = "anthropic.tool_result.content"
TRUNCATED = "anthropic.content.truncated"
STOP_SEQUENCES = "gen_ai.request.stop_sequences"
# Their parts make one list, in this order, which loses its oldest parts first.
_PART_KEYS = (SYSTEM, INPUT, OUTPUT)


def to_json(value: object) -> str:
    """Compact JSON, non-ASCII kept as is; what JSON cannot hold becomes its `str()`."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


def _size(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


def _field(value: object, name: str) -> Any:
    """`value[name]` of a mapping, `value.name` of a model; None otherwise."""
    if isinstance(value, Mapping):
        return value.get(name)
    if value is None or isinstance(value, (str, bytes, int, float, list, tuple)):
        return None
    return getattr(value, name, None)


def _plain(value: object) -> dict[str, Any] | None:
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        return data if isinstance(data, dict) else None
    return None


def _scrubbed(value: object) -> object:
    """`value` without opaque `encrypted_*` fields or binary data (image, document, file views)."""
    if isinstance(value, (list, tuple)):
        return [_scrubbed(item) for item in value]
    fields = _plain(value)
    if fields is None:
        return value
    kind = fields.get("type")
    if kind in ("image", "document"):
        return {"type": kind}
    file_view = kind == "text_editor_code_execution_view_result" and fields.get("file_type") in (
        "image",
        "pdf",
    )
    kept: dict[str, object] = {}
    for key, item in fields.items():
        if key.startswith("encrypted_") or (file_view and key == "content"):
            continue
        kept[key] = _scrubbed(item)
    return kept


def _blocks(content: object, keep: frozenset[str]) -> list[Any]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    if not isinstance(content, (list, tuple)):
        return []
    blocks: list[Any] = []
    for block in content:
        kind = _field(block, "type")
        if kind in keep:
            blocks.append(_scrubbed(block))
        else:
            blocks.append({"type": kind if isinstance(kind, str) else "unknown"})
    return blocks


_TOOL_RESULT_KEEPS = frozenset({"text", "search_result"})
_SERVER_RESULT_KEEPS = frozenset({"text", "search_result", "web_search_result"})


def tool_result_blocks(content: object) -> list[Any]:
    """The `content` of a `tool_result` (a string or blocks) as the blocks a span records."""
    return _blocks(content, _TOOL_RESULT_KEEPS)


def _server_result(content: object) -> object:
    if isinstance(content, (str, list, tuple)):
        return _blocks(content, _SERVER_RESULT_KEEPS)
    return _scrubbed(content) if _plain(content) is not None else []


def _part(block: object) -> dict[str, Any]:
    kind = _field(block, "type")
    if kind == "text":
        return {"type": "text", "content": _field(block, "text")}
    if kind == "thinking":
        return {"type": "reasoning", "content": _field(block, "thinking")}
    if kind in ("tool_use", "server_tool_use", "mcp_tool_use"):
        call = {
            "type": "tool_call",
            "id": _field(block, "id"),
            "name": _field(block, "name"),
            "arguments": _field(block, "input"),
        }
        if kind == "mcp_tool_use":
            call["anthropic_mcp_server_name"] = _field(block, "server_name")
        elif kind == "tool_use" and isinstance(toolset := _field(block, "toolset_name"), str):
            call["anthropic_toolset_name"] = toolset
        return call
    if kind == "tool_result":
        response: object = tool_result_blocks(_field(block, "content"))
    elif isinstance(kind, str) and kind.endswith("_tool_result"):
        response = _server_result(_field(block, "content"))
    else:
        return {"type": f"anthropic_{kind}" if isinstance(kind, str) else "anthropic_unknown"}
    return {"type": "tool_call_response", "id": _field(block, "tool_use_id"), "response": response}


def content_parts(content: object) -> list[dict[str, Any]]:
    """A message's `content` (or `system`): a string is one text part, each block one part."""
    if isinstance(content, str):
        return [{"type": "text", "content": content}]
    if isinstance(content, (list, tuple)):
        return [_part(block) for block in content]
    return []


def _prefix(text: str, room: int) -> str:
    """The longest start of `text` whose JSON string body (no quotes) fits in `room` bytes."""
    if room <= 0:
        return ""
    low, high = 0, min(len(text), room)  # a character is at least one byte
    while low < high:
        middle = (low + high + 1) // 2
        if _size(to_json(text[:middle])) - 2 <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low]


def _skeleton(key: str, value: Any, groups: list[list[Any]]) -> list[str]:
    """The JSON of one part attribute around its lists of parts (one more piece than lists);
    appends the lists to `groups`."""
    if key == SYSTEM:
        groups.append(list(value))
        return ["[", "]"]
    pieces = ["["]
    for index, message in enumerate(value):
        opening = to_json({"role": message["role"], "parts": []})[:-2]  # up to `"parts":[`
        pieces[-1] += ("," if index else "") + opening
        groups.append(list(message["parts"]))
        pieces.append("]}")
    pieces[-1] += "]"
    return pieces


def fit(values: Mapping[str, object], limit: int) -> tuple[dict[str, str], bool]:
    """The JSON of each content attribute not None, all within `limit` UTF-8 bytes; and whether
    anything was dropped or cut (rules: the module's docstring)."""
    out = {k: to_json(v) for k, v in values.items() if v is not None and k not in _PART_KEYS}
    lost = False
    if ARGUMENTS in out and _size(out[ARGUMENTS]) > limit:
        del out[ARGUMENTS]
        lost = True
    groups: list[list[Any]] = []
    frames = {k: _skeleton(k, values[k], groups) for k in _PART_KEYS if values.get(k) is not None}
    used = sum(map(_size, out.values())) + sum(_size(p) for f in frames.values() for p in f)

    result = values.get(TOOL_RESULT)
    if used > limit and isinstance(result, list):
        room = limit - (used - _size(out[TOOL_RESULT]))
        kept_blocks: list[str] = []
        total = 2
        for block in result:
            item = to_json(block)
            total += _size(item) + (1 if kept_blocks else 0)
            if total > room:
                break
            kept_blocks.append(item)
        out[TOOL_RESULT] = "[" + ",".join(kept_blocks) + "]"
        return out, lost or len(kept_blocks) < len(result)

    kept: list[list[str]] = [[] for _ in groups]
    queue = [(group, part) for group, parts in enumerate(groups) for part in parts]
    anything_kept = False
    while queue:
        group, part = queue.pop()  # newest first
        item = to_json(part)
        cost = _size(item) + (1 if kept[group] else 0)
        if used + cost <= limit:
            kept[group].append(item)
            used += cost
            anything_kept = True
            continue
        text = part.get("content")
        if not anything_kept and part.get("type") == "text" and isinstance(text, str):
            # Room for the text's escaped body: the limit less everything else of this part.
            body = _size(to_json(text)) - 2
            start = _prefix(text, limit - used - (_size(item) - body))
            kept[group].append(to_json({**part, "content": start}))
            lost = lost or bool(queue) or start != text
        else:
            lost = True
        break
    lists = iter(kept)
    for key, pieces in frames.items():
        joined = [pieces[0]]
        for piece in pieces[1:]:
            joined.append(",".join(reversed(next(lists))))
            joined.append(piece)
        out[key] = "".join(joined)
    return out, lost


def message_content(body: Mapping[str, Any], output: object, limit: int) -> dict[str, Any]:
    """The content attributes of a `messages.create` span: the request's `system`, `messages`
    and `stop_sequences`, and `output` (the reply's `content`, None when unknown), within
    `limit` bytes."""
    messages = body.get("messages")
    inputs = [
        {"role": str(_field(m, "role") or "user"), "parts": content_parts(_field(m, "content"))}
        for m in (messages if isinstance(messages, (list, tuple)) else [])
    ]
    system = body.get("system")
    given = body.get("stop_sequences")
    stops: Sequence[str] = (
        [s for s in given if isinstance(s, str)] if isinstance(given, (list, tuple)) else []
    )
    stops_size = sum(map(_size, stops))
    stops_dropped = bool(stops) and stops_size > limit
    attributes: dict[str, Any] = {}
    if stops and not stops_dropped:
        attributes[STOP_SEQUENCES] = list(stops)
    values, lost = fit(
        {
            SYSTEM: None if system is None else content_parts(system),
            INPUT: inputs,
            OUTPUT: None
            if output is None
            else [{"role": "assistant", "parts": content_parts(output)}],
        },
        limit if stops_dropped else limit - stops_size,
    )
    attributes.update(values)
    if lost or stops_dropped:
        attributes[TRUNCATED] = True
    return attributes
