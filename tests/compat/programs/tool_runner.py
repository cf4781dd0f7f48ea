"""The beta tool runner as a user drives it: `@beta_tool`, iterating, `until_done()`, streaming,
`generate_tool_call_response()`, `set_messages_params()`, `append_messages()`, compaction.

The simulator's echo model calls the offered tools that the last user turn names (all at once),
answers tool results with their text, and calls again any tool that text names.
"""

import asyncio

import anthropic
from _observe import show
from anthropic import beta_async_tool, beta_tool
from anthropic.lib.tools import BetaStreamingToolRunner, BetaToolRunner
from anthropic.types.beta import BetaMessage

client = anthropic.Anthropic()
MODEL = "claude-sonnet-4-5"
ran = []


@beta_tool
def get_weather(city: str) -> str:
    """Weather of a city.

    Args:
        city: The city.
    """
    ran.append(("get_weather", city))
    return f"sunny in {city}"


@beta_tool
def get_time(timezone: str) -> str:
    """Time in a timezone."""
    ran.append(("get_time", timezone))
    return "noon"


@beta_tool
def broken(x: int) -> str:
    """Always fails."""
    raise RuntimeError("sensor offline")


def ask(text):
    return [{"role": "user", "content": text}]


def reply(message):
    return {
        "beta_message": isinstance(message, BetaMessage),
        "stop_reason": message.stop_reason,
        "blocks": [block.type for block in message.content],
        "calls": [(b.name, b.input) for b in message.content if b.type == "tool_use"],
        "text": [b.text for b in message.content if b.type == "text"],
    }


def results(response):
    if response is None:
        return None
    return {
        "role": response["role"],
        "results": [
            {
                "type": block["type"],
                "content": block.get("content"),
                "is_error": block.get("is_error", False),
                "answers": block["tool_use_id"].startswith("toolu_"),
            }
            for block in response["content"]
        ],
    }


show("definition", get_weather.to_dict())
show("tool", {"name": get_time.name, "call": get_time.call({"timezone": "UTC"})})
ran.clear()

tools = [get_weather, get_time, broken]
runner = client.beta.messages.tool_runner(
    model=MODEL, max_tokens=256, tools=tools, messages=ask("get_weather and get_time and broken")
)
show("runner_class", type(runner).__name__)
for message in runner:
    show("iterated", reply(message))
    show("tool_response", results(runner.generate_tool_call_response()))
show("ran", ran)
ran.clear()

final = client.beta.messages.tool_runner(
    model=MODEL, max_tokens=256, tools=tools, messages=ask("get_time please"), max_iterations=5
).until_done()
show("until_done", reply(final))
show("ran_until_done", ran)
ran.clear()

streaming = client.beta.messages.tool_runner(
    model=MODEL, max_tokens=256, tools=tools, messages=ask("get_weather"), stream=True
)
show("streaming_class", type(streaming).__name__)
for stream in streaming:
    show("stream_events", [event.type for event in stream])
    show("stream_final", reply(stream.get_final_message()))
show("streaming_done", reply(streaming.until_done()))
ran.clear()


def steered(steer):
    """The replies of a run asking for get_weather, `steer(runner, message)` called on each."""
    runner = client.beta.messages.tool_runner(
        model=MODEL, max_tokens=256, tools=tools, messages=ask("get_weather")
    )
    replies = []
    for message in runner:
        replies.append(reply(message))
        steer(runner, message)
    return replies


def new_question(runner, message):
    # set_messages_params: the history before this reply becomes another question
    if message.stop_reason == "tool_use":
        runner.set_messages_params(lambda params: {**params, "messages": ask("get_time now")})


def own_answer(runner, message):
    # append_messages: the caller answers the tool call itself; the runner adds no results
    if message.stop_reason == "tool_use":
        use = next(b for b in message.content if b.type == "tool_use")
        result = {"type": "tool_result", "tool_use_id": use.id, "content": "rainy"}
        runner.append_messages(message, {"role": "user", "content": [result]})


show("set_messages_params", steered(new_question))
show("ran_after_set", ran)
ran.clear()
show("append_messages", steered(own_answer))
show("ran_after_append", ran)

# compaction: not a runner parameter; compact_before_next_turn() compacts once
try:
    client.beta.messages.tool_runner(
        model=MODEL,
        max_tokens=256,
        tools=tools,
        messages=ask("get_time"),
        compaction={"type": "summarize"},
    )
except TypeError:
    show("compaction_argument", "TypeError")
thread = client.beta.messages.thread(
    model=MODEL, max_tokens=256, tools=tools, compaction={"type": "summarize"}
)
try:
    thread.tool_runner()
except ValueError:
    show("compaction_on_thread", "ValueError")
compacting = client.beta.messages.tool_runner(
    model=MODEL, max_tokens=256, tools=[get_time], messages=ask("get_time")
)
reasons = []
for message in compacting:
    reasons.append(message.stop_reason)
    if len(reasons) == 1:
        compacting.compact_before_next_turn()
show("compaction_reasons", reasons)


# run_tools_eagerly: when each call runs, and until when defer_tool_call() holds it
def eager(defer_at):
    ran.clear()
    runner = client.beta.messages.tool_runner(
        model=MODEL,
        max_tokens=256,
        tools=[get_weather, get_time],
        messages=ask("get_weather and get_time"),
        stream=True,
        run_tools_eagerly=True,
    )
    seen = []
    weather = None
    for index, event in enumerate(next(runner)):
        seen.append((event.type, list(ran)))
        if event.type == "content_block_start" and event.content_block.type == "tool_use":
            weather = weather or event.content_block
        if index == defer_at:
            runner.defer_tool_call(weather)
    held = [use.name for use in runner.deferred_tool_calls]
    response = runner.generate_tool_call_response()
    runner.close()
    return seen, held, [block["content"] for block in response["content"]]


seen, held, contents = eager(None)
show("eager_runs", seen)
show("eager_results", contents)
moved_on = [i for i, (kind, _) in enumerate(seen) if kind == "content_block_start"][2]
for at in (moved_on - 1, moved_on, moved_on + 1):
    _, held, contents = eager(at)
    show("eager_deferred", {"at": at - moved_on, "held": held, "ran": ran, "results": contents})


# the runner classes' own constructors: over a thread, or from params, tools and a client
ran.clear()
request = {"model": MODEL, "max_tokens": 256, "messages": ask("get_time")}
built = BetaToolRunner(
    params={**request, "tools": [get_time.to_dict()]}, options={}, tools=[get_time], client=client
)
show("constructed_from_params", {"last": reply(built.until_done()), "ran": ran})
thread = client.beta.messages.thread(**request, tools=[get_time])
over_thread = BetaStreamingToolRunner(thread=thread, options={}, run_tools_eagerly=True)
show("constructed_over_thread", [reply(stream.get_final_message()) for stream in over_thread])
show("thread_after", [message["role"] for message in thread.messages])
for wrong in ({}, {"thread": thread, "client": client}, {"params": request}):
    try:
        BetaToolRunner(options={}, **wrong)
    except TypeError:
        show("constructor_refuses", sorted(wrong))


@beta_async_tool
async def slow_time(timezone: str) -> str:
    """Time, slowly."""
    ran.append("slow_time started")
    await asyncio.sleep(0.01)
    ran.append("slow_time done")
    return "midnight"


async def main():
    async with anthropic.AsyncAnthropic() as async_client:
        runner = async_client.beta.messages.tool_runner(
            model=MODEL, max_tokens=256, tools=[slow_time], messages=ask("slow_time")
        )
        show("async_class", type(runner).__name__)
        show("async_iterated", [reply(message) async for message in runner])
        streaming = async_client.beta.messages.tool_runner(
            model=MODEL, max_tokens=256, tools=[slow_time], messages=ask("slow_time"), stream=True
        )
        show("async_streaming_class", type(streaming).__name__)
        async for stream in streaming:
            show("async_stream_events", [event.type async for event in stream])
        ran.clear()
        eager = async_client.beta.messages.tool_runner(
            model=MODEL,
            max_tokens=256,
            tools=[slow_time],
            messages=ask("slow_time"),
            stream=True,
            run_tools_eagerly=True,
        )
        async for stream in eager:
            show("async_eager_runs", [(event.type, list(ran)) async for event in stream])
        show("async_until_done", reply(await streaming.until_done()))


asyncio.run(main())
