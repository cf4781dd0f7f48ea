"""The message stream works on the decoded models: each event is validated once, the final
message is never dumped and validated again, and what was yielded or read earlier stays as it was."""

from __future__ import annotations

import json
from typing import Any

import pytest

from claude_api_client._core._stream_events import ContentBlockStopEvent, InputJsonEvent
from claude_api_client.lib import _partial_json
from claude_api_client.lib._message_stream import MessageStreamError

from . import _fixtures as fx
from ._support import handler, load_message, manager, sse_body, sync_client

EVENTS = fx.events()
BODY = sse_body(EVENTS)


def test_the_final_message_is_not_validated_again(monkeypatch: pytest.MonkeyPatch) -> None:
    message_cls = load_message()

    def refuse(*_: Any, **__: Any) -> Any:
        raise AssertionError("the final message was validated a second time")

    client = sync_client(handler(BODY, size=97))
    with manager(client) as stream:
        monkeypatch.setattr(message_cls, "model_validate", refuse)
        monkeypatch.setattr(message_cls, "model_validate_json", refuse)
        seen = list(stream)
        final = stream.get_final_message()
    assert final.to_dict(mode="json") == fx.FINAL
    # The stop events carry the very blocks of the final message.
    stops = [e for e in seen if isinstance(e, ContentBlockStopEvent)]
    assert stops and all(final.content[e.index] is e.content_block for e in stops)
    assert next(e for e in seen if e.type == "message_stop").message is final


def test_yielded_events_keep_what_they_carried() -> None:
    client = sync_client(handler(BODY))
    with manager(client) as stream:
        seen = list(stream)
    start = next(e for e in seen if e.type == "message_start")
    assert start.message.content == []  # the stream's message is its own copy
    assert start.message.stop_reason is None
    text_start = next(
        e
        for e in seen
        if e.type == "content_block_start" and getattr(e.content_block, "type", "") == "text"
    )
    assert text_start.content_block.to_dict(mode="json") == next(
        e["content_block"]
        for e in EVENTS
        if e["type"] == "content_block_start" and e["content_block"]["type"] == "text"
    )


def test_a_snapshot_is_not_changed_by_later_events() -> None:
    client = sync_client(handler(BODY, size=11))
    taken: list[tuple[Any, dict[str, Any]]] = []
    with manager(client) as stream:
        for event in stream:
            if event.type in ("content_block_delta", "message_delta"):
                snapshot = stream.current_message_snapshot
                taken.append((snapshot, json.loads(snapshot.to_json())))
        final = stream.get_final_message()
    assert len(taken) > 20
    for snapshot, as_taken in taken:
        assert snapshot.to_dict(mode="json") == as_taken
    assert taken[-1][1]["content"] == fx.FINAL["content"]
    assert final.to_dict(mode="json") == fx.FINAL


def test_input_json_snapshots_read_in_order_parse_each_piece_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    value = {"items": [{"id": n, "name": f"item {n}", "tags": ["a", "b"]} for n in range(300)]}
    raw = json.dumps(value)
    pieces = [raw[i : i + 7] for i in range(0, len(raw), 7)]
    events = fx.tool_input_stream(pieces)
    fed: list[int] = []
    real_feed = _partial_json.PartialJSON.feed

    def counting(self: _partial_json.PartialJSON, text: str) -> None:
        fed.append(len(text))
        real_feed(self, text)

    monkeypatch.setattr(_partial_json.PartialJSON, "feed", counting)
    client = sync_client(handler(sse_body(events), size=4096))
    snapshots = []
    with manager(client) as stream:
        for event in stream:
            if isinstance(event, InputJsonEvent):
                snapshots.append(event.snapshot)
        final = stream.get_final_message()
    assert sum(fed) == len(raw) and len(fed) == len(pieces)  # each piece parsed once
    assert snapshots[-1] == value == final.content[0].input
    assert snapshots[len(snapshots) // 2]["items"][:3] == value["items"][:3]


def test_a_tool_input_nested_too_deeply_is_a_clear_error() -> None:
    raw = "[" * 5000 + "]" * 5000
    events = fx.tool_input_stream([raw])
    client = sync_client(handler(sse_body(events)))
    with manager(client) as stream:
        seen = [e for e in stream if isinstance(e, InputJsonEvent)]
        assert seen[0].snapshot == {}  # best effort: nothing usable
        with pytest.raises(MessageStreamError, match="not valid JSON"):
            stream.get_final_message()
