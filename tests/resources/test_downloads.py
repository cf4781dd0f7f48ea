"""Binary downloads: streamed to disk with flat memory, read whole, headers, errors, async."""

from __future__ import annotations

import asyncio
import hashlib
import io
import pathlib
import threading
import tracemalloc

import httpx
import pytest

from _support.clients import local_async_client, local_client, mock_async_client, mock_client
from _support.recorder import Recorder
from claude_api_client import APIConnectionError, APIResponse, AsyncAPIResponse, NotFoundError
from claude_api_client._core._binary import AsyncBinaryResponse, BinaryResponse
from claude_api_client._core._options import RequestOptions

from ._local import Exchange, Route, core_client, error_reply, serve

MIB = 1024 * 1024
BLOCK = bytes(range(256)) * 256  # 64 KiB, allocated once


def pattern_route(total: int, *, name: str = "big.bin") -> tuple[Route, str]:
    """A route serving `total` bytes of BLOCK repeated, generated as it is sent; and its sha256."""
    digest = hashlib.sha256()
    left = total
    while left:
        piece = BLOCK[: min(len(BLOCK), left)]
        digest.update(piece)
        left -= len(piece)

    def route(exchange: Exchange) -> None:
        exchange.head(
            200,
            {
                "content-type": "application/octet-stream",
                "content-length": str(total),
                "content-disposition": f'attachment; filename="{name}"',
                "request-id": "req_download",
            },
        )
        remaining = total
        view = memoryview(BLOCK)
        while remaining:
            size = min(len(BLOCK), remaining)
            exchange.handler.wfile.write(view[:size])
            remaining -= size
        exchange.handler.wfile.flush()

    return route, digest.hexdigest()


def sha256_of(path: pathlib.Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(MIB):
            digest.update(chunk)
    return digest.hexdigest()


def test_50_mb_download_streams_to_a_file_with_flat_memory(tmp_path: pathlib.Path) -> None:
    total = 50 * MIB
    route, expected = pattern_route(total)
    target = tmp_path / "out.bin"
    with serve(route) as server, local_client(server.base_url) as client:
        download = client.files.download("file_big")
        assert isinstance(download, BinaryResponse)
        assert download.content_length == total
        tracemalloc.start()
        try:
            tracemalloc.reset_peak()
            written = download.write_to_file(target)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert download.is_closed
    assert written == total
    assert target.stat().st_size == total
    assert sha256_of(target) == expected
    assert peak < 5 * MIB, f"peak {peak / MIB:.1f} MiB while streaming {total // MIB} MiB"
    seen = server.seen[0]
    assert seen.path == "/v1/files/file_big/content"
    assert seen.headers["accept"] == "*/*"
    assert "anthropic-beta" not in seen.headers


def test_async_download_streams_to_a_file_with_flat_memory(tmp_path: pathlib.Path) -> None:
    total = 20 * MIB
    route, expected = pattern_route(total)
    target = tmp_path / "out.bin"

    async def main(base_url: str) -> tuple[int, int]:
        async with local_async_client(base_url) as client:
            download = await client.beta.files.download("file_big", betas=["files-api-2025-04-14"])
            assert isinstance(download, AsyncBinaryResponse)
            tracemalloc.start()
            try:
                tracemalloc.reset_peak()
                written = await download.write_to_file(target)
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
            assert download.is_closed
            return written, peak

    with serve(route) as server:
        written, peak = asyncio.run(main(server.base_url))
    assert written == total and sha256_of(target) == expected
    assert peak < 5 * MIB
    assert server.seen[0].headers["anthropic-beta"] == "files-api-2025-04-14"


def test_read_headers_and_filename() -> None:
    def route(exchange: Exchange) -> None:
        body = b"%PDF-1.7 small"
        exchange.head(
            200,
            {
                "content-type": "application/pdf; charset=binary",
                "content-length": str(len(body)),
                "content-disposition": "attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf",
                "request-id": "req_small",
            },
        )
        exchange.write(body)

    with serve(route) as server, local_client(server.base_url) as client:
        download = client.files.download("file_1")
        assert download.status_code == 200
        assert download.request_id == "req_small"
        assert download.content_type == "application/pdf"
        assert download.filename == "résumé.pdf"
        assert download.headers["content-length"] == "14"
        assert not download.is_closed
        assert download.read() == b"%PDF-1.7 small"
        assert download.is_closed


def test_filename_is_reduced_to_its_last_component() -> None:
    response = httpx.Response(
        200, headers={"content-disposition": 'attachment; filename="../../etc/passwd"'}
    )
    assert BinaryResponse(response).filename == "passwd"
    assert BinaryResponse(httpx.Response(200)).filename is None
    assert BinaryResponse(httpx.Response(200)).content_type is None


def test_iter_bytes_text_and_writable() -> None:
    recorder = Recorder(
        [
            httpx.Response(
                200,
                headers={"content-type": "text/plain; charset=utf-8"},
                content="héllo wörld".encode(),
            )
        ]
    )
    client = mock_client(recorder)
    assert b"".join(client.files.download("f").iter_bytes(3)) == "héllo wörld".encode()
    assert client.files.download("f").text() == "héllo wörld"
    sink = io.BytesIO()
    assert client.files.download("f").write_to_file(sink) == len("héllo wörld".encode())
    assert sink.getvalue() == "héllo wörld".encode()


def test_context_manager_closes_without_reading_the_body() -> None:
    release = threading.Event()

    def route(exchange: Exchange) -> None:
        exchange.head(200, {"content-type": "application/zip", "transfer-encoding": "chunked"})
        exchange.chunk(b"PK\x03\x04")
        release.wait(5)  # the client leaves before the rest exists

    with serve(route) as server, local_client(server.base_url) as client:
        with client.beta.skills.versions.download("1759", skill_id="skill_1") as download:
            assert download.content_type == "application/zip"
        assert download.is_closed
        release.set()
    seen = server.seen[0]
    assert seen.path == "/v1/skills/skill_1/versions/1759/content"
    assert seen.headers["anthropic-beta"] == "skills-2025-10-02"


def test_errors_raise_typed_exceptions_and_are_retried() -> None:
    recorder = Recorder([error_reply(404, "not_found_error")])
    with pytest.raises(NotFoundError) as info:
        mock_client(recorder).files.download("file_missing")
    assert info.value.status_code == 404
    assert len(recorder.requests) == 1

    recorder = Recorder([error_reply(503), httpx.Response(200, content=b"ok")])
    download = mock_client(recorder).files.download("file_1")
    assert download.retries_taken == 1
    assert download.read() == b"ok"


def test_connection_lost_midway_is_an_api_connection_error(tmp_path: pathlib.Path) -> None:
    def route(exchange: Exchange) -> None:
        exchange.head(200, {"content-type": "application/octet-stream", "content-length": "1000"})
        exchange.write(b"x" * 10)
        exchange.handler.close_connection = True
        exchange.handler.connection.shutdown(2)

    with serve(route) as server, local_client(server.base_url) as client:
        download = client.files.download("file_1")
        with pytest.raises(APIConnectionError):
            download.write_to_file(tmp_path / "partial.bin")
        assert download.is_closed


def test_core_request_binary_with_request_options() -> None:
    recorder = Recorder([httpx.Response(200, content=b"\x00\x01", headers={"request-id": "r1"})])
    options = RequestOptions(
        method="get", path="/v1/files/f/content", extra_headers={"accept": "application/pdf"}
    )
    with core_client(recorder).request_binary(options) as download:
        assert download.read() == b"\x00\x01"
        assert download.request_id == "r1"
        assert repr(download).startswith("<BinaryResponse [200]")
    # The caller's accept wins over the default.
    assert recorder.requests[0].headers["accept"] == "application/pdf"


def test_a_download_is_an_api_response_of_bytes() -> None:
    # As the official `BinaryAPIResponse`: every property and read of a raw response.
    headers = {"request-id": "r2", "anthropic-organization-id": "org_1"}
    recorder = Recorder([httpx.Response(200, content=b"line 1\nline 2", headers=headers)])
    download = mock_client(recorder).files.download("file_1")
    assert isinstance(download, APIResponse)
    assert download.method == "GET" and download.url.path == "/v1/files/file_1/content"
    assert download.organization_id == "org_1"
    assert download.response is download.http_response
    assert list(download.iter_lines()) == ["line 1", "line 2"]
    assert download.is_closed
    assert download.parse() == b"line 1\nline 2"

    async def main() -> None:
        replies = Recorder([httpx.Response(200, content=b"{}")])
        async with await mock_async_client(replies).files.download("file_1") as download:
            assert isinstance(download, AsyncAPIResponse)
            assert await download.json() == {}
        assert download.is_closed

    asyncio.run(main())


def test_async_read_iter_and_context_manager() -> None:
    recorder = Recorder([httpx.Response(200, content=b"abcdef", headers={"content-type": "x/y"})])

    async def main() -> None:
        from ._local import mock_async_client

        async with mock_async_client(recorder) as client:
            assert await (await client.files.download("f")).read() == b"abcdef"
            chunks = [c async for c in (await client.files.download("f")).iter_bytes(2)]
            assert chunks == [b"ab", b"cd", b"ef"]
            assert await (await client.files.download("f")).text() == "abcdef"
            async with await client.beta.skills.versions.download("1", skill_id="s") as zipped:
                assert zipped.content_type == "x/y"
            assert zipped.is_closed

    asyncio.run(main())


def test_with_streaming_response_gives_the_download_with_stream_to_file(
    tmp_path: pathlib.Path,
) -> None:
    # The official idiom: `with ....with_streaming_response.download(id) as r: r.stream_to_file(p)`.
    total = 3 * MIB
    route, expected = pattern_route(total)
    target = tmp_path / "streamed.bin"
    with serve(route) as server, local_client(server.base_url) as client:
        with client.files.with_streaming_response.download("file_big") as streamed:
            assert isinstance(streamed, BinaryResponse) and not streamed.is_closed
            assert streamed.request_id == "req_download" and streamed.filename == "big.bin"
            streamed.stream_to_file(target, chunk_size=4096)
        assert streamed.is_closed
        with client.files.with_streaming_response.download("file_big") as unread:
            pass  # leaving the block unread closes it
        assert unread.is_closed
    assert sha256_of(target) == expected

    async def main(base_url: str) -> None:
        async with local_async_client(base_url) as client:
            files = client.beta.files.with_streaming_response
            async with files.download("file_big", betas=["files-api-2025-04-14"]) as streamed:
                assert isinstance(streamed, AsyncBinaryResponse)
                await streamed.stream_to_file(tmp_path / "async.bin")
            assert streamed.is_closed

    with serve(route) as server:
        asyncio.run(main(server.base_url))
    assert sha256_of(tmp_path / "async.bin") == expected
