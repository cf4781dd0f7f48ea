"""MessageStream / AsyncMessageStream over mock transports: accumulation, API, errors."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from _support.payloads import message_body
from claude_api_client import OverloadedError
from claude_api_client._core._exceptions import APIConnectionError
from claude_api_client.lib._message_stream import (
    AsyncMessageStream,
    MessageStream,
    MessageStreamError,
    MessageStreamManager,
)

from . import _fixtures as fx
from ._support import (
    Served,
    accumulate,
    async_client,
    async_manager,
    handler,
    load_message,
    manager,
    sse_body,
    sync_client,
)

EVENTS = fx.events()
BODY = sse_body(EVENTS)


# The events the helper adds after a raw delta (stop events are replaced, keeping their type).
SYNTHETIC = {"text", "thinking", "signature", "input_json", "citation", "compaction"}


def event_types(events: list[Any]) -> list[str]:
    """The types of the raw events among `events` (the synthetic ones are tested on their own)."""
    return [e.type for e in events if e.type not in SYNTHETIC]


# --- accumulation -------------------------------------------------------------------------------


@pytest.mark.parametrize("chunk", [1, 7, 64, 100_000])
def test_final_message_equals_oracle_and_non_streamed_json(chunk: int) -> None:
    client = sync_client(handler(BODY, size=chunk))
    with manager(client) as stream:
        seen = list(stream)
        final = stream.get_final_message()
    # every raw event but the `ping` keep-alives (skipped, as the official stream does)
    assert event_types(seen) == [e["type"] for e in EVENTS if e["type"] != "ping"]
    assert final.to_dict(mode="json") == accumulate(EVENTS)
    assert final.to_dict(mode="json") == fx.FINAL
    assert load_message().model_validate(fx.FINAL).to_dict(mode="json") == fx.FINAL
    assert final.request_id == "req_stream"


@pytest.mark.parametrize("sizes", [[1], [2], [3, 1], [5, 8, 13], [1000]])
def test_input_json_split_anywhere(sizes: list[int]) -> None:
    events = fx.events(sizes)
    client = sync_client(handler(sse_body(events)))
    with manager(client) as stream:
        final = stream.get_final_message()
    assert final.to_dict(mode="json") == fx.FINAL
    assert final.content[7].input == fx.TOOL_INPUT
    assert final.content[2].input == fx.SEARCH_INPUT
    assert final.content[6].input == fx.MCP_INPUT


def test_known_blocks_are_typed_and_unknown_ones_kept() -> None:
    client = sync_client(handler(BODY))
    with manager(client) as stream:
        final = stream.get_final_message()
    names = [type(b).__name__ for b in final.content]
    assert names[0] == "CompactionBlock"
    assert names[1] == "ThinkingBlock"
    assert names[2] == "ServerToolUseBlock"
    assert names[6] == "MCPToolUseBlock"
    assert names[9] == "UnknownContentBlock"
    assert final.content[9].to_dict(mode="json") == fx.FINAL["content"][9]
    assert final.stop_reason == "tool_use"
    assert final.usage.input_tokens == 120  # a null in message_delta does not erase it
    assert final.usage.output_tokens == 345


def test_unknown_events_and_deltas_are_yielded() -> None:
    client = sync_client(handler(BODY))
    with manager(client) as stream:
        seen = list(stream)
    unknown_event = [e for e in seen if e.type == "future_event"]
    assert len(unknown_event) == 1 and unknown_event[0].to_dict(mode="json")["note"].startswith(
        "an event"
    )
    unknown_delta = [
        e for e in seen if e.type == "content_block_delta" and e.delta.type == "future_delta"
    ]
    assert len(unknown_delta) == 1 and unknown_delta[0].delta.to_dict(mode="json")["whatever"] == [
        1
    ]
    assert event_types(seen).count("ping") == 0  # keep-alives are skipped


def test_no_invented_keys() -> None:
    events: list[dict[str, Any]] = [
        {
            "type": "message_start",
            "message": {
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "model": "m",
                "content": [],
                "stop_reason": None,
                "stop_sequence": None,
                "usage": {"input_tokens": 3, "output_tokens": 0},
            },
        },
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "hi"}},
        {"type": "content_block_stop", "index": 0},
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn", "stop_sequence": None},
            "usage": {"output_tokens": 1},
        },
        {"type": "message_stop"},
    ]
    client = sync_client(handler(sse_body(events)))
    with manager(client) as stream:
        final = stream.get_final_message()
    assert final.to_dict(mode="json") == message_body("hi", model="m", usage=(3, 1))
    assert final.to_dict(mode="json") == accumulate(events)


# --- the API ------------------------------------------------------------------------------------


def test_text_stream_and_final_text() -> None:
    client = sync_client(handler(BODY))
    with manager(client) as stream:
        texts = list(stream.text_stream)
        assert stream.get_final_text() == "It is sunny. Bring a hat — 日本語 too."
    assert texts == ["It is ", "sunny.", " Bring a hat", " — 日本語 too."]


def test_until_done_then_final() -> None:
    client = sync_client(handler(BODY))
    with manager(client) as stream:
        stream.until_done()
        assert stream.response.is_closed
        first = stream.get_final_message()
        assert stream.get_final_message() is first
        assert stream.current_message_snapshot is first
        assert stream.request_id == "req_stream"


def with_workspace(handle: Any, workspace: str) -> Any:
    """`handle`, its responses saying which workspace served them."""

    def serve(request: httpx.Request) -> httpx.Response:
        response: httpx.Response = handle(request)
        response.headers["anthropic-workspace-id"] = workspace
        return response

    return serve


def test_workspace_id_is_the_response_header_or_none() -> None:
    with manager(sync_client(with_workspace(handler(BODY), "wrkspc_1"))) as stream:
        assert stream.workspace_id == "wrkspc_1"
    with manager(sync_client(handler(BODY))) as stream:
        assert stream.workspace_id is None

    async def run() -> tuple[str | None, str | None]:
        async with async_manager(async_client(with_workspace(handler(BODY), "wrkspc_2"))) as s:
            given = s.workspace_id
        async with async_manager(async_client(handler(BODY))) as s:
            return given, s.workspace_id

    assert asyncio.run(run()) == ("wrkspc_2", None)


def test_final_text_without_text_block_is_a_clear_error() -> None:
    events = [e for e in EVENTS if e.get("index") not in (4, 5)]
    events = [
        {**e, "index": e["index"] - 2 if e["index"] > 5 else e["index"]} if "index" in e else e
        for e in events
    ]
    client = sync_client(handler(sse_body(events)))
    with manager(client) as stream:
        with pytest.raises(MessageStreamError, match="no text block"):
            stream.get_final_text()
        assert len(stream.get_final_message().content) == 8


def test_snapshot_mid_stream() -> None:
    client = sync_client(handler(BODY, size=5))
    inputs: list[object] = []
    with manager(client) as stream:
        with pytest.raises(MessageStreamError, match="message_start"):
            _ = stream.current_message_snapshot
        for event in stream:
            if event.type == "content_block_delta" and event.index == 7:
                inputs.append(stream.current_message_snapshot.content[7].input)
            if event.type == "content_block_delta" and event.index == 5:
                snap = stream.current_message_snapshot
                assert snap.content[4].text == "It is sunny."
                assert snap.content[5].text.startswith(" Bring a hat")
                assert snap.usage.output_tokens == 1
        final = stream.get_final_message()
    # The partial inputs grow towards the final one, each consistent with it.
    assert inputs[-1] == fx.TOOL_INPUT
    for partial in inputs:
        assert _consistent(partial, fx.TOOL_INPUT), partial
    assert len({json.dumps(p, sort_keys=True) for p in inputs}) > 10
    assert final.content[7].input == fx.TOOL_INPUT


def _consistent(partial: object, full: object) -> bool:
    """`partial` could be what `full` looked like part-way (a prefix of it, value by value)."""
    if isinstance(full, dict):
        return isinstance(partial, dict) and all(
            k in full and _consistent(v, full[k]) for k, v in partial.items()
        )
    if isinstance(full, list):
        return (
            isinstance(partial, list)
            and len(partial) <= len(full)
            and all(_consistent(p, f) for p, f in zip(partial, full, strict=False))
        )
    if isinstance(full, str):
        return isinstance(partial, str) and full.startswith(partial)
    if isinstance(full, (int, float)) and not isinstance(full, bool):
        return partial == full or (isinstance(partial, (int, float)) and abs(partial) <= abs(full))
    return partial == full


def test_snapshot_before_any_delta_keeps_start_input() -> None:
    events = fx.events()
    cut = next(
        i
        for i, e in enumerate(events)
        if e.get("index") == 7 and e["type"] == "content_block_start"
    )
    client = sync_client(handler(sse_body(events)))
    with manager(client) as stream:
        raw = (e for e in stream if e.type not in SYNTHETIC)
        for n, _event in enumerate(raw):
            if n == cut:
                assert stream.current_message_snapshot.content[7].input == {}
                break


def test_nothing_is_sent_before_enter() -> None:
    served = Served([], [])
    client = sync_client(handler(BODY, served=served))
    mgr = manager(client)
    assert served.requests == []
    with mgr as stream:
        assert len(served.requests) == 1
        assert isinstance(stream, MessageStream)
        assert json.loads(served.requests[0].content)["stream"] is True


def test_early_exit_closes_the_response() -> None:
    served = Served([], [])
    client = sync_client(handler(BODY, size=16, served=served))
    with manager(client) as stream:
        for event in stream:
            if event.type == "content_block_delta":
                break
        assert not stream.response.is_closed
    assert stream.response.is_closed
    assert served.bodies[0].closed
    with pytest.raises(MessageStreamError, match="closed before"):
        stream.get_final_message()


def test_close_is_idempotent() -> None:
    client = sync_client(handler(BODY))
    with manager(client) as stream:
        stream.close()
        stream.close()
        assert list(stream) == []


def test_manager_is_single_use() -> None:
    client = sync_client(handler(BODY))
    mgr = manager(client)
    with mgr as stream:
        stream.until_done()
    with pytest.raises(MessageStreamError, match="already entered"):
        mgr.__enter__()


def test_generated_stream_method_when_wired() -> None:
    client = sync_client(handler(BODY))
    stream_method = getattr(client.messages, "stream", None)
    if stream_method is None:
        pytest.skip("client.messages.stream is not generated yet")
    with stream_method(**fx_request()) as stream:
        assert stream.get_final_message().to_dict(mode="json") == fx.FINAL
    beta_stream = getattr(client.beta.messages, "stream", None)
    if beta_stream is not None:
        with beta_stream(**fx_request(), betas=["compact-2026-01-12"]) as stream:
            assert stream.get_final_message().to_dict(mode="json") == fx.FINAL


def fx_request() -> dict[str, Any]:
    return {
        "model": "claude-sonnet-4-5",
        "max_tokens": 64,
        "messages": [{"role": "user", "content": "Hi"}],
    }


def test_with_the_local_api_server() -> None:
    from claude_api_client.testing import local_api

    tools = [{"name": "get_weather", "input_schema": {"type": "object"}}]
    with local_api() as api:
        client = api.client()
        plain = client.messages.create(**fx_request(), tools=tools)
        mgr = MessageStreamManager(
            lambda: client.messages.create(**fx_request(), tools=tools, stream=True), load_message
        )
        with mgr as stream:
            events = list(stream)
            final = stream.get_final_message()
            text = stream.get_final_text()
    expected = plain.to_dict(mode="json")
    got = final.to_dict(mode="json")
    for message in (expected, got):
        message.pop("id")
        for block in message["content"]:
            block.pop("id", None)
    assert got == expected
    assert final.to_dict(mode="json") == accumulate(
        [e.to_dict(mode="json") for e in events if e.type not in SYNTHETIC]
    )
    assert text == plain.content[0].text
    assert final.content[1].type == "tool_use"


# --- errors -------------------------------------------------------------------------------------


def _error_body() -> bytes:
    head = sse_body(EVENTS[:6])
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    return head + b"event: error\ndata: " + json.dumps(error).encode() + b"\n\n"


def test_error_event_raises_typed_error() -> None:
    client = sync_client(handler(_error_body()))
    seen: list[Any] = []
    with manager(client) as stream:
        with pytest.raises(OverloadedError) as info:
            for event in stream:
                seen.append(event)
        assert stream.response.is_closed
    assert len(event_types(seen)) == 5  # the raw events before the error, `ping` skipped
    assert "Overloaded" in str(info.value)


def test_error_event_through_get_final_message() -> None:
    client = sync_client(handler(_error_body()))
    with manager(client) as stream, pytest.raises(OverloadedError):
        stream.get_final_message()


def test_dropped_connection_raises_connection_error() -> None:
    client = sync_client(handler(BODY[: len(BODY) // 2], fail=httpx.ReadError("connection reset")))
    with manager(client) as stream, pytest.raises(APIConnectionError):
        stream.get_final_message()


def test_body_ending_before_message_stop_raises() -> None:
    cut = BODY.rindex(b"event: message_stop")
    client = sync_client(handler(BODY[:cut]))
    with manager(client) as stream, pytest.raises(APIConnectionError):
        for _ in stream.text_stream:
            pass


def test_invalid_tool_json_is_reported_at_the_end() -> None:
    events = [
        fx.events()[0],
        {
            "type": "content_block_start",
            "index": 0,
            "content_block": {"type": "tool_use", "id": "toolu_1", "name": "t", "input": {}},
        },
        fx.delta(0, {"type": "input_json_delta", "partial_json": '{"a": 1,,}'}),
        {"type": "content_block_stop", "index": 0},
        {"type": "message_stop"},
    ]
    client = sync_client(handler(sse_body(events)))
    with manager(client) as stream:
        assert len(event_types(list(stream))) == 5  # the events themselves are fine
        _ = stream.current_message_snapshot  # best effort, does not raise
        with pytest.raises(MessageStreamError, match="not valid JSON"):
            stream.get_final_message()


# --- async --------------------------------------------------------------------------------------


def test_async_final_message_and_text() -> None:
    async def run() -> tuple[list[Any], Any, str, list[str]]:
        client = async_client(handler(BODY, size=9))
        async with async_manager(client) as stream:
            assert isinstance(stream, AsyncMessageStream)
            events = [e async for e in stream]
            final = await stream.get_final_message()
            text = await stream.get_final_text()
        client2 = async_client(handler(BODY))
        async with async_manager(client2) as stream2:
            texts = [t async for t in stream2.text_stream]
            await stream2.until_done()
            assert stream2.current_message_snapshot.to_dict(mode="json") == fx.FINAL
            assert stream2.request_id == "req_stream"
        return events, final, text, texts

    events, final, text, texts = asyncio.run(run())
    assert event_types(events) == [e["type"] for e in EVENTS if e["type"] != "ping"]
    assert final.to_dict(mode="json") == fx.FINAL == accumulate(EVENTS)
    assert text == "It is sunny. Bring a hat — 日本語 too."
    assert texts == ["It is ", "sunny.", " Bring a hat", " — 日本語 too."]


def test_async_early_exit_and_errors() -> None:
    async def run() -> None:
        served = Served([], [])
        client = async_client(handler(BODY, size=16, served=served))
        mgr = async_manager(client)
        assert served.requests == []
        async with mgr as stream:
            assert len(served.requests) == 1
            async for event in stream:
                if event.type == "content_block_delta":
                    break
            snap = stream.current_message_snapshot
            assert snap.content[0].type == "compaction"
        assert stream.response.is_closed
        with pytest.raises(MessageStreamError):
            await stream.get_final_message()

        async with async_manager(async_client(handler(_error_body()))) as stream:
            with pytest.raises(OverloadedError):
                await stream.get_final_message()

        # Broken before its first whole event: the client's retries are spent while opening.
        broken = handler(BODY[:300], fail=httpx.ReadError("reset"))
        with pytest.raises(APIConnectionError):
            async with async_manager(async_client(broken)) as stream:
                await stream.until_done()
        # Broken after events were handed out: the error comes from the stream itself.
        broken = handler(BODY[:1200], fail=httpx.ReadError("reset"))
        async with async_manager(async_client(broken)) as stream:
            with pytest.raises(APIConnectionError):
                await stream.until_done()

    asyncio.run(run())


def test_async_manager_accepts_a_plain_stream_thunk() -> None:
    from claude_api_client.lib._message_stream import AsyncMessageStreamManager

    async def run() -> Any:
        client = async_client(handler(BODY))
        stream = await client.messages.create(**fx_request(), stream=True)
        async with AsyncMessageStreamManager(lambda: stream, load_message) as helper:
            return await helper.get_final_message()

    assert asyncio.run(run()).to_dict(mode="json") == fx.FINAL
