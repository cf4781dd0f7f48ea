"""The helper's own events (`text`, `input_json` …, stop events carrying the finished block and
message), checked against expectations built here from the raw events, and events after the end."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from claude_api_client._core._stream_events import (
    CitationEvent,
    CompactionEvent,
    ContentBlockStopEvent,
    InputJsonEvent,
    MessageStopEvent,
    SignatureEvent,
    TextEvent,
    ThinkingEvent,
)
from claude_api_client.lib._partial_json import parse_partial_json

from . import _fixtures as fx
from ._support import async_client, async_manager, handler, manager, sse_body, sync_client

EVENTS = fx.events()


def expected(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What the helper yields for `events`, as (type, fields…), derived from the raw events alone:
    each known delta is followed by its event; the stop events are replaced by ones that carry
    the finished block (as in the non-streamed message) or the final message."""
    out: list[tuple[Any, ...]] = []
    text: dict[int, str] = {}
    json_text: dict[int, str] = {}
    citations: dict[int, int] = {}
    for event in events:
        kind = event["type"]
        if kind == "content_block_stop":
            out.append((kind, event["index"], fx.FINAL["content"][event["index"]]))
            continue
        if kind == "message_stop":
            out.append((kind, fx.FINAL))
            continue
        if kind == "ping":  # skipped, as the official stream skips it
            continue
        out.append((kind,))
        if kind != "content_block_delta":
            continue
        index, delta = event["index"], event["delta"]
        dkind = delta["type"]
        if dkind in ("text_delta", "thinking_delta"):
            key = dkind.removesuffix("_delta")
            text[index] = text.get(index, "") + delta[key]
            out.append((key, delta[key], text[index]))
        elif dkind == "input_json_delta":
            json_text[index] = json_text.get(index, "") + delta["partial_json"]
            out.append(("input_json", delta["partial_json"], json_text[index]))
        elif dkind == "citations_delta":
            citations[index] = citations.get(index, 0) + 1
            out.append(("citation", delta["citation"], citations[index]))
        elif dkind == "signature_delta":
            out.append(("signature", delta["signature"]))
        elif dkind == "compaction_delta":
            out.append(("compaction", delta["content"], delta["encrypted_content"]))
    return out


def observed(events: list[Any]) -> list[tuple[Any, ...]]:
    """The yielded events in the same shape (snapshots read now, after the stream ended)."""
    out: list[tuple[Any, ...]] = []
    for event in events:
        if isinstance(event, (TextEvent, ThinkingEvent)):
            piece = event.text if isinstance(event, TextEvent) else event.thinking
            out.append((event.type, piece, event.snapshot))
        elif isinstance(event, InputJsonEvent):
            out.append((event.type, event.partial_json, event.snapshot))
        elif isinstance(event, CitationEvent):
            out.append((event.type, event.citation.to_dict(mode="json"), len(event.snapshot)))
        elif isinstance(event, SignatureEvent):
            out.append((event.type, event.signature))
        elif isinstance(event, CompactionEvent):
            out.append((event.type, event.content, event.encrypted_content))
        elif isinstance(event, ContentBlockStopEvent):
            out.append((event.type, event.index, event.content_block.to_dict(mode="json")))
        elif isinstance(event, MessageStopEvent):
            out.append((event.type, event.message.to_dict(mode="json")))
        else:
            out.append((event.type,))
    return out


def _parsed(raw: str) -> object:
    try:
        return parse_partial_json(raw, trailing_strings=False)  # as the official shows it
    except ValueError:
        return {}  # nothing usable yet: the block's input as it started


def _json_snapshots_to_values(items: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    # The expectation holds the JSON text so far; the event, that text parsed.
    return [
        (item[0], item[1], _parsed(item[2])) if item[0] == "input_json" else item for item in items
    ]


def test_helper_events_follow_their_raw_events() -> None:
    client = sync_client(handler(sse_body(EVENTS), size=11))
    with manager(client) as stream:
        seen = list(stream)
        final = stream.get_final_message()
    assert observed(seen) == _json_snapshots_to_values(expected(EVENTS))
    stops = [e for e in seen if isinstance(e, MessageStopEvent)]
    assert len(stops) == 1 and stops[0].message is final  # the same object, built once


def test_snapshots_read_during_the_stream() -> None:
    client = sync_client(handler(sse_body(EVENTS), size=3))
    texts: list[str] = []
    inputs: list[object] = []
    with manager(client) as stream:
        for event in stream:
            if event.type == "text":
                texts.append(event.snapshot)
            elif event.type == "input_json":
                inputs.append(event.snapshot)
    assert texts == ["It is ", "It is sunny.", " Bring a hat", " Bring a hat — 日本語 too."]
    assert fx.TOOL_INPUT in inputs and fx.MCP_INPUT in inputs
    assert all(isinstance(value, dict) for value in inputs)


def test_text_events_as_users_print_them() -> None:
    client = sync_client(handler(sse_body(EVENTS)))
    printed = []
    with manager(client) as stream:
        for event in stream:
            if event.type == "text":
                printed.append(event.text)
    assert "".join(printed) == "It is sunny. Bring a hat — 日本語 too."


def test_event_values_and_plain_data() -> None:
    client = sync_client(handler(sse_body(EVENTS)))
    with manager(client) as stream:
        seen = list(stream)
    text = next(e for e in seen if isinstance(e, TextEvent))
    assert text.to_dict(mode="json") == {"type": "text", "text": "It is ", "snapshot": "It is "}
    assert json.loads(text.to_json()) == text.to_dict() == text.model_dump()
    assert "TextEvent(type='text', text='It is '" in repr(text)
    stop = next(e for e in seen if isinstance(e, ContentBlockStopEvent))
    assert stop.to_dict(mode="json")["content_block"] == fx.FINAL["content"][stop.index]


def test_async_stream_yields_the_same_events() -> None:
    async def run() -> list[Any]:
        client = async_client(handler(sse_body(EVENTS), size=5))
        async with async_manager(client) as stream:
            return [event async for event in stream]

    assert observed(asyncio.run(run())) == _json_snapshots_to_values(expected(EVENTS))


def test_events_after_message_stop_change_nothing() -> None:
    late = [
        fx.delta(4, {"type": "text_delta", "text": " LATE"}),
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn"},
            "usage": {"output_tokens": 1},
        },
        {
            "type": "content_block_start",
            "index": 10,
            "content_block": {"type": "text", "text": "x"},
        },
    ]
    client = sync_client(handler(sse_body([*EVENTS, *late])))
    with manager(client) as stream:
        seen = list(stream)
        final = stream.get_final_message()
    assert final.to_dict(mode="json") == fx.FINAL
    assert seen[-1].type == "message_stop"  # the late events are not yielded either
    assert stream.current_message_snapshot.to_dict(mode="json") == fx.FINAL


def test_a_long_tool_input_stays_linear() -> None:
    # 20,000 one-character pieces: nothing parses the partial JSON unless a snapshot is read.
    value = {"data": "x" * 20_000}
    raw = json.dumps(value)
    events = fx.tool_input_stream(list(raw))
    calls = 0
    import claude_api_client.lib._message_stream as module

    real = module.parse_partial_json

    def counting(text: str) -> object:
        nonlocal calls
        calls += 1
        return real(text)

    module.parse_partial_json = counting
    try:
        client = sync_client(handler(sse_body(events), size=4096))
        with manager(client) as stream:
            pieces = [e for e in stream if isinstance(e, InputJsonEvent)]
            final = stream.get_final_message()
    finally:
        module.parse_partial_json = real
    assert calls == 0
    assert len(pieces) == len(raw)
    assert final.content[0].input == value
    assert pieces[-1].snapshot == value


def test_input_json_snapshots_leave_out_what_is_still_being_written() -> None:
    # As the official helper shows them: a string or number cut off is not in the snapshot yet.
    def snapshot_of(raw: str) -> object:
        return parse_partial_json(raw, trailing_strings=False)

    assert snapshot_of('{"query": "we') == {}
    assert snapshot_of('{"query": "weather"') == {"query": "weather"}
    assert snapshot_of('{"days": [1, 2.') == {"days": [1]}
    assert snapshot_of('{"days": [1, -300') == {"days": [1, -300]}
    assert snapshot_of('{"a": tr') == {}
    # current_message_snapshot keeps showing the text so far (the default)
    assert parse_partial_json('{"query": "we') == {"query": "we"}
