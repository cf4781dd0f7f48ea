"""Response models as users handle them: to_dict / to_json / model_dump / model_dump_json,
isinstance against the types, narrowing on `.type`, content sent back as params,
model_validate / construct / model_copy, equality, `_request_id`, and unknown fields."""

import json
from datetime import datetime

import anthropic
from _observe import show
from anthropic.types import (
    Message,
    ModelInfo,
    TextBlock,
    ToolUseBlock,
    Usage,
)

MODEL = "claude-sonnet-4-5"
client = anthropic.Anthropic()
HI = [{"role": "user", "content": "Dump this message please"}]
TOOLS = [
    {
        "name": "lookup",
        "description": "Look a word up",
        "input_schema": {
            "type": "object",
            "properties": {"word": {"type": "string"}},
            "required": ["word"],
        },
    }
]


def stable(data):
    """A dump with the run's ids blanked (each simulator numbers its own)."""
    if isinstance(data, dict):
        return {k: "<id>" if k == "id" else stable(v) for k, v in data.items()}
    if isinstance(data, list):
        return [stable(v) for v in data]
    return data


message = client.messages.create(model=MODEL, max_tokens=32, messages=HI)
show("to_dict", stable(message.to_dict()))
show("to_dict_json_mode", stable(message.to_dict(mode="json")))
show("to_dict_exclude_none", sorted(message.to_dict(exclude_none=True)))
# (A dump with the fields left unset shows ours' beta-only fields too, as None: `BetaMessage is
# Message` here, a documented difference. So the full dumps are observed without the Nones.)
show("to_dict_all_fields", sorted(message.to_dict(exclude_unset=False, exclude_none=True)))
show("to_json", stable(json.loads(message.to_json())))
show("to_json_indent", message.to_json().startswith("{\n  "))
show("to_json_compact", message.to_json(indent=None).count("\n"))
show("model_dump", stable(message.model_dump(exclude_none=True)))
show("model_dump_unset", stable(message.model_dump(exclude_unset=True)))
show("model_dump_none", sorted(message.model_dump(exclude_none=True)))
show("model_dump_json", stable(json.loads(message.model_dump_json(exclude_none=True))))
show("model_dump_json_keys", sorted(json.loads(message.model_dump_json(exclude_none=True))))
show("fields_set", sorted(message.model_fields_set))
show("dict_keys", sorted(k for k, v in dict(message).items() if v is not None))

show(
    "isinstance",
    {
        "message": isinstance(message, Message),
        "block": isinstance(message.content[0], TextBlock),
        "not_tool": isinstance(message.content[0], ToolUseBlock),
        "usage": isinstance(message.usage, Usage),
        "base_model": isinstance(message, anthropic.BaseModel),
        "pydantic": __import__("pydantic").BaseModel in type(message).__mro__,
    },
)
show("request_id", [bool(message._request_id), message._request_id.startswith("req_")])

tooled = client.messages.create(
    model=MODEL,
    max_tokens=64,
    tools=TOOLS,
    messages=[{"role": "user", "content": "use lookup for 'ocean'"}],
)
narrowed = []
for block in tooled.content:
    if block.type == "text":
        narrowed.append(["text", block.text])
    elif block.type == "tool_use":
        narrowed.append(["tool_use", block.name, block.input, type(block).__name__])
show("narrowing", narrowed)
tool_use = next(b for b in tooled.content if b.type == "tool_use")
follow = client.messages.create(
    model=MODEL,
    max_tokens=32,
    tools=TOOLS,
    messages=[
        {"role": "user", "content": "use lookup for 'ocean'"},
        {"role": "assistant", "content": tooled.content},
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": tool_use.id, "content": "a sea"}],
        },
    ],
)
show("tool_round_trip", [follow.stop_reason, follow.content[0].text])
dict_follow = client.messages.create(
    model=MODEL,
    max_tokens=32,
    messages=[
        *HI,
        {"role": "assistant", "content": [b.to_dict() for b in message.content]},
        {"role": "user", "content": "and again"},
    ],
)
show("dict_round_trip", dict_follow.content[0].text)
show(
    "model_dump_round_trip",
    client.messages.count_tokens(
        model=MODEL,
        messages=[*HI, {"role": "assistant", "content": [b.model_dump() for b in message.content]}],
    ).input_tokens
    > 0,
)

data = message.to_dict()
again = Message.model_validate(data)
show("model_validate", [again == message, again.to_dict() == data, type(again).__name__])
show("validate_json", Message.model_validate_json(message.to_json()) == message)
built = Message.construct(**data)
show("construct", [type(built).__name__, built.id == message.id])
constructed = Message.model_construct(**data)
show("model_construct", [constructed.role, constructed.stop_reason])
copied = message.model_copy(update={"stop_reason": "max_tokens"})
show("model_copy", [copied.stop_reason, message.stop_reason, copied.id == message.id])
show("equality", [message == again, message == copied])
show("block_equality", TextBlock(type="text", text="x") == TextBlock(type="text", text="x"))
show("hand_block", TextBlock(type="text", text="hi").to_dict())

extra = Message.model_validate({**data, "new_field": {"x": 1}})
show(
    "unknown_field",
    [extra.new_field if hasattr(extra, "new_field") else None, "new_field" in extra.to_dict()],
)
unknown_block = Message.model_validate(
    {**data, "content": [{"type": "text", "text": "t", "future": 1}]}
)
show("unknown_block_field", unknown_block.content[0].to_dict())

try:
    Message.model_validate({"type": "message"})
except __import__("pydantic").ValidationError as exc:
    show("invalid", [type(exc).__name__, sorted({e["loc"][0] for e in exc.errors()})])

info = client.models.retrieve(MODEL)
show("model_info", [isinstance(info, ModelInfo), sorted(info.to_dict(mode="json"))])
# (ours' timestamps are a `datetime` subclass that keeps the API's text: lossless models)
show("created_at_type", [isinstance(info.created_at, datetime), info.created_at.tzinfo is not None])
show("created_at_json", type(info.to_dict(mode="json")["created_at"]).__name__)
show("repr_prefix", repr(TextBlock(type="text", text="x")).split("(")[0])
show("schema_title", Message.model_json_schema().get("title"))
