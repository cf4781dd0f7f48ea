from __future__ import annotations

import json

import pytest

from claude_api_client._core._casts import json_cast
from claude_api_client._core._exceptions import AnthropicError, RequestBodyTooLargeError

from ._helpers import Recorder, json_reply, post, sync_client


def test_body_over_the_limit_is_refused_before_sending() -> None:
    recorder = Recorder([json_reply()])
    client = sync_client(recorder)
    body = {"data": "x" * 100}
    size = len(json.dumps(body, separators=(",", ":")).encode())
    with pytest.raises(RequestBodyTooLargeError) as info:
        client.request(post(json_body=body, max_body_bytes=size - 1), json_cast)
    assert recorder.requests == []
    error = info.value
    assert (error.size, error.limit) == (size, size - 1)
    assert f"{size:,}" in str(error) and f"{size - 1:,}" in str(error)
    assert "POST /v1/messages" in str(error)
    assert isinstance(error, ValueError) and isinstance(error, AnthropicError)


def test_body_exactly_at_the_limit_is_sent() -> None:
    recorder = Recorder([json_reply()])
    body = {"data": "x" * 100}
    size = len(json.dumps(body, separators=(",", ":")).encode())
    sync_client(recorder).request(post(json_body=body, max_body_bytes=size), json_cast)
    assert len(recorder.requests) == 1


def test_limit_counts_utf8_bytes_not_characters() -> None:
    recorder = Recorder([json_reply()])
    body = {"t": "é" * 10}  # 20 bytes of text, 10 characters
    with pytest.raises(RequestBodyTooLargeError):
        sync_client(recorder).request(post(json_body=body, max_body_bytes=25), json_cast)


def test_multipart_fields_and_files() -> None:
    recorder = Recorder([json_reply()])
    options = post(
        "/v1/files",
        multipart=[("file", ("notes.txt", b"hello file", "text/plain")), ("purpose", "test")],
        extra_body={"flag": True},
    )
    sync_client(recorder).request(options, json_cast)
    request = recorder.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    content = request.content
    assert b'name="file"; filename="notes.txt"' in content
    assert b"hello file" in content
    assert b'name="purpose"\r\n\r\ntest' in content
    assert b'name="flag"\r\n\r\ntrue' in content


def test_multipart_path_is_read_and_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "data.bin"
    path.write_bytes(b"\x00\x01payload")
    recorder = Recorder([json_reply()])
    sync_client(recorder).request(post("/v1/files", multipart=[("file", path)]), json_cast)
    content = recorder.requests[0].content
    assert b'filename="data.bin"' in content and b"\x00\x01payload" in content


def test_multipart_over_the_limit_is_refused_before_sending() -> None:
    recorder = Recorder([json_reply()])
    options = post(
        "/v1/files",
        multipart=[("file", ("big.bin", b"x" * 1000, "application/octet-stream"))],
        max_body_bytes=500,
    )
    with pytest.raises(RequestBodyTooLargeError) as info:
        sync_client(recorder).request(options, json_cast)
    assert recorder.requests == []
    assert info.value.size == 1000  # the part's content (the envelope does not count)
