"""`AsyncAnthropic().beta.sessions.events.tool_runner(...)` against the simulator's scripted agent,
which calls the tools a user message names (`tool <name> <json>` lines) and waits for their
results: results posted as the right event kind, errors as `is_error`, permissions and
confirmations, retried and refused sends, the idle stop, a refused read raised."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from claude_api_client import AsyncAnthropic, NotFoundError
from claude_api_client.lib.environments import (
    DEFAULT_MAX_IDLE,
    MANAGED_AGENTS_BETA,
    DispatchedToolCall,
    SessionToolRunner,
)
from claude_api_client.lib.tools import ToolError, beta_async_tool, beta_tool
from claude_api_client.lib.tools._beta_session_runner import session_content
from claude_api_client.lib.tools.agent_toolset import AgentToolContext, beta_agent_toolset_20260401
from claude_api_client.testing import LocalAPIServer, local_api


@beta_tool
def get_weather(city: str) -> str:
    """The weather of a city.

    Args:
        city: The city.
    """
    if city == "Atlantis":
        raise ToolError("no such city")
    if city == "Boom":
        raise RuntimeError("the sensor broke")
    return f"sunny in {city}"


def _session(api: LocalAPIServer, text: str | None = None) -> str:
    client = api.client()
    env = client.beta.environments.create(name="own", config={"type": "self_hosted"})
    agent = client.beta.agents.create(name="a", model="claude-sonnet-4-5")
    session = client.beta.sessions.create(agent=agent.id, environment_id=env.id)
    if text is not None:
        _say(api, session.id, text)
    return str(session.id)


def _say(api: LocalAPIServer, session_id: str, text: str) -> None:
    content = [{"type": "text", "text": text}]
    api.client().beta.sessions.events.send(
        session_id, events=[{"type": "user.message", "content": content}]
    )


def _calls(runner: SessionToolRunner) -> list[DispatchedToolCall]:
    async def collect() -> list[DispatchedToolCall]:
        return [call async for call in runner]

    return asyncio.run(collect())


def _weather_calls(api: LocalAPIServer, session_id: str) -> list[DispatchedToolCall]:
    """The calls a `get_weather` runner makes until the session idles, on a client that leaves
    every retry to the runner."""
    client = api.async_client(max_retries=0)
    runner = client.beta.sessions.events.tool_runner(session_id, tools=[get_weather], max_idle=0.2)
    return _calls(runner)


def _agent_said(api: LocalAPIServer, session_id: str) -> list[str]:
    events = api.client().beta.sessions.events.list(session_id)
    return [e.content[0].text for e in events if e.type == "agent.message"]


def _sent(api: LocalAPIServer) -> list[dict[str, Any]]:
    """The result events posted (one per send)."""
    events = [json.loads(r.body)["events"][0] for r in api.requests_for("sessions_events_send")]
    return [e for e in events if e["type"] != "user.message"]


def test_custom_and_builtin_calls_are_run_and_answered_in_kind(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello notes")
    tools = [get_weather, *beta_agent_toolset_20260401(AgentToolContext(workdir=tmp_path))]
    with local_api() as api:
        session_id = _session(
            api, 'tool get_weather {"city": "Paris"}\ntool read {"file_path": "notes.txt"}'
        )
        before = len(api.requests)
        runner = api.async_client().beta.sessions.events.tool_runner(
            session_id, tools=tools, max_idle=0.2
        )
        calls = _calls(runner)
        runner_requests = api.requests[before:]
        assert [(c.name, c.is_error, c.posted, c.confirmation) for c in calls] == [
            ("get_weather", False, True, None),
            ("read", False, True, None),
        ]
        custom, builtin = calls
        assert (
            custom.event.type == "agent.custom_tool_use" and custom.tool_use_id == custom.event.id
        )
        assert custom.result == {
            "type": "user.custom_tool_result",
            "custom_tool_use_id": custom.event.id,
            "is_error": False,
            "content": [{"type": "text", "text": "sunny in Paris"}],
        }
        assert builtin.event.type == "agent.tool_use"
        assert builtin.result is not None and builtin.result["type"] == "user.tool_result"
        assert builtin.result["tool_use_id"] == builtin.event.id
        assert _agent_said(api, session_id)[-1] == "get_weather: sunny in Paris; read: hello notes"
        # the wire: the stream first, then the session and its history, then one send per result
        routes = [r.operation_id for r in runner_requests]
        assert routes[:3] == ["sessions_events_stream", "sessions_retrieve", "sessions_events_list"]
        assert routes.count("sessions_events_send") == 2
        for request in runner_requests:
            assert MANAGED_AGENTS_BETA in request.betas
            assert request.headers["x-stainless-helper"] == "session-tool-runner"
        assert api.requests_for("sessions_events_list")[0].query["limit"] == ["1000"]


def test_failing_tools_become_error_results_and_unknown_tools_are_left_alone() -> None:
    @beta_async_tool
    async def lookup(key: str) -> Any:
        """Look a key up.

        Args:
            key: The key.
        """
        return [object()]  # neither text nor content blocks

    with local_api() as api:
        session_id = _session(
            api,
            'tool get_weather {"city": "Atlantis"}\ntool get_weather {"city": "Boom"}\n'
            'tool lookup {"key": "k"}\ntool nobody_has_this {}',
        )
        runner = api.async_client().beta.sessions.events.tool_runner(
            session_id, tools=[get_weather, lookup], max_idle=0.2
        )

        async def first_four() -> list[DispatchedToolCall]:
            seen: list[DispatchedToolCall] = []
            # The session waits for the unknown tool's result for good: the consumer leaves.
            async for call in runner:
                seen.append(call)
                if len(seen) == 4:
                    break
            return seen

        by_name = sorted(asyncio.run(first_four()), key=lambda c: c.event.id)
        refused, broke, odd, unknown = by_name
        assert refused.is_error and refused.result is not None
        assert refused.result["content"] == [{"type": "text", "text": "no such city"}]
        assert broke.is_error and broke.result is not None
        assert "RuntimeError('the sensor broke')" in broke.result["content"][0]["text"]
        assert odd.is_error and odd.result is not None
        assert "neither a string nor content blocks" in odd.result["content"][0]["text"]
        assert unknown.result is None and not unknown.posted and not unknown.is_error
        assert len(_sent(api)) == 3  # nothing for the tool this runner does not have


def test_denied_calls_never_run_and_asked_ones_wait_for_the_confirmation(tmp_path: Path) -> None:
    ran: list[str] = []

    @beta_async_tool
    async def write(file_path: str, content: str) -> str:
        """Write a file.

        Args:
            file_path: Where.
            content: What.
        """
        ran.append(file_path)
        return "written"

    async def scenario(api: LocalAPIServer, session_id: str) -> list[DispatchedToolCall]:
        runner = api.async_client().beta.sessions.events.tool_runner(
            session_id, tools=[write], max_idle=0.3
        )
        calls: list[DispatchedToolCall] = []

        async def confirm_later() -> None:
            await asyncio.sleep(0.3)
            assert ran == []  # the asked call waits
            events = api.client().beta.sessions.events.list(session_id)
            asked = next(e for e in events if getattr(e, "evaluated_permission", None) == "ask")
            confirmation = {
                "type": "user.tool_confirmation",
                "tool_use_id": asked.id,
                "result": "allow",
            }
            await api.async_client().beta.sessions.events.send(session_id, events=[confirmation])

        confirming = asyncio.ensure_future(confirm_later())
        async for call in runner:
            calls.append(call)
        await confirming
        return calls

    with local_api() as api:
        session_id = _session(
            api,
            'tool:deny write {"file_path": "a", "content": "x"}\n'
            'tool:ask write {"file_path": "b", "content": "y"}',
        )
        calls = asyncio.run(scenario(api, session_id))
        assert [(c.confirmation, c.posted, c.result is None) for c in calls] == [
            ("deny", False, True),
            ("allow", True, False),
        ]
        assert ran == ["b"]
        assert _agent_said(api, session_id)[-1] == "write: written"


def test_a_failed_send_is_retried_and_a_refused_result_is_replaced() -> None:
    with local_api() as api:
        session_id = _session(api, 'tool get_weather {"city": "Oslo"}')
        api.plan("sessions_events_send", [503])
        calls = _weather_calls(api, session_id)
        assert calls[0].posted and not calls[0].is_error
        assert len(_sent(api)) == 2  # the 503, then the same result again

        session_id = _session(api, 'tool get_weather {"city": "Rome"}')
        api.plan("sessions_events_send", [400])
        before = len(_sent(api))
        calls = _weather_calls(api, session_id)
        sent = _sent(api)[before:]
        assert sent[0]["content"] == [{"type": "text", "text": "sunny in Rome"}]
        assert sent[1]["is_error"] is True
        assert sent[1]["content"][0]["text"].startswith(
            "The API refused the result of tool 'get_weather': 400"
        )
        assert calls[0].posted and calls[0].is_error and calls[0].result == sent[1]


def test_the_runner_stops_after_max_idle_with_a_fresh_read() -> None:
    with local_api() as api:
        session_id = _session(api, "just talk")  # the agent answers and ends its turn
        runner = api.async_client().beta.sessions.events.tool_runner(
            session_id, tools=[get_weather], max_idle=0.2
        )
        assert runner.max_idle == 0.2
        assert _calls(runner) == []
        # the idle time ran out while reading the stream: the session is read again to confirm
        routes = [
            r.operation_id for r in api.requests if r.path.startswith(f"/v1/sessions/{session_id}")
        ]
        assert routes.count("sessions_events_stream") == 2
        assert routes[-2:] == ["sessions_retrieve", "sessions_events_list"]


def test_a_refused_read_is_raised_and_arguments_are_checked() -> None:
    with local_api() as api:
        client = api.async_client()
        runner = client.beta.sessions.events.tool_runner("sesn_missing", tools=[get_weather])
        assert runner.max_idle == DEFAULT_MAX_IDLE
        with pytest.raises(NotFoundError):
            asyncio.run(runner.until_done())
        with pytest.raises(ValueError, match="max_concurrent_calls"):
            client.beta.sessions.events.tool_runner("s", tools=[], max_concurrent_calls=0)
        with pytest.raises(ValueError, match="not a runnable tool"):
            client.beta.sessions.events.tool_runner("s", tools=[{"name": "x"}])  # type: ignore[list-item]
        assert not hasattr(api.client().beta.sessions.events, "tool_runner")
    assert isinstance(runner, SessionToolRunner) and isinstance(client, AsyncAnthropic)


def test_the_environment_key_replaces_the_clients_credential() -> None:
    with local_api(auth_token="envkey-123") as api:
        session_id = _session(api, 'tool get_weather {"city": "Lima"}')
        before = len(api.requests)
        client = api.async_client()
        runner = client.beta.sessions.events.tool_runner(
            session_id,
            tools=[get_weather],
            max_idle=0.2,
            environment_key="envkey-123",
            extra_headers={"x-trace": "t1"},
        )
        assert _calls(runner)[0].posted
        for request in api.requests[before : len(api.requests)]:
            assert request.headers["authorization"] == "Bearer envkey-123"
            assert "x-api-key" not in request.headers
            assert request.headers["x-trace"] == "t1"


def test_session_content_keeps_the_blocks_sessions_take() -> None:
    assert session_content(None) == [{"type": "text", "text": "(no output)"}]
    assert session_content("") == [{"type": "text", "text": "(no output)"}]
    image = {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/png", "data": "AA=="},
    }
    search = {"type": "search_result", "source": "s", "title": "t", "content": []}
    odd = {"type": "tool_reference", "tool_name": "x"}
    assert session_content([image, search, odd]) == [
        image,
        {"citations": {"enabled": False}, **search},
        {"type": "text", "text": json.dumps(odd)},
    ]
    assert session_content([]) == [{"type": "text", "text": "(no output)"}]
    with pytest.raises(TypeError):
        session_content([1])  # type: ignore[list-item]


def test_a_failed_connection_is_tried_again() -> None:
    with local_api() as api:
        session_id = _session(api, 'tool get_weather {"city": "Baku"}')
        api.plan("sessions_events_stream", [503])
        calls = _weather_calls(api, session_id)
        assert [c.posted for c in calls] == [True]
        streams = api.requests_for("sessions_events_stream")
        assert len(streams) >= 3  # refused, the connection that ran the call, the idle check
