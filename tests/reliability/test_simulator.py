"""The simulator's own behaviour, seen through the SDK: state, pages, checks, fixtures."""

from __future__ import annotations

import asyncio
import io
import zipfile

import httpx
import pytest

from _support.interpreters import run_python
from claude_api_client import (
    Anthropic,
    APITimeoutError,
    AsyncAnthropic,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
)
from claude_api_client._core._sse import SSEDecoder
from claude_api_client.testing import LocalAPIServer, Reply, local_api

from ._support import MODEL, user

SKILL_MD = b"---\nname: report\ndescription: Builds the report.\n---\n# Report\n"


def _raw(server: LocalAPIServer, **headers: str) -> httpx.Client:
    base = {"x-api-key": server.api_key, "anthropic-version": "2023-06-01", **headers}
    return httpx.Client(base_url=server.base_url, headers=base)


def _new_skill(server: LocalAPIServer, title: str) -> str:
    with _raw(server) as http:
        files = [("files[]", ("report/SKILL.md", SKILL_MD)), ("display_title", (None, title))]
        answer = http.post("/v1/skills", files=files)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["id"])


def test_echo_model_and_tool_use(claude_client: Anthropic) -> None:
    message = claude_client.messages.create(
        model=MODEL,
        max_tokens=50,
        messages=user("weather in Paris"),
        tools=[
            {
                "name": "get_weather",
                "input_schema": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}},
                    "required": ["city"],
                },
            }
        ],
    )
    assert message.stop_reason == "tool_use"
    text, call = message.content
    assert getattr(text, "text", None) == "echo: weather in Paris"
    assert getattr(call, "name", None) == "get_weather"
    assert getattr(call, "input", None) == {"city": "echo"}
    short = claude_client.messages.create(model=MODEL, max_tokens=2, messages=user("a b c d"))
    assert short.stop_reason == "max_tokens" and short.usage.output_tokens == 2
    stop = claude_client.messages.create(
        model=MODEL, max_tokens=50, messages=user("one two STOP three"), stop_sequences=["STOP"]
    )
    assert stop.stop_reason == "stop_sequence" and stop.stop_sequence == "STOP"


def test_streams_carry_pings_and_arrive_incrementally(
    claude_api: LocalAPIServer, claude_client: Anthropic
) -> None:
    words = " ".join(f"w{i}" for i in range(40))
    body = {"model": MODEL, "max_tokens": 100, "messages": user(words), "stream": True}
    with _raw(claude_api) as http, http.stream("POST", "/v1/messages", json=body) as response:
        wire = [line for line in response.iter_lines() if line.startswith("event: ")]
    assert wire.count("event: ping") >= 2  # on the wire; the SDK's plain iteration skips them
    stream = claude_client.messages.create(
        model=MODEL, max_tokens=100, messages=user(words), stream=True
    )
    events = list(stream)
    assert "ping" not in [e.type for e in events]  # skipped by plain iteration, as officially
    with claude_client.messages.with_streaming_response.create(
        model=MODEL, max_tokens=100, messages=user(words), stream=True
    ) as response:
        decoder = SSEDecoder()
        names = [sse.event for chunk in response.iter_bytes() for sse in decoder.feed(chunk)]
    assert names.count("ping") >= 2  # the SSE layer sees every event the simulator sent
    deltas = [e.delta.text for e in events if e.type == "content_block_delta"]  # type: ignore[union-attr]
    assert len(deltas) == 41 and "".join(deltas) == "echo: " + words


def test_cursor_pages_both_ways(claude_client: Anthropic) -> None:
    everything = [m.id for m in claude_client.models.list()]
    assert len(everything) == 3
    paged = [m.id for m in claude_client.models.list(limit=1)]  # auto-pagination across pages
    assert paged == everything
    first = claude_client.models.list(limit=2)
    assert first.has_more and first.last_id == everything[1]
    back = claude_client.models.list(before_id=everything[2], limit=1)
    assert [m.id for m in back.data] == [everything[1]] and back.has_more


def test_token_pages(claude_api: LocalAPIServer, claude_client: Anthropic) -> None:
    made = [_new_skill(claude_api, f"skill {i}") for i in range(5)]
    listed = [s.id for s in claude_client.skills.list(limit=2)]
    assert listed == list(reversed(made))  # newest first, across three pages
    page = claude_client.skills.list(limit=2)
    assert page.next_page is not None


def test_batches_end_after_the_configured_polls(
    claude_api: LocalAPIServer, claude_client: Anthropic
) -> None:
    claude_api.settings.batch_polls = 2
    requests = [
        {
            "custom_id": f"r{i}",
            "params": {"model": MODEL, "max_tokens": 9, "messages": user(f"n {i}")},
        }
        for i in range(3)
    ]
    batch = claude_client.messages.batches.create(requests=requests)  # type: ignore[arg-type]
    states = [claude_client.messages.batches.retrieve(batch.id).processing_status for _ in range(3)]
    assert states == ["in_progress", "in_progress", "ended"]
    results = {r.custom_id: r for r in claude_client.messages.batches.results(batch.id)}
    assert sorted(results) == ["r0", "r1", "r2"]
    assert results["r1"].result.message.content[0].text == "echo: n 1"  # type: ignore[union-attr]
    assert claude_client.messages.batches.delete(batch.id).type == "message_batch_deleted"
    with pytest.raises(NotFoundError):
        claude_client.messages.batches.retrieve(batch.id)


def test_a_canceled_batch(claude_api: LocalAPIServer, claude_client: Anthropic) -> None:
    claude_api.settings.batch_polls = 1
    batch = claude_client.messages.batches.create(
        requests=[
            {
                "custom_id": "only",
                "params": {"model": MODEL, "max_tokens": 5, "messages": user("x")},
            }
        ]
    )
    with pytest.raises(BadRequestError, match="not ended"):
        list(claude_client.messages.batches.results(batch.id))
    assert claude_client.messages.batches.cancel(batch.id).processing_status == "canceling"
    claude_client.messages.batches.retrieve(batch.id)
    ended = claude_client.messages.batches.retrieve(batch.id)
    assert ended.processing_status == "ended" and ended.request_counts.canceled == 1
    (line,) = claude_client.messages.batches.results(batch.id)
    assert line.result.type == "canceled"


def test_files_are_kept_in_memory(claude_client: Anthropic) -> None:
    uploaded = claude_client.files.upload(file=("notes.txt", b"some notes", "text/plain"))
    beta = claude_client.beta.files.upload(file=("data.csv", b"a,b\n1,2\n"))
    assert uploaded.size_bytes == 10 and uploaded.mime_type == "text/plain"
    assert beta.mime_type == "text/csv"
    assert [f.id for f in claude_client.files.list()] == [beta.id, uploaded.id]
    assert claude_client.files.download(uploaded.id).read() == b"some notes"
    assert claude_client.beta.files.retrieve_metadata(beta.id).filename == "data.csv"
    claude_client.files.delete(uploaded.id)
    with pytest.raises(NotFoundError):
        claude_client.files.download(uploaded.id).read()


def test_skill_versions_download_as_zip(
    claude_api: LocalAPIServer, claude_client: Anthropic
) -> None:
    skill = _new_skill(claude_api, "Report")
    version = claude_client.skills.versions.list(skill).data[0]
    assert version.name == "report"
    with pytest.raises(BadRequestError, match="anthropic-beta"), _raw(claude_api) as http:
        answer = http.get(f"/v1/skills/{skill}/versions/{version.version}/content")
        raise BadRequestError(
            answer.json()["error"]["message"], response=answer, body=answer.json()
        )
    archive = claude_client.beta.skills.versions.download(version.version, skill_id=skill)
    with zipfile.ZipFile(io.BytesIO(archive.read())) as opened:
        assert opened.read("report/SKILL.md") == SKILL_MD


def test_credentials_and_version_are_checked(claude_api: LocalAPIServer) -> None:
    with claude_api.client(api_key="sk-ant-wrong") as client, pytest.raises(AuthenticationError):
        client.models.list()
    with httpx.Client(base_url=claude_api.base_url) as http:
        assert (
            http.get("/v1/models", headers={"anthropic-version": "2023-06-01"}).status_code == 401
        )
        missing = http.get("/v1/models", headers={"x-api-key": claude_api.api_key})
        assert missing.status_code == 400 and "anthropic-version" in missing.text
        bad = http.get(
            "/v1/models",
            headers={"x-api-key": claude_api.api_key, "anthropic-version": "1999-01-01"},
        )
        assert bad.status_code == 400
    with claude_api.client(api_key=None, auth_token=claude_api.api_key) as bearer:
        assert len(bearer.models.list().data) == 3


def test_the_server_records_what_it_saw(
    claude_api: LocalAPIServer, claude_client: Anthropic
) -> None:
    claude_client.beta.messages.create(
        model=MODEL, max_tokens=5, messages=user("hi"), betas=["b-1", "b-2"]
    )
    (seen,) = claude_api.requests
    assert (seen.method, seen.path, seen.operation_id) == (
        "POST",
        "/v1/messages",
        "messages_create",
    )
    assert seen.betas == ["b-1", "b-2"] and "beta" not in seen.query
    assert seen.json() == {"model": MODEL, "max_tokens": 5, "messages": user("hi")}
    assert seen.headers["x-api-key"] == claude_api.api_key
    assert claude_api.requests_for("POST /v1/messages") == [seen]


def test_routes_can_be_overridden(claude_api: LocalAPIServer, claude_client: Anthropic) -> None:
    claude_api.route(
        "*",
        "models_retrieve",
        lambda call: Reply(
            body={
                "type": "model",
                "id": call.params["model_id"],
                "display_name": "Custom",
                "created_at": "2025-01-01T00:00:00Z",
                "capabilities": None,
                "max_input_tokens": 1,
                "max_tokens": 1,
            }
        ),
    )
    assert claude_client.models.retrieve("anything").display_name == "Custom"


def test_the_async_fixture(claude_api: LocalAPIServer, async_claude_client: AsyncAnthropic) -> None:
    async def main() -> str:
        async with async_claude_client as client:
            message = await client.messages.create(
                model=MODEL, max_tokens=9, messages=user("async")
            )
        return str(getattr(message.content[0], "text", ""))

    assert asyncio.run(main()) == "echo: async"


def test_local_api_for_other_runners() -> None:
    with local_api(batch_polls=3) as server, server.client() as client:
        assert server.settings.batch_polls == 3
        assert client.messages.count_tokens(model=MODEL, messages=user("a b c")).input_tokens > 0
    assert not server.running


def test_importing_the_simulator_stays_light() -> None:
    code = (
        "import sys, claude_api_client; assert 'claude_api_client.testing' not in sys.modules; "
        "import claude_api_client.testing; "
        "assert 'pydantic' not in sys.modules, 'pydantic'; "
        "assert not [m for m in sys.modules if m.startswith('claude_api_client.types')]"
    )
    run_python("-c", code)


def test_sdk_creates_a_skill_from_a_list_of_files(
    claude_api: LocalAPIServer, claude_client: Anthropic
) -> None:
    skill = claude_client.skills.create(files=[("report/SKILL.md", SKILL_MD)], display_name="R")
    assert skill.type == "skill"
    assert claude_client.skills.versions.list(skill.id).data[0].name == "report"


def test_a_client_that_hangs_up_prints_no_traceback(capfd: pytest.CaptureFixture[str]) -> None:
    import json
    import socket
    import time

    from claude_api_client.testing import Fault

    with local_api() as server:
        server.inject(Fault.slow(1.0), route="GET /v1/models")
        with server.client(max_retries=0, timeout=0.2) as client, pytest.raises(APITimeoutError):
            client.models.list()  # the client gives up; the server answers a closed socket
        body = json.dumps({"model": MODEL, "max_tokens": 4000, "messages": user("x" * 200_000)})
        port = int(server.base_url.rstrip("/").rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as sock:  # sends, then hangs up
            sock.sendall(
                f"POST /v1/messages HTTP/1.1\r\nhost: x\r\nx-api-key: {server.api_key}\r\n"
                f"anthropic-version: 2023-06-01\r\ncontent-type: application/json\r\n"
                f"content-length: {len(body)}\r\n\r\n{body}".encode()
            )
        time.sleep(1.5)  # let the server find both sockets closed
        assert server.client().models.list().data  # and it still answers
    assert "Traceback" not in capfd.readouterr().err
