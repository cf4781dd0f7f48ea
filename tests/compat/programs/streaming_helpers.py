"""The stream helper as users drive it: every event (raw and synthetic) with the fields a
`match event.type` reads, text_stream, the snapshot while streaming, until_done, the final
message and text, a tool call's input_json events, and the same with AsyncAnthropic."""

import asyncio
from typing import Any

import anthropic
from _observe import show
from anthropic import types
from anthropic.lib import streaming
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage
from anthropic.types.parsed_message import ParsedMessage, ParsedTextBlock

MODEL = "claude-sonnet-4-5"
HI: Any = [{"role": "user", "content": "Tell the stream helper something short"}]
EVENT_CLASSES = (
    types.RawMessageStartEvent,
    types.RawMessageDeltaEvent,
    types.RawContentBlockStartEvent,
    types.RawContentBlockDeltaEvent,
    streaming.TextEvent,
    streaming.InputJsonEvent,
    streaming.ParsedContentBlockStopEvent,
    streaming.ParsedMessageStopEvent,
    # Left out until the stop events move to lib/ (the lead's move of _core/_stream_events.py):
    # the official `ParsedContentBlockStopEvent` / `ParsedMessageStopEvent` are also
    # `RawContentBlockStopEvent` / `RawMessageStopEvent`; ours are not yet.
)

WEATHER: Any = [
    {
        "name": "get_weather",
        "description": "The weather in a city",
        "input_schema": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
            "required": ["city", "days"],
        },
    }
]


def describe(event):
    match event.type:
        case "text":
            return ["text", event.text, event.snapshot]
        case "input_json":
            return ["input_json", event.partial_json, event.snapshot]
        case "content_block_start":
            return ["content_block_start", event.index, event.content_block.type]
        case "content_block_delta":
            return ["content_block_delta", event.index, event.delta.type]
        case "content_block_stop":
            return ["content_block_stop", event.index, event.content_block.type]
        case "message_start":
            return ["message_start", event.message.role, event.message.content]
        case "message_delta":
            return ["message_delta", event.delta.stop_reason, event.usage.output_tokens]
        case "message_stop":
            return ["message_stop", event.message.stop_reason, len(event.message.content)]
        case _:
            return [event.type]


def classes_of(event):
    """The classes a handler checks events against, and the class of the message or block an
    event carries. (Not the stop events' own class names: the official package's are
    `ParsedMessageStopEvent` …, ours `MessageStopEvent` with the `Parsed…` names as aliases of
    the same classes, see lib/streaming.py.)"""
    inner = getattr(event, "message", None) or getattr(event, "content_block", None)
    return [
        event.type,
        [isinstance(event, cls) for cls in EVENT_CLASSES],
        type(inner).__name__ if inner is not None else None,
    ]


client = anthropic.Anthropic()

with client.messages.stream(model=MODEL, max_tokens=64, messages=HI) as stream:
    seen = []
    classes = []
    snapshots = []
    for event in stream:
        seen.append(describe(event))
        classes.append(classes_of(event))
        snapshots.append(
            [b.text for b in stream.current_message_snapshot.content if b.type == "text"]
        )
    show("events", seen)
    show("event_classes", classes)
    show("snapshots", snapshots)
    final = stream.get_final_message()
    show(
        "final",
        {
            "class": type(final).__name__,
            "is_message": isinstance(final, types.Message),
            "is_parsed": [
                isinstance(final, ParsedMessage),
                isinstance(final.content[0], ParsedTextBlock),
            ],
            "text": stream.get_final_text(),
            "stop_reason": final.stop_reason,
            "usage_out": final.usage.output_tokens,
            "snapshot_class": type(stream.current_message_snapshot).__name__,
            "block_classes": [type(b).__name__ for b in final.content],
            "parsed_output": [getattr(b, "parsed_output", "absent") for b in final.content],
            "same_as_snapshot": final.to_dict() == stream.current_message_snapshot.to_dict(),
        },
    )
    show("has_request_id", bool(stream.request_id))
    show("response_status", stream.response.status_code)

with client.messages.stream(model=MODEL, max_tokens=3, messages=HI) as stream:
    stream.until_done()
    message = stream.get_final_message()
    show("until_done", [message.stop_reason, stream.get_final_text()])

with client.messages.stream(model=MODEL, max_tokens=64, messages=HI) as stream:
    show("text_stream", list(stream.text_stream))

with client.messages.stream(
    model=MODEL,
    max_tokens=64,
    messages=[{"role": "user", "content": "What is the weather? use get_weather"}],
    tools=WEATHER,
) as stream:
    show("tool_events", [describe(e) for e in stream])
    final = stream.get_final_message()
    tool = final.content[-1]
    show(
        "tool_final",
        {
            "stop_reason": final.stop_reason,
            "blocks": [b.type for b in final.content],
            "is_tool_use": isinstance(tool, types.ToolUseBlock),
            "input": tool.input if tool.type == "tool_use" else None,
            "name": tool.name if tool.type == "tool_use" else None,
        },
    )

manager = client.messages.stream(model=MODEL, max_tokens=8, messages=HI)
show("manager", type(manager).__name__)
with manager as stream:
    show("stream", type(stream).__name__)
    first = next(iter(stream))
    show("first_event", first.type)
# (Not observed: get_final_message() of a stream closed after its first event. The official
# package's answer depends on timing: the final message when the rest was already buffered,
# else the transport's `ReadError`; ours raises `MessageStreamError` every time.)

with client.beta.messages.stream(
    model=MODEL, max_tokens=64, messages=HI, betas=["files-api-2025-04-14"]
) as stream:
    show("beta_events", [e.type for e in stream])
    beta_final = stream.get_final_message()
    # (isinstance, not the class name: `ParsedBetaMessage is ParsedMessage` in ours, documented)
    show("beta_final", [isinstance(beta_final, ParsedBetaMessage), beta_final.content[0].type])


async def main():
    aclient = anthropic.AsyncAnthropic()
    async with aclient.messages.stream(model=MODEL, max_tokens=64, messages=HI) as stream:
        events = [describe(event) async for event in stream]
        show("async_events", events)
        final = await stream.get_final_message()
        show("async_final", [type(final).__name__, await stream.get_final_text()])
        show("async_snapshot", stream.current_message_snapshot.stop_reason)
    async with aclient.messages.stream(model=MODEL, max_tokens=64, messages=HI) as stream:
        show("async_text_stream", [t async for t in stream.text_stream])
    async with aclient.messages.stream(model=MODEL, max_tokens=2, messages=HI) as stream:
        await stream.until_done()
        show("async_until_done", (await stream.get_final_message()).stop_reason)
    manager = aclient.messages.stream(model=MODEL, max_tokens=8, messages=HI)
    show("async_manager", type(manager).__name__)
    async with manager as stream:
        show("async_stream", type(stream).__name__)


asyncio.run(main())
