"""Vertex AI and Google Cloud auth, with a service-account key generated in the test and a local
token endpoint that verifies the JWT assertion's RS256 signature."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("google.auth")
pytest.importorskip("cryptography")

from google.oauth2 import service_account

from claude_api_client import (
    AnthropicGoogleCloud,
    AnthropicVertex,
    AsyncAnthropicVertex,
)
from claude_api_client.lib._extras import MissingDependencyError
from claude_api_client.testing import LocalAPIServer

from ._google_token_server import TokenServer

MESSAGES: Any = [{"role": "user", "content": "Hello"}]
SCOPE = "https://www.googleapis.com/auth/cloud-platform"


@pytest.fixture
def tokens(monkeypatch: pytest.MonkeyPatch) -> Iterator[TokenServer]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    with TokenServer(delay=0.2) as server:
        yield server


def _credentials(tokens: TokenServer) -> Any:
    return service_account.Credentials.from_service_account_info(  # type: ignore[no-untyped-call]
        tokens.service_account_info(), scopes=[SCOPE]
    )


def _vertex(api: LocalAPIServer, **options: Any) -> AnthropicVertex:
    return AnthropicVertex(region="europe-west1", base_url=f"{api.base_url}/v1", **options)


def test_one_fetch_for_many_calls_and_the_project_from_the_key(
    claude_api: LocalAPIServer, tokens: TokenServer
) -> None:
    with _vertex(claude_api, credentials=_credentials(tokens)) as client:
        assert client.project_id == "sa-project"
        for _ in range(5):
            client.messages.create(model="claude-x@1", max_tokens=8, messages=MESSAGES)
    assert tokens.fetches == 1 and tokens.refused == []
    for seen in claude_api.requests:
        assert seen.sent is not None
        assert seen.sent.headers["authorization"] == "Bearer tok-1"
        assert seen.sent.path.startswith("/v1/projects/sa-project/locations/europe-west1/")


def test_an_expired_token_is_refreshed(claude_api: LocalAPIServer, tokens: TokenServer) -> None:
    credentials = _credentials(tokens)
    with _vertex(claude_api, credentials=credentials) as client:
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
        credentials.expiry = dt.datetime.utcnow() - dt.timedelta(seconds=1)
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    assert tokens.fetches == 2
    assert [r.sent.headers["authorization"] for r in claude_api.requests if r.sent] == [
        "Bearer tok-1",
        "Bearer tok-2",
        "Bearer tok-2",
    ]


def test_threads_share_one_refresh(claude_api: LocalAPIServer, tokens: TokenServer) -> None:
    with _vertex(claude_api, credentials=_credentials(tokens)) as client:
        start = threading.Barrier(8)

        def call() -> None:
            start.wait()
            client.messages.create(model="m", max_tokens=8, messages=MESSAGES)

        workers = [threading.Thread(target=call) for _ in range(8)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    assert tokens.fetches == 1 and len(claude_api.requests) == 8


def test_async_tasks_share_one_refresh(claude_api: LocalAPIServer, tokens: TokenServer) -> None:
    async def run() -> None:
        async with AsyncAnthropicVertex(
            region="us-east5",
            credentials=_credentials(tokens),
            base_url=f"{claude_api.base_url}/v1",
        ) as client:
            await asyncio.gather(
                *(
                    client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
                    for _ in range(8)
                )
            )
            async with client.messages.stream(model="m", max_tokens=8, messages=MESSAGES) as s:
                assert await s.get_final_text() == "echo: Hello"

    asyncio.run(run())
    assert tokens.fetches == 1 and len(claude_api.requests) == 9


def test_application_default_credentials_give_token_and_project(
    claude_api: LocalAPIServer, tokens: TokenServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "key.json"
    key_file.write_text(json.dumps(tokens.service_account_info("adc-project")))
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(key_file))
    monkeypatch.delenv("ANTHROPIC_VERTEX_PROJECT_ID", raising=False)
    with _vertex(claude_api) as client:
        assert client.project_id is None  # nothing loaded before the first call
        client.messages.count_tokens(model="m", messages=MESSAGES)
        assert client.project_id == "adc-project"
    seen = claude_api.requests[-1].sent
    assert seen is not None
    assert seen.path == (
        "/v1/projects/adc-project/locations/europe-west1/publishers/anthropic/models/"
        "count-tokens:rawPredict"
    )
    assert seen.headers["authorization"] == "Bearer tok-1"


def test_google_cloud_uses_the_credentials_project_and_workspace_prefix(
    claude_api: LocalAPIServer, tokens: TokenServer
) -> None:
    client = AnthropicGoogleCloud(
        credentials=_credentials(tokens), workspace_id="wrk_1", location="us"
    )
    # The Google host is replaced by the local server; the derived prefix is kept.
    client.base_url = __import__("httpx").URL(claude_api.base_url + "/")
    with client:
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    seen = claude_api.requests[-1].sent
    assert seen is not None
    assert seen.path == "/v1/projects/sa-project/locations/us/workspaces/wrk_1/invoke/v1/messages"
    assert seen.headers["authorization"] == "Bearer tok-1"


def test_missing_google_auth_names_the_extra(
    claude_api: LocalAPIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "google.auth", None)
    monkeypatch.setenv("ANTHROPIC_VERTEX_PROJECT_ID", "p")
    with _vertex(claude_api) as client, pytest.raises(MissingDependencyError, match=r"\[vertex\]"):
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    assert claude_api.requests == []


def test_copies_and_clients_sharing_credentials_share_one_refresh(
    claude_api: LocalAPIServer, tokens: TokenServer
) -> None:
    credentials = _credentials(tokens)
    first = _vertex(claude_api, credentials=credentials)
    clients = [first, first.copy(max_retries=1), _vertex(claude_api, credentials=credentials)]
    start = threading.Barrier(len(clients) * 2)

    def call(client: AnthropicVertex) -> None:
        start.wait()
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)

    workers = [threading.Thread(target=call, args=(c,)) for c in clients * 2]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert tokens.fetches == 1 and len(claude_api.requests) == 6
