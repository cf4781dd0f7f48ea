"""A new `tools` list given to `set_messages_params()` of a running tool runner, as the official
runners take it (each case checked against `anthropic` 2.16.0 on the simulator): a tool the list
withdraws stops running, a tool it keeps keeps running as the object it was, a runnable tool it
adds is sent but never run, a toolset of a new family runs; on a message thread the server holds,
the change raises before the reply's tools run. On the four runners, against the simulator's echo
model (see test_tool_runner.py) or a scripted server for the toolsets."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Callable
from typing import Any

import pytest

from _support.clients import local_client
from _support.payloads import message_body
from claude_api_client import AnthropicError, beta_async_tool, beta_tool
from claude_api_client.testing import LocalAPIServer

from .conftest import MODEL
from .test_tool_runner import calls, get_time, get_weather
from .test_toolsets_runner import Browser, ScriptedServer, reply, tool_use, visited

KINDS = ["sync", "sync-stream", "async", "async-stream"]
ASK: Any = [{"role": "user", "content": "get_weather"}]
NOT_FOUND = "Error: Tool '{}' not found"


@pytest.fixture(autouse=True)
def _reset() -> None:
    calls.clear()
    visited.clear()


@beta_async_tool
async def async_get_weather(city: str) -> str:
    """Weather of a city."""
    return get_weather.call({"city": city})  # type: ignore[no-any-return]


@beta_async_tool
async def async_get_time(timezone: str) -> str:
    """Time in a timezone."""
    return get_time.call({"timezone": timezone})  # type: ignore[no-any-return]


def _other_weather(city: str) -> str:
    """Weather of a city, from elsewhere."""
    calls.append("other get_weather")
    return "rainy"


async def _async_other_weather(city: str) -> str:
    """Weather of a city, from elsewhere."""
    return _other_weather(city)


async_get_weather.name = get_weather.name
async_get_time.name = get_time.name
# Each sync tool and what the async runners are given in its place.
ASYNC_OF: dict[Any, Any] = {
    get_weather: async_get_weather,
    get_time: async_get_time,
    _other_weather: beta_async_tool(_async_other_weather, name="get_weather"),
}
OTHER_WEATHER = beta_tool(_other_weather, name="get_weather")
ASYNC_OF[OTHER_WEATHER] = ASYNC_OF.pop(_other_weather)


def _run(
    server: LocalAPIServer,
    kind: str,
    tools: list[Any],
    change: Callable[..., Any],
    *,
    thread: bool = False,
) -> None:
    """Run `client.beta.messages.tool_runner()` of `kind` on `ASK` (without a message thread
    unless `thread`), calling `change(runner, flavour)` in the first loop body; `flavour` gives
    a sync tool as the runner's flavour (its async twin on the async runners)."""
    asynchronous = kind.startswith("async")
    flavour: Callable[[Any], Any] = (
        (lambda tool: ASYNC_OF.get(tool, tool)) if asynchronous else (lambda tool: tool)
    )
    options: Any = {"stream": kind.endswith("stream"), "max_iterations": 4}
    if not thread:
        options["thread"] = False

    def runner_of(client: Any) -> Any:
        return client.beta.messages.tool_runner(
            model=MODEL, max_tokens=256, messages=ASK, tools=[flavour(t) for t in tools], **options
        )

    if not asynchronous:
        with server.client(max_retries=0) as client:
            runner = runner_of(client)
            for index, _ in enumerate(runner):
                if index == 0:
                    change(runner, flavour)
        return

    async def main() -> None:
        async with server.async_client(max_retries=0) as client:
            runner = runner_of(client)
            index = 0
            async for _ in runner:
                if index == 0:
                    change(runner, flavour)
                index += 1

    asyncio.run(main())


def _results(server: LocalAPIServer) -> list[list[tuple[Any, bool]]]:
    """The `tool_result` blocks each request sent (content, is_error), request by request."""
    sent = []
    for request in server.requests:
        last = request.json()["messages"][-1]
        content = last["content"] if isinstance(last["content"], list) else []
        sent.append(
            [
                (block["content"], block.get("is_error", False))
                for block in content
                if block["type"] == "tool_result"
            ]
        )
    return sent


def _names(server: LocalAPIServer) -> list[list[str] | None]:
    return [
        [t["name"] for t in r.json()["tools"]] if "tools" in r.json() else None
        for r in server.requests
    ]


def _withdraw_weather(as_function: bool) -> Callable[..., None]:
    def change(runner: Any, flavour: Callable[[Any], Any]) -> None:
        if as_function:
            runner.set_messages_params(
                lambda p: {**p, "tools": [t for t in p["tools"] if t["name"] != "get_weather"]}
            )
        else:
            params = {"model": MODEL, "max_tokens": 256, "messages": ASK}
            runner.set_messages_params({**params, "tools": [flavour(get_time)]})

    return change


@pytest.mark.parametrize("as_function", [False, True], ids=["dict", "function"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_tool_the_new_tools_withdraw_stops_running(
    server: LocalAPIServer, kind: str, as_function: bool
) -> None:
    # The current reply calls get_weather; the body withdraws it before it runs.
    with pytest.warns(UserWarning, match="get_weather"):
        _run(server, kind, [get_weather, get_time], _withdraw_weather(as_function))
    assert calls == []
    assert _results(server) == [[], [(NOT_FOUND.format("get_weather"), True)]]
    assert _names(server) == [["get_weather", "get_time"], ["get_time"]]


@pytest.mark.parametrize("kind", KINDS)
def test_a_runnable_tool_the_new_tools_add_is_sent_but_never_run(
    server: LocalAPIServer, kind: str
) -> None:
    def add_get_time(runner: Any, flavour: Callable[[Any], Any]) -> None:
        runner.set_messages_params(lambda p: {**p, "tools": [*p["tools"], flavour(get_time)]})

    with pytest.warns(UserWarning, match="get_time"):
        _run(server, kind, [get_weather], add_get_time)
    # get_weather's result names get_time, which the model then calls: not run, as the official.
    assert calls == ["get_weather"]
    results = _results(server)
    assert results[2] == [(NOT_FOUND.format("get_time"), True)]
    assert _names(server)[1:] == [["get_weather", "get_time"]] * 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_tool_given_again_under_its_name_runs_as_the_tool_it_was(
    server: LocalAPIServer, kind: str
) -> None:
    def replace_get_weather(runner: Any, flavour: Callable[[Any], Any]) -> None:
        new_tools = [flavour(OTHER_WEATHER), flavour(get_time)]
        runner.set_messages_params(lambda p: {**p, "tools": new_tools})

    _run(server, kind, [get_weather, get_time], replace_get_weather)
    assert calls == ["get_weather", "get_time"]  # the first get_weather, never the other
    assert _results(server)[1] == [("sunny in echo; the time needs get_time", False)]


@pytest.mark.parametrize("kind", KINDS)
def test_parameters_without_tools_send_none_and_leave_what_runs(
    server: LocalAPIServer, kind: str
) -> None:
    def leave_tools_out(runner: Any, flavour: Callable[[Any], Any]) -> None:
        runner.set_messages_params(lambda p: {k: v for k, v in p.items() if k != "tools"})

    _run(server, kind, [get_weather, get_time], leave_tools_out)
    assert calls == ["get_weather"]
    assert _names(server) == [["get_weather", "get_time"], None]


@pytest.mark.parametrize("kind", KINDS)
def test_on_a_thread_a_change_of_tools_raises_before_the_reply_s_tools_run(
    server: LocalAPIServer, kind: str
) -> None:
    with pytest.raises(AnthropicError, match="Cannot change `tools` on a thread"):
        _run(server, kind, [get_weather, get_time], _withdraw_weather(True), thread=True)
    assert calls == []
    assert len(server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_on_a_thread_leaving_tools_out_raises_too(server: LocalAPIServer, kind: str) -> None:
    def leave_tools_out(runner: Any, flavour: Callable[[Any], Any]) -> None:
        runner.set_messages_params(lambda p: {k: v for k, v in p.items() if k != "tools"})

    with pytest.raises(AnthropicError, match="Cannot change `tools` on a thread"):
        _run(server, kind, [get_weather, get_time], leave_tools_out, thread=True)
    assert calls == []


def test_on_a_thread_the_tools_given_back_as_they_were_change_nothing(
    server: LocalAPIServer,
) -> None:
    def give_back(runner: Any, flavour: Callable[[Any], Any]) -> None:
        runner.set_messages_params(lambda p: dict(p))

    _run(server, "sync", [get_weather, get_time], give_back, thread=True)
    assert calls == ["get_weather", "get_time"]
    assert [r.json()["thread"]["type"] for r in server.requests] == [
        "create",
        "continue",
        "continue",
    ]


def test_before_the_first_request_a_thread_takes_the_new_tools(server: LocalAPIServer) -> None:
    with server.client(max_retries=0) as client:
        runner = client.beta.messages.tool_runner(
            model=MODEL, max_tokens=256, messages=ASK, tools=[get_weather]
        )
        runner.set_messages_params(lambda p: {**p, "tools": [*p["tools"], get_time]})
        with pytest.warns(UserWarning, match="get_time"):
            runner.until_done()
    assert _names(server)[0] == ["get_weather", "get_time"]
    assert _results(server)[2] == [(NOT_FOUND.format("get_time"), True)]


# -- toolsets -----------------------------------------------------------------------------------
def _toolset_run(tools: list[Any], change: Callable[[dict[str, Any]], list[Any]]) -> Any:
    """A sync runner (no thread) whose first reply calls get_weather and second a browser member;
    `change(params)` gives the new `tools` in the first loop body. The second request's body."""
    turns = [
        reply(tool_use("u1", "get_weather", {"city": "x"}, None)),
        reply(tool_use("u2", "navigate", {"url": "https://a.example/"}, "browser")),
        message_body("done"),
    ]
    with ScriptedServer(turns) as server:
        client = local_client(server.base_url, max_retries=0)
        runner = client.beta.messages.tool_runner(
            model=MODEL, max_tokens=64, messages=ASK, tools=tools, thread=False
        )
        for index, _ in enumerate(runner):
            if index == 0:
                runner.set_messages_params(lambda p: {**p, "tools": change(p)})
        return server.bodies[2]["messages"][-1]["content"][0]


def _browser(tag: str) -> Any:
    class TaggedBrowser(Browser):
        def navigate(self, context: Any, input: Any) -> Any:
            visited.append(tag)
            return super().navigate(context, input)

    return TaggedBrowser()


def test_a_toolset_the_new_tools_withdraw_stops_running() -> None:
    with pytest.warns(UserWarning, match="browser"):
        result = _toolset_run(
            [get_weather, _browser("old")], lambda p: [t for t in p["tools"] if "name" in t]
        )
    assert result["content"] == "Error: Toolset 'browser' member 'navigate' not found"
    assert result["is_error"] is True
    assert visited == []


def test_a_toolset_of_a_new_family_runs() -> None:
    result = _toolset_run([get_weather], lambda p: [*p["tools"], _browser("new")])
    assert "is_error" not in result and visited == ["new", "https://a.example/"]


def test_a_toolset_given_again_runs_as_the_toolset_it_was() -> None:
    result = _toolset_run([get_weather, _browser("old")], lambda p: [get_weather, _browser("new")])
    assert "is_error" not in result and visited == ["old", "https://a.example/"]


def test_before_the_first_request_a_thread_can_be_left_without_tools(
    server: LocalAPIServer,
) -> None:
    with server.client(max_retries=0) as client:
        runner = client.beta.messages.tool_runner(
            model=MODEL, max_tokens=256, messages=ASK, tools=[get_weather]
        )
        runner.set_messages_params(lambda p: {k: v for k, v in p.items() if k != "tools"})
        assert runner.until_done().stop_reason == "end_turn"
    assert _names(server) == [None]
    assert server.requests[0].json()["thread"] == {"type": "create"}


# -- tool changes written into the history ------------------------------------------------------
REMOVAL: Any = {
    "role": "system",
    "content": [
        {"type": "tool_removal", "tool": {"type": "tool_reference", "name": "get_weather"}}
    ],
}
ADDITION: Any = {
    "role": "system",
    "content": [
        {
            "type": "tool_addition",
            "tool": {"type": "tool_definition", "definition": get_weather.to_dict()},
        }
    ],
}


@pytest.mark.parametrize("kind", KINDS)
def test_a_tool_removal_the_new_messages_hold_stops_the_tool(
    server: LocalAPIServer, kind: str
) -> None:
    def remove_in_history(runner: Any, flavour: Callable[[Any], Any]) -> None:
        runner.set_messages_params(lambda p: {**p, "messages": [*p["messages"], REMOVAL]})

    with pytest.warns(UserWarning, match="get_weather"):
        _run(server, kind, [get_weather, get_time], remove_in_history)
    assert calls == []
    assert _results(server)[1] == [(NOT_FOUND.format("get_weather"), True)]


def test_a_later_tool_addition_in_the_history_gives_the_tool_back(server: LocalAPIServer) -> None:
    def remove_and_add(runner: Any, flavour: Callable[[Any], Any]) -> None:
        runner.set_messages_params(lambda p: {**p, "messages": [*p["messages"], REMOVAL, ADDITION]})

    _run(server, "sync", [get_weather, get_time], remove_and_add)
    assert calls == ["get_weather", "get_time"]


def test_a_tool_removal_in_the_first_messages_holds_from_the_start(
    server: LocalAPIServer,
) -> None:
    with server.client(max_retries=0) as client:
        runner = client.beta.messages.tool_runner(
            model=MODEL,
            max_tokens=256,
            messages=[REMOVAL, *ASK],
            tools=[get_weather, get_time],
            thread=False,
        )
        with pytest.warns(UserWarning, match="get_weather"):
            runner.until_done()
    assert calls == []
    assert _results(server)[1] == [(NOT_FOUND.format("get_weather"), True)]


def _thread_tools_after(server: LocalAPIServer, change: Callable[..., Any]) -> Any:
    """`thread.params["tools"]` after a runner over the thread ran with `change` made first."""
    with server.client(max_retries=0) as client:
        thread = client.beta.messages.thread(
            model=MODEL, max_tokens=256, messages=ASK, tools=[get_weather]
        )
        runner = thread.tool_runner()
        runner.set_messages_params(change)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # get_time is sent, not run
            runner.until_done()
        return thread.params.get("tools")


def test_the_thread_takes_the_new_tools_as_given(server: LocalAPIServer) -> None:
    tools = _thread_tools_after(server, lambda p: {**p, "tools": [*p["tools"], get_time]})
    assert tools == [get_weather.to_dict(), get_time]


def test_the_thread_keeps_its_tools_when_given_back_and_drops_them_when_left_out(
    server: LocalAPIServer,
) -> None:
    assert _thread_tools_after(server, lambda p: dict(p)) == [get_weather]
    assert (
        _thread_tools_after(server, lambda p: {k: v for k, v in p.items() if k != "tools"}) is None
    )


@pytest.mark.parametrize("read_first", [False, True], ids=["withdraw-then-read", "read-first"])
def test_with_run_tools_eagerly_a_call_that_ran_keeps_its_result(
    server: LocalAPIServer, read_first: bool
) -> None:
    withdraw = _withdraw_weather(True)
    with server.client(max_retries=0) as client:
        runner = client.beta.messages.tool_runner(
            model=MODEL,
            max_tokens=256,
            messages=[{"role": "user", "content": "get_weather and get_time"}],
            tools=[get_weather, get_time],
            stream=True,
            run_tools_eagerly=True,
            thread=False,
        )
        stream = next(runner)
        if not read_first:
            withdraw(runner, lambda t: t)
        for _ in stream:
            pass
        if read_first:  # get_weather ran while the reply streamed
            withdraw(runner, lambda t: t)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            runner.until_done()
    weather, time = _results(server)[1]
    if read_first:
        assert weather == ("sunny in echo; the time needs get_time", False)
    else:
        assert weather == (NOT_FOUND.format("get_weather"), True)
    assert time == ("noon", False)


def test_on_a_thread_a_change_of_system_raises_before_the_reply_s_tools_run(
    server: LocalAPIServer,
) -> None:
    with server.client(max_retries=0) as client:
        runner = client.beta.messages.tool_runner(
            model=MODEL, max_tokens=256, messages=ASK, tools=[get_weather], system="be brief"
        )
        with pytest.raises(AnthropicError, match="Cannot change `system` on a thread"):
            for _ in runner:
                runner.set_messages_params(lambda p: {**p, "system": "be long"})
    assert calls == []
    assert len(server.requests) == 1
