"""A tool loop written by hand (no tool runner): tool_choice forms, parallel calls, tool results
(text, blocks, errors) sent back, the raw stream of a tool call (input_json_delta pieces), and
the stream helper's view of it, sync and async."""

import asyncio
import json
from typing import Any

import anthropic
from _observe import show
from anthropic.types import ToolParam, ToolResultBlockParam, ToolUseBlock

MODEL = "claude-sonnet-4-5"
TOOLS: list[ToolParam] = [
    {
        "name": "get_weather",
        "description": "Weather in a city",
        "input_schema": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "unit": {"enum": ["c", "f"]}},
            "required": ["city", "unit"],
        },
    },
    {
        "name": "get_time",
        "description": "Time in a city",
        "input_schema": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
]
ASK: Any = [{"role": "user", "content": "use get_weather and get_time for Paris"}]

client = anthropic.Anthropic()


def calls(message):
    return [
        [b.name, b.input, b.id.startswith("toolu_")]
        for b in message.content
        if b.type == "tool_use"
    ]


first = client.messages.create(model=MODEL, max_tokens=200, tools=TOOLS, messages=ASK)
show("parallel", {"stop_reason": first.stop_reason, "calls": calls(first)})
single = client.messages.create(
    model=MODEL,
    max_tokens=200,
    tools=TOOLS,
    messages=ASK,
    tool_choice={"type": "auto", "disable_parallel_tool_use": True},
)
show("single", calls(single))
forced = client.messages.create(
    model=MODEL,
    max_tokens=200,
    tools=TOOLS,
    messages=ASK,
    tool_choice={"type": "tool", "name": "get_time"},
)
show("forced", calls(forced))
none = client.messages.create(
    model=MODEL, max_tokens=200, tools=TOOLS, messages=ASK, tool_choice={"type": "none"}
)
show("none", [none.stop_reason, [b.type for b in none.content]])

results: list[ToolResultBlockParam] = []
for block in first.content:
    if isinstance(block, ToolUseBlock):
        if block.name == "get_weather":
            results.append({"type": "tool_result", "tool_use_id": block.id, "content": "sunny"})
        else:
            results.append(
                {
                    "type": "tool_result",
                    "tool_use_id": block.id,
                    "content": [{"type": "text", "text": "noon"}],
                    "is_error": False,
                }
            )
answer = client.messages.create(
    model=MODEL,
    max_tokens=200,
    tools=TOOLS,
    messages=[
        *ASK,
        {"role": "assistant", "content": first.content},
        {"role": "user", "content": results},
    ],
)
show("answer", [answer.stop_reason, answer.content[0].text])
failed = client.messages.create(
    model=MODEL,
    max_tokens=200,
    tools=TOOLS,
    messages=[
        *ASK,
        # (to_dict(): a model_dump() also holds the unset fields as None, which the API refuses,
        # `caller: null`, with either package)
        {"role": "assistant", "content": [b.to_dict() for b in first.content]},
        {
            "role": "user",
            "content": [
                {
                    "type": "tool_result",
                    "tool_use_id": r["tool_use_id"],
                    "content": "boom",
                    "is_error": True,
                }
                for r in results
            ],
        },
    ],
)
show("error_results", [failed.stop_reason, failed.content[0].text])

raw = []
pieces: dict[int, str] = {}
for event in client.messages.create(
    model=MODEL, max_tokens=200, tools=TOOLS, messages=ASK, stream=True
):
    raw.append(event.type)
    if event.type == "content_block_start":
        raw.append(event.content_block.type)
    if event.type == "content_block_delta" and event.delta.type == "input_json_delta":
        pieces[event.index] = pieces.get(event.index, "") + event.delta.partial_json
show("raw_stream", raw)
show("raw_inputs", {i: json.loads(p) for i, p in pieces.items()})

with client.messages.stream(model=MODEL, max_tokens=200, tools=TOOLS, messages=ASK) as stream:
    snapshots = []
    for event in stream:
        if event.type == "input_json":
            snapshots.append(event.snapshot)
        elif event.type == "content_block_stop" and event.content_block.type == "tool_use":
            snapshots.append(["done", event.content_block.name, event.content_block.input])
    show("helper_inputs", snapshots)
    final = stream.get_final_message()
    show("helper_final", [final.stop_reason, calls(final)])
    try:
        stream.get_final_text()
        show("final_text", "text")
    except Exception as exc:  # the class is the observation
        show("final_text", [type(exc).__name__, isinstance(exc, anthropic.AnthropicError)])


async def main():
    aclient = anthropic.AsyncAnthropic()
    async with aclient.messages.stream(
        model=MODEL, max_tokens=200, tools=TOOLS, messages=ASK
    ) as astream:
        kinds = [event.type async for event in astream]
        afinal = await astream.get_final_message()
    show("async_helper", [kinds.count("input_json") > 0, calls(afinal)])


asyncio.run(main())
