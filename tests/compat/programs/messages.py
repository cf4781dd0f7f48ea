"""Messages as a user writes them: create, stream=True, count_tokens, raw responses."""

import anthropic
from _observe import show
from anthropic.types import Message, MessageTokensCount, TextBlock

client = anthropic.Anthropic()
MODEL = "claude-sonnet-4-5"
messages = [{"role": "user", "content": "Say hello to the compat suite"}]

message = client.messages.create(model=MODEL, max_tokens=64, messages=messages)
assert isinstance(message, Message)
block = message.content[0]
assert isinstance(block, TextBlock)
show(
    "create",
    {
        "type": message.type,
        "role": message.role,
        "model": message.model,
        "id_prefix": message.id.split("_")[0],
        "stop_reason": message.stop_reason,
        "blocks": [b.type for b in message.content],
        "text": block.text,
        "usage": sorted(k for k, v in message.usage.model_dump().items() if v is not None),
    },
)

# a tool loop sends the response blocks back as they are
follow_up = client.messages.create(
    model=MODEL,
    max_tokens=16,
    messages=[
        *messages,
        {"role": "assistant", "content": message.content},
        {"role": "user", "content": "again"},
    ],
)
show("round_trip", follow_up.content[0].type)

stream = client.messages.create(model=MODEL, max_tokens=64, messages=messages, stream=True)
events = []
text = ""
for event in stream:
    events.append(event.type)
    if event.type == "content_block_delta" and event.delta.type == "text_delta":
        text += event.delta.text
show("stream_events", events)
show("stream_text_matches", text == block.text)

count = client.messages.count_tokens(model=MODEL, messages=messages)
assert isinstance(count, MessageTokensCount)
show("count_tokens", count.input_tokens > 0)

raw = client.messages.with_raw_response.create(model=MODEL, max_tokens=8, messages=messages)
show(
    "raw",
    {
        "status": raw.status_code,
        "has_request_id": bool(raw.headers.get("request-id")),
        "parsed": type(raw.parse()).__name__,
    },
)

with client.messages.stream(model=MODEL, max_tokens=64, messages=messages) as helper:
    pieces = list(helper.text_stream)
    final = helper.get_final_message()
show(
    "stream_helper",
    {
        "text": "".join(pieces),
        "final_text": final.content[0].text if final.content[0].type == "text" else None,
        "stop_reason": final.stop_reason,
        "is_message": isinstance(final, Message),
    },
)
