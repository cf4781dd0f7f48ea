"""The wire shapes the managed-agents operations brought, through the public client.

Array query parameters (`statuses[]`), bracketed filters (`created_at[gte]`, datetimes sent as
ISO 8601), renamed and per-call header parameters (`workspace_id`, `anthropic_worker_id`,
`authorization`), the long poll's read timeout, a `null` body, union responses and page items,
and open event streams handed out before their first event.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from claude_api_client import Anthropic, AsyncAnthropic

BETA = "managed-agents-2026-04-01"
SESSION_ID = "sesn_011CZkZAtmR3AbCdEfGhIjKl"


def _client(handler: Any) -> Anthropic:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Anthropic(
        api_key="test-key", base_url="https://api.example", max_retries=0, http_client=http
    )


def _json(body: object) -> httpx.Response:
    return httpx.Response(200, json=body, headers={"request-id": "req_1"})


def test_array_and_bracketed_query_parameters_and_renamed_headers() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _json({"data": [], "next_page": None})

    since = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.timezone.utc)
    page = _client(handler).beta.sessions.list(
        statuses=["idle", "running"],
        created_at_gte=since,
        created_at_lt="2026-06-01T00:00:00Z",
        workspace_id="wrkspc_1",
    )
    assert page.data == [] and not page.has_next_page()
    request = seen[0]
    assert request.url.params.get_list("statuses[]") == ["idle", "running"]
    assert request.url.params["created_at[gte]"] == "2026-05-01T12:00:00+00:00"
    assert request.url.params["created_at[lt]"] == "2026-06-01T00:00:00Z"
    assert request.headers["anthropic-workspace-id"] == "wrkspc_1"
    assert request.headers["anthropic-beta"] == BETA


def test_per_call_headers_and_long_poll_timeout_and_null_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"null", headers={"content-type": "application/json"})

    client = _client(handler).with_options(timeout=2.0)
    work = client.beta.environments.work.poll(
        "env_1", block_ms=900, anthropic_worker_id="worker-7", authorization="Bearer env-key"
    )
    assert work is None
    request = seen[0]
    assert request.url.params["block_ms"] == "900"
    assert request.headers["Anthropic-Worker-ID"] == "worker-7"
    assert request.headers["authorization"] == "Bearer env-key"
    # The server may hold the poll for block_ms: that wait is added to the read timeout.
    assert request.extensions["timeout"]["read"] == pytest.approx(2.9)
    client.beta.environments.work.poll("env_1", block_ms=900, timeout=1.0)
    assert seen[1].extensions["timeout"]["read"] == 1.0  # a per-call timeout is kept as given


def test_a_wrong_argument_fails_before_the_network_naming_it() -> None:
    client = _client(lambda request: pytest.fail("nothing may be sent"))
    with pytest.raises(TypeError, match="'block_ms'"):
        client.beta.environments.work.poll("env_1", block_ms="soon")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.sessions.retrieve("")


RESOURCES = {
    "data": [
        {
            "type": "file",
            "id": "sesrsc_1",
            "file_id": "file_1",
            "mount_path": "/mnt/a",
            "created_at": "2026-05-01T12:00:00Z",
            "updated_at": "2026-05-01T12:00:00Z",
        },
        {"type": "hologram", "id": "sesrsc_2", "depth": 3},
    ],
    "next_page": "page_2",
}


def test_union_page_items_and_union_responses_keep_unknown_members() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/resources"):
            return _json(RESOURCES if "page" not in request.url.params else {"data": []})
        return _json(RESOURCES["data"][1])

    client = _client(handler)
    page = client.beta.sessions.resources.list(SESSION_ID)
    kinds = [type(item).__name__ for item in page.data]
    assert kinds == ["ManagedAgentsFileResource", "UnknownManagedAgentsSessionResource"]
    assert page.data[1].to_dict() == RESOURCES["data"][1]
    assert page.next_page_params() == {"page": "page_2"}
    assert len(list(page)) == 2
    one = client.beta.sessions.resources.retrieve("sesrsc_2", session_id=SESSION_ID)
    assert type(one).__name__.startswith("Unknown") and one.to_dict() == RESOURCES["data"][1]
    assert one.request_id == "req_1"


def _sse(*events: dict[str, Any]) -> bytes:
    return b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events)


class _SlowBody(httpx.SyncByteStream):
    """A body whose first event comes only when the test says so."""

    def __init__(self, release: threading.Event) -> None:
        self.release = release

    def __iter__(self) -> Iterator[bytes]:
        assert self.release.wait(5), "the client waited for the first event"
        yield _sse(
            {
                "type": "session.status_idle",
                "id": "sevt_1",
                "processed_at": "2026-05-01T12:00:00Z",
                "stop_reason": {"type": "end_turn"},
            }
        )


def test_an_open_stream_is_handed_out_before_its_first_event() -> None:
    release = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["accept"] == "text/event-stream"
        return httpx.Response(
            200, stream=_SlowBody(release), headers={"content-type": "text/event-stream"}
        )

    stream = _client(handler).beta.sessions.events.stream(SESSION_ID)
    # Returned at the headers: the caller can now send the events the stream will carry.
    release.set()
    with stream:
        events = list(stream)  # the body ends without a terminal event: not an error here
    assert [type(e).__name__ for e in events] == ["ManagedAgentsSessionStatusIdleEvent"]


def test_async_open_stream_with_an_unknown_event() -> None:
    body = _sse(
        {"type": "session.status_running", "id": "sevt_1", "processed_at": "2026-05-01T12:00:00Z"},
        {"type": "session.teleported", "id": "sevt_2", "where": "mars"},
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})

    async def run() -> list[Any]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        client = AsyncAnthropic(api_key="k", base_url="https://api.example", http_client=http)
        stream = await client.beta.sessions.events.stream(
            SESSION_ID, event_deltas=["agent.message"]
        )
        async with stream:
            return [event async for event in stream]

    events = asyncio.run(run())
    assert [e.type for e in events] == ["session.status_running", "session.teleported"]
    assert type(events[1]).__name__.startswith("Unknown")
    assert events[1].to_dict()["where"] == "mars"


def test_the_callers_betas_come_first_then_the_operations_own() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _json({"data": [], "next_page": None})

    client = _client(handler)
    client.beta.agents.list()
    client.beta.agents.list(betas=["some-beta-2026-01-01"])
    client.beta.agents.list(betas=[BETA])
    sent = [r.headers["anthropic-beta"] for r in seen]
    assert sent == [BETA, f"some-beta-2026-01-01,{BETA}", BETA]
