"""The calls whose spans tests/test_span_attributes.py compares between this package and the
official one: each takes a client of either (the same signatures) and makes one call. Plain
module with no import of either package, so the official interpreter can run it too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MODEL = "claude-sonnet-4-5"
MESSAGES: Any = [{"role": "user", "content": "hi"}]


def create(client: Any) -> None:
    client.messages.create(
        model=MODEL,
        max_tokens=2048,
        messages=MESSAGES,
        thinking={"type": "enabled", "budget_tokens": 1024},
        service_tier="auto",
    )


def beta_create(client: Any) -> None:
    client.beta.messages.create(
        model=MODEL,
        max_tokens=10,
        messages=MESSAGES,
        output_config={"effort": "low"},
        betas=["b-1", "b-2"],
    )


def stream(client: Any) -> None:
    for _ in client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True):
        pass


def count_tokens(client: Any) -> None:
    client.messages.count_tokens(model=MODEL, messages=MESSAGES)


def models_list(client: Any) -> None:
    client.models.list(limit=5)


CALLS = ["create", "beta_create", "stream", "count_tokens", "models_list"]


def _fails_with(status: int, call: Callable[[], Any]) -> None:
    """Make `call`, which must fail with an API error of HTTP `status`."""
    try:
        call()
    except Exception as error:
        assert getattr(error, "status_code", None) == status, error
    else:
        raise AssertionError(f"no {status} error")


def refused(client: Any) -> None:
    """A 400: the simulator refuses a negative `max_tokens`."""
    _fails_with(400, lambda: client.messages.create(model=MODEL, max_tokens=-1, messages=MESSAGES))


CALLS.append("refused")


def missing_batch(client: Any) -> None:
    """A 404 on a path with an id: the id is a span attribute (`x-span-attribute`)."""
    _fails_with(404, lambda: client.messages.batches.retrieve("msgbatch_missing"))


CALLS.append("missing_batch")


def create_batch(client: Any) -> None:
    """A call that creates an object: its id is a span attribute (`x-span-created-id`)."""
    params = {"model": MODEL, "max_tokens": 10, "messages": MESSAGES}
    client.messages.batches.create(
        requests=[{"custom_id": "a", "params": params}, {"custom_id": "b", "params": params}]
    )


CALLS.append("create_batch")


def json_create(client: Any) -> None:
    """A reply in a JSON schema's shape: `gen_ai.output.type` is "json"."""
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    client.messages.create(
        model=MODEL,
        max_tokens=10,
        messages=MESSAGES,
        output_config={"format": {"type": "json_schema", "schema": schema}},
    )


CALLS.append("json_create")


def session(client: Any) -> None:
    """An environment, an agent and a session of them (the session span names both)."""
    environment = client.beta.environments.create(name="e")
    agent = client.beta.agents.create(name="a", model=MODEL)
    client.beta.sessions.create(agent=agent.id, environment_id=environment.id)


CALLS.append("session")


# Content capture (tests/test_span_attributes.py, content mode): the calls above plus these.
CONTENT_MESSAGES: Any = [
    {"role": "user", "content": [{"type": "text", "text": "weather in Paris?"}]},
    {
        "role": "assistant",
        "content": [
            {"type": "thinking", "thinking": "look it up", "signature": "sig"},
            {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Paris"}},
        ],
    },
    {
        "role": "user",
        "content": [
            {
                "type": "tool_result",
                "tool_use_id": "toolu_1",
                "content": [
                    {"type": "text", "text": "sunny, 21°C"},
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"},
                    },
                ],
            },
            {"type": "text", "text": "and tomorrow?"},
        ],
    },
]
TOOLS: Any = [
    {
        "name": "weather",
        "description": "The weather of a city",
        "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
    }
]


def content_create(client: Any) -> None:
    client.messages.create(
        model=MODEL,
        max_tokens=10,
        system="be brief",
        messages=MESSAGES,
        stop_sequences=["STOP", "END"],
    )


def content_stream_helper(client: Any) -> None:
    with client.messages.stream(
        model=MODEL, max_tokens=10, system=[{"type": "text", "text": "terse"}], messages=MESSAGES
    ) as stream:
        stream.until_done()


def beta_create_tools(client: Any) -> None:
    client.beta.messages.create(
        model=MODEL,
        max_tokens=10,
        system=[{"type": "text", "text": "use tools"}],
        messages=CONTENT_MESSAGES,
        tools=TOOLS,
        betas=["b-1"],
    )


def long_create(client: Any) -> None:
    """Content over a small `max_content_bytes`: parts dropped oldest first, the last cut."""
    client.messages.create(
        model=MODEL,
        max_tokens=10,
        system="a system prompt that is long enough to be dropped",
        messages=[
            {"role": "user", "content": "first question, dropped too"},
            {"role": "assistant", "content": "first answer"},
            {"role": "user", "content": "é" * 40 + ' "quoted"\n' + "x" * 200},
        ],
        stop_sequences=["S" * 10],
    )


CONTENT_CALLS = [
    "content_create",
    "stream",
    "content_stream_helper",
    "count_tokens",
    "beta_create_tools",
    "refused",
]


def failing_create(client: Any) -> None:
    """Run after the server was told to answer 529 three times: two retries, then the error."""
    _fails_with(529, lambda: client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES))


def cut_stream(client: Any) -> None:
    """Run after the server was told to cut the next stream: read until it ends (this package
    raises there; the official one ends without an error)."""
    try:
        with client.messages.stream(model=MODEL, max_tokens=50, messages=MESSAGES) as stream:
            stream.until_done()
    except Exception as error:
        assert type(error).__name__ == "APIConnectionError", error


def messages_tool_runner(client: Any, prompt: str, tools: list[Any]) -> Any:
    """The Messages tool runner of `client` (sync or async) with `tools`, not started: the
    simulator's model calls each tool `prompt` names, once."""
    return client.beta.messages.tool_runner(
        model=MODEL, max_tokens=20, messages=[{"role": "user", "content": prompt}], tools=tools
    )


def _weather_and_broken(client: Any) -> tuple[Any, Any]:
    """Two function tools made with the package of `client`: one answers, one always fails."""
    import importlib

    package = importlib.import_module(type(client).__module__.split(".")[0])

    @package.beta_tool
    def weather(city: str) -> str:
        """The weather of a city."""
        return f"sunny in {city}"

    @package.beta_tool
    def broken(city: str) -> str:
        """Always fails."""
        raise ValueError("no")

    return weather, broken


def tool_runner(client: Any) -> None:
    """The tool runner with two function tools, which the simulator's model calls once each."""
    tools = list(_weather_and_broken(client))
    messages_tool_runner(client, "weather and broken please", tools).until_done()


def error_event_stream(client: Any) -> None:
    """Run after the server was told to send `event: error` mid-stream: both packages raise."""
    try:
        for _ in client.messages.create(model=MODEL, max_tokens=50, messages=MESSAGES, stream=True):
            pass
    except Exception as error:
        assert getattr(error, "type", None) == "overloaded_error", error
    else:
        raise AssertionError("no error event")


async def async_work_poll(client: Any) -> None:
    """(An async client.) A self-hosted environment with one session: the work poller claims
    its item (ack), the loop body ends, the item is stopped."""
    import contextlib

    environment = await client.beta.environments.create(name="own", config={"type": "self_hosted"})
    agent = await client.beta.agents.create(name="a", model=MODEL)
    await client.beta.sessions.create(agent=agent.id, environment_id=environment.id)
    items = client.beta.environments.work.poller(
        environment_id=environment.id, environment_key=client.api_key, drain=True
    )
    async with contextlib.aclosing(items):
        async for _ in items:
            pass


async def async_mcp_tool_runner(client: Any) -> None:
    """(An async client.) The Messages tool runner with a tool of a real MCP server (in this
    process), made by the package's `async_mcp_tool`: its runs' spans are MCP tool spans."""
    import importlib

    from mcp.client.client import Client  # mcp 2.x, in both environments
    from mcp.server.mcpserver import MCPServer

    package = type(client).__module__.split(".")[0]
    helpers = importlib.import_module(f"{package}.lib.tools.mcp")
    server = MCPServer("weather")

    def forecast(city: str) -> str:
        """The forecast of a city."""
        return f"rain in {city}"

    forecast.__annotations__ = {"city": str, "return": str}  # real types, not strings
    server.tool()(forecast)
    async with Client(server) as mcp_client:
        listed = await mcp_client.session.list_tools()
        tools = [helpers.async_mcp_tool(tool, mcp_client.session) for tool in listed.tools]
        await messages_tool_runner(client, "forecast please", tools).until_done()


SESSION_TOOL_TEXT = (
    'tool weather {"city": "Oslo"}\ntool broken {"city": "x"}\ntool grep {"pattern": "a"}'
)
"""The scripted agent's turn: two custom tool calls and one of its toolset (`grep`)."""


SUB_THREAD_CALL: Any = {
    "type": "agent.custom_tool_use",
    "name": "weather",
    "input": {"city": "Rome"},
    "session_thread_id": "sthr_sub",
}
"""The call of a sub-agent thread that tests/test_span_attributes.py has the simulator log when
told `subthread` (after the turn's end, so the thread's call is the one left)."""


async def async_session_sub_thread(client: Any) -> None:
    """(An async client.) `async_session_tool_runner` for a sub-agent thread's call."""
    await async_session_tool_runner(client, text="subthread")


async def async_session_tool_runner(client: Any, text: str = SESSION_TOOL_TEXT) -> None:
    """(An async client.) A session whose agent calls three tools (`SESSION_TOOL_TEXT`), run by
    the session tool runner until the session idles: one tool span per call, the results posted."""
    import importlib

    package = importlib.import_module(type(client).__module__.split(".")[0])
    weather, broken = _weather_and_broken(client)

    @package.beta_async_tool
    async def grep(pattern: str) -> Any:
        return [
            {"type": "text", "text": f"found {pattern}"},
            {"type": "tool_reference", "tool_name": "x"},
        ]

    environment = await client.beta.environments.create(name="own", config={"type": "self_hosted"})
    agent = await client.beta.agents.create(name="a", model=MODEL)
    session = await client.beta.sessions.create(agent=agent.id, environment_id=environment.id)
    content = [{"type": "text", "text": text}]
    await client.beta.sessions.events.send(
        session.id, events=[{"type": "user.message", "content": content}]
    )
    runner = client.beta.sessions.events.tool_runner(
        session.id, tools=[weather, broken, grep], max_idle=0.3
    )
    await runner.until_done()
