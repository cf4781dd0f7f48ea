"""Multipart uploads: every accepted argument form, byte-for-byte bodies, size limits."""

from __future__ import annotations

import asyncio
import io
import json
import pathlib

import httpx
import pytest

from cassette_tests._wire import SKILL  # the documented skill body
from claude_api_client import Anthropic, RequestBodyTooLargeError
from claude_api_client._core._casts import json_cast
from claude_api_client._core._options import RequestOptions
from claude_api_client._core._uploads import file_from_path, to_upload
from claude_api_client.lib import SkillDirectoryError, files_from_dir

from ._local import (
    Recorder,
    core_client,
    error_reply,
    json_reply,
    local_client,
    mock_async_client,
    mock_client,
    serve,
)

BOUNDARY = "test-boundary-0123456789"
FIXED = {"content-type": f"multipart/form-data; boundary={BOUNDARY}"}

FILE_METADATA = {
    "id": "file_011CNha8iCJcU1wXNR6q4V8w",
    "type": "file",
    "filename": "notes.txt",
    "mime_type": "text/plain",
    "size_bytes": 5,
    "created_at": "2025-04-14T12:00:00Z",
    "downloadable": False,
}
SKILL_VERSION = {
    "id": "skillver_02",
    "type": "skill_version",
    "skill_id": SKILL["id"],
    "name": "quarterly-report",
    "description": "Builds the report.",
    "created_at": "2025-10-31T00:00:00Z",
}


def field(name: str, value: str) -> bytes:
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
    )


def file_part(name: str, filename: str, content_type: str, content: bytes) -> bytes:
    head = (
        f"--{BOUNDARY}\r\nContent-Disposition: form-data; "
        f'name="{name}"; filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
    )
    return head.encode() + content + b"\r\n"


def end() -> bytes:
    return f"--{BOUNDARY}--\r\n".encode()


def upload_recorder(body: object = FILE_METADATA) -> Recorder:
    return Recorder([json_reply(200, body)])


# --- the argument forms ----------------------------------------------------------------------


def test_upload_bytes_tuple_with_type_byte_for_byte() -> None:
    recorder = upload_recorder()
    client = mock_client(recorder)
    result = client.files.upload(
        file=("notes.txt", b"hello", "text/plain"),
        expires_in_seconds=3600,
        extra_headers=FIXED,
    )
    assert result.id == FILE_METADATA["id"]
    request = recorder.requests[0]
    assert request.method == "POST" and request.url.path == "/v1/files"
    assert request.headers["content-type"] == FIXED["content-type"]
    expected = (
        field("expires_in_seconds", "3600")
        + file_part("file", "notes.txt", "text/plain", b"hello")
        + end()
    )
    assert request.content == expected
    assert request.headers["content-length"] == str(len(expected))
    assert "anthropic-beta" not in request.headers


def test_the_call_says_multipart_and_httpx_adds_the_boundary() -> None:
    """As the official uploads: the call's own headers say `Content-Type: multipart/form-data`
    (a middleware sees it); what is sent carries httpx's boundary, also when the caller gives
    that bare header in `extra_headers`."""
    recorder = upload_recorder()
    seen: list[object] = []

    def middleware(request, call_next):  # type: ignore[no-untyped-def]
        seen.append(request.headers.get("Content-Type"))
        return call_next(request)

    client = mock_client(recorder).with_options(middleware=[middleware])
    client.files.upload(file=("a.txt", b"a", "text/plain"))
    client.files.upload(
        file=("b.txt", b"b", "text/plain"), extra_headers={"content-type": "multipart/form-data"}
    )
    assert seen[0] == "multipart/form-data"
    for request in recorder.requests:
        kind = request.headers["content-type"]
        assert kind.startswith("multipart/form-data; boundary=")
        assert request.content.startswith(b"--" + kind.split("boundary=")[1].encode())


def test_upload_path_streams_from_disk_with_guessed_type(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\x00\x01 binary")
    recorder = upload_recorder()
    mock_client(recorder).files.upload(file=path, extra_headers=FIXED)
    expected = file_part("file", "report.pdf", "application/pdf", path.read_bytes()) + end()
    assert recorder.requests[0].content == expected
    # Known size without reading: a Content-Length, not chunked encoding.
    assert recorder.requests[0].headers["content-length"] == str(len(expected))


def test_upload_file_object_named_after_its_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"a,b\n1,2\n")
    recorder = upload_recorder()
    with open(path, "rb") as handle:
        mock_client(recorder).files.upload(file=handle, extra_headers=FIXED)
    expected = file_part("file", "data.csv", "text/csv", b"a,b\n1,2\n") + end()
    assert recorder.requests[0].content == expected


def test_upload_raw_bytes_gets_default_name_and_type() -> None:
    recorder = upload_recorder()
    mock_client(recorder).files.upload(file=b"\x89PNG...", extra_headers=FIXED)
    expected = file_part("file", "upload", "application/octet-stream", b"\x89PNG...") + end()
    assert recorder.requests[0].content == expected


def test_two_tuple_guesses_the_type_from_the_name() -> None:
    recorder = upload_recorder()
    mock_client(recorder).files.upload(file=("page.html", io.BytesIO(b"<p>")), extra_headers=FIXED)
    assert (
        recorder.requests[0].content == file_part("file", "page.html", "text/html", b"<p>") + end()
    )


def test_tuple_path_content_uses_the_tuple_name(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "raw.bin"
    path.write_bytes(b"xyz")
    recorder = upload_recorder()
    mock_client(recorder).files.upload(
        file=("renamed.json", path, "application/json"), extra_headers=FIXED
    )
    expected = file_part("file", "renamed.json", "application/json", b"xyz") + end()
    assert recorder.requests[0].content == expected


def test_unknown_extension_is_octet_stream() -> None:
    assert to_upload(("x.unknownext", b"1"), argument="file").content_type == (
        "application/octet-stream"
    )


def test_plain_str_is_refused_naming_the_argument() -> None:
    recorder = upload_recorder()
    with pytest.raises(TypeError, match=r"^file must be a path .*not str.*pathlib\.Path"):
        mock_client(recorder).files.upload(file="notes.txt")  # type: ignore[arg-type]
    assert recorder.requests == []


def test_str_inside_a_tuple_is_refused_too() -> None:
    with pytest.raises(TypeError, match="not str"):
        to_upload(("a.txt", "content"), argument="file")


def test_str_in_skill_files_names_the_element() -> None:
    recorder = upload_recorder(SKILL)
    with pytest.raises(TypeError, match=r"^files\[1\] must be a path"):
        mock_client(recorder).skills.create(
            files=[("s/SKILL.md", b"x"), "s/other.md"]  # type: ignore[list-item]
        )
    assert recorder.requests == []


def test_text_mode_file_is_refused(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("hi")
    with open(path) as handle, pytest.raises(TypeError, match="binary mode"):
        to_upload(handle, argument="file")


def test_other_types_are_refused() -> None:
    with pytest.raises(TypeError, match="not int"):
        to_upload(42, argument="file")
    with pytest.raises(TypeError, match="file tuple"):
        to_upload(("a", "b", "c", "d"), argument="file")


def test_missing_path_fails_before_sending(tmp_path: pathlib.Path) -> None:
    recorder = upload_recorder()
    with pytest.raises(FileNotFoundError):
        mock_client(recorder).files.upload(file=tmp_path / "absent.txt")
    assert recorder.requests == []


def test_beta_upload_sends_the_beta_header() -> None:
    recorder = upload_recorder()
    mock_client(recorder).beta.files.upload(
        file=("notes.txt", b"hello", "text/plain"),
        betas=["files-api-2025-04-14"],
        extra_headers=FIXED,
    )
    request = recorder.requests[0]
    assert request.headers["anthropic-beta"] == "files-api-2025-04-14"
    assert request.content == file_part("file", "notes.txt", "text/plain", b"hello") + end()


def test_async_upload_byte_for_byte(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello")
    recorder = upload_recorder()

    async def main() -> None:
        client = mock_async_client(recorder)
        await client.files.upload(file=path, extra_headers=FIXED)
        await client.close()

    asyncio.run(main())
    assert (
        recorder.requests[0].content
        == file_part("file", "notes.txt", "text/plain", b"hello") + end()
    )


# --- skills: files[] with relative paths --------------------------------------------------------


def make_skill(root: pathlib.Path) -> pathlib.Path:
    skill = root / "report_skill"
    (skill / "scripts").mkdir(parents=True)
    (skill / "SKILL.md").write_bytes(b"---\nname: report\n---\n# Report\n")
    (skill / "scripts" / "build.py").write_bytes(b"print('hi')\n")
    (skill / "template.bin").write_bytes(b"\x00\x01")
    (skill / ".DS_Store").write_bytes(b"junk")
    (skill / ".git").mkdir()
    (skill / ".git" / "HEAD").write_bytes(b"ref")
    (skill / "__pycache__").mkdir()
    (skill / "__pycache__" / "x.pyc").write_bytes(b"\x00")
    return skill


def test_files_from_dir_collects_relative_paths(tmp_path: pathlib.Path) -> None:
    files = files_from_dir(make_skill(tmp_path))
    assert [(name, mime) for name, _, mime in files] == [
        ("report_skill/SKILL.md", "text/markdown"),
        ("report_skill/scripts/build.py", "text/x-python"),
        ("report_skill/template.bin", "application/octet-stream"),
    ]
    assert files[0][1].read() == b"---\nname: report\n---\n# Report\n"


def test_files_from_dir_requires_skill_md(tmp_path: pathlib.Path) -> None:
    (tmp_path / "empty_skill").mkdir()
    (tmp_path / "empty_skill" / "README.md").write_text("no skill here")
    with pytest.raises(SkillDirectoryError, match=r"has no SKILL\.md at its root.*README\.md"):
        files_from_dir(tmp_path / "empty_skill")
    with pytest.raises(SkillDirectoryError, match="Not a directory"):
        files_from_dir(tmp_path / "missing")
    # SKILL.md deeper down does not count.
    (tmp_path / "nested" / "inner").mkdir(parents=True)
    (tmp_path / "nested" / "inner" / "SKILL.md").write_text("x")
    with pytest.raises(SkillDirectoryError):
        files_from_dir(tmp_path / "nested")


def test_skill_create_from_dir_byte_for_byte(tmp_path: pathlib.Path) -> None:
    skill = make_skill(tmp_path)
    recorder = upload_recorder(SKILL)
    result = mock_client(recorder).skills.create(
        files=files_from_dir(skill), display_name="Report", extra_headers=FIXED
    )
    assert result.id == SKILL["id"]
    expected = (
        field("display_name", "Report")
        + file_part(
            "files[]",
            "report_skill/SKILL.md",
            "text/markdown",
            b"---\nname: report\n---\n# Report\n",
        )
        + file_part("files[]", "report_skill/scripts/build.py", "text/x-python", b"print('hi')\n")
        + file_part("files[]", "report_skill/template.bin", "application/octet-stream", b"\x00\x01")
        + end()
    )
    request = recorder.requests[0]
    assert request.url.path == "/v1/skills"
    assert request.content == expected


def test_skill_files_as_relative_paths_keep_their_layout(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_skill(tmp_path)
    monkeypatch.chdir(tmp_path)
    recorder = upload_recorder(SKILL_VERSION)
    mock_client(recorder).beta.skills.versions.create(
        "skill_01",
        files=[
            pathlib.Path("report_skill/SKILL.md"),
            pathlib.Path("report_skill/scripts/build.py"),
        ],
        betas=["skills-2025-10-02"],
        extra_headers=FIXED,
    )
    request = recorder.requests[0]
    assert request.url.path == "/v1/skills/skill_01/versions"
    assert request.headers["anthropic-beta"] == "skills-2025-10-02"
    assert request.content == (
        file_part(
            "files[]",
            "report_skill/SKILL.md",
            "text/markdown",
            b"---\nname: report\n---\n# Report\n",
        )
        + file_part("files[]", "report_skill/scripts/build.py", "text/x-python", b"print('hi')\n")
        + end()
    )


def test_beta_skill_create_with_display_title(tmp_path: pathlib.Path) -> None:
    recorder = upload_recorder(SKILL)
    mock_client(recorder).beta.skills.create(
        files=[("s/SKILL.md", b"# S", "text/markdown")],
        display_title="Title",
        betas=["skills-2025-10-02"],
        extra_headers=FIXED,
    )
    assert recorder.requests[0].content == (
        field("display_title", "Title")
        + file_part("files[]", "s/SKILL.md", "text/markdown", b"# S")
        + end()
    )


# --- laziness, retries, descriptors --------------------------------------------------------------


def test_lazy_file_holds_no_descriptor_until_read_and_rewinds(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(b"0123456789")
    handle = file_from_path(path)
    raw = handle.raw  # type: ignore[attr-defined]
    assert raw._file is None
    assert handle.seek(0, 2) == 10 and handle.seek(0) == 0
    assert handle.read() == b"0123456789"
    assert raw._file is None  # closed at the end
    handle.seek(0)
    assert handle.read(4) == b"0123"
    handle.close()
    assert raw._file is None


def test_a_retried_upload_sends_the_whole_file_again(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello" * 1000)
    recorder = Recorder([error_reply(529, "overloaded_error"), json_reply(200, FILE_METADATA)])
    mock_client(recorder).files.upload(file=path, extra_headers=FIXED)
    first, second = recorder.requests
    assert first.content == second.content
    assert first.content == file_part("file", "notes.txt", "text/plain", b"hello" * 1000) + end()


def test_upload_to_a_real_socket_streams_the_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "big.bin"
    payload = bytes(range(256)) * 8192  # 2 MiB
    path.write_bytes(payload)

    def route(exchange):  # type: ignore[no-untyped-def]
        exchange.reply(200, json.dumps(FILE_METADATA).encode())

    with serve(route) as server:
        with local_client(server.base_url) as client:
            client.files.upload(file=path, extra_headers=FIXED)
    body = server.seen[0].body
    assert body == file_part("file", "big.bin", "application/octet-stream", payload) + end()


# --- size limits -------------------------------------------------------------------------------


def test_upload_over_500_mb_is_refused_without_reading_or_sending(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "huge.bin"
    with open(path, "wb") as handle:  # sparse: 501 MiB on paper, nothing on disk
        handle.truncate(501 * 1024 * 1024)
    recorder = upload_recorder()
    with pytest.raises(RequestBodyTooLargeError) as info:
        mock_client(recorder).files.upload(file=path)
    assert recorder.requests == []
    error = info.value
    assert error.limit == 500 * 1024 * 1024
    assert error.size == 501 * 1024 * 1024  # the file: the envelope does not count
    assert "524,288,000-byte limit" in str(error) and "POST /v1/files" in str(error)


def test_size_limit_no_request_reaches_a_real_server(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "huge.bin"
    with open(path, "wb") as handle:
        handle.truncate(600 * 1024 * 1024)

    def route(exchange):  # type: ignore[no-untyped-def]
        exchange.reply(200, json.dumps(FILE_METADATA).encode())

    with serve(route) as server:
        with local_client(server.base_url) as client, pytest.raises(RequestBodyTooLargeError):
            client.beta.files.upload(file=("huge.bin", path), betas=["files-api-2025-04-14"])
    assert server.seen == []


def test_file_object_size_counts_toward_the_limit() -> None:
    recorder = upload_recorder()
    options = RequestOptions(
        method="post",
        path="/v1/files",
        multipart=[("file", io.BytesIO(b"x" * 2000))],
        max_body_bytes=1000,
    )
    with pytest.raises(RequestBodyTooLargeError) as info:
        core_client(recorder).request(options, json_cast)
    assert info.value.size == 2000 and recorder.requests == []


def test_the_limit_of_an_upload_counts_its_content_not_the_envelope() -> None:
    # The API's upload limit is on the file (500 MB): a file of exactly the limit is sent,
    # although boundaries and part headers make the body larger; one byte more is refused.
    recorder = Recorder([json_reply(200, FILE_METADATA), json_reply(200, FILE_METADATA)])
    probe = RequestOptions(
        method="post",
        path="/v1/files",
        multipart=[("file", ("a.txt", b"abc")), ("purpose", "notes")],
        headers=FIXED,
    )
    content = len(b"abc") + len(b"notes")
    core_client(recorder).request(
        RequestOptions(**{**probe.__dict__, "max_body_bytes": content}), json_cast
    )
    assert len(recorder.requests) == 1
    assert int(recorder.requests[0].headers["content-length"]) > content
    with pytest.raises(RequestBodyTooLargeError) as info:
        core_client(recorder).request(
            RequestOptions(**{**probe.__dict__, "max_body_bytes": content - 1}), json_cast
        )
    assert (info.value.size, info.value.limit) == (content, content - 1)
    assert len(recorder.requests) == 1


class _Unread(httpx.BaseTransport):
    """Answers every request without reading its body (a 500 MiB upload stays on disk)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=FILE_METADATA)


def test_a_file_of_exactly_500_mib_is_uploaded(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "limit.bin"
    with open(path, "wb") as handle:  # sparse: 500 MiB on paper, nothing on disk
        handle.truncate(500 * 1024 * 1024)
    transport = _Unread()
    with httpx.Client(transport=transport) as http:
        Anthropic(api_key="sk-test", http_client=http, max_retries=0).files.upload(file=path)
    (request,) = transport.requests
    assert int(request.headers["content-length"]) > 500 * 1024 * 1024


def test_batch_json_body_over_256_mb_is_refused_before_sending() -> None:
    recorder = Recorder([json_reply(200, {})])
    big = "x" * (256 * 1024 * 1024)
    request = {
        "custom_id": "a",
        "params": {
            "model": "claude-sonnet-4-5",
            "max_tokens": 1,
            "messages": [{"role": "user", "content": big}],
        },
    }
    with pytest.raises(RequestBodyTooLargeError, match="268,435,456-byte limit"):
        mock_client(recorder).messages.batches.create(requests=[request])  # type: ignore[list-item]
    assert recorder.requests == []


def test_unknown_stream_size_is_sent_chunked() -> None:
    class Pipe(io.RawIOBase):
        """A readable stream that cannot seek or report its size."""

        def __init__(self) -> None:
            self.left = [b"abc", b"def"]

        def readable(self) -> bool:
            return True

        def readinto(self, buffer):  # type: ignore[no-untyped-def]
            if not self.left:
                return 0
            piece = self.left.pop(0)
            buffer[: len(piece)] = piece
            return len(piece)

    recorder = upload_recorder()
    stream = io.BufferedReader(Pipe())
    mock_client(recorder).files.upload(file=("p.txt", stream), extra_headers=FIXED)
    request = recorder.requests[0]
    assert request.headers.get("transfer-encoding") == "chunked"
    assert request.content == file_part("file", "p.txt", "text/plain", b"abcdef") + end()
