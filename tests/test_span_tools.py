"""Tool spans without the official package: the MCP helper's tools are `anthropic.mcp_tool_use`
in the Messages tool runner, and the session tool runner has a span per call (named by the call's
kind, with the session, its thread as the conversation, content in content mode) whose
conversation the calls posting the results share. Also: a stream closed before it was read ends
its span, and a runner without spans loads none of the span code."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from _support.interpreters import span_code_loaded
from _support.sessions import PRIMARY_THREAD, SUB_THREAD, name_threads
from _support.span_calls import messages_tool_runner
from _support.spans import recording_provider
from claude_api_client import beta_async_tool, beta_tool
from claude_api_client.testing import LocalAPIServer

MODEL = "claude-sonnet-4-5"


@pytest.fixture
def api(api: LocalAPIServer) -> LocalAPIServer:
    """The simulator (tests/conftest.py), its sessions naming their threads."""
    name_threads(api)
    return api


def _option(exporter: InMemorySpanExporter, **options: Any) -> dict[str, Any]:
    provider = recording_provider(exporter)
    return {"tracer_provider": provider, "traces": {"content_mode": "content"}, **options}


def _attrs(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


@beta_tool
def weather(city: str) -> str:
    """The weather of a city."""
    return f"sunny in {city}"


@beta_tool
def broken(city: str) -> str:
    """Always fails."""
    raise ValueError("no")


@beta_async_tool
async def grep(pattern: str) -> Any:
    return [
        {"type": "text", "text": f"found {pattern}"},
        {"type": "tool_reference", "tool_name": "x"},
    ]


def _run_session(
    api: LocalAPIServer, text: str, environment_key: str | None = None, **client_options: Any
) -> str:
    """A session whose agent is told `text`, its calls run by the session tool runner until it
    idles; the session's id."""
    setup = api.client()
    environment = setup.beta.environments.create(name="own", config={"type": "self_hosted"})
    agent = setup.beta.agents.create(name="a", model=MODEL)
    session = setup.beta.sessions.create(agent=agent.id, environment_id=environment.id)
    setup.beta.sessions.events.send(
        session.id, events=[{"type": "user.message", "content": [{"type": "text", "text": text}]}]
    )

    async def run() -> None:
        client = api.async_client(**client_options)
        runner = client.beta.sessions.events.tool_runner(
            session.id, tools=[weather, broken, grep], max_idle=0.3, environment_key=environment_key
        )
        await runner.until_done()
        await client.close()

    asyncio.run(run())
    return str(session.id)


THREE_CALLS = 'tool weather {"city": "Oslo"}\ntool broken {"city": "x"}\ntool grep {"pattern": "a"}'


def _tool_spans(exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    return [
        s
        for s in exporter.get_finished_spans()
        if _attrs(s).get("gen_ai.operation.name") == "execute_tool"
    ]


def test_session_tool_runner_spans_name_the_call_and_its_conversation(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    session_id = _run_session(api, THREE_CALLS, open_telemetry=_option(exporter))
    tools = _tool_spans(exporter)
    assert [s.name for s in tools] == [
        "anthropic.custom_tool_use weather",
        "anthropic.custom_tool_use broken",
        "anthropic.tool_use grep",  # a call of the agent's toolset (`agent.tool_use`)
    ]
    first, failed, toolset = (_attrs(s) for s in tools)
    assert first == {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.provider.name": "anthropic",
        "gen_ai.tool.name": "weather",
        "gen_ai.tool.description": "The weather of a city.",
        "gen_ai.tool.call.id": first["gen_ai.tool.call.id"],
        "gen_ai.conversation.id": PRIMARY_THREAD,  # the primary thread's events name no thread
        "anthropic.session.id": session_id,
        "gen_ai.tool.type": "function",
        "gen_ai.tool.call.arguments": '{"city":"Oslo"}',
        "anthropic.tool_result.content": '[{"type":"text","text":"sunny in Oslo"}]',
    }
    assert first["gen_ai.tool.call.id"].startswith("sevt_")
    assert tools[0].status.status_code == StatusCode.OK
    assert tools[1].status.status_code == StatusCode.ERROR
    assert failed["error.type"] == "tool_error"
    assert "gen_ai.tool.description" not in toolset  # `grep` has no docstring
    # The session gets a block it does not take as its JSON text; the span records the block.
    assert json.loads(toolset["anthropic.tool_result.content"]) == [
        {"type": "text", "text": "found a"},
        {"type": "tool_reference"},
    ]
    posted = [json.loads(r.body)["events"][0] for r in api.requests_for("sessions_events_send")]
    assert posted[-1]["content"][1]["type"] == "text"
    # The calls posting the results have the tool span's conversation; the runner's other calls
    # have none, and each of its requests keeps the runner's helper header.
    sends = [s for s in exporter.get_finished_spans() if s.name == "anthropic.sessions.events.send"]
    assert [_attrs(s).get("gen_ai.conversation.id") for s in sends] == [PRIMARY_THREAD] * 3
    reads = [s for s in exporter.get_finished_spans() if s.name == "anthropic.sessions.retrieve"]
    assert reads and all("gen_ai.conversation.id" not in _attrs(s) for s in reads)
    for request in api.requests_for("sessions_events_send")[1:]:
        assert request.headers["x-stainless-helper"] == "session-tool-runner"


def test_a_sub_agent_threads_call_is_its_threads_conversation(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    before = len(api.requests)
    _run_session(api, "subthread", environment_key=api.api_key, open_telemetry=_option(exporter))
    (tool,) = _tool_spans(exporter)
    attrs = _attrs(tool)
    assert tool.name == "anthropic.custom_tool_use weather"
    assert attrs["anthropic.session.thread.id"] == SUB_THREAD
    assert attrs["gen_ai.conversation.id"] == SUB_THREAD
    sends = [s for s in exporter.get_finished_spans() if s.name == "anthropic.sessions.events.send"]
    assert [_attrs(s).get("gen_ai.conversation.id") for s in sends] == [SUB_THREAD]
    # The copy of the client that posts it authenticates as the runner does.
    (post,) = [r for r in api.requests[before:] if r.operation_id == "sessions_events_send"][1:]
    assert post.headers["authorization"] == f"Bearer {api.api_key}"
    assert "x-api-key" not in post.headers


def test_the_clients_conversation_id_wins_and_metadata_mode_records_no_content(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    option = {**_option(exporter), "traces": True, "conversation_id": "conv-1"}
    _run_session(api, THREE_CALLS, open_telemetry=option)
    tools = _tool_spans(exporter)
    assert len(tools) == 3
    for tool in tools:
        assert _attrs(tool)["gen_ai.conversation.id"] == "conv-1"
        assert "gen_ai.tool.call.arguments" not in _attrs(tool)
        assert "anthropic.tool_result.content" not in _attrs(tool)
    sends = [s for s in exporter.get_finished_spans() if s.name == "anthropic.sessions.events.send"]
    assert {_attrs(s).get("gen_ai.conversation.id") for s in sends} == {"conv-1"}


def test_tool_content_over_the_cap_is_truncated(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    option = _option(exporter)
    option["traces"] = {"content_mode": "content", "max_content_bytes": 20}
    _run_session(api, 'tool weather {"city": "' + "O" * 40 + '"}', open_telemetry=option)
    (tool,) = _tool_spans(exporter)
    attrs = _attrs(tool)
    assert attrs["anthropic.content.truncated"] is True
    assert "gen_ai.tool.call.arguments" not in attrs  # larger than the cap by itself
    assert len(attrs["anthropic.tool_result.content"].encode()) <= 20


def test_the_span_name_follows_the_tools_origin(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    @beta_tool
    def lookup(city: str) -> str:
        """Look a city up."""
        return city

    lookup._origin = "mcp"  # what the MCP helpers set
    client = api.client(open_telemetry=_option(exporter))
    messages_tool_runner(client, "lookup and weather please", [lookup, weather]).until_done()
    assert [s.name for s in _tool_spans(exporter)] == [
        "anthropic.mcp_tool_use lookup",
        "anthropic.custom_tool_use weather",
    ]


def test_mcp_helper_tools_have_mcp_tool_use_spans(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    mcp_types = pytest.importorskip("mcp.types")
    from claude_api_client.lib.tools.mcp import async_mcp_tool, mcp_tool

    class Session:
        async def call_tool(self, name: str, arguments: Any = None, **options: Any) -> Any:
            text = mcp_types.TextContent(type="text", text=f"rain in {arguments['city']}")
            return mcp_types.CallToolResult(content=[text])

    tool = mcp_types.Tool.model_validate(
        {
            "name": "forecast",
            "description": "The forecast of a city.",
            "inputSchema": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        }
    )

    async def run() -> None:
        client = api.async_client(open_telemetry=_option(exporter))
        tools = [async_mcp_tool(tool, Session())]  # type: ignore[arg-type]
        await messages_tool_runner(client, "forecast please", tools).until_done()
        await client.close()

    asyncio.run(run())
    (span,) = _tool_spans(exporter)
    assert span.name == "anthropic.mcp_tool_use forecast"
    assert mcp_tool(tool, Session())._origin == "mcp"  # type: ignore[arg-type]  # the sync one too
    attrs = _attrs(span)
    assert attrs["gen_ai.tool.description"] == "The forecast of a city."
    assert json.loads(attrs["anthropic.tool_result.content"]) == [
        {"type": "text", "text": "rain in echo"}
    ]


def test_a_stream_closed_unread_ends_its_span(
    api: LocalAPIServer, exporter: InMemorySpanExporter
) -> None:
    client = api.client(open_telemetry=_option(exporter))
    messages: Any = [{"role": "user", "content": "hi"}]
    client.messages.create(model=MODEL, max_tokens=5, messages=messages, stream=True).close()

    async def run() -> None:
        async_client = api.async_client(open_telemetry=_option(exporter))
        stream = await async_client.messages.create(
            model=MODEL, max_tokens=5, messages=messages, stream=True
        )
        await stream.close()
        await async_client.close()

    asyncio.run(run())
    spans = exporter.get_finished_spans()
    assert [s.name for s in spans] == ["anthropic.messages.create"] * 2
    assert {s.status.status_code for s in spans} == {StatusCode.UNSET}


def test_the_session_runner_without_spans_loads_no_span_code() -> None:
    code = (
        "import asyncio\n"
        "from claude_api_client import beta_tool\n"
        "from claude_api_client.testing import local_api\n"
        "@beta_tool\n"
        "def weather(city: str) -> str:\n"
        "    '''The weather.'''\n"
        "    return city\n"
        "with local_api() as api:\n"
        "    c = api.client()\n"
        "    env = c.beta.environments.create(name='e', config={'type': 'self_hosted'})\n"
        "    agent = c.beta.agents.create(name='a', model='m')\n"
        "    s = c.beta.sessions.create(agent=agent.id, environment_id=env.id)\n"
        '    text = \'tool weather {"city": "Oslo"}\'\n'
        "    c.beta.sessions.events.send(s.id, events=[{'type': 'user.message',\n"
        "        'content': [{'type': 'text', 'text': text}]}])\n"
        "    async def run():\n"
        "        runner = api.async_client().beta.sessions.events.tool_runner(\n"
        "            s.id, tools=[weather], max_idle=0.2)\n"
        "        return [call async for call in runner]\n"
        "    calls = asyncio.run(run())\n"
        "    assert [call.name for call in calls] == ['weather'] and calls[0].posted\n"
    )
    assert span_code_loaded(code) == []
