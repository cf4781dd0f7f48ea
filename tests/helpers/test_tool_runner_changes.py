"""The tool runner's controls beyond iterating: `close()`, `add_tools()` / `remove_tools()` (the
inline-tools beta) and `defer_tool_call()`, against the simulator's echo model (see
test_tool_runner.py for how it picks the tools it calls)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from claude_api_client import Anthropic, beta_async_tool
from claude_api_client.lib.tools import BetaFunctionTool
from claude_api_client.lib.tools._tool_changes import check_addable, check_removable
from claude_api_client.lib.tools._toolsets._errors import ToolsetContractError, ToolsetsFixedError
from claude_api_client.testing import LocalAPIServer

from .conftest import MODEL
from .test_tool_runner import _messages, _runner, calls, get_time, get_weather


@pytest.fixture(autouse=True)
def _reset() -> None:
    calls.clear()


def _system_turns(conversation: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [m["content"] for m in conversation if m["role"] == "system"]


# -- close() ------------------------------------------------------------------------------------
def test_close_stops_the_run(server: LocalAPIServer, client: Anthropic) -> None:
    runner = _runner(client, "get_weather", get_weather, get_time)
    first = next(runner)
    assert first.stop_reason == "tool_use"
    runner.close()
    assert list(runner) == []
    assert len(_messages(server)) == 1
    assert calls == []  # the reply's tools never ran
    runner.close()  # twice is harmless


def test_a_runner_closed_before_it_starts_sends_nothing(
    server: LocalAPIServer, client: Anthropic
) -> None:
    runner = _runner(client, "get_time", get_time, stream=True)
    runner.close()
    assert list(runner) == []
    assert server.requests == []


def test_close_closes_the_open_stream(server: LocalAPIServer, client: Anthropic) -> None:
    runner = _runner(client, "get_time", get_time, stream=True)
    stream = next(runner)
    runner.close()
    assert stream.response.is_closed
    assert list(runner) == []
    assert len(_messages(server)) == 1


def test_close_from_a_tool_stops_at_the_next_step(
    server: LocalAPIServer, client: Anthropic
) -> None:
    holder: list[Any] = []

    def stop_the_runner(city: str) -> str:
        """Closes the runner that runs it."""
        holder[0].close()
        return "stopped"

    tool = BetaFunctionTool(stop_the_runner)
    runner = _runner(client, "stop_the_runner", tool)
    holder.append(runner)
    replies = list(runner)
    assert [m.stop_reason for m in replies] == ["tool_use"]
    assert len(_messages(server)) == 1


def test_async_close(server: LocalAPIServer) -> None:
    async def main() -> tuple[int, int, bool]:
        async with server.async_client(max_retries=0) as client:
            plain = _runner(client, "get_time", get_time)
            await plain.__anext__()
            await plain.close()
            left = len([m async for m in plain])
            streaming = _runner(client, "get_time", get_time, stream=True)
            stream = await streaming.__anext__()
            await streaming.close()
            left += len([s async for s in streaming])
            await streaming.close()
            return left, len(_messages(server)), stream.response.is_closed

    assert asyncio.run(main()) == (0, 2, True)


def test_async_close_during_the_compaction_closes_its_stream(server: LocalAPIServer) -> None:
    async def main() -> tuple[bool, int]:
        async with server.async_client(max_retries=0) as client:
            runner = _runner(client, "get_time", get_time, stream=True)
            await (await runner.__anext__()).until_done()
            runner.compact_before_next_turn()
            compaction = await runner.__anext__()  # the compaction request's stream, unread
            await runner.close()
            return compaction.response.is_closed, len([s async for s in runner])

    assert asyncio.run(main()) == (True, 0)
    assert server.requests[-1].json()["compaction"] == {"type": "summarize"}


def test_function_tools_have_an_optional_close_hook() -> None:
    assert get_time.close is None
    closed: list[str] = []
    get_weather.close = lambda: closed.append("weather")
    try:
        assert get_weather.close is not None
        get_weather.close()
    finally:
        get_weather.close = None
    assert closed == ["weather"]


# -- add_tools() / remove_tools() ---------------------------------------------------------------
def test_add_tools_sends_a_tool_addition_and_runs_the_tool(
    server: LocalAPIServer, client: Anthropic
) -> None:
    # `tools` offers get_time as a bare definition: the runner would not run it by itself.
    runner = _runner(client, "get_time", get_time.to_dict())
    runner.add_tools(get_time)
    assert runner.until_done().stop_reason == "end_turn"
    assert calls == ["get_time"]
    first, second = _messages(server)
    addition = {
        "type": "tool_addition",
        "tool": {"type": "tool_definition", "definition": get_time.to_dict()},
    }
    assert first[-1] == {"role": "system", "content": [addition]}
    assert _system_turns(second) == [[addition]]  # sent once, kept in the history
    assert second[-1]["content"][0]["content"] == "noon"
    assert [t["name"] for t in server.requests[0].json()["tools"]] == ["get_time"]


def test_a_raw_definition_in_add_tools_stops_the_runner_running_that_name(
    server: LocalAPIServer, client: Anthropic
) -> None:
    runner = _runner(client, "get_time", get_time)
    runner.add_tools(get_time.to_dict())
    with pytest.warns(UserWarning, match="not a runnable tool"):
        runner.until_done()
    assert calls == []
    result = _messages(server)[1][-1]["content"][0]
    assert result["is_error"] is True


def test_remove_tools_sends_a_tool_removal_and_stops_running_it(
    server: LocalAPIServer, client: Anthropic
) -> None:
    runner = _runner(client, "get_weather", get_weather, get_time)
    first = next(runner)
    runner.remove_tools(get_weather, "get_time")  # the calls of this reply already see it
    with pytest.warns(UserWarning, match="not a runnable tool"):
        list(runner)
    assert calls == []
    sent = _messages(server)
    assert first.stop_reason == "tool_use"
    removal = [
        {"type": "tool_removal", "tool": {"type": "tool_reference", "name": name}}
        for name in ("get_weather", "get_time")
    ]
    assert sent[1][-1] == {"role": "system", "content": removal}
    assert sent[1][-2]["content"][0]["content"] == "Error: Tool 'get_weather' not found"


def test_add_tools_refuses_what_is_not_a_tool(client: Anthropic) -> None:
    runner = _runner(client, "get_time", get_time)
    with pytest.raises(TypeError, match="add_tools"):
        runner.add_tools(object())  # type: ignore[arg-type]
    assert runner.params["messages"] == [{"role": "user", "content": "get_time"}]


def test_the_toolsets_of_a_runner_are_fixed() -> None:
    families = {"browser": object()}
    with pytest.raises(ToolsetsFixedError, match="can't replace the 'browser' toolset"):
        check_addable(({"type": "browser_toolset_20260801"},), families)
    with pytest.raises(ToolsetContractError, match="named 'browser'"):
        check_addable((get_time, {"name": "browser", "type": "custom"}), families)
    with pytest.raises(ToolsetsFixedError, match="remove_tools"):
        check_removable(("get_time", "browser"), families)
    check_addable((get_time, {"type": "web_search_20250305", "name": "web_search"}), families)


# -- defer_tool_call() --------------------------------------------------------------------------
def test_defer_tool_call_holds_a_call_until_the_reply_is_done(client: Anthropic) -> None:
    runner = _runner(
        client, "get_weather get_time", get_weather, get_time, stream=True, run_tools_eagerly=True
    )
    stream = next(runner)
    for event in stream:
        if event.type == "content_block_start" and event.content_block.type == "tool_use":
            if event.content_block.name == "get_weather":
                runner.defer_tool_call(event.content_block)
    assert calls == ["get_time"]  # ran while the reply streamed; get_weather waits
    assert [use.name for use in runner.deferred_tool_calls] == ["get_weather"]
    runner.generate_tool_call_response()
    assert calls == ["get_time", "get_weather"]
    assert runner.deferred_tool_calls == []
    runner.close()


def _deferring_at(
    client: Anthropic, position: int
) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Stream a reply calling get_weather then get_time, deferring get_weather at the event
    `position` (counted from get_weather's `content_block_start`); the held calls and, for
    each event, the calls run when it was handed over."""
    runner = _runner(
        client, "get_weather get_time", get_weather, get_time, stream=True, run_tools_eagerly=True
    )
    seen: list[tuple[str, list[str]]] = []
    weather = None
    for event in next(runner):
        if event.type == "content_block_start" and event.content_block.type == "tool_use":
            weather = weather or event.content_block
        if weather is not None:
            if position == 0:
                runner.defer_tool_call(weather)
            position -= 1
            seen.append((event.type, list(calls)))
    held = [use.name for use in runner.deferred_tool_calls]
    runner.generate_tool_call_response()
    runner.close()
    return held, seen


def test_eager_calls_run_once_the_model_moved_on(client: Anthropic) -> None:
    held, seen = _deferring_at(client, -1)
    assert held == []
    kinds = [kind for kind, _ in seen]
    # get_weather's block ends; get_time's start shows the model moved on: get_weather runs
    # when the next event is asked for. get_time runs when the reader asks for message_stop.
    moved_on = kinds.index("content_block_start", 1)
    assert kinds[moved_on - 1] == "content_block_stop"
    assert seen[moved_on][1] == [] and seen[moved_on + 1][1] == ["get_weather"]
    assert seen[-2] == ("message_delta", ["get_weather"])
    assert seen[-1] == ("message_stop", ["get_weather", "get_time"])


def test_defer_tool_call_works_until_the_model_moved_on(client: Anthropic) -> None:
    _, seen = _deferring_at(client, -1)
    moved_on = [kind for kind, _ in seen].index("content_block_start", 1)
    calls.clear()
    # Held at the very event that shows the model moved on: it runs with the response.
    held, _ = _deferring_at(client, moved_on)
    assert held == ["get_weather"] and calls == ["get_time", "get_weather"]
    calls.clear()
    # One event later it has run: holding it does nothing.
    held, _ = _deferring_at(client, moved_on + 1)
    assert held == [] and calls == ["get_weather", "get_time"]


def test_async_eager_calls_run_one_at_a_time_before_the_next_event(
    server: LocalAPIServer,
) -> None:
    @beta_async_tool
    async def slow_time(timezone: str) -> str:
        """Time, slowly."""
        try:
            calls.append("start")
            await asyncio.sleep(0.01)
        finally:
            calls.append("end")
        return "noon"

    async def main() -> list[tuple[str, list[str]]]:
        async with server.async_client(max_retries=0) as client:
            runner = _runner(client, "slow_time", slow_time, stream=True, run_tools_eagerly=True)
            seen = []
            async for event in await runner.__anext__():
                seen.append((event.type, list(calls)))
            await runner.close()
            return seen

    seen = asyncio.run(main())
    # Reading waited for the whole call (not merely its start).
    assert seen[-2] == ("message_delta", [])
    assert seen[-1] == ("message_stop", ["start", "end"])


def test_a_call_the_model_never_moved_on_from_does_not_run_early() -> None:
    from types import SimpleNamespace as Event

    from claude_api_client.lib.tools._eager_calls import ReplyCalls

    use = Event(type="tool_use", id="toolu_1")
    stop = Event(type="content_block_stop", content_block=use)
    calls_of_reply = ReplyCalls()
    assert calls_of_reply.moved_on_from(stop) is None
    cut = Event(type="message_delta", delta=Event(stop_reason="max_tokens"))
    assert calls_of_reply.moved_on_from(cut) is None  # cut short: never runs early
    assert calls_of_reply.finished == [use]
    after_fallback = ReplyCalls()
    after_fallback.moved_on_from(stop)
    fallback = Event(type="content_block_start", content_block=Event(type="fallback"))
    assert after_fallback.moved_on_from(fallback) is None
    next_block = Event(type="content_block_start", content_block=Event(type="text"))
    assert after_fallback.moved_on_from(next_block) is None
    moved = ReplyCalls()
    moved.moved_on_from(stop)
    assert moved.moved_on_from(next_block) is use


def test_defer_tool_call_without_eager_tools_does_nothing(client: Anthropic) -> None:
    runner = _runner(client, "get_time", get_time, stream=True)
    stream = next(runner)
    for event in stream:
        if event.type == "content_block_start" and event.content_block.type == "tool_use":
            runner.defer_tool_call(event.content_block.id)
    assert runner.deferred_tool_calls == []
    assert runner.until_done().stop_reason == "end_turn"
    assert calls == ["get_time"]


# -- compact_before_next_turn() -----------------------------------------------------------------
def test_compaction_goes_out_between_turns(server: LocalAPIServer, client: Anthropic) -> None:
    runner = _runner(client, "get_time", get_time, stop_sequences=["###"])
    first = next(runner)
    runner.compact_before_next_turn()
    replies = [first, *runner]
    # (the summary names get_time, so the echo model calls it again)
    assert [m.stop_reason for m in replies] == ["tool_use", "compaction", "tool_use", "end_turn"]
    requests = [r for r in server.requests if r.path == "/v1/messages"]
    bodies = [r.json() for r in requests]
    compaction = bodies[1]
    assert compaction["compaction"] == {"type": "summarize"}
    assert "stop_sequences" not in compaction
    # On a fork of the runner's thread: the whole conversation so far, under a new thread.
    assert compaction["thread"] == {"type": "create"}
    assert "message-threads-2026-08-12" in requests[1].headers["anthropic-beta"]
    assert [m["role"] for m in compaction["messages"]] == ["user", "assistant", "user"]
    assert compaction["messages"][-1]["content"][0]["content"] == "noon"
    # The next turn goes on from the summary alone, under a new thread of its own.
    assert bodies[2]["thread"] == {"type": "create"}
    after = bodies[2]["messages"]
    assert len(after) == 1 and after[0]["content"][0]["type"] == "compaction"
    assert "compaction" not in bodies[2] and bodies[2]["stop_sequences"] == ["###"]
    assert bodies[3]["thread"]["type"] == "continue"
    assert calls == ["get_time", "get_time"]
    assert runner.until_done() is replies[-1]


def test_compaction_after_the_final_turn(server: LocalAPIServer) -> None:
    async def main() -> list[str]:
        async with server.async_client(max_retries=0) as client:
            none: Any = {"type": "none"}
            runner = _runner(client, "hello", get_time, stream=True, tool_choice=none)
            reasons = []
            async for stream in runner:
                reasons.append(str((await stream.get_final_message()).stop_reason))
                if len(reasons) == 1:  # the run ends here: the compaction still goes out
                    runner.compact_before_next_turn({"type": "summarize"})
            return reasons

    assert asyncio.run(main()) == ["end_turn", "compaction"]
    last = server.requests[-1].json()
    assert last["compaction"] == {"type": "summarize"} and last["tool_choice"] == {"type": "none"}
    # The final reply is part of what is compacted.
    assert [m["role"] for m in last["messages"]] == ["user", "assistant"]
    assert last["messages"][-1]["content"] == [{"type": "text", "text": "echo: hello"}]


def test_a_thread_holds_the_compaction_response_afterwards(
    server: LocalAPIServer, client: Anthropic
) -> None:
    ask: Any = [{"role": "user", "content": "get_time"}]
    thread = client.beta.messages.thread(
        model=MODEL, max_tokens=256, tools=[get_time], messages=ask
    )
    runner = thread.tool_runner()
    reasons = []
    for message in runner:
        reasons.append(message.stop_reason)
        if message.stop_reason == "end_turn":
            runner.compact_before_next_turn()
    assert reasons == ["tool_use", "end_turn", "compaction"]
    compaction = server.requests[-1].json()
    assert compaction["thread"] == {"type": "create"}
    assert [m["role"] for m in compaction["messages"]] == ["user", "assistant", "user", "assistant"]
    # The thread holds the summary alone; its next turn starts a new thread from it.
    assert [m["content"][0]["type"] for m in thread.messages] == ["compaction"]  # type: ignore[index]
    assert thread.previous_message_id is None
    thread.send({"role": "user", "content": "hello"})
    sent = server.requests[-1].json()
    assert sent["thread"] == {"type": "create"}
    assert [m["role"] for m in sent["messages"]] == ["assistant", "user"]


def test_a_compaction_the_server_cannot_thread_stops_the_threading(
    server: LocalAPIServer, client: Anthropic
) -> None:
    server.settings.thread_unsupported = ("compaction",)
    runner = _runner(client, "get_time", get_time)
    first = next(runner)
    runner.compact_before_next_turn()
    assert [first.stop_reason, *(m.stop_reason for m in runner)][1] == "compaction"
    bodies = [r.json() for r in server.requests if r.path == "/v1/messages"]
    refused, resent, *later = bodies[1:]
    assert refused["thread"] == {"type": "create"} and "compaction" in refused
    assert "thread" not in resent and "compaction" in resent
    # The server would refuse to thread the next turns too: they go whole, without `thread`.
    assert later and all("thread" not in body for body in later)
    assert later[0]["messages"][0]["content"][0]["type"] == "compaction"


@pytest.mark.parametrize("stream", [False, True])
def test_a_runner_refuses_the_compaction_param(client: Anthropic, stream: bool) -> None:
    config: Any = {"type": "summarize"}
    # As the official `tool_runner()`, ours has no `compaction` argument.
    with pytest.raises(TypeError, match="compaction"):
        _runner(client, "get_time", get_time, stream=stream, compaction=config)
    runner = _runner(client, "get_time", get_time, stream=stream)
    with pytest.raises(ValueError, match="compact_before_next_turn"):
        runner.set_messages_params(lambda params: {**params, "compaction": config})
    assert "compaction" not in runner.params
    thread = client.beta.messages.thread(model=MODEL, max_tokens=256, compaction=config)
    with pytest.raises(ValueError, match=r"compaction.*compact_before_next_turn\(\)"):
        thread.tool_runner(stream=stream)


def test_an_async_runner_refuses_the_compaction_param(server: LocalAPIServer) -> None:
    async def main() -> None:
        async with server.async_client(max_retries=0) as client:
            config: Any = {"type": "summarize"}
            thread = client.beta.messages.thread(model=MODEL, max_tokens=256, compaction=config)
            for stream in (False, True):
                with pytest.raises(ValueError, match="compact_before_next_turn"):
                    thread.tool_runner(stream=stream)
                runner = _runner(client, "get_time", get_time, stream=stream)
                with pytest.raises(ValueError, match="compact_before_next_turn"):
                    runner.set_messages_params({**runner.params, "compaction": config})

    asyncio.run(main())
    assert server.requests == []


def test_compaction_is_refused_beside_a_compaction_edit(client: Anthropic) -> None:
    edits = {"edits": [{"type": "compact_20260112"}]}
    runner = _runner(client, "hello", get_time, context_management=edits)
    with pytest.raises(ValueError, match="compaction edit"):
        runner.compact_before_next_turn()


def test_async_close_from_a_tool_started_early(server: LocalAPIServer) -> None:
    # The tool runs under the caller's read of the reply (the runner's loop is suspended under
    # it): its close() only stops the loop, and leaves the reply being read open. The reply
    # stays readable to its end and no request follows it.
    async def main() -> tuple[list[str], list[tuple[str, bool]], int]:
        holder: list[Any] = []
        seen_by_tool: list[tuple[str, bool]] = []

        @beta_async_tool
        async def stop_the_runner(city: str) -> str:
            """Closes the runner that runs it."""
            await holder[0].close()
            seen_by_tool.append((kinds[-1], holder[1].response.is_closed))
            return "stopped"

        kinds: list[str] = []
        async with server.async_client(max_retries=0) as client:
            runner = _runner(
                client, "stop_the_runner", stop_the_runner, stream=True, run_tools_eagerly=True
            )
            holder.append(runner)
            async for stream in runner:
                holder.append(stream)
                async for event in stream:  # read to the end, unbroken
                    kinds.append(event.type)
            return kinds, seen_by_tool, len(_messages(server))

    kinds, seen_by_tool, requests = asyncio.run(main())
    assert seen_by_tool == [("message_delta", False)]  # mid-reply, the reply still open
    assert kinds[-1] == "message_stop" and requests == 1


def test_async_close_from_a_tool_while_the_loop_runs_it(server: LocalAPIServer) -> None:
    # The runner's loop is running the tool (it awaits it), so close() only marks the runner
    # closed: closing the loop from inside itself would fail in the tool.
    async def main() -> tuple[list[str], list[str], int]:
        holder: list[Any] = []
        outcome: list[str] = []

        @beta_async_tool
        async def stop_the_runner(city: str) -> str:
            """Closes the runner that runs it."""
            try:
                await holder[0].close()
            except RuntimeError as error:
                outcome.append(f"raised {error}")
            else:
                outcome.append("closed")
            return "stopped"

        async with server.async_client(max_retries=0) as client:
            runner = _runner(client, "stop_the_runner", stop_the_runner)
            holder.append(runner)
            replies = [str(message.stop_reason) async for message in runner]
            return replies, outcome, len(_messages(server))

    assert asyncio.run(main()) == (["tool_use"], ["closed"], 1)


def test_set_messages_params_while_a_compaction_is_pending_or_running(
    server: LocalAPIServer, client: Anthropic
) -> None:
    runner = _runner(client, "get_time", get_time, stream=True)
    with pytest.raises(TypeError, match="thread"):
        runner.set_messages_params(lambda params: {**params, "thread": {"type": "create"}})
    runner.set_messages_params(lambda params: {**params, "thread": False})  # refused: no
    next(runner).until_done()
    runner.compact_before_next_turn()
    edits: Any = {"edits": [{"type": "compact_20260112"}]}
    with pytest.raises(ValueError, match="compaction edit"):
        runner.set_messages_params(lambda params: {**params, "context_management": edits})
    compaction = next(runner)  # the compaction request's stream
    runner.set_messages_params(lambda params: {**params, "max_tokens": 99})  # same messages
    with pytest.raises(ValueError, match="being compacted"):
        runner.set_messages_params(lambda params: {**params, "messages": []})
    assert compaction.get_final_message().stop_reason == "compaction"
    runner.close()
    # `thread=False` there changes nothing: the runner keeps its message thread.
    assert server.requests[0].json()["thread"] == {"type": "create"}
