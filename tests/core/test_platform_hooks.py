"""The platform hook contract (HOOKS.md): `_prepare_options`, `_authenticate`, `_event_decoder`."""

from __future__ import annotations

import asyncio
import dataclasses
import json

import httpx
import pytest

from claude_api_client._core._base_client import AsyncAPIClient, SyncAPIClient
from claude_api_client._core._options import RequestOptions
from claude_api_client._core._response_modes import raw_response_wrapper
from claude_api_client._core._sse import EventDecoder, ServerSentEvent, SSEDecoder
from claude_api_client._core._types import NOT_GIVEN

from ._helpers import API_KEY, FakeClock, Recorder, error_reply, json_reply, post


def _events(*names: str) -> bytes:
    return b"".join(f"event: {n}\ndata: {{}}\n\n".encode() for n in names)


class _Hooked(SyncAPIClient):
    """A platform-like client: rewrites the call, signs every attempt, decodes its own framing."""

    def __init__(self, handler: Recorder, **kwargs: object) -> None:
        super().__init__(
            api_key=API_KEY,
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
            retry_policy=FakeClock().policy(),
            **kwargs,  # type: ignore[arg-type]
        )
        self.prepared: list[RequestOptions] = []
        self.signed: list[bytes] = []
        self.decoders: list[LineDecoder] = []

    def _prepare_options(self, options: RequestOptions) -> RequestOptions:
        self.prepared.append(options)
        body = options.json_body
        if isinstance(body, dict) and body.get("refuse"):
            raise ValueError("not supported on this platform")
        return dataclasses.replace(options, path="/platform" + options.path)

    def _authenticate(self, request: httpx.Request) -> None:
        self.signed.append(request.content)
        request.headers["x-signature"] = f"sig-{len(self.signed)}"

    def _event_decoder(self, response: httpx.Response) -> EventDecoder:
        decoder = LineDecoder()
        self.decoders.append(decoder)
        return decoder


class LineDecoder:
    """A non-SSE framing: one `name json` event per line."""

    def __init__(self) -> None:
        self.pending = b""
        self.fed = 0

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        self.fed += 1
        self.pending += chunk
        *lines, self.pending = self.pending.split(b"\n")
        out = []
        for line in lines:
            name, _, data = line.decode().partition(" ")
            out.append(ServerSentEvent(name, data))
        return out

    def end(self) -> bool:
        return not self.pending


def test_sse_decoder_satisfies_the_protocol() -> None:
    decoder: EventDecoder = SSEDecoder()
    assert decoder.feed(b"event: a\ndata: 1\n\n") == [ServerSentEvent("a", "1")]
    assert decoder.end()


def test_prepare_sees_extra_body_merged_once_per_call_and_may_rewrite() -> None:
    recorder = Recorder([error_reply(500), json_reply()])
    client = _Hooked(recorder)
    options = post(json_body={"a": 1, "gone": NOT_GIVEN}, extra_body={"b": 2})
    client.request(options, lambda r: r.json())
    # One call to the hook for two attempts, with extra_body merged and NOT_GIVEN dropped.
    assert len(client.prepared) == 1
    assert client.prepared[0].json_body == {"a": 1, "b": 2}
    assert client.prepared[0].extra_body is None
    assert [r.url.path for r in recorder.requests] == ["/platform/v1/messages"] * 2
    assert json.loads(recorder.requests[0].content) == {"a": 1, "b": 2}


def test_prepare_may_refuse_before_anything_is_sent() -> None:
    recorder = Recorder([json_reply()])
    client = _Hooked(recorder)
    with pytest.raises(ValueError, match="not supported"):
        client.request(post(json_body={"refuse": True}), lambda r: r)
    assert recorder.requests == []


def test_authenticate_runs_on_every_attempt_with_the_final_body() -> None:
    recorder = Recorder([error_reply(529), error_reply(500), json_reply()])
    client = _Hooked(recorder)
    client.request(post(json_body={"x": 1}), lambda r: r)
    assert client.signed == [b'{"x":1}'] * 3
    assert [r.headers["x-signature"] for r in recorder.requests] == ["sig-1", "sig-2", "sig-3"]


def test_prepare_and_authenticate_apply_to_raw_responses_too() -> None:
    recorder = Recorder([json_reply()])
    client = _Hooked(recorder)
    raw = raw_response_wrapper(client.request)(post(json_body={}), lambda r: r.json())
    assert raw.http_request.url.path == "/platform/v1/messages"
    assert raw.http_request.headers["x-signature"] == "sig-1"


def test_event_decoder_decodes_every_event_stream() -> None:
    body = b'message_start {"n":1}\nping {}\nmessage_stop {}\n'
    recorder = Recorder([httpx.Response(200, content=body)])
    client = _Hooked(recorder)
    stream = client.request_events(post(json_body={}), lambda name, data: (name, data))
    # `ping` is decoded by the platform's decoder, then skipped like any keep-alive.
    assert list(stream) == [("message_start", '{"n":1}'), ("message_stop", "{}")]
    # One decoder for the stream: the first event is not decoded a second time.
    assert len(client.decoders) == 1
    assert client.decoders[0].fed == 1


def test_event_decoder_is_used_in_raw_mode() -> None:
    recorder = Recorder([httpx.Response(200, content=b"message_stop {}\n")])
    client = _Hooked(recorder)
    raw = raw_response_wrapper(client.request_events)(post(json_body={}), lambda n, d: n)
    assert list(raw.parse()) == ["message_stop"]
    assert len(client.decoders) == 1


def test_async_hooks() -> None:
    asyncio.run(_async_hooks())


async def _async_hooks() -> None:
    seen: list[str] = []

    class _AsyncHooked(AsyncAPIClient):
        def _prepare_options(self, options: RequestOptions) -> RequestOptions:
            seen.append("prepare")
            return dataclasses.replace(options, headers={"x-region": "eu"})

        async def _authenticate(self, request: httpx.Request) -> None:
            seen.append("authenticate")
            request.headers["authorization"] = "Bearer refreshed"

        def _event_decoder(self, response: httpx.Response) -> EventDecoder:
            seen.append("decoder")
            return LineDecoder()

    recorder = Recorder([error_reply(500), httpx.Response(200, content=b"message_stop {}\n")])
    client = _AsyncHooked(
        api_key=API_KEY,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)),
        retry_policy=FakeClock().policy(),
    )
    stream = await client.request_events(post(json_body={}), lambda n, d: n)
    assert [event async for event in stream] == ["message_stop"]
    assert seen == ["prepare", "authenticate", "authenticate", "decoder"]
    assert recorder.requests[-1].headers["authorization"] == "Bearer refreshed"
    assert recorder.requests[-1].headers["x-region"] == "eu"
