"""client.beta.messages.thread(): a conversation the simulator holds between turns.

The first turn sends the whole history with `thread: {"type": "create"}`; later turns send only
the new messages with `thread: {"type": "continue", ...}`, and the simulator answers the held
conversation plus those. Its echo model counts one input token per word of everything it
answers, so a growing `input_tokens` shows the server saw the history.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest
from pydantic import BaseModel

from claude_api_client import (
    AnthropicError,
    AsyncAnthropic,
    BadRequestError,
    beta_async_tool,
    beta_tool,
)
from claude_api_client.lib.threads import BetaAsyncMessageThread, BetaMessageThread
from claude_api_client.lib.tools import BetaAsyncStreamingToolRunner, BetaAsyncToolRunner
from claude_api_client.testing import Fault, LocalAPIServer

from .conftest import MODEL

THREADS_BETA = "message-threads-2026-08-12"


def user(text: str) -> dict[str, Any]:
    return {"role": "user", "content": text}


def bodies(server: LocalAPIServer) -> list[dict[str, Any]]:
    return [r.json() for r in server.requests if r.path == "/v1/messages"]


class City(BaseModel):
    name: str
    population: int


@beta_tool
def get_weather(city: str) -> str:
    """Weather of a city."""
    return f"sunny in {city}"


@beta_async_tool
async def lookup(key: str) -> str:
    """Look a key up."""
    return f"value of {key}"


def test_turns_send_only_what_is_new(server: LocalAPIServer, client: Any) -> None:
    thread = client.beta.messages.thread(model=MODEL, max_tokens=64, system="Be brief.")
    assert isinstance(thread, BetaMessageThread)
    assert server.requests == []  # nothing sent before a turn
    first = thread.send(user("hello there"))
    assert thread.previous_message_id == first.id
    second = thread.send(user("and again"))
    assert second.content[0].text == "echo: and again"
    assert second.usage.input_tokens > first.usage.input_tokens  # the server saw the history

    create, cont = bodies(server)
    assert create["thread"] == {"type": "create"} and create["system"] == "Be brief."
    assert create["messages"] == [user("hello there")]
    assert cont["thread"] == {"type": "continue", "previous_message_id": first.id}
    assert cont["messages"] == [user("and again")]
    assert "system" not in cont  # the server keeps the thread's own
    assert all(THREADS_BETA in r.betas for r in server.requests)
    # The server holds the whole conversation under the last reply.
    held = server.state.threads[second.id].messages
    assert [m["role"] for m in held] == ["user", "assistant", "user", "assistant"]
    assert thread.messages == tuple(held)
    assert thread.params["system"] == "Be brief."
    assert thread.params["messages"] == list(held)


def test_fork_branches_the_conversation(server: LocalAPIServer, client: Any) -> None:
    thread = client.beta.messages.thread(model=MODEL, max_tokens=64)
    reply = thread.send(user("shared start"))
    fork = thread.fork()
    assert fork.previous_message_id is None and len(fork.messages) == 2
    fork.send(user("the branch"))
    thread.send(user("the trunk"))
    branch, trunk = bodies(server)[1:]
    # The fork starts its own thread with the whole history; the original goes on.
    assert branch["thread"] == {"type": "create"} and len(branch["messages"]) == 3
    assert trunk["thread"] == {"type": "continue", "previous_message_id": reply.id}
    assert fork.messages[-2] == user("the branch") and thread.messages[-2] == user("the trunk")
    assert fork.messages[:2] == thread.messages[:2]


def test_a_lost_thread_is_replaced_with_the_whole_history(
    server: LocalAPIServer, client: Any
) -> None:
    thread = client.beta.messages.thread(model=MODEL, max_tokens=64)
    thread.send(user("one"))
    server.state.threads.clear()  # the server forgot it: thread_not_found
    reply = thread.send(user("two"))
    assert reply.content[0].text == "echo: two"
    lost, replay = bodies(server)[1:]
    assert lost["thread"]["type"] == "continue"
    assert replay["thread"] == {"type": "create"}
    assert [m["role"] for m in replay["messages"]] == ["user", "assistant", "user"]
    assert thread.previous_message_id == reply.id


def test_a_thread_continued_elsewhere_is_replaced(server: LocalAPIServer, client: Any) -> None:
    thread = client.beta.messages.thread(model=MODEL, max_tokens=64)
    first = thread.send(user("one"))
    client.beta.messages.create(  # someone else continues from the same reply
        model=MODEL,
        max_tokens=64,
        messages=[user("elsewhere")],
        thread={"type": "continue", "previous_message_id": first.id},
        betas=[THREADS_BETA],
    )
    thread.send(user("two"))
    assert bodies(server)[-1]["thread"] == {"type": "create"}


def test_unsupported_requests_raise_or_go_unthreaded(server: LocalAPIServer, client: Any) -> None:
    server.settings.thread_unsupported = ("metadata",)
    strict = client.beta.messages.thread(model=MODEL, max_tokens=64, metadata={"user_id": "u1"})
    with pytest.raises(BadRequestError) as raised:
        strict.send(user("hi"))
    assert raised.value.body["error"]["details"]["unsupported"] == ["metadata"]
    assert strict.messages == ()  # a turn that got no reply keeps nothing

    relaxed = client.beta.messages.thread(
        model=MODEL,
        max_tokens=64,
        metadata={"user_id": "u1"},
        unsupported_request_behavior="continue_unthreaded",
    )
    relaxed.send(user("one"))
    relaxed.send(user("two"))
    last = bodies(server)[-1]
    assert "thread" not in last and len(last["messages"]) == 3  # the whole history, no thread
    assert relaxed.previous_message_id is None


def test_create_only_fields_cannot_change_on_a_held_thread(
    server: LocalAPIServer, client: Any
) -> None:
    thread = client.beta.messages.thread(model=MODEL, max_tokens=64, system="A")
    thread.send(user("one"))
    sent = len(server.requests)
    with pytest.raises(AnthropicError, match="Cannot change `system`"):
        thread.send(user("two"), system="B")
    assert len(server.requests) == sent  # refused before sending
    assert len(thread.messages) == 2
    thread.update(max_tokens=32, temperature=0.5)  # other fields may change
    thread.send(user("three"))
    assert bodies(server)[-1]["max_tokens"] == 32


def test_wrong_keywords_fail_before_sending(server: LocalAPIServer, client: Any) -> None:
    with pytest.raises(TypeError, match="'thread'"):
        client.beta.messages.thread(model=MODEL, max_tokens=64, thread={"type": "create"})
    thread = client.beta.messages.thread(model=MODEL, max_tokens=64)
    with pytest.raises(TypeError, match="'nonsense'"):
        thread.send(user("x"), nonsense=1)
    with pytest.raises(ValueError, match="unsupported_request_behavior"):
        client.beta.messages.thread(
            model=MODEL, max_tokens=64, unsupported_request_behavior="ignore"
        )
    assert server.requests == []


def test_the_typed_keywords_are_the_fields_of_create(client: Any) -> None:
    # ThreadCreateFields / ThreadSendFields spell out create()'s fields for type checkers; they
    # must name exactly the fields a thread takes through **params.
    from claude_api_client.lib.threads._params import ThreadCreateFields, ThreadSendFields

    named = {"model", "max_tokens", "messages", "tools", "output_format"}
    options = {"self", "thread", "stream", "extra_headers", "extra_query", "extra_body", "timeout"}
    fields = set(inspect.signature(client.beta.messages.create).parameters) - named - options
    assert set(ThreadCreateFields.__annotations__) == fields
    assert set(ThreadSendFields.__annotations__) == fields - {"output_config"} | {
        "model",
        "max_tokens",
    }
    thread_signature = inspect.signature(client.beta.messages.thread).parameters
    assert thread_signature["params"].kind is inspect.Parameter.VAR_KEYWORD
    assert "Unpack[ThreadCreateFields]" in str(thread_signature["params"].annotation)


def test_stream_and_a_cut_stream(server: LocalAPIServer, client: Any) -> None:
    thread = client.beta.messages.thread(model=MODEL, max_tokens=64)
    with thread.stream(user("streamed words")) as stream:
        assert "".join(stream.text_stream) == "echo: streamed words"
        with pytest.raises(AnthropicError, match="in progress"):
            thread.send(user("meanwhile"))  # one turn at a time
    assert thread.previous_message_id == stream.get_final_message().id
    assert bodies(server)[0]["stream"] is True

    server.inject(Fault.cut_stream(after_events=3))
    with pytest.raises(AnthropicError):
        with thread.stream(user("cut")) as stream:
            stream.until_done()
    # The partial reply is not kept; the next turn starts a new thread with the whole history.
    assert thread.previous_message_id is None
    thread.send(user("after"))
    last = bodies(server)[-1]
    assert last["thread"] == {"type": "create"}
    assert [m["role"] for m in last["messages"]] == ["user", "assistant", "user", "user"]


def test_parse_with_the_thread_output_format(server: LocalAPIServer, client: Any) -> None:
    thread = client.beta.messages.thread(model=MODEL, max_tokens=64, output_format=City)
    parsed = thread.parse(user("a city"))
    assert parsed.parsed_output == City(name="echo", population=1)
    plain = thread.send(user("another"))  # send() asks for the format too, unparsed
    assert plain.content[0].text == '{"name": "echo", "population": 1}'
    for body in bodies(server):
        assert body["output_config"]["format"]["type"] == "json_schema"
    assert thread.params["output_format"] is City
    with pytest.raises(AnthropicError, match="both given"):
        client.beta.messages.thread(
            model=MODEL,
            max_tokens=64,
            output_format=City,
            output_config={"format": {"type": "json_schema", "schema": {}}},
        )


def test_append_stages_and_a_reply_is_not_repeated(server: LocalAPIServer, client: Any) -> None:
    thread = client.beta.messages.thread(model=MODEL, max_tokens=64, messages=[user("first")])
    reply = thread.send()
    thread.append(reply, user("second"))  # the reply given back is not staged twice
    thread.send(user("third"))
    assert bodies(server)[-1]["messages"] == [user("second"), user("third")]


def test_tool_runner_over_a_thread(server: LocalAPIServer, client: Any) -> None:
    thread = client.beta.messages.thread(model=MODEL, max_tokens=64, tools=[get_weather])
    thread.append(user("get_weather please"))
    replies = list(thread.tool_runner(max_iterations=4))
    assert [m.stop_reason for m in replies] == ["tool_use", "end_turn"]
    create, cont = bodies(server)
    assert create["tools"][0]["name"] == "get_weather"
    assert cont["thread"]["type"] == "continue" and "tools" not in cont
    assert cont["messages"][0]["content"][0]["type"] == "tool_result"
    # The replies and tool results are the thread's history now.
    assert [m["role"] for m in thread.messages] == ["user", "assistant", "user", "assistant"]
    assert thread.previous_message_id == replies[-1].id

    thread.append(user("get_weather again"))
    for stream in thread.tool_runner(stream=True):
        stream.until_done()
    assert [b["thread"]["type"] for b in bodies(server)[2:]] == ["continue", "continue"]


def test_the_plain_tool_runner_threads_unless_told_not_to(
    server: LocalAPIServer, client: Any
) -> None:
    client.beta.messages.tool_runner(
        model=MODEL, max_tokens=64, tools=[get_weather], messages=[user("get_weather")]
    ).until_done()
    assert [b["thread"]["type"] for b in bodies(server)] == ["create", "continue"]
    server.requests.clear()
    client.beta.messages.tool_runner(
        model=MODEL,
        max_tokens=64,
        tools=[get_weather],
        messages=[user("get_weather")],
        thread=False,
    ).until_done()
    assert ["thread" in b for b in bodies(server)] == [False, False]
    assert len(bodies(server)[-1]["messages"]) == 3
    with pytest.raises(TypeError, match="thread=False"):
        client.beta.messages.tool_runner(
            model=MODEL,
            max_tokens=64,
            tools=[],
            messages=[user("x")],
            thread={"type": "create"},
        )


def test_clients_without_threads_refuse(client: Any) -> None:
    class NoThreads(type(client)):  # type: ignore[misc]
        _supports_message_threads = False

    other = NoThreads(api_key="k", base_url=str(client.base_url))
    with pytest.raises(AnthropicError, match="not available on NoThreads"):
        other.beta.messages.thread(model=MODEL, max_tokens=64)
    other.close()


def test_async_thread(server: LocalAPIServer) -> None:
    async def main() -> None:
        client: AsyncAnthropic = server.async_client(max_retries=0)
        async with client:
            thread = client.beta.messages.thread(model=MODEL, max_tokens=64, tools=[lookup])
            assert isinstance(thread, BetaAsyncMessageThread)
            first = await thread.send(user("hi"))
            async with thread.stream(user("streamed")) as stream:
                assert await stream.get_final_text() == "echo: streamed"
            fork = thread.fork()
            thread.append(user("lookup"))
            replies = [m async for m in thread.tool_runner()]
            assert [m.stop_reason for m in replies] == ["tool_use", "end_turn"]
            await fork.send(user("branch"))
            kinds = [b["thread"]["type"] for b in bodies(server)]
            assert kinds == ["create", "continue", "continue", "continue", "create"]
            assert bodies(server)[1]["thread"]["previous_message_id"] == first.id

    asyncio.run(main())


def test_async_tool_runners_over_a_thread_take_request_options(server: LocalAPIServer) -> None:
    # stream() and tool_runner() are written once, on the base: the async thread's give the
    # async runner and stream manager, and the runner's request options reach every turn.
    async def main() -> None:
        client: AsyncAnthropic = server.async_client(max_retries=0)
        async with client:
            thread = client.beta.messages.thread(model=MODEL, max_tokens=64, tools=[lookup])
            thread.append(user("lookup"))
            runner = thread.tool_runner(stream=True, extra_headers={"X-Turn": "streamed"})
            assert isinstance(runner, BetaAsyncStreamingToolRunner)
            async for stream in runner:
                await stream.until_done()
            thread.append(user("lookup again"))
            plain = thread.tool_runner(max_iterations=4, extra_headers={"X-Turn": "plain"})
            assert isinstance(plain, BetaAsyncToolRunner)
            await plain.until_done()
            assert type(thread.stream()).__name__ == "AsyncThreadMessageStreamManager"

    asyncio.run(main())
    turns = [r for r in server.requests if r.path == "/v1/messages"]
    assert [r.headers.get("x-turn") for r in turns] == ["streamed"] * 2 + ["plain"] * 2
    assert [r.json()["thread"]["type"] for r in turns] == ["create"] + ["continue"] * 3
    assert all(r.json()["stream"] is True for r in turns[:2])
