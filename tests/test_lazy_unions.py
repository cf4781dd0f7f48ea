"""Open unions load their members on first use (`lazy_union` in `_core/_model_base.py`).

At runtime an open union dispatches on its tag to the member's own validator, importing and
building that member at the first value with its tag; type checkers read the plain union (see
tests/typing). These tests pin what must not change: which model each value becomes, what is
kept, the errors, serialisation, JSON schema, and that a text-only message loads no other
content-block module.
"""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from typing import Any

import pydantic
import pytest

from _support.payloads import message_body
from claude_api_client import types
from claude_api_client._core._model_base import eager_union

MESSAGE: dict[str, Any] = message_body("Hi", id="msg_01", usage=(3, 1))


def test_a_text_only_message_loads_no_other_block_module() -> None:
    code = (
        "import sys, json\n"
        "from claude_api_client.types import Message\n"
        f"Message.model_validate_json({json.dumps(json.dumps(MESSAGE))})\n"
        "print(json.dumps(sorted(m for m in sys.modules if '_models.' in m)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = {m.rsplit(".", 1)[1] for m in json.loads(out.stdout)}
    assert "text_block" in loaded
    assert not loaded & {"tool_use_block", "thinking_block", "web_search_tool_result_block"}


def test_each_tag_becomes_its_member_from_json_and_from_python() -> None:
    blocks = [
        {"type": "text", "text": "a"},
        {"type": "thinking", "thinking": "t", "signature": "s"},
        {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"x": 1}},
        {"type": "redacted_thinking", "data": "d"},
    ]
    data = {**MESSAGE, "content": blocks}
    for message in (
        types.Message.model_validate(data),
        types.Message.model_validate_json(json.dumps(data)),
    ):
        assert [type(b).__name__ for b in message.content] == [
            "TextBlock",
            "ThinkingBlock",
            "ToolUseBlock",
            "RedactedThinkingBlock",
        ]
        assert message.to_dict() == data
        assert json.loads(message.to_json()) == data


def test_unknown_tags_are_kept_losslessly_and_known_tags_never_become_unknown() -> None:
    block = {"type": "hologram", "frames": [1, 2], "nested": {"a": None}}
    message = types.Message.model_validate_json(json.dumps({**MESSAGE, "content": [block]}))
    (unknown,) = message.content
    assert isinstance(unknown, types.UnknownContentBlock)
    assert unknown.to_dict() == block
    with pytest.raises(pydantic.ValidationError) as error:
        types.Message.model_validate({**MESSAGE, "content": [{"type": "text", "text": 5}]})
    assert "text" in str(error.value)  # the member's own error, with its location
    with pytest.raises(pydantic.ValidationError):
        types.Message.model_validate({**MESSAGE, "content": [{"text": "no tag"}]})
    with pytest.raises(pydantic.ValidationError):
        types.Message.model_validate({**MESSAGE, "content": ["not an object"]})


def test_model_instances_are_taken_as_they_are() -> None:
    text = types.TextBlock(type="text", text="built in user code")
    unknown = types.UnknownContentBlock.model_validate({"type": "later", "x": 1})
    message = types.Message.model_validate({**MESSAGE, "content": [text, unknown]})
    assert message.content[0] is text
    assert message.content[1] is unknown
    # An Unknown… instance carrying a known tag is not a valid block.
    wrong = types.UnknownContentBlock.model_validate({"type": "text", "text": "x"})
    with pytest.raises(pydantic.ValidationError):
        types.Message.model_validate({**MESSAGE, "content": [wrong]})


def test_json_schema_and_introspection_see_every_member() -> None:
    schema = json.dumps(types.Message.model_json_schema())
    for name in ("TextBlock", "ToolUseBlock", "UnknownContentBlock"):
        assert name in schema

    def names(alias: Any) -> set[str]:
        found: set[str] = set()
        for arg in typing.get_args(alias):
            found |= names(arg) if typing.get_args(arg) else {getattr(arg, "__name__", "")}
        return found

    assert {"TextBlock", "ThinkingBlock", "UnknownContentBlock"} <= names(
        eager_union(types.ContentBlock)
    )


def test_a_type_adapter_of_the_union_validates_like_the_field() -> None:
    adapter = pydantic.TypeAdapter(types.ContentBlock)
    block = adapter.validate_json('{"type": "tool_use", "id": "t", "name": "f", "input": {}}')
    assert isinstance(block, types.ToolUseBlock)
    assert adapter.dump_python(block, exclude_unset=True) == {
        "type": "tool_use",
        "id": "t",
        "name": "f",
        "input": {},
    }


def test_a_warm_process_switches_to_the_compiled_union_with_the_same_results() -> None:
    code = """
import json, sys, typing
from claude_api_client._core import _model_base
from claude_api_client.types import Message, RawMessageStreamEvent
from claude_api_client.types._models import content_block
import pydantic

union = typing.get_args(content_block.ContentBlock.__value__)[1]
data = json.loads(sys.argv[1])
before = Message.model_validate(data)
start = pydantic.TypeAdapter(RawMessageStreamEvent).validate_python(
    {"type": "message_start", "message": data}
)
assert _model_base._calls(Message.__pydantic_core_schema__, union)
for _ in range(_model_base.WARM_AFTER):
    Message.model_validate_json(json.dumps(data))
assert union.compiled
assert not _model_base._calls(Message.__pydantic_core_schema__, union)
after = Message.model_validate_json(json.dumps(data))
assert after == before and after.to_dict() == data
assert [type(b).__name__ for b in after.content] == ["TextBlock", "UnknownContentBlock"]
try:
    Message.model_validate({**data, "content": [{"type": "text"}]})
except pydantic.ValidationError:
    pass
else:
    raise AssertionError("a malformed text block was accepted")
print("ok")
"""
    data = {**MESSAGE, "content": [{"type": "text", "text": "a"}, {"type": "later", "x": 1}]}
    out = subprocess.run(
        [sys.executable, "-c", code, json.dumps(data)], capture_output=True, text=True
    )
    assert out.stdout.strip() == "ok", out.stderr


def test_the_generator_moves_member_imports_under_type_checking() -> None:
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    try:
        from _generator import lazy_unions
    finally:
        sys.path.pop(0)
    source = (
        "from __future__ import annotations\n\n"
        "from typing import TYPE_CHECKING\n\n"
        "from claude_api_client._core._model_base import lazy_union\n\n"
        "from .a_block import ABlock\n"
        "from .unknown_thing import (\n    UnknownThing,\n)\n\n"
        "if TYPE_CHECKING:\n    Thing = ABlock | UnknownThing\n"
        'else:\n    Thing = lazy_union("Thing", "type", {"a": "ABlock",}, "UnknownThing", __package__)\n'
    )
    out = lazy_unions.defer_member_imports(source)
    compile(out, "thing.py", "exec")
    head, _, call = out.partition("= lazy_union(")
    assert "\nfrom .a_block" not in head and "    from .a_block import ABlock\n" in head
    assert "    from .unknown_thing import (\n        UnknownThing,\n    )\n" in head
    assert '{"a": ".a_block:ABlock",}' in call and '".unknown_thing:UnknownThing",' in call
