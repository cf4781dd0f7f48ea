"""Forward compatibility and losslessness of the generated models, and our own examples.

- an unknown union member, enum value or field is parsed, kept and given back unchanged;
- `to_dict()` of a parsed response equals the JSON received;
- every example in openapi/ validates against our schema, and response examples parse.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from _support.payloads import message_body
from claude_api_client import types
from claude_api_client.resources._ops_messages import (
    _decode_raw_message_stream_event as decode_event,
)

ROOT = Path(__file__).resolve().parents[1]
DOC = json.loads((ROOT / "generated" / "claude_api_client" / "openapi.json").read_text())
SCHEMAS = DOC["components"]["schemas"]

MESSAGE: dict[str, Any] = message_body("Hi", id="msg_01", usage=(3, 1))


def test_unknown_block_is_kept_with_every_field() -> None:
    block = {"type": "hologram", "frames": [1, 2], "meta": {"fps": 24}}
    data = {**MESSAGE, "content": [block, {"type": "text", "text": "after"}]}
    message = types.Message.model_validate(data)
    unknown, text = message.content
    assert isinstance(unknown, types.UnknownContentBlock)
    assert unknown.type == "hologram"
    assert not isinstance(unknown, types.TextBlock)
    assert isinstance(text, types.TextBlock)
    assert message.to_dict(mode="json") == data


def test_known_tag_with_wrong_shape_is_an_error_not_a_misread() -> None:
    with pytest.raises(ValueError):
        types.Message.model_validate({**MESSAGE, "content": [{"type": "text"}]})


def test_unknown_enum_value_stays_a_usable_string() -> None:
    message = types.Message.model_validate({**MESSAGE, "stop_reason": "daydreaming"})
    assert message.stop_reason == "daydreaming"
    assert isinstance(message.stop_reason, str)
    assert message.to_dict(mode="json")["stop_reason"] == "daydreaming"
    assert types.Message.model_validate(MESSAGE).stop_reason == types.StopReason.END_TURN


def test_unknown_fields_are_kept_and_round_trip() -> None:
    data = {
        **MESSAGE,
        "brand_new": {"nested": [1, {"x": None}]},
        "usage": {**MESSAGE["usage"], "quantum_tokens": 7},
        "content": [{"type": "text", "text": "Hi", "sparkle": True}],
    }
    message = types.Message.model_validate(data)
    assert message.to_dict(mode="json") == data
    assert json.loads(message.to_json()) == data
    assert message.model_extra == {"brand_new": {"nested": [1, {"x": None}]}}


def test_absent_optional_fields_are_not_invented() -> None:
    message = types.Message.model_validate(MESSAGE)
    assert message.to_dict(mode="json") == MESSAGE
    assert "container" not in message.to_dict(mode="json")


def test_unknown_stream_event_and_delta() -> None:
    event = decode_event("telepathy", json.dumps({"type": "telepathy", "level": 3}))
    assert isinstance(event, types.UnknownRawMessageStreamEvent)
    assert event.to_dict(mode="json") == {"type": "telepathy", "level": 3}
    raw = {
        "type": "content_block_delta",
        "index": 0,
        "delta": {"type": "smell_delta", "odour": "rose"},
    }
    delta_event = decode_event("content_block_delta", json.dumps(raw))
    assert isinstance(delta_event, types.RawContentBlockDeltaEvent)
    assert isinstance(delta_event.delta, types.UnknownRawContentBlockDelta)
    assert delta_event.to_dict(mode="json") == raw


def test_known_stream_events_pick_their_member() -> None:
    ping = decode_event("ping", '{"type": "ping"}')
    assert isinstance(ping, types.PingEvent)
    delta = decode_event(
        "content_block_delta",
        '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"x"}}',
    )
    assert isinstance(delta.delta, types.TextDelta)


# -- examples -------------------------------------------------------------------------------------


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator({**schema, "components": DOC["components"]})


def schema_examples() -> Iterator[Any]:
    for name, schema in sorted(SCHEMAS.items()):
        for i, example in enumerate(schema.get("examples", [])):
            yield pytest.param(name, example, id=f"{name}[{i}]")


def media_examples() -> Iterator[Any]:
    for item in (DOC["paths"][p] for p in sorted(DOC["paths"])):
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            places = []
            body = op.get("requestBody", {}).get("content", {})
            places += [("request", mt, media) for mt, media in body.items()]
            for status, resp in op.get("responses", {}).items():
                for mt, media in resp.get("content", {}).items():
                    places.append((f"response {status}", mt, media))
            for where, mt, media in places:
                values = [media["example"]] if "example" in media else []
                values += [e["value"] for e in media.get("examples", {}).values() if "value" in e]
                for i, value in enumerate(values):
                    yield pytest.param(
                        media["schema"], value, where, id=f"{op['operationId']} {where} {mt} [{i}]"
                    )


def test_there_are_examples_to_check() -> None:
    assert len(list(schema_examples())) >= 20
    assert len(list(media_examples())) >= 24


@pytest.mark.parametrize(("name", "example"), list(schema_examples()))
def test_schema_example_validates(name: str, example: Any) -> None:
    errors = [
        e.message for e in _validator({"$ref": f"#/components/schemas/{name}"}).iter_errors(example)
    ]
    assert errors == []


@pytest.mark.parametrize(("schema", "example", "where"), list(media_examples()))
def test_operation_example_validates_and_parses(
    schema: dict[str, Any], example: Any, where: str
) -> None:
    if isinstance(example, str):
        pytest.skip("a text example (JSONL or binary) is checked by the resource tests")
    errors = [e.message for e in _validator(schema).iter_errors(example)]
    assert errors == []
    ref = schema.get("$ref", "")
    name = ref.rsplit("/", 1)[-1]
    model = getattr(types, name, None)
    if where.startswith("response") and model is not None and hasattr(model, "model_validate"):
        parsed = model.model_validate(example)
        assert parsed.to_dict(mode="json") == example


def test_equality_leaves_the_request_id_out() -> None:
    """A model validated from a response's `to_dict()` equals the response (as in the official
    package); the request id is kept apart from the comparison, the fields are not."""
    from claude_api_client._core._casts import attach_request_id

    received = types.Message.model_validate(message_body())
    attach_request_id(received, "req_1")
    again = types.Message.model_validate(received.to_dict())
    assert again.request_id is None and received.request_id == "req_1"
    assert received == again and again == received
    assert received.request_id == "req_1"  # the comparison changed nothing
    other = received.model_copy(update={"stop_reason": "max_tokens"})
    assert received != other
    attach_request_id(again, "req_2")
    assert received == again  # two responses with the same content
