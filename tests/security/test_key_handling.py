"""The key: validated when the client is built, never in tracebacks' locals, reprs or pickles."""

from __future__ import annotations

import asyncio
import pickle
import socket
import traceback

import httpx
import pytest

from _support.raw_server import RawRequest, RawServer, http_response
from claude_api_client import (
    Anthropic,
    APIConnectionError,
    AsyncAnthropic,
    AuthenticationError,
)
from claude_api_client._core._response_modes import raw_response_wrapper

KEY = "sk-ant-api03-LOCALS-SECRET-0123456789abcdef"
ERROR_401 = (
    b'{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}'
)


def _unauthorised(request: RawRequest, conn: socket.socket) -> None:
    headers = {"content-type": "application/json", "request-id": "req_401"}
    conn.sendall(http_response(401, ERROR_401, headers, reason="Unauthorized"))


def _with_locals(error: BaseException) -> str:
    """What a crash reporter records: every frame of the chain, with the repr of its locals."""
    text = traceback.TracebackException.from_exception(error, capture_locals=True)
    return "".join(text.format())


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_no_frame_holds_the_key_on_a_401() -> None:
    with RawServer(_unauthorised) as api:
        client = Anthropic(api_key=KEY, base_url=api.url, max_retries=0)
        with pytest.raises(AuthenticationError) as caught:
            client.messages.create(
                model="m", max_tokens=1, messages=[{"role": "user", "content": "hi"}]
            )
    recorded = _with_locals(caught.value)
    assert "req_401" in recorded  # the traceback is the real one
    assert KEY not in recorded


def test_no_frame_holds_the_key_on_a_refused_connection() -> None:
    client = Anthropic(api_key=KEY, base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        client.models.list()
    recorded = _with_locals(caught.value)
    assert "ConnectError" in recorded
    assert KEY not in recorded


def test_no_frame_holds_the_key_async() -> None:
    async def main() -> BaseException:
        url = f"http://127.0.0.1:{_closed_port()}"
        client = AsyncAnthropic(api_key=KEY, base_url=url, max_retries=0)
        try:
            await client.models.retrieve("m")
        except APIConnectionError as error:
            return error
        raise AssertionError("no error")

    assert KEY not in _with_locals(asyncio.run(main()))


@pytest.mark.parametrize("spaced", [KEY + "\n", f"  {KEY}\r\n", f"\t{KEY} "])
def test_surrounding_whitespace_is_stripped(spaced: str) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": [], "has_more": False})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Anthropic(api_key=spaced, http_client=http)
    assert client.api_key == KEY
    client.models.list()
    assert sent[0].headers["x-api-key"] == KEY


@pytest.mark.parametrize("bad", [KEY[:10] + "é" + KEY[10:], KEY[:10] + "\n" + KEY[10:], "k\x00ey"])
def test_a_key_that_cannot_be_a_header_is_refused_without_showing_it(bad: str) -> None:
    with pytest.raises(ValueError, match="api_key contains a character") as caught:
        Anthropic(api_key=bad)
    assert bad.strip() not in str(caught.value) and KEY[10:] not in str(caught.value)
    with pytest.raises(ValueError, match="auth_token"):
        Anthropic(auth_token=bad)


def test_errors_and_raw_responses_never_pickle_the_key() -> None:
    with RawServer(_unauthorised) as api:
        client = Anthropic(api_key=KEY, base_url=api.url, max_retries=0)
        with pytest.raises(AuthenticationError) as caught:
            client.models.list()
        assert KEY.encode() not in pickle.dumps(caught.value)
        restored = pickle.loads(pickle.dumps(caught.value))
        assert restored.request_id == "req_401" and restored.status_code == 401

    def ok(request: RawRequest, conn: socket.socket) -> None:
        conn.sendall(http_response(200, b'{"data":[]}', {"content-type": "application/json"}))

    with RawServer(ok) as api:
        client = Anthropic(api_key=KEY, base_url=api.url, max_retries=0)
        raw = raw_response_wrapper(client.models.list)()
        with pytest.raises(TypeError, match="pickle"):
            pickle.dumps(raw)
    with pytest.raises(TypeError, match="pickle"):
        pickle.dumps(client)
    assert KEY not in repr(client)
