"""A message that uses every block and delta type, as the non-streamed JSON and as events."""

from __future__ import annotations

import json
from typing import Any

from ._support import Event

TOOL_INPUT = {
    "city": 'Zürich "old town"',
    "path": "C:\\temp\\x",
    "emoji": "🐍 ok",
    "days": [1, 2.5, -3e2],
    "flags": {"metric": True, "alerts": False, "note": None},
    "escaped": "tab\tnew\nline \u00e9 \\u0041",
}
SEARCH_INPUT = {"query": "weather in Paris"}
MCP_INPUT = {"repo": "octo/hello", "limit": 3}
CITATION = {
    "type": "web_search_result_location",
    "cited_text": "Sunny, 21°C.",
    "url": "https://example.com/paris",
    "title": "Paris weather",
    "encrypted_index": "Eo8BCioIBxgC",
}
SEARCH_RESULT = {
    "type": "web_search_tool_result",
    "tool_use_id": "srvtoolu_01abc",
    "content": [
        {
            "type": "web_search_result",
            "title": "Paris weather",
            "url": "https://example.com/paris",
            "encrypted_content": "EqgfCioIBxgCIiQ",
            "page_age": None,
        }
    ],
}

# What the same request returns without streaming.
FINAL: dict[str, Any] = {
    "id": "msg_01XYZ",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [
        {"type": "compaction", "content": "Summary: a trip to Paris.", "encrypted_content": "enc"},
        {"type": "thinking", "thinking": "Let me think… about Paris.", "signature": "sig_abc=="},
        {
            "type": "server_tool_use",
            "id": "srvtoolu_01abc",
            "name": "web_search",
            "input": SEARCH_INPUT,
        },
        SEARCH_RESULT,
        {"type": "text", "text": "It is sunny.", "citations": [CITATION, CITATION]},
        {"type": "text", "text": " Bring a hat — 日本語 too.", "citations": [CITATION]},
        {
            "type": "mcp_tool_use",
            "id": "mcptoolu_01",
            "name": "list_issues",
            "server_name": "github",
            "input": MCP_INPUT,
        },
        {"type": "tool_use", "id": "toolu_01", "name": "get_weather", "input": TOOL_INPUT},
        {"type": "tool_use", "id": "toolu_02", "name": "no_args", "input": {}},
        {"type": "future_block", "payload": {"x": [1, 2]}, "label": "kept as is"},
    ],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "stop_details": None,
    "container": {"id": "container_01", "expires_at": "2026-04-24T11:13:36.730129Z"},
    "context_management": {"applied_edits": []},
    "usage": {
        "input_tokens": 120,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 50,
        "output_tokens": 345,
        "service_tier": "standard",
        "server_tool_use": {"web_search_requests": 1},
        "iterations": [
            {
                "type": "message",
                "model": "claude-sonnet-4-5",
                "input_tokens": 120,
                "output_tokens": 345,
            }
        ],
    },
}


def delta(index: int, body: dict[str, Any]) -> Event:
    return {"type": "content_block_delta", "index": index, "delta": body}


def tool_input_stream(pieces: list[str]) -> list[Event]:
    """A message whose one block is a tool call, its input streamed in `pieces`."""
    return [
        events()[0],
        {
            "type": "content_block_start",
            "index": 0,
            "content_block": {"type": "tool_use", "id": "toolu_1", "name": "t", "input": {}},
        },
        *(delta(0, {"type": "input_json_delta", "partial_json": piece}) for piece in pieces),
        {"type": "content_block_stop", "index": 0},
        {
            "type": "message_delta",
            "delta": {"stop_reason": "tool_use"},
            "usage": {"output_tokens": 9},
        },
        {"type": "message_stop"},
    ]


def split(text: str, sizes: list[int]) -> list[str]:
    """Cut text into pieces of the given sizes (cycled): awkward places on purpose."""
    out: list[str] = []
    i = 0
    n = 0
    while i < len(text):
        step = sizes[n % len(sizes)]
        out.append(text[i : i + step])
        i += step
        n += 1
    return out


def events(json_sizes: list[int] | None = None) -> list[Event]:
    """The events that stream FINAL, with unknown events and deltas mixed in."""
    sizes = json_sizes or [1, 3, 2, 7, 1, 1, 5]
    start_message = {
        **{k: FINAL[k] for k in ("id", "type", "role", "model")},
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "stop_details": None,
        "usage": {
            "input_tokens": 120,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 50,
            "output_tokens": 1,
            "service_tier": "standard",
        },
    }
    out: list[Event] = [{"type": "message_start", "message": start_message}, {"type": "ping"}]

    def block(index: int, start: dict[str, Any], deltas: list[dict[str, Any]]) -> None:
        out.append({"type": "content_block_start", "index": index, "content_block": start})
        out.extend(delta(index, d) for d in deltas)
        out.append({"type": "content_block_stop", "index": index})

    block(
        0,
        {"type": "compaction", "content": None},
        [
            {
                "type": "compaction_delta",
                "content": "Summary: a trip to Paris.",
                "encrypted_content": "enc",
            }
        ],
    )
    block(
        1,
        {"type": "thinking", "thinking": "", "signature": ""},
        [
            {"type": "thinking_delta", "thinking": "Let me think…"},
            {"type": "thinking_delta", "thinking": " about Paris."},
            {"type": "signature_delta", "signature": "sig_abc=="},
        ],
    )
    block(
        2,
        {"type": "server_tool_use", "id": "srvtoolu_01abc", "name": "web_search", "input": {}},
        [
            {"type": "input_json_delta", "partial_json": p}
            for p in split(json.dumps(SEARCH_INPUT), sizes)
        ],
    )
    block(3, SEARCH_RESULT, [])
    block(
        4,
        {"type": "text", "text": "", "citations": []},
        [
            {"type": "citations_delta", "citation": CITATION},
            {"type": "text_delta", "text": "It is "},
            {"type": "future_delta", "whatever": [1]},  # unknown: kept in the events, not merged
            {"type": "citations_delta", "citation": CITATION},
            {"type": "text_delta", "text": "sunny."},
        ],
    )
    out.append({"type": "future_event", "note": "an event type from the future"})
    block(
        5,
        {"type": "text", "text": ""},  # no citations key: the first citations_delta creates it
        [
            {"type": "text_delta", "text": " Bring a hat"},
            {"type": "citations_delta", "citation": CITATION},
            {"type": "text_delta", "text": " — 日本語 too."},
        ],
    )
    block(
        6,
        {
            "type": "mcp_tool_use",
            "id": "mcptoolu_01",
            "name": "list_issues",
            "server_name": "github",
            "input": {},
        },
        [
            {"type": "input_json_delta", "partial_json": p}
            for p in split(json.dumps(MCP_INPUT), sizes)
        ],
    )
    tool_json = json.dumps(TOOL_INPUT, ensure_ascii=False)
    block(
        7,
        {"type": "tool_use", "id": "toolu_01", "name": "get_weather", "input": {}},
        [{"type": "input_json_delta", "partial_json": p} for p in ["", *split(tool_json, sizes)]],
    )
    block(
        8,
        {"type": "tool_use", "id": "toolu_02", "name": "no_args", "input": {}},
        [{"type": "input_json_delta", "partial_json": ""}],
    )
    block(9, {"type": "future_block", "payload": {"x": [1, 2]}, "label": "kept as is"}, [])
    out.append({"type": "ping"})
    out.append(
        {
            "type": "message_delta",
            "delta": {
                "stop_reason": "tool_use",
                "stop_sequence": None,
                "stop_details": None,
                "container": FINAL["container"],
            },
            "usage": {
                "input_tokens": None,  # null never erases the known count
                "output_tokens": 345,
                "server_tool_use": {"web_search_requests": 1},
                "iterations": FINAL["usage"]["iterations"],
            },
            "context_management": {"applied_edits": []},
        }
    )
    out.append({"type": "message_stop"})
    return out
