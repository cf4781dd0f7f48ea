"""Helpers of the message-stream tests: SSE bodies, mock clients, recorded streams, and an
independent accumulator (the oracle the helper's final message is compared with)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from _support.recorded import CASSETTES as CASSETTES
from _support.recorded import RecordedStream
from _support.recorded import recorded_streams as recorded_streams
from _support.wire import Chunks, sse_json_events
from _support.wire import sse_body as encode_sse
from claude_api_client import Anthropic, AsyncAnthropic
from claude_api_client.lib._message_stream import (
    AsyncMessageStreamManager,
    MessageStreamManager,
)

URL_BASE = "https://api.anthropic.com"
Recorded = RecordedStream  # the name these tests use

Event = dict[str, Any]


def load_message() -> Any:
    from claude_api_client.types._models.message import Message

    return Message


# --- bodies -------------------------------------------------------------------------------------


def sse_body(events: list[Event]) -> bytes:
    """Events in the wire format; the SSE event name is the payload's type."""
    return encode_sse((e["type"], e) for e in events)


def parse_body(body: bytes) -> list[tuple[str, Event]]:
    """(event name, payload) of a well-formed SSE body, read the simple way (test oracle)."""
    return sse_json_events(body)


def pieces(body: bytes, size: int) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)] or [b""]


@dataclass
class Served:
    """What the mock transport saw and served."""

    requests: list[httpx.Request]
    bodies: list[Chunks]


def handler(
    body: bytes,
    *,
    size: int = 64,
    fail: Exception | None = None,
    gzipped: bool = False,
    served: Served | None = None,
) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        stream = Chunks(pieces(body, size), fail)
        if served is not None:
            served.requests.append(request)
            served.bodies.append(stream)
        headers = {"content-type": "text/event-stream; charset=utf-8", "request-id": "req_stream"}
        if gzipped:
            headers["content-encoding"] = "gzip"
        return httpx.Response(200, headers=headers, stream=stream)

    return handle


def sync_client(handle: Callable[[httpx.Request], httpx.Response]) -> Anthropic:
    http = httpx.Client(transport=httpx.MockTransport(handle))
    return Anthropic(api_key="sk-ant-test", http_client=http, max_retries=0)


def async_client(handle: Callable[[httpx.Request], httpx.Response]) -> AsyncAnthropic:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handle))
    return AsyncAnthropic(api_key="sk-ant-test", http_client=http, max_retries=0)


REQUEST: dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Hello"}],
}


def manager(client: Anthropic, **overrides: Any) -> MessageStreamManager[Any, Any]:
    """What the generated `client.messages.stream(...)` returns (built by hand until it exists)."""
    args = {**REQUEST, **overrides}
    return MessageStreamManager(lambda: client.messages.create(**args, stream=True), load_message)


def async_manager(client: AsyncAnthropic, **overrides: Any) -> AsyncMessageStreamManager[Any, Any]:
    args = {**REQUEST, **overrides}
    return AsyncMessageStreamManager(
        lambda: client.messages.create(**args, stream=True), load_message
    )


# --- the oracle ---------------------------------------------------------------------------------


def accumulate(events: list[Event]) -> dict[str, Any]:
    """The message a list of event payloads adds up to, written plainly and independently."""
    message: dict[str, Any] = {}
    raw_inputs: dict[int, str] = {}
    for event in events:
        kind = event["type"]
        if kind == "message_start":
            message = copy.deepcopy(event["message"])
        elif kind == "content_block_start":
            message["content"].append(copy.deepcopy(event["content_block"]))
        elif kind == "content_block_delta":
            index = event["index"]
            block = message["content"][index]
            delta = event["delta"]
            if delta["type"] == "text_delta":
                block["text"] = block.get("text", "") + delta["text"]
            elif delta["type"] == "thinking_delta":
                block["thinking"] = block.get("thinking", "") + delta["thinking"]
            elif delta["type"] == "signature_delta":
                block["signature"] = delta["signature"]
            elif delta["type"] == "citations_delta":
                block["citations"] = [*(block.get("citations") or []), delta["citation"]]
            elif delta["type"] == "input_json_delta":
                raw_inputs[index] = raw_inputs.get(index, "") + delta["partial_json"]
            elif delta["type"] == "compaction_delta":
                block.update({k: v for k, v in delta.items() if k != "type"})
        elif kind == "content_block_stop":
            index = event["index"]
            if index in raw_inputs:
                text = raw_inputs.pop(index)
                message["content"][index]["input"] = json.loads(text) if text else {}
        elif kind == "message_delta":
            message.update(event["delta"])
            usage = message["usage"]
            for key, value in event.get("usage", {}).items():
                if value is not None or usage.get(key) is None:
                    usage[key] = value
            for key, value in event.items():
                if key not in ("type", "delta", "usage"):
                    message[key] = value
    return message
