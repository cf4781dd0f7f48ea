from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx
import pydantic
import pytest

from claude_api_client._core._casts import bytes_cast, json_cast, none_cast, value_cast
from claude_api_client._core._exceptions import APIConnectionError, APIResponseValidationError

from ._helpers import API_KEY, Recorder, async_client, get, json_reply, sync_client


class Model(pydantic.BaseModel):
    id: str
    _request_id: str | None = pydantic.PrivateAttr(default=None)


class Plain(pydantic.BaseModel):
    id: str


def rich_reply() -> httpx.Response:
    return json_reply(
        200,
        {"id": "m_1"},
        request_id="req_raw",
        anthropic_organization_id="org_7",
        anthropic_ratelimit_requests_remaining="3",
    )


def test_raw_response_accessors() -> None:
    recorder = Recorder([rich_reply()])
    calls: list[int] = []

    def cast(response: httpx.Response) -> Model:
        calls.append(1)
        return value_cast(lambda: Model)(response)

    raw = sync_client(recorder).request_raw(get(), cast)
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert raw.request_id == "req_raw"
    assert raw.organization_id == "org_7"
    assert raw.rate_limit.requests_remaining == 3
    assert raw.retries_taken == 0
    assert raw.method == "GET" and raw.url.path == "/v1/models"
    assert raw.read() == b'{"id": "m_1"}'
    assert raw.text() == '{"id": "m_1"}'
    assert raw.json() == {"id": "m_1"}
    first = raw.parse()
    assert raw.parse() is first and calls == [1]  # parsed once
    assert first.id == "m_1" and first._request_id == "req_raw"
    assert API_KEY not in repr(raw) and "req_raw" in repr(raw)


def test_model_cast_leaves_models_without_the_slot_alone() -> None:
    recorder = Recorder([rich_reply()])
    plain = sync_client(recorder).request(get(), value_cast(lambda: Plain))
    assert plain == Plain(id="m_1")


def test_other_casts() -> None:
    recorder = Recorder([rich_reply()])
    client = sync_client(recorder)
    assert client.request(get(), json_cast) == {"id": "m_1"}
    assert client.request(get(), bytes_cast) == b'{"id": "m_1"}'
    assert client.request(get(), none_cast) is None


class TrackedStream(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes], fail: bool = False) -> None:
        self.chunks = chunks
        self.started = False
        self.closed = False
        self.fail = fail

    def __iter__(self) -> Iterator[bytes]:
        self.started = True
        yield from self.chunks
        if self.fail:
            raise httpx.RemoteProtocolError("peer closed connection")

    def close(self) -> None:
        self.closed = True


def test_streamed_response_body_is_read_only_on_demand() -> None:
    stream = TrackedStream([b"abc", b"def"])
    recorder = Recorder([lambda request: httpx.Response(200, stream=stream)])
    client = sync_client(recorder)
    with client.request_streamed(get(), bytes_cast) as response:
        assert not stream.started
        assert list(response.iter_bytes()) == [b"abc", b"def"]
    assert stream.closed and response.is_closed


def test_streamed_response_parse_reads_first() -> None:
    stream = TrackedStream([b'{"id": "s1"}'])
    recorder = Recorder([lambda request: httpx.Response(200, stream=stream)])
    with sync_client(recorder).request_streamed(get(), value_cast(lambda: Plain)) as response:
        assert not stream.started
        assert response.parse() == Plain(id="s1")


def test_streamed_response_lost_connection_is_an_api_connection_error() -> None:
    stream = TrackedStream([b"abc"], fail=True)
    recorder = Recorder([lambda request: httpx.Response(200, stream=stream)])
    with sync_client(recorder).request_streamed(get(), bytes_cast) as response:
        with pytest.raises(APIConnectionError) as info:
            response.read()
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)


@pytest.mark.parametrize("reader", ["iter_bytes", "iter_text", "iter_lines"])
def test_every_streamed_reader_maps_a_lost_connection(reader: str) -> None:
    stream = TrackedStream([b"abc\n"], fail=True)
    recorder = Recorder([lambda request: httpx.Response(200, stream=stream)])
    with sync_client(recorder).request_streamed(get(), bytes_cast) as response:
        with pytest.raises(APIConnectionError) as info:
            list(getattr(response, reader)())
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert stream.closed


def test_a_read_abandoned_midway_closes_the_response() -> None:
    stream = TrackedStream([b"abc", b"def"])
    recorder = Recorder([lambda request: httpx.Response(200, stream=stream)])
    with sync_client(recorder).request_streamed(get(), bytes_cast) as response:
        chunks = response.iter_bytes()
        assert next(chunks) == b"abc"
        chunks.close()  # what a `break` out of the loop does
        assert stream.closed and response.is_closed


class AsyncFailing(httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"abc\n"
        raise httpx.RemoteProtocolError("peer closed connection")


@pytest.mark.parametrize("reader", ["read", "iter_bytes", "iter_text", "iter_lines"])
def test_every_async_reader_maps_a_lost_connection(reader: str) -> None:
    async def main() -> BaseException | None:
        client = async_client(
            Recorder([lambda request: httpx.Response(200, stream=AsyncFailing())])
        )
        async with client.request_streamed(get(), bytes_cast) as response:
            with pytest.raises(APIConnectionError) as info:
                if reader == "read":
                    await response.read()
                else:
                    [chunk async for chunk in getattr(response, reader)()]
        return info.value.__cause__

    assert isinstance(asyncio.run(main()), httpx.RemoteProtocolError)


class AsyncTracked(httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.started = False
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.started = True
        for chunk in self.chunks:
            yield chunk

    async def aclose(self) -> None:
        self.closed = True


def test_async_raw_and_streamed_responses() -> None:
    async def main() -> None:
        client = async_client(Recorder([rich_reply()]))
        raw = await client.request_raw(get(), value_cast(lambda: Model))
        assert raw.request_id == "req_raw" and raw.organization_id == "org_7"
        assert await raw.json() == {"id": "m_1"}
        assert await raw.text() == '{"id": "m_1"}'
        parsed = await raw.parse()
        assert parsed is await raw.parse()
        assert parsed._request_id == "req_raw"

        stream = AsyncTracked([b"line 1\n", b"line 2\n"])
        client = async_client(Recorder([lambda request: httpx.Response(200, stream=stream)]))
        async with client.request_streamed(get(), bytes_cast) as response:
            assert not stream.started
            assert [line async for line in response.iter_lines()] == ["line 1", "line 2"]
        assert stream.closed

    asyncio.run(main())


def test_parse_to_another_type_and_the_official_properties() -> None:
    reply = json_reply(200, {"id": "m_1"}, request_id="req_to", anthropic_workspace_id="wrkspc_1")
    raw = sync_client(Recorder([reply])).request_raw(get(), value_cast(lambda: Model))
    assert raw.workspace_id == "wrkspc_1" and raw.http_version == "HTTP/1.1"
    model = raw.parse(to=Model)
    assert model.id == "m_1" and model._request_id == "req_to"
    assert raw.parse(to=Model) is model  # once per type
    assert raw.parse(to=dict) == {"id": "m_1"}
    assert raw.parse(to=str) == '{"id": "m_1"}' and raw.parse(to=bytes) == b'{"id": "m_1"}'
    assert raw.parse(to=httpx.Response) is raw.http_response
    assert raw.parse().id == "m_1"  # the method's own cast is unaffected
    with pytest.raises(APIResponseValidationError):
        raw.parse(to=int)


def test_async_parse_to() -> None:
    async def main() -> None:
        reply = json_reply(200, {"id": "m_2"}, request_id="req_a")
        client = async_client(Recorder([reply]))
        raw = await client.request_raw(get(), value_cast(lambda: Model))
        assert (await raw.parse(to=Plain)).id == "m_2"
        assert await raw.parse(to=dict) == {"id": "m_2"}

    asyncio.run(main())


def test_parse_to_a_generic_alias() -> None:
    reply = json_reply(200, [{"id": "a"}, {"id": "b"}])
    raw = sync_client(Recorder([reply])).request_raw(get(), json_cast)
    assert [item.id for item in raw.parse(to=list[Plain])] == ["a", "b"]
    assert raw.parse(to=list[dict[str, str]]) == [{"id": "a"}, {"id": "b"}]
