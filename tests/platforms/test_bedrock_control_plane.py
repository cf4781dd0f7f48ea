"""`AnthropicBedrock().beta`: agents, sessions (events, threads) and memory stores on Bedrock's
control plane, as the official 2.16 client sends them (observed against a local server): the
first-party path, body and headers, the host `bedrock.{region}.amazonaws.com` under `/anthropic`
(or the caller's base URL), SigV4 for that host (service `bedrock`), server-sent event streams;
`beta.messages` still goes to the runtime's `invoke` path."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from claude_api_client import AnthropicBedrock, AsyncAnthropicBedrock
from claude_api_client.testing import LocalAPIServer

from ._sigv4_verify import verify, verify_sent

ACCESS, SECRET = "AKIDCONTROL", "control-secret"
SIGNED = {"access_key": ACCESS, "secret_key": SECRET, "service": "bedrock"}
ROLE: Any = {"type": "aws_role", "role_arn": "arn:aws:iam::111122223333:role/agents"}
HI: Any = [{"type": "user.message", "content": [{"type": "text", "text": "hi"}]}]
MESSAGES: Any = [{"role": "user", "content": "Hello"}]

# The official `AnthropicBedrock().beta` methods (2.16.0), by attribute path.
OFFICIAL_METHODS = {
    "agents": ["create", "retrieve", "update", "list", "archive"],
    "agents.versions": ["list"],
    "sessions": ["create", "retrieve", "update", "list", "archive", "delete"],
    "sessions.events": ["list", "send", "stream"],
    "sessions.threads": ["retrieve", "list", "archive"],
    "sessions.threads.events": ["list", "stream"],
    "memory_stores": ["create", "retrieve", "update", "list", "archive", "delete"],
    "memory_stores.memories": ["create", "retrieve", "update", "list", "delete"],
    "memory_stores.memory_versions": ["retrieve", "list", "redact"],
}


def _signed(region: str, **options: Any) -> AnthropicBedrock:
    """A Bedrock client in `region` signing with the test's AWS key."""
    return AnthropicBedrock(
        aws_region=region, aws_access_key=ACCESS, aws_secret_key=SECRET, **options
    )


def _walk(root: object, dotted: str) -> object:
    for name in dotted.split("."):
        root = getattr(root, name)
    return root


@pytest.fixture
def forwarded() -> Iterator[list[httpx.Request]]:
    """The requests the client built for the AWS hosts (see `_forwarding`)."""
    seen: list[httpx.Request] = []
    yield seen


def _local(api: LocalAPIServer, request: httpx.Request) -> httpx.Request:
    """`request` (built for an AWS host) re-addressed to the local server, headers as signed."""
    path = request.url.raw_path.decode().removeprefix("/anthropic")
    headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}
    return httpx.Request(
        request.method, api.base_url + path, headers=headers, content=request.content
    )


def _forwarding(api: LocalAPIServer, seen: list[httpx.Request]) -> httpx.MockTransport:
    """A transport answering the AWS hosts from the local server, body streamed through (an
    open event stream stays open): the test sees the URL, host and signature the client built
    for AWS, and the client gets the simulator's answers."""
    plain = httpx.Client()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = plain.send(_local(api, request), stream=True)
        return httpx.Response(answer.status_code, headers=answer.headers, stream=answer.stream)

    return httpx.MockTransport(handler)


def _verify(request: httpx.Request, region: str) -> None:
    raw_path, _, raw_query = request.url.raw_path.decode().partition("?")
    query: dict[str, list[str]] = {}
    for key, value in httpx.QueryParams(raw_query).multi_items():
        query.setdefault(key, []).append(value)
    verify(
        method=request.method,
        raw_path=raw_path,
        query=query,
        headers={k.lower(): v for k, v in request.headers.items()},
        body=request.content,
        region=region,
        **SIGNED,
    )


def test_the_beta_surface_is_the_official_one() -> None:
    client = _signed("us-east-1")
    for dotted, methods in OFFICIAL_METHODS.items():
        resource = _walk(client.beta, dotted)
        for method in methods:
            assert callable(getattr(resource, method)), f"beta.{dotted}.{method}"
            raw = _walk(client.beta.with_raw_response, dotted)
            assert callable(getattr(raw, method)) and callable(
                getattr(_walk(client.beta.with_streaming_response, dotted), method)
            )
    assert callable(client.beta.messages.create) and callable(client.beta.messages.stream)
    assert callable(client.beta.with_raw_response.messages.create)
    # Only what Bedrock serves: no first-party-only namespaces, no first-party-only arguments.
    for absent in ("files", "models", "skills", "environments", "vaults"):
        assert not hasattr(client.beta, absent)
    import inspect

    assert "workspace_id" not in inspect.signature(client.beta.agents.create).parameters
    assert "vault_ids" not in inspect.signature(client.beta.sessions.create).parameters
    assert "role_arn" in inspect.signature(client.beta.sessions.create).parameters
    assert (
        "role_arn"
        not in inspect.signature(
            __import__("claude_api_client").Anthropic(api_key="k").beta.sessions.create
        ).parameters
    )


def test_every_method_is_a_control_plane_route() -> None:
    from claude_api_client._data import PLATFORM_ROUTES
    from claude_api_client.lib.bedrock._control_plane import serves

    assert len(PLATFORM_ROUTES["bedrock"]) == sum(map(len, OFFICIAL_METHODS.values())) == 34
    assert serves("GET", "/v1/sessions/sesn_1/threads/th_1/events?limit=2")
    assert serves("post", "/v1/memory_stores/ms_1/memory_versions/v_1/redact")
    assert not serves("post", "/v1/messages") and not serves("get", "/v1/models")
    assert not serves("get", "/v1/agents/a/b/c")


def test_calls_go_to_the_regions_control_plane_signed_for_it(
    claude_api: LocalAPIServer, forwarded: list[httpx.Request]
) -> None:
    client = _signed("eu-west-3")
    client.http_client._transport = _forwarding(claude_api, forwarded)
    with client:
        agent = client.beta.agents.create(
            name="helper", model="eu.anthropic.claude-x", execution_identity=ROLE, betas=["b-1"]
        )
        listed = list(client.beta.agents.list(limit=5))
        client.beta.messages.create(model="eu.anthropic.claude-x", max_tokens=8, messages=MESSAGES)
    create, page, invoke = forwarded
    assert str(create.url) == "https://bedrock.eu-west-3.amazonaws.com/anthropic/v1/agents"
    assert create.headers["host"] == "bedrock.eu-west-3.amazonaws.com"
    assert create.headers["anthropic-beta"] == "b-1,managed-agents-2026-04-01"
    assert create.headers["anthropic-version"] == "2026-10-21"
    # The body is the first-party one: nothing moved or added (no `anthropic_version`).
    assert json.loads(create.content) == {
        "execution_identity": ROLE,
        "name": "helper",
        "model": "eu.anthropic.claude-x",
    }
    assert str(page.url).startswith("https://bedrock.eu-west-3.amazonaws.com/anthropic/v1/agents?")
    for request in (create, page, invoke):
        _verify(request, "eu-west-3")
    # The Messages API stays on the runtime host.
    assert str(invoke.url) == (
        "https://bedrock-runtime.eu-west-3.amazonaws.com/model/eu.anthropic.claude-x/invoke"
    )
    assert agent.model.id == "eu.anthropic.claude-x" and [a.id for a in listed] == [agent.id]
    assert (
        agent.execution_identity is not None
        and agent.to_dict(mode="json")["execution_identity"] == ROLE
    )


def test_a_region_that_is_no_host_label_is_refused(forwarded: list[httpx.Request]) -> None:
    client = _signed("us-east-1.evil.example#")
    client.http_client._transport = httpx.MockTransport(lambda r: forwarded.append(r))  # type: ignore[arg-type]
    with client, pytest.raises(ValueError, match="aws_region"):
        client.beta.agents.list()
    assert forwarded == []


def test_sessions_events_threads_and_memory_through_a_base_url(
    claude_api: LocalAPIServer,
) -> None:
    client = _signed("us-east-2", base_url=claude_api.base_url)
    with client:
        agent = client.beta.agents.create(name="a", model="us.anthropic.x", execution_identity=ROLE)
        session = client.beta.sessions.create(
            agent=agent.id,
            environment_id="env_local",
            role_arn=ROLE["role_arn"],
            working_directory="/mnt/workspace",
        )
        sent_create = claude_api.requests[-1].sent or claude_api.requests[-1]
        assert sent_create.path == "/v1/sessions"
        assert sent_create.json()["role_arn"] == ROLE["role_arn"]
        assert sent_create.json()["working_directory"] == "/mnt/workspace"

        stream = client.beta.sessions.events.stream(session.id)
        client.beta.sessions.events.send(session.id, events=HI)
        seen = []
        with stream:
            for event in stream:
                seen.append(type(event).__name__)
                if event.type == "session.status_idle":
                    break
        # Bedrock's own event shapes where they differ (a user message has `sent_by`).
        assert seen == [
            "ManagedAgentsBedrockUserMessageEvent",
            "ManagedAgentsSessionStatusRunningEvent",
            "ManagedAgentsAgentMessageEvent",
            "ManagedAgentsSessionStatusIdleEvent",
        ]
        events = client.beta.sessions.events.list(session.id, types=["agent.message"])
        assert events.data[0].to_dict(mode="json")["content"] == [{"type": "text", "text": "hi"}]
        thread = client.beta.sessions.threads.list(session.id).data[0]
        assert client.beta.sessions.threads.retrieve(thread.id, session_id=session.id).id == (
            thread.id
        )
        assert client.beta.sessions.threads.events.list(thread.id, session_id=session.id).data
        list(client.beta.sessions.list(created_by_me=True))
        listed = claude_api.requests[-1].sent or claude_api.requests[-1]
        assert listed.query["created_by_me"] == ["true"]

        # The local server is the first-party simulator: it wants the first-party memory beta,
        # which `betas=` adds before the managed-agents one Bedrock's methods send.
        memory_betas = ["agent-memory-2026-07-22"]
        store = client.beta.memory_stores.create(
            name="notes", backend={"type": "managed"}, betas=memory_betas
        )
        made = claude_api.requests[-1].sent or claude_api.requests[-1]
        assert made.json()["backend"] == {"type": "managed"}
        assert made.headers["anthropic-beta"] == "agent-memory-2026-07-22,managed-agents-2026-04-01"
        memory = client.beta.memory_stores.memories.create(
            store.id, path="/a.md", content="x", betas=memory_betas
        )
        versions = client.beta.memory_stores.memory_versions.list(
            store.id, memory_id=memory.id, tool_use_id="sevt_1", betas=memory_betas
        )
        assert (claude_api.requests[-1].sent or claude_api.requests[-1]).query["tool_use_id"] == [
            "sevt_1"
        ]
        version = next(iter(versions))
        redacted = client.beta.memory_stores.memory_versions.redact(
            version.id, memory_store_id=store.id, betas=memory_betas
        )
        assert redacted.id == version.id
        raw = client.beta.with_raw_response.memory_stores.retrieve(store.id, betas=memory_betas)
        assert raw.status_code == 200 and raw.parse().id == store.id
        with client.beta.with_streaming_response.agents.retrieve(agent.id) as response:
            assert response.parse().id == agent.id
        assert client.beta.sessions.delete(session.id).type == "session_deleted"
    for seen_request in claude_api.requests:
        verify_sent(seen_request, region="us-east-2", **SIGNED)


def test_a_bedrock_api_key_is_the_bearer_on_the_control_plane() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "next_page": None})

    client = AnthropicBedrock(api_key="bedrock-key", aws_region="us-east-1")
    client.http_client._transport = httpx.MockTransport(answer)
    with client:
        assert list(client.beta.memory_stores.list(created_by_me=True)) == []
    (request,) = seen
    assert str(request.url) == (
        "https://bedrock.us-east-1.amazonaws.com/anthropic/v1/memory_stores?created_by_me=true"
    )
    assert request.headers["authorization"] == "Bearer bedrock-key"
    # Every Bedrock operation sends the managed-agents beta (memory stores too, unlike
    # first-party memory stores), after the caller's.
    assert request.headers["anthropic-beta"] == "managed-agents-2026-04-01"
    assert "x-amz-date" not in request.headers


def test_the_async_client_and_its_streams(
    claude_api: LocalAPIServer, forwarded: list[httpx.Request]
) -> None:
    async def main() -> list[str]:
        client = AsyncAnthropicBedrock(
            aws_region="ap-south-1", aws_access_key=ACCESS, aws_secret_key=SECRET
        )
        client.http_client._transport = _async_forwarding(claude_api, forwarded)
        async with client:
            agent = await client.beta.agents.create(
                name="a", model="apac.anthropic.x", execution_identity=ROLE
            )
            session = await client.beta.sessions.create(agent=agent.id, environment_id="env")
            stream = await client.beta.sessions.events.stream(session.id)
            await client.beta.sessions.events.send(session.id, events=HI)
            kinds: list[str] = []
            async with stream:
                async for event in stream:
                    kinds.append(event.type)
                    if event.type == "session.status_idle":
                        break
            raw = await client.beta.with_raw_response.sessions.retrieve(session.id)
            assert (await raw.parse()).id == session.id
            return kinds

    kinds = asyncio.run(main())
    assert kinds == [
        "user.message",
        "session.status_running",
        "agent.message",
        "session.status_idle",
    ]
    assert {r.url.host for r in forwarded} == {"bedrock.ap-south-1.amazonaws.com"}
    stream_request = next(r for r in forwarded if r.url.path.endswith("/events/stream"))
    assert stream_request.url.path.startswith("/anthropic/v1/sessions/")
    for request in forwarded:
        _verify(request, "ap-south-1")


def _async_forwarding(api: LocalAPIServer, seen: list[httpx.Request]) -> httpx.MockTransport:
    plain = httpx.AsyncClient()

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        await request.aread()
        answer = await plain.send(_local(api, request), stream=True)
        return httpx.Response(answer.status_code, headers=answer.headers, stream=answer.stream)

    return httpx.MockTransport(handler)


def test_bedrock_shaped_answers_parse_into_the_bedrock_models() -> None:
    """Bedrock's lists leave out what first-party ones carry (an agent's tools, a session's
    vaults, usage and stats), and its sessions have no vaults: they parse, every field kept."""
    from claude_api_client.types.beta.bedrock import (
        BetaManagedAgentsBedrockAgentListItem,
        BetaManagedAgentsBedrockSession,
        BetaManagedAgentsBedrockSessionListItem,
    )

    at = "2026-05-01T12:00:00Z"
    agent_item = {
        "type": "agent", "id": "agent_1", "version": 2, "name": "helper", "created_at": at,
        "updated_at": at, "archived_at": None, "model": {"id": "us.anthropic.x"},
        "resource_arn": "arn:aws:bedrock:us-east-1:1:agent/agent_1",
    }  # fmt: skip
    session_item = {
        "type": "session", "id": "sesn_1", "status": "idle", "created_at": at, "updated_at": at,
        "agent": {"id": "agent_1", "version": 2}, "created_by_me": True, "title": None,
        "resources": [{"type": "memory_store", "id": "sesrsc_1", "memory_store_id": "ms_1"}],
    }  # fmt: skip
    session = {
        **session_item, "environment_id": "arn:env", "metadata": {}, "outcome_evaluations": [],
        "usage": {}, "stats": {}, "resources": [], "working_directory": "/mnt/workspace",
        "agent": {
            "type": "agent", "id": "agent_1", "version": 2, "name": "helper",
            "model": {"id": "us.anthropic.x"}, "tools": [], "mcp_servers": [], "skills": [],
        },
        "execution_identity": {"type": "aws_role", "role_arn": "arn:aws:iam::1:role/r"},
    }  # fmt: skip
    answers = {
        "/anthropic/v1/agents": {"data": [agent_item], "next_page": None},
        "/anthropic/v1/agents/agent_1/versions": {"data": [agent_item], "next_page": None},
        "/anthropic/v1/sessions": {"data": [session_item], "next_page": None, "prev_page": None},
        "/anthropic/v1/sessions/sesn_1": session,
    }
    client = _signed("us-east-1")
    client.http_client._transport = httpx.MockTransport(
        lambda request: httpx.Response(200, json=answers[request.url.path])
    )
    with client:
        (agent,) = client.beta.agents.list()
        (version,) = client.beta.agents.versions.list("agent_1")
        (listed,) = client.beta.sessions.list()
        retrieved = client.beta.sessions.retrieve("sesn_1")
    assert (
        isinstance(agent, BetaManagedAgentsBedrockAgentListItem)
        and agent.to_dict(mode="json") == agent_item
    )
    assert version.version == 2
    assert isinstance(listed, BetaManagedAgentsBedrockSessionListItem)
    assert listed.to_dict(mode="json") == session_item and listed.agent.version == 2
    assert isinstance(retrieved, BetaManagedAgentsBedrockSession)
    assert (
        retrieved.working_directory == "/mnt/workspace"
        and retrieved.to_dict(mode="json") == session
    )


def test_the_control_plane_is_sent_its_own_api_version(claude_api: LocalAPIServer) -> None:
    """The control plane gets `x-platform-versions`' `2026-10-21` (as the official client sends),
    the runtime none (its version is in the body); a version the caller sets, or omits, wins."""
    from claude_api_client import omit
    from claude_api_client._data import PLATFORM_API_VERSIONS

    assert PLATFORM_API_VERSIONS == {"bedrock": "2026-10-21"}
    client = _signed("us-east-1", base_url=claude_api.base_url)
    with client:
        client.beta.agents.list()
        client.beta.messages.create(model="us.anthropic.x", max_tokens=8, messages=MESSAGES)
        client.beta.agents.list(extra_headers={"anthropic-version": "2023-06-01"})
        client.beta.agents.list(extra_headers={"anthropic-version": omit})
        with client.with_options(default_headers={"anthropic-version": "2023-01-01"}) as chosen:
            chosen.beta.sessions.list()
    listed, invoked, asked, omitted, defaulted = [r.sent or r for r in claude_api.requests[-5:]]
    assert listed.path.startswith("/v1/agents")
    assert listed.headers["anthropic-version"] == "2026-10-21"
    assert "anthropic-version" not in invoked.headers
    assert invoked.json()["anthropic_version"] == "2023-06-01"
    assert asked.headers["anthropic-version"] == "2023-06-01"
    assert "anthropic-version" not in omitted.headers
    assert defaulted.headers["anthropic-version"] == "2023-01-01"
