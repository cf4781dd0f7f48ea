"""Models as users' code builds and uses them (test doubles, blocks sent back), at runtime.

The static side (the same idioms under mypy --strict and pyright) is `scripts/check-typing`.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from claude_api_client import Anthropic
from claude_api_client.types import (
    Message,
    MessageBatch,
    StopReason,
    TextBlock,
    ToolUseBlock,
    UnknownContentBlock,
    Usage,
)
from claude_api_client.types.beta import BetaMessage, BetaTextBlock, BetaUsage

MINIMAL: dict[str, Any] = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [{"type": "text", "text": "Hi"}],
    "usage": {"input_tokens": 1, "output_tokens": 2},
}


def test_a_test_double_needs_only_what_the_official_requires() -> None:
    message = Message(
        id="msg_1",
        type="message",
        role="assistant",
        model="claude-sonnet-4-5",
        content=[TextBlock(type="text", text="Hi")],
        usage=Usage(input_tokens=1, output_tokens=2),
    )
    assert message.stop_reason is None and message.stop_sequence is None
    assert message.stop_details is None and message.container is None
    # Defaults the caller did not give are not data: to_dict() holds what was given.
    assert message.to_dict() == MINIMAL


def test_enum_fields_take_the_plain_strings() -> None:
    message = Message(**{**MINIMAL, "stop_reason": "end_turn"})
    assert message.stop_reason == "end_turn"
    assert isinstance(message.stop_reason, StopReason)
    assert Message(**{**MINIMAL, "stop_reason": "brand_new"}).stop_reason == "brand_new"


def test_parsed_response_keeps_exactly_its_keys() -> None:
    # Absent nullable fields stay absent; present nulls stay present.
    assert Message.model_validate(MINIMAL).to_dict() == MINIMAL
    with_nulls = {**MINIMAL, "stop_reason": None, "stop_sequence": None, "container": None}
    assert Message.model_validate(with_nulls).to_dict() == with_nulls
    assert json.loads(Message.model_validate_json(json.dumps(MINIMAL)).to_json()) == MINIMAL


def test_ga_and_beta_classes_mix() -> None:
    beta = BetaMessage(
        **{k: v for k, v in MINIMAL.items() if k not in {"content", "usage"}},
        content=[TextBlock(type="text", text="Hi"), BetaTextBlock(type="text", text="!")],
        usage=BetaUsage(input_tokens=1, output_tokens=2),
    )
    ga = Message.model_validate(beta.to_dict())
    assert ga.to_dict() == beta.to_dict()
    assert [b.text for b in ga.content if isinstance(b, TextBlock)] == ["Hi", "!"]


def test_model_construct_and_model_validate_of_dicts() -> None:
    built = Message.model_construct(**MINIMAL)
    assert built.id == "msg_1"
    assert built.stop_sequence is None  # the default, without validation
    validated = Message.model_validate({**MINIMAL, "content": [MINIMAL["content"][0]]})
    assert isinstance(validated.content[0], TextBlock)
    batch = MessageBatch.model_validate(
        {
            "id": "msgbatch_1",
            "type": "message_batch",
            "processing_status": "in_progress",
            "request_counts": {
                "processing": 1,
                "succeeded": 0,
                "errored": 0,
                "canceled": 0,
                "expired": 0,
            },
            "created_at": "2025-01-01T00:00:00Z",
            "expires_at": "2025-01-02T00:00:00Z",
        }
    )
    assert batch.ended_at is None and batch.results_url is None
    assert "ended_at" not in batch.to_dict()


def test_unknown_member_keeps_its_real_tag_at_runtime() -> None:
    message = Message.model_validate(
        {**MINIMAL, "content": [{"type": "hologram", "frames": 3}, {"type": "text", "text": "x"}]}
    )
    block = message.content[0]
    assert isinstance(block, UnknownContentBlock)
    assert block.type == "hologram"  # type checkers see a sentinel tag; runtime has the real one
    assert not isinstance(message.content[1], UnknownContentBlock)


def _client(seen: list[dict[str, Any]]) -> Anthropic:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(200, json=MINIMAL)

    return Anthropic(
        api_key="sk-test",
        base_url="http://127.0.0.1:9",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


@pytest.mark.parametrize("beta", [False, True])
def test_response_blocks_sent_back_serialise_as_received(beta: bool) -> None:
    received = [
        {"type": "text", "text": "Let me check.", "citations": None},
        {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Paris"}},
        {"type": "hologram", "frames": [1, 2], "new_field": {"a": None}},
    ]
    message = Message.model_validate({**MINIMAL, "content": received, "stop_reason": "tool_use"})
    assert isinstance(message.content[1], ToolUseBlock)
    seen: list[dict[str, Any]] = []
    client = _client(seen)
    create = client.beta.messages.create if beta else client.messages.create
    create(
        model="claude-sonnet-4-5",
        max_tokens=10,
        messages=[
            {"role": "user", "content": "Weather?"},
            {"role": "assistant", "content": message.content},
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "sunny"}],
            },
        ],
    )
    assert seen[0]["messages"][1]["content"] == received
