"""`Model.construct(**values)` builds nested models without validation, as the official does."""

from __future__ import annotations

import warnings

from claude_api_client import BaseModel
from claude_api_client.types import Message, TextBlock, ToolUseBlock, Usage
from claude_api_client.types.beta import BetaMessage, BetaTextBlock

CONTENT = [
    {"type": "text", "text": "hi"},
    {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {"q": 1}},
    {"type": "a_block_from_the_future", "x": 1},
]


def test_nested_dicts_become_the_models_their_fields_name() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no pydantic deprecation warning
        message = Message.construct(
            id="msg_1", content=CONTENT, usage={"input_tokens": 1, "output_tokens": 2}, extra=5
        )
    first, second, third = message.content
    assert isinstance(first, TextBlock) and first.text == "hi"
    assert isinstance(second, ToolUseBlock) and second.input == {"q": 1}
    assert type(third).__name__ == "UnknownContentBlock"  # never mis-read as another block
    assert isinstance(message.usage, Usage) and message.usage.output_tokens == 2
    assert message.model_extra == {"extra": 5}
    assert message.to_dict(mode="json")["content"] == CONTENT  # nothing lost
    assert message.model_fields_set == {"id", "content", "usage"}


def test_nothing_is_checked_and_model_construct_is_the_same() -> None:
    wrong = Message.model_construct(content=[{"type": "text", "text": 5}], usage="not usage")
    assert isinstance(wrong.content[0], TextBlock) and wrong.content[0].text == 5
    assert wrong.usage == "not usage"
    beta = BetaMessage.construct(content=[{"type": "text", "text": "b"}])
    assert isinstance(beta.content[0], BetaTextBlock) and beta.content[0].text == "b"


def test_a_users_own_model_builds_its_nested_models() -> None:
    class Inner(BaseModel):
        n: int

    class Outer(BaseModel):
        inner: Inner
        many: list[Inner]
        by_name: dict[str, Inner]
        maybe: Inner | None = None

    outer = Outer.construct(
        inner={"n": 1}, many=[{"n": 2}], by_name={"a": {"n": 3}}, maybe={"n": 4}
    )
    assert outer.inner.n == 1 and outer.many[0].n == 2 and outer.by_name["a"].n == 3
    assert isinstance(outer.maybe, Inner) and outer.maybe.n == 4
