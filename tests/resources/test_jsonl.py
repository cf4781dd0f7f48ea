"""Batch results as JSON Lines: every result kind, unknown kinds kept, read one line at a time."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator, Mapping, Sequence

import httpx
import pytest

from _support.clients import local_async_client, local_client, mock_async_client, mock_client
from _support.payloads import message_body
from _support.recorder import Recorder
from claude_api_client import APIConnectionError, APIResponseValidationError, NotFoundError
from claude_api_client._core._errors import ResponseTooLargeError
from claude_api_client._core._jsonl import AsyncJSONLStream, JSONLStream
from claude_api_client._core._options import RequestOptions
from claude_api_client.types import (
    MessageBatchCanceledResult,
    MessageBatchErroredResult,
    MessageBatchExpiredResult,
    MessageBatchIndividualResponse,
    MessageBatchSucceededResult,
    UnknownMessageBatchResult,
)

from ._local import Exchange, core_client, error_reply, serve

MESSAGE = message_body(
    "Hello! \u2028 How can I help?",
    id="msg_01FqfsLoHwgeFbguDgpz48m7",
    model="claude-sonnet-4-5-20250929",
    usage=(10, 12),
)
LINES: list[dict[str, object]] = [
    {"custom_id": "ok", "result": {"type": "succeeded", "message": MESSAGE}},
    {
        "custom_id": "bad",
        "result": {
            "type": "errored",
            "error": {
                "type": "error",
                "error": {"type": "invalid_request_error", "message": "max_tokens: too large"},
            },
        },
    },
    {"custom_id": "stopped", "result": {"type": "canceled"}},
    {"custom_id": "late", "result": {"type": "expired"}},
    {"custom_id": "new", "result": {"type": "deferred", "retry_at": "2026-01-01T00:00:00Z"}},
]
KINDS: list[type] = [
    MessageBatchSucceededResult,
    MessageBatchErroredResult,
    MessageBatchCanceledResult,
    MessageBatchExpiredResult,
    UnknownMessageBatchResult,
]


def jsonl(lines: Sequence[Mapping[str, object]]) -> bytes:
    # ensure_ascii=False: U+2028 goes raw on the wire, which text line splitting would break.
    return b"".join(json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in lines)


def load() -> type[MessageBatchIndividualResponse]:
    return MessageBatchIndividualResponse


def check_results(results: list[MessageBatchIndividualResponse]) -> None:
    assert [r.custom_id for r in results] == [line["custom_id"] for line in LINES]
    assert [type(r.result) for r in results] == KINDS
    ok = results[0].result
    assert isinstance(ok, MessageBatchSucceededResult)
    assert ok.message.content[0].text == "Hello! \u2028 How can I help?"  # type: ignore[union-attr]
    unknown = results[4].result
    assert isinstance(unknown, UnknownMessageBatchResult) and unknown.type == "deferred"
    assert unknown.to_dict() == LINES[4]["result"]  # every field kept
    for result, line in zip(results, LINES, strict=True):
        assert result.to_dict() == line


def test_every_result_kind_and_an_unknown_one() -> None:
    recorder = Recorder(
        [
            httpx.Response(
                200,
                headers={"content-type": "application/x-jsonl", "request-id": "req_res"},
                content=jsonl(LINES),
            )
        ]
    )
    stream = mock_client(recorder).messages.batches.results("msgbatch_1")
    assert isinstance(stream, JSONLStream)
    assert stream.request_id == "req_res"
    results = list(stream)
    check_results(results)
    assert results[0].request_id == "req_res"
    assert stream.response.is_closed
    request = recorder.requests[0]
    assert request.url.path == "/v1/messages/batches/msgbatch_1/results"
    assert request.headers["accept"].startswith("application/x-jsonl")


def test_lines_are_yielded_before_the_rest_of_the_body_exists() -> None:
    gate = threading.Event()
    sent_rest = threading.Event()
    body = jsonl(LINES)
    first, rest = body.split(b"\n", 1)

    def route(exchange: Exchange) -> None:
        exchange.head(200, {"content-type": "application/x-jsonl", "transfer-encoding": "chunked"})
        exchange.chunk(first[:40])  # a line split across chunks
        exchange.chunk(first[40:] + b"\n")
        gate.wait(5)
        sent_rest.set()
        for index in range(0, len(rest), 7):  # the rest in small pieces, lines cut anywhere
            exchange.chunk(rest[index : index + 7])
        exchange.chunk(b"")

    with serve(route) as server, local_client(server.base_url) as client:
        stream = client.beta.messages.batches.results("msgbatch_1", betas=["b1"])
        iterator = iter(stream)
        head = next(iterator)
        assert head.custom_id == "ok"
        assert not sent_rest.is_set(), "the whole body was read before the first line came"
        gate.set()
        results = [head, *iterator]
    check_results(results)
    assert server.seen[0].headers["anthropic-beta"] == "b1"


def test_crlf_blank_lines_and_a_last_line_without_newline() -> None:
    body = (
        json.dumps(LINES[2]).encode()
        + b"\r\n\r\n\n"
        + json.dumps(LINES[3]).encode()
        + b"\r\n"
        + json.dumps(LINES[4]).encode()
    )
    recorder = Recorder([httpx.Response(200, content=body)])
    results = list(mock_client(recorder).messages.batches.results("b"))
    assert [r.custom_id for r in results] == ["stopped", "late", "new"]


def test_empty_body_gives_no_results() -> None:
    recorder = Recorder([httpx.Response(200, content=b"")])
    assert list(mock_client(recorder).messages.batches.results("b")) == []


def test_a_malformed_line_names_its_number() -> None:
    body = jsonl(LINES[:2]) + b"\n" + b'{"custom_id": "x", "result": ' + b"\n"
    recorder = Recorder([httpx.Response(200, content=body, headers={"request-id": "req_m"})])
    stream = mock_client(recorder).messages.batches.results("b")
    assert next(stream).custom_id == "ok"
    assert next(stream).custom_id == "bad"
    with pytest.raises(APIResponseValidationError, match=r"^Line 4 of the JSONL body") as info:
        next(stream)
    assert "req_m" in str(info.value)
    assert info.value.body == '{"custom_id": "x", "result": '
    assert stream.response.is_closed


def test_a_line_over_the_cap_and_a_lost_connection_are_typed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claude_api_client._core import _jsonl

    monkeypatch.setattr(_jsonl, "MAX_EVENT_BYTES", 64)
    body = jsonl(LINES[:1])[:40] + b"x" * 30  # a line that never ends
    recorder = Recorder([httpx.Response(200, content=body)])
    with pytest.raises(ResponseTooLargeError, match=r"^A JSONL line is larger than the 64-byte"):
        list(mock_client(recorder).messages.batches.results("b"))
    monkeypatch.undo()

    class Lost(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield jsonl(LINES[:1]) + b"\n"
            raise httpx.RemoteProtocolError("peer closed connection")

    recorder = Recorder([lambda request: httpx.Response(200, stream=Lost())])
    stream = mock_client(recorder).messages.batches.results("b")
    assert next(stream).custom_id == "ok"
    with pytest.raises(APIConnectionError) as info:
        next(stream)
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert stream.response.is_closed


def test_a_line_of_the_wrong_shape_names_its_number() -> None:
    body = jsonl([LINES[0], {"custom_id": 5}])
    recorder = Recorder([httpx.Response(200, content=body)])
    with pytest.raises(
        APIResponseValidationError, match=r"Line 2 .*MessageBatchIndividualResponse"
    ):
        list(mock_client(recorder).messages.batches.results("b"))


def test_error_status_raises_and_is_retried() -> None:
    recorder = Recorder([error_reply(404, "not_found_error")])
    with pytest.raises(NotFoundError):
        mock_client(recorder).messages.batches.results("b")
    recorder = Recorder(
        [error_reply(529, "overloaded_error"), httpx.Response(200, content=jsonl(LINES))]
    )
    check_results(list(mock_client(recorder).messages.batches.results("b")))
    assert len(recorder.requests) == 2


def test_close_and_break_then_exit_release_the_response() -> None:
    recorder = Recorder([httpx.Response(200, content=jsonl(LINES))])
    client = mock_client(recorder)
    with client.messages.batches.results("b") as stream:
        for result in stream:
            if result.custom_id == "bad":
                break
    assert stream.response.is_closed
    other = client.messages.batches.results("b")
    next(other)
    other.close()
    assert other.response.is_closed
    with pytest.raises(StopIteration):
        next(other)


def test_core_request_jsonl_with_request_options() -> None:
    recorder = Recorder([httpx.Response(200, content=jsonl(LINES))])
    options = RequestOptions(method="get", path="/v1/messages/batches/b/results")
    stream = core_client(recorder).request_jsonl(options, load)
    check_results(list(stream))
    assert "JSONLStream" in repr(stream)


def test_async_results_stream_line_by_line() -> None:
    body = jsonl(LINES)

    def route(exchange: Exchange) -> None:
        exchange.head(200, {"content-type": "application/x-jsonl", "transfer-encoding": "chunked"})
        for line in body.splitlines(keepends=True):
            exchange.chunk(line)
        exchange.chunk(b"")

    async def main(base_url: str) -> list[MessageBatchIndividualResponse]:
        async with local_async_client(base_url) as client:
            stream = await client.messages.batches.results("msgbatch_1")
            assert isinstance(stream, AsyncJSONLStream)
            results = [result async for result in stream]
            assert stream.response.is_closed
            return results

    with serve(route) as server:
        check_results(asyncio.run(main(server.base_url)))


def test_async_malformed_line_and_context_exit() -> None:
    recorder = Recorder([httpx.Response(200, content=jsonl(LINES[:1]) + b"nope\n")])

    async def main() -> None:
        async with mock_async_client(recorder) as client:
            async with await client.messages.batches.results("b") as stream:
                assert (await stream.__anext__()).custom_id == "ok"
                with pytest.raises(APIResponseValidationError, match=r"^Line 2"):
                    await stream.__anext__()
            assert stream.response.is_closed
            early = await client.messages.batches.results("b")
            await early.close()
            assert early.response.is_closed

    asyncio.run(main())
