"""`AsyncAnthropic().beta.environments.work.poller(...)` against the simulator's work queue:
each item polled with the worker id, acknowledged, yielded and then force-stopped; every call
authenticated with the environment key alone; `drain`, `auto_stop=False`, fatal errors."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

import httpx
import pytest

from _support.work import OneWorkItem, queue_sessions, work_secret
from claude_api_client import Anthropic, AsyncAnthropic, NotFoundError
from claude_api_client.lib.environments import _poller, sessions_token_from_secret
from claude_api_client.testing import local_api

KEY = "envkey-test-123"
# The simulator takes its own API key as a bearer token: it stands in for the environment key.


def test_poller_claims_acks_and_stops_each_item() -> None:
    async def run(api: Any, env_id: str) -> list[str]:
        client = api.async_client()
        seen: list[str] = []
        items = client.beta.environments.work.poller(
            environment_id=env_id, environment_key=api.api_key, worker_id="w-1", drain=True
        )
        async with contextlib.aclosing(items):
            async for item in items:
                current = await client.beta.environments.work.retrieve(
                    item.id, environment_id=env_id
                )
                assert current.state == "starting"  # acknowledged before it is handed over
                seen.append(item.id)
        return seen

    with local_api() as api:
        env_id = queue_sessions(api, 2)
        seen = asyncio.run(run(api, env_id))
        assert len(seen) == 2
        client = api.client()
        for work_id in seen:
            assert client.beta.environments.work.retrieve(work_id, environment_id=env_id).state == (
                "stopped"
            )
        calls = [r for r in api.requests if r.path.startswith(f"/v1/environments/{env_id}/work")]
        polls = [r for r in calls if r.path.endswith("/poll")]
        assert polls and all(r.headers["anthropic-worker-id"] == "w-1" for r in polls)
        assert all(r.query.get("block_ms") == ["999"] for r in polls)
        worker_calls = [
            r for r in calls if r.headers.get("authorization") == f"Bearer {api.api_key}"
        ]
        assert len(worker_calls) == len(polls) + 2 * len(seen)  # poll, ack, stop
        assert all("x-api-key" not in r.headers for r in worker_calls)
        stops = [r for r in worker_calls if r.path.endswith("/stop")]
        assert [json.loads(r.body) for r in stops] == [{"force": True}] * 2


def test_poller_without_auto_stop_and_with_a_plain_poll() -> None:
    async def run(api: Any, env_id: str) -> list[str]:
        items = api.async_client().beta.environments.work.poller(
            environment_id=env_id,
            environment_key=api.api_key,
            block_ms=None,
            drain=True,
            auto_stop=False,
        )
        async with contextlib.aclosing(items):
            return [item.id async for item in items]

    with local_api() as api:
        env_id = queue_sessions(api, 1)
        (work_id,) = asyncio.run(run(api, env_id))
        state = api.client().beta.environments.work.retrieve(work_id, environment_id=env_id).state
        assert state == "starting"  # handed off: whoever took it stops it
        polls = [r for r in api.requests if r.path.endswith("/work/poll")]
        assert all("block_ms" not in r.query for r in polls)


def test_poller_waits_after_empty_polls_and_stops_the_item_when_the_loop_breaks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_poller, "EMPTY_POLL_WAIT", (0.0, 0.0))

    async def run(api: Any, env_id: str, agent_id: str) -> str:
        client = api.async_client()
        items = client.beta.environments.work.poller(
            environment_id=env_id, environment_key=api.api_key, block_ms=None
        )
        async with contextlib.aclosing(items):
            await asyncio.sleep(0)
            creator = asyncio.get_running_loop().run_in_executor(
                None,
                lambda: api.client().beta.sessions.create(agent=agent_id, environment_id=env_id),
            )
            async for item in items:
                await creator
                return str(item.id)
        raise AssertionError("unreachable")

    with local_api() as api:
        client = api.client()
        env = client.beta.environments.create(name="own", config={"type": "self_hosted"})
        agent = client.beta.agents.create(name="a", model="claude-sonnet-4-5")
        work_id = asyncio.run(run(api, env.id, agent.id))
        assert client.beta.environments.work.retrieve(work_id, environment_id=env.id).state == (
            "stopped"
        )


def test_poller_raises_what_retrying_cannot_fix_and_is_async_only() -> None:
    async def run(api: Any) -> None:
        items = api.async_client().beta.environments.work.poller(
            environment_id="env_missing", environment_key=api.api_key, drain=True
        )
        async with contextlib.aclosing(items):
            async for _ in items:
                raise AssertionError("no item expected")

    with local_api() as api:
        with pytest.raises(NotFoundError):
            asyncio.run(run(api))
    assert not hasattr(Anthropic(api_key="k").beta.environments.work, "poller")


def test_sessions_token_in_the_item_secret() -> None:
    assert sessions_token_from_secret(work_secret({"sessions_token": "sess-tok"})) == "sess-tok"
    for unreadable in (None, "", "not base64 json!", work_secret(["x"]), work_secret({"other": 1})):
        assert sessions_token_from_secret(unreadable) is None


def test_the_stop_uses_the_items_own_token_then_falls_back_to_the_environment_key() -> None:
    api = OneWorkItem()

    async def run() -> None:
        client = AsyncAnthropic(
            api_key="sk-own",
            base_url="https://api.example",
            max_retries=0,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(api)),
        )
        items = client.beta.environments.work.poller(
            environment_id="env_1", environment_key=KEY, drain=True
        )
        async with contextlib.aclosing(items):
            assert [i.id async for i in items] == ["work_1"]

    asyncio.run(run())
    assert api.stops() == [
        ("Bearer sess-tok", {"force": True}),
        (f"Bearer {KEY}", {"force": False}),
    ]
    assert all("x-api-key" not in r.headers for r in api.sent)
