"""A hostile server on 127.0.0.1 (byte-level control): every fault is bounded and typed.

Each test reproduces one item of issue 18 with the raw-socket server of tests/_support.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import socket
import threading
import time

import httpx
import pytest

from _support.payloads import message_body
from _support.raw_server import RawRequest, RawServer, http_response
from _support.wire import sse_event
from claude_api_client import (
    Anthropic,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncAnthropic,
    BadRequestError,
)
from claude_api_client._core import _body
from claude_api_client._core._errors import ResponseTooLargeError
from claude_api_client._core._sse import EventTooLargeError, SSEDecoder
from claude_api_client._core._transport import DEFAULT_LIMITS, DefaultHttpxClient

KEY = "sk-ant-hostile-0123456789"
HELLO = [{"role": "user", "content": "hi"}]
MESSAGE = message_body("hello", model="m")
JSON = {"content-type": "application/json", "request-id": "req_hostile"}
SSE = {"content-type": "text/event-stream", "request-id": "req_stream"}


def _client(server: RawServer, **kwargs: object) -> Anthropic:
    kwargs.setdefault("max_retries", 0)
    return Anthropic(api_key=KEY, base_url=server.url, **kwargs)  # type: ignore[arg-type]


def _create(client: Anthropic, **kwargs: object) -> object:
    return client.messages.create(model="m", max_tokens=5, messages=HELLO, **kwargs)  # type: ignore[arg-type]


STREAM_START = sse_event(
    "message_start", {"type": "message_start", "message": {**MESSAGE, "content": []}}
)
STREAM_STOP = sse_event("message_stop", {"type": "message_stop"})
PING = sse_event("ping", {"type": "ping"})


# --- bounded resources --------------------------------------------------------------------------


def test_a_decompression_bomb_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_body, "MAX_RESPONSE_BYTES", 1_000_000)
    bomb = gzip.compress(b"[" + b" " * 5_000_000 + b"]")

    def handler(request: RawRequest, conn: socket.socket) -> None:
        conn.sendall(http_response(200, bomb, {**JSON, "content-encoding": "gzip"}))

    with RawServer(handler) as server:
        with pytest.raises(ResponseTooLargeError, match="1,000,000-byte limit") as caught:
            _create(_client(server))
    assert caught.value.request_id == "req_hostile"
    assert isinstance(caught.value, APIResponseValidationError)


def test_an_endless_sse_line_is_capped() -> None:
    decoder = SSEDecoder(max_event_bytes=1000)
    decoder.feed(b"event: x\ndata: ")
    with pytest.raises(EventTooLargeError):
        for _ in range(100):
            decoder.feed(b"y" * 100)

    class Small(Anthropic):
        def _event_decoder(self, response: httpx.Response) -> SSEDecoder:
            return SSEDecoder(max_event_bytes=100_000)

    def handler(request: RawRequest, conn: socket.socket) -> None:
        head = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nrequest-id: req_long\r\n"
        conn.sendall((head + "connection: close\r\n\r\n").encode() + STREAM_START + b"data: ")
        for _ in range(50):
            conn.sendall(b"z" * 10_000)

    with RawServer(handler) as server:
        client = Small(api_key=KEY, base_url=server.url, max_retries=0)
        stream = client.messages.create(model="m", max_tokens=5, messages=HELLO, stream=True)  # type: ignore[arg-type]
        with pytest.raises(ResponseTooLargeError, match="SSE event") as caught:
            list(stream)
    assert caught.value.request_id == "req_long"


@pytest.mark.parametrize("http_client", ["ours", "public DefaultHttpxClient"])
def test_a_dripping_server_cannot_outlast_the_call_deadline(http_client: str) -> None:
    # One byte every 0.1 s: each read succeeds well within the read timeout, but the whole
    # response would take ~60 s. The call's overall deadline (its read timeout, 1 s) ends it,
    # also on a `claude_api_client.DefaultHttpxClient` the caller configured and passed in.
    import claude_api_client

    given = {} if http_client == "ours" else {"http_client": claude_api_client.DefaultHttpxClient()}
    body = json.dumps(MESSAGE).encode()
    full = http_response(200, body, JSON)

    def handler(request: RawRequest, conn: socket.socket) -> None:
        for byte in full:
            conn.sendall(bytes([byte]))
            time.sleep(0.1)

    with RawServer(handler) as server:
        with pytest.raises(APITimeoutError, match="deadline"):
            _create(_client(server, timeout=1.0, **given))


def test_a_stream_may_idle_while_pings_arrive_but_not_while_bytes_drip() -> None:
    def pinging(request: RawRequest, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\n" + STREAM_START)
        for _ in range(8):  # 2.4 s of pings: longer than the 1 s idle limit, which each resets
            time.sleep(0.3)
            conn.sendall(PING)
        conn.sendall(STREAM_STOP)

    def dripping(request: RawRequest, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\n" + STREAM_START)
        for byte in PING * 20:  # bytes keep coming, but no event completes within 1 s
            time.sleep(0.3)
            conn.sendall(bytes([byte]))

    with RawServer(pinging) as server:
        stream = _create(_client(server, timeout=1.0), stream=True)
        assert [e.type for e in stream][-1] == "message_stop"  # type: ignore[attr-defined]
    with RawServer(dripping) as server:
        stream = _create(_client(server, timeout=1.0), stream=True)
        with pytest.raises(APITimeoutError):
            list(stream)  # type: ignore[call-overload]


@pytest.mark.parametrize("status", [200, 400])
def test_deeply_nested_json_is_a_typed_error_with_the_request_id(status: int) -> None:
    deep = b'{"a":' * 100_000 + b"1" + b"}" * 100_000

    def handler(request: RawRequest, conn: socket.socket) -> None:
        conn.sendall(http_response(status, deep, JSON))

    with RawServer(handler) as server:
        expected = APIResponseValidationError if status == 200 else BadRequestError
        with pytest.raises(expected) as caught:
            _create(_client(server))
        assert caught.value.request_id == "req_hostile"  # type: ignore[attr-defined]
        with pytest.raises(expected):
            _client(server).get("/v1/anything", cast_to=object)


def test_pool_limits_and_the_pool_timeout_error() -> None:
    assert DEFAULT_LIMITS.max_connections == 1000
    assert DEFAULT_LIMITS.max_keepalive_connections == 100
    assert Anthropic(api_key="k").http_client._transport._pool._max_connections == 1000  # type: ignore[attr-defined]
    release = threading.Event()

    def slow(request: RawRequest, conn: socket.socket) -> None:
        release.wait(10)
        conn.sendall(http_response(200, json.dumps(MESSAGE).encode(), JSON))

    with RawServer(slow) as server:
        http = DefaultHttpxClient(
            limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(10.0, pool=0.2)
        )
        client = Anthropic(api_key=KEY, base_url=server.url, http_client=http, max_retries=0)
        first = threading.Thread(target=_create, args=(client,))
        first.start()
        while not server.requests:
            time.sleep(0.01)
        try:
            with pytest.raises(APITimeoutError, match="connection pool"):
                _create(client)
        finally:
            release.set()
            first.join()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_gets_fresh_connections() -> None:
    def echo(request: RawRequest, conn: socket.socket) -> None:
        body = {**MESSAGE, "id": request.path.rsplit("/", 1)[-1]}
        conn.sendall(http_response(200, json.dumps(body).encode(), JSON))

    with RawServer(echo, keep_alive=True) as server:
        client = _client(server)
        parent_http = client.http_client
        assert client.get("/v1/echo/p0", cast_to=dict)["id"] == "p0"  # a pooled connection
        pid = os.fork()
        if pid == 0:  # the child: report through the exit code only
            ok = client.http_client is parent_http
            for i in range(20):
                ok = ok and client.get(f"/v1/echo/c{i}", cast_to=dict)["id"] == f"c{i}"
            os._exit(0 if ok and client.http_client is not parent_http else 1)
        for i in range(20):
            assert client.get(f"/v1/echo/p{i}", cast_to=dict)["id"] == f"p{i}"
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


# --- the request id is carried on mid-body failures -------------------------------------------


def _cut_body(request: RawRequest, conn: socket.socket) -> None:
    head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nrequest-id: req_cut\r\n"
    conn.sendall((head + "content-length: 500\r\n\r\n").encode() + b'{"id": "msg')


def _bad_chunk(request: RawRequest, conn: socket.socket) -> None:
    head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nrequest-id: req_cut\r\n"
    conn.sendall((head + "transfer-encoding: chunked\r\n\r\n").encode() + b'5\r\n{"id"\r\nZZ\r\n')


@pytest.mark.parametrize("handler", [_cut_body, _bad_chunk])
def test_a_body_cut_after_the_headers_keeps_the_request_id(handler: object) -> None:
    with RawServer(handler) as server:  # type: ignore[arg-type]
        with pytest.raises(APIConnectionError) as caught:
            _create(_client(server))
    assert caught.value.request_id == "req_cut"
    assert "req_cut" in str(caught.value)

    async def main() -> APIConnectionError:
        async with AsyncAnthropic(api_key=KEY, base_url=server.url, max_retries=0) as client:
            try:
                await client.messages.create(model="m", max_tokens=5, messages=HELLO)  # type: ignore[arg-type]
            except APIConnectionError as error:
                return error
        raise AssertionError("no error")

    with RawServer(handler) as server:  # type: ignore[arg-type]
        assert asyncio.run(main()).request_id == "req_cut"


def test_a_jsonl_body_cut_midway_keeps_the_request_id() -> None:
    line = json.dumps({"custom_id": "a", "result": {"type": "canceled"}}).encode() + b"\n"

    def handler(request: RawRequest, conn: socket.socket) -> None:
        head = "HTTP/1.1 200 OK\r\ncontent-type: application/x-jsonl\r\nrequest-id: req_jsonl\r\n"
        conn.sendall((head + "content-length: 5000\r\n\r\n").encode() + line + b'{"custom')

    with RawServer(handler) as server:
        results = _client(server).messages.batches.results("msgbatch_1")
        with pytest.raises(APIConnectionError) as caught:
            list(results)
    assert caught.value.request_id == "req_jsonl"


# --- arguments refused before sending ---------------------------------------------------------


def _never(request: RawRequest, conn: socket.socket) -> None:
    raise AssertionError("nothing may be sent")


def test_nan_and_infinity_are_refused_naming_the_argument() -> None:
    with RawServer(_never) as server:
        client = _client(server)
        with pytest.raises(ValueError, match="'temperature' is not a finite number"):
            _create(client, temperature=float("nan"))
        with pytest.raises(ValueError, match="'top_p'"):
            _create(client, top_p=float("inf"))
        with pytest.raises(ValueError, match=r"metadata\['x'\]\[1\]"):
            _create(client, extra_body={"metadata": {"x": [1.0, float("-inf")]}})
        assert server.requests == []


def test_required_arguments_given_as_none_are_refused() -> None:
    with RawServer(_never) as server:
        client = _client(server)
        with pytest.raises(TypeError, match="'model' is required"):
            client.messages.create(model=None, max_tokens=5, messages=HELLO)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="'max_tokens'"):
            client.messages.create(model="m", max_tokens=None, messages=HELLO)  # type: ignore[arg-type]
        assert server.requests == []


def test_line_breaks_in_headers_are_a_bad_argument_not_a_connection_error() -> None:
    with RawServer(_never) as server:
        client = _client(server)
        with pytest.raises(ValueError, match="argument 'betas'"):
            client.beta.messages.create(
                model="m", max_tokens=5, messages=HELLO, betas=["a\r\nx-evil: 1"]
            )
        with pytest.raises(ValueError, match="extra_headers: the value of header 'x-trace'"):
            _create(client, extra_headers={"x-trace": "a\nb"})
        with pytest.raises(ValueError, match="default_headers"):
            _create(client.with_options(default_headers={"x-a": "1\r\n"}))
        assert server.requests == []


# --- responses: never refuse what the API sends ---------------------------------------------


def test_response_models_do_not_enforce_request_side_limits() -> None:
    from claude_api_client.types import Message
    from claude_api_client.types._models.server_tool_usage import ServerToolUsage

    usage = ServerToolUsage.model_validate({"web_search_requests": -1, "web_fetch_requests": -5})
    assert usage.web_search_requests == -1
    long_text = "x" * 6_000_000
    message = Message.model_validate({**MESSAGE, "content": [{"type": "text", "text": long_text}]})
    assert len(message.content[0].text) == 6_000_000  # type: ignore[union-attr]


# --- x-should-retry -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "header", "value", "attempts"),
    [
        (400, "x-should-retry", "true", 3),
        (400, "X-Should-Retry", "TRUE", 3),
        (400, "x-should-retry", " True ", 3),
        (500, "X-SHOULD-RETRY", "False", 1),
        (529, "x-should-retry", "false", 1),
        (500, "x-should-retry", "maybe", 3),
    ],
)
def test_x_should_retry_is_read_without_regard_to_case(
    status: int, header: str, value: str, attempts: int
) -> None:
    def handler(request: RawRequest, conn: socket.socket) -> None:
        body = b'{"type":"error","error":{"type":"api_error","message":"x"}}'
        conn.sendall(http_response(status, body, {**JSON, header: value}, reason="Err"))

    from claude_api_client._core._retry import RetryPolicy

    with RawServer(handler, keep_alive=True) as server:
        client = Anthropic(
            api_key=KEY,
            base_url=server.url,
            retry_policy=RetryPolicy(max_retries=2, sleep=lambda s: None, random=lambda: 0.0),
        )
        with pytest.raises(Exception):  # noqa: B017  (the status error; the count is the point)
            _create(client)
        assert len(server.requests) == attempts
