"""The browser and computer toolsets' `tool_use` blocks, typed.

A message's content keeps every `tool_use` block a `ToolUseBlock` (with its `toolset_name`), as
the official package does; `ToolsetToolUseBlock` reads one as the member block of its toolset,
chosen by `toolset_name` and then `name`, and leaves anything else (a plain tool, an unknown
toolset or member, a member block that does not fit its schema) a lossless `ToolUseBlock`.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import httpx
import pydantic
import pytest

from _support import events
from _support.clients import mock_client
from _support.payloads import message_body
from _support.wire import sse_body
from claude_api_client._core._model_base import eager_union
from claude_api_client.types import (
    BrowserMemberName,
    ComputerMemberName,
    ResponseToolUseBlockUnion,
    ToolsetToolUseBlock,
    ToolUseBlock,
)
from claude_api_client.types.beta import (
    BetaBrowserLeftClickDragToolUseBlock,
    BetaBrowserLeftClickToolUseBlock,
    BetaBrowserNavigateInput,
    BetaBrowserNavigateToolUseBlock,
    BetaBrowserToolUseBlock,
    BetaComputerCursorPositionToolUseBlock,
    BetaComputerKeyToolUseBlock,
    BetaComputerScrollToolUseBlock,
    BetaComputerToolUseBlock,
    BetaResponseBrowserNavigateToolUseBlock,
    BetaResponseComputerToolUseBlock,
    BetaResponseToolUseBlockUnion,
    BetaToolsetToolUseBlock,
    BetaToolUseBlock,
)

TOOLSET = pydantic.TypeAdapter(BetaToolsetToolUseBlock)


def tool_use(name: str, input: dict[str, Any], toolset: str | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "tool_use", "id": f"toolu_{name}", "name": name}
    if toolset is not None:
        block["toolset_name"] = toolset
    block["input"] = input
    return block


NAVIGATE = tool_use("navigate", {"url": "example.com", "tab_id": "tab_2"}, "browser")
DRAG = tool_use(
    "left_click_drag",
    {
        "from": {"type": "coordinate", "x": 10, "y": 20},
        "target": {"type": "coordinate", "x": 30, "y": 40},
    },
    "browser",
)
CLICK_REF = tool_use(
    "left_click", {"target": {"type": "ref", "ref": "ref_7"}, "modifiers": "shift"}, "browser"
)
KEY = tool_use("key", {"text": "ctrl+s", "repeat": 2}, "computer")
SCROLL = tool_use(
    "scroll", {"scroll_amount": 3, "scroll_direction": "down", "coordinate": [640, 400]}, "computer"
)
CURSOR = tool_use("cursor_position", {}, "computer")
WEATHER = tool_use("get_weather", {"city": "Paris"})

TYPED = [
    (NAVIGATE, BetaBrowserNavigateToolUseBlock),
    (DRAG, BetaBrowserLeftClickDragToolUseBlock),
    (CLICK_REF, BetaBrowserLeftClickToolUseBlock),
    (KEY, BetaComputerKeyToolUseBlock),
    (SCROLL, BetaComputerScrollToolUseBlock),
    (CURSOR, BetaComputerCursorPositionToolUseBlock),
]


@pytest.mark.parametrize(("wire", "expected"), TYPED)
def test_a_toolset_member_block_is_its_own_model(wire: dict[str, Any], expected: type) -> None:
    block = TOOLSET.validate_python(wire)
    assert type(block) is expected
    assert block.to_dict() == wire  # `from` goes back under its wire name


def test_the_member_input_is_typed() -> None:
    navigate = TOOLSET.validate_python(NAVIGATE)
    assert isinstance(navigate, BetaBrowserNavigateToolUseBlock)
    assert isinstance(navigate.input, BetaBrowserNavigateInput)
    assert (navigate.input.url, navigate.input.tab_id) == ("example.com", "tab_2")
    drag = TOOLSET.validate_python(DRAG)
    assert isinstance(drag, BetaBrowserLeftClickDragToolUseBlock)
    assert (drag.input.from_.x, drag.input.target.y) == (10, 40)
    click = TOOLSET.validate_python(CLICK_REF)
    assert isinstance(click, BetaBrowserLeftClickToolUseBlock)
    assert click.input.target.type == "ref"
    scroll = TOOLSET.validate_python(SCROLL)
    assert isinstance(scroll, BetaComputerScrollToolUseBlock)
    assert (scroll.input.scroll_direction, scroll.input.coordinate) == ("down", [640, 400])


@pytest.mark.parametrize(
    "wire",
    [
        WEATHER,  # a plain tool
        tool_use("navigate", {"url": "x"}),  # a member's name without a toolset
        tool_use("teleport", {"to": "mars"}, "browser"),  # a member from the future
        tool_use("navigate", {"url": "x"}, "terminal"),  # a toolset from the future
        tool_use("navigate", {"tab_id": "tab_1"}, "browser"),  # a member block missing `url`
        tool_use("scroll", {"scroll_amount": 3, "scroll_direction": "up"}, "browser"),  # no target
        tool_use("cursor_position", {}, "browser"),  # a computer-only member under `browser`
    ],
)
def test_anything_else_stays_a_lossless_tool_use_block(wire: dict[str, Any]) -> None:
    block = TOOLSET.validate_python(wire)
    assert type(block) is BetaToolUseBlock
    assert block.to_dict() == wire


def test_a_computer_member_sharing_a_browser_name_is_the_computer_s() -> None:
    # `key` is a member of both toolsets: `toolset_name` decides, not `name`.
    assert type(TOOLSET.validate_python(KEY)) is BetaComputerKeyToolUseBlock
    browser_key = tool_use("key", {"text": "Enter", "tab_id": "tab_1"}, "browser")
    assert type(TOOLSET.validate_python(browser_key)).__name__ == "BrowserKeyToolUseBlock"


def test_a_per_toolset_union_is_closed() -> None:
    # Alone, a toolset's union refuses other members: its catch-all is the enclosing union's.
    browser = pydantic.TypeAdapter(BetaBrowserToolUseBlock)
    assert type(browser.validate_python(NAVIGATE)) is BetaBrowserNavigateToolUseBlock
    with pytest.raises(pydantic.ValidationError):
        browser.validate_python(tool_use("teleport", {}, "browser"))
    with pytest.raises(pydantic.ValidationError):
        pydantic.TypeAdapter(BetaComputerToolUseBlock).validate_python(NAVIGATE)


def _members(union: Any) -> dict[str, Any]:
    # {member name: block class} of a per-toolset union
    value = eager_union(union)
    if typing.get_origin(value) is typing.Annotated:
        value = typing.get_args(value)[0]
    members: tuple[Any, ...] = typing.get_args(value)
    return {typing.get_args(m.model_fields["name"].annotation)[0]: m for m in members}


@pytest.mark.parametrize(
    ("union", "names"),
    [(BetaBrowserToolUseBlock, BrowserMemberName), (BetaComputerToolUseBlock, ComputerMemberName)],
)
def test_every_member_name_has_its_block(union: Any, names: Any) -> None:
    # the member-name enums (what a toolset's `configs` keys) and the block unions agree
    members = _members(union)
    assert sorted(members) == sorted(
        typing.get_args(eager_union(names)) or [m.value for m in names]
    )
    toolset = "browser" if union is BetaBrowserToolUseBlock else "computer"
    for name, model in members.items():
        assert typing.get_args(model.model_fields["toolset_name"].annotation) == (toolset,)
        assert name.replace("_", "").lower() in model.__name__.lower()


def test_the_official_names_and_their_former_spellings() -> None:
    assert ToolsetToolUseBlock is BetaToolsetToolUseBlock
    assert ResponseToolUseBlockUnion is ToolsetToolUseBlock
    assert BetaResponseToolUseBlockUnion is BetaToolsetToolUseBlock
    assert BetaResponseBrowserNavigateToolUseBlock is BetaBrowserNavigateToolUseBlock
    assert BetaResponseComputerToolUseBlock is BetaComputerToolUseBlock
    from claude_api_client.types.beta.beta_browser_navigate_tool_use_block import (
        BetaBrowserNavigateToolUseBlock as by_module,
    )
    from claude_api_client.types.response_tool_use_block_union import (
        ResponseToolUseBlockUnion as union_by_module,
    )

    assert by_module is BetaBrowserNavigateToolUseBlock
    assert union_by_module is ToolsetToolUseBlock


# --- on the wire: a response, a stream, the blocks sent back --------------------------------------

CONTENT = [NAVIGATE, KEY, WEATHER, tool_use("teleport", {"to": "mars"}, "browser")]


def _answer(content: list[dict[str, Any]], sent: list[dict[str, Any]]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        body = {**message_body(None, stop_reason="tool_use"), "content": content}
        return httpx.Response(200, json=body, headers={"request-id": "req_1"})

    return handle


def test_a_response_keeps_tool_use_blocks_and_reads_them_typed() -> None:
    sent: list[dict[str, Any]] = []
    client = mock_client(_answer(CONTENT, sent))
    message = client.beta.messages.create(
        model="claude-sonnet-4-5", max_tokens=64, messages=[{"role": "user", "content": "Go"}]
    )
    # as in the official package: every tool_use block is a ToolUseBlock, its toolset named
    assert [type(b) for b in message.content] == [BetaToolUseBlock] * 4
    assert [getattr(b, "toolset_name", None) for b in message.content] == [
        "browser",
        "computer",
        None,
        "browser",
    ]
    typed = [TOOLSET.validate_python(b.to_dict()) for b in message.content]
    expected: list[type] = [
        BetaBrowserNavigateToolUseBlock,
        BetaComputerKeyToolUseBlock,
        BetaToolUseBlock,
        BetaToolUseBlock,
    ]
    assert [type(b) for b in typed] == expected
    assert [b.to_dict() for b in typed] == CONTENT


def test_the_blocks_go_back_as_the_assistant_turn_as_they_came() -> None:
    sent: list[dict[str, Any]] = []
    client = mock_client(_answer(CONTENT, sent))
    first = client.beta.messages.create(
        model="claude-sonnet-4-5", max_tokens=64, messages=[{"role": "user", "content": "Go"}]
    )
    typed = [TOOLSET.validate_python(b.to_dict()) for b in first.content]
    results = [{"type": "tool_result", "tool_use_id": b["id"], "content": "done"} for b in CONTENT]
    for assistant in (first.content, typed):  # as parsed, and as the typed blocks
        client.beta.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=64,
            messages=[
                {"role": "user", "content": "Go"},
                {"role": "assistant", "content": assistant},
                {"role": "user", "content": results},
            ],
        )
        assert sent[-1]["messages"][1]["content"] == CONTENT


def test_the_same_blocks_written_as_params_are_sent_unchanged() -> None:
    sent: list[dict[str, Any]] = []
    client = mock_client(_answer(CONTENT, sent))
    client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=64,
        messages=[
            {"role": "user", "content": "Go"},
            {"role": "assistant", "content": [NAVIGATE, DRAG]},
        ],
    )
    assert sent[-1]["messages"][1]["content"] == [NAVIGATE, DRAG]


def test_a_streamed_toolset_block_opens_as_a_tool_use_block_and_ends_typed() -> None:
    opened = {**NAVIGATE, "input": {}}
    stream_events = events.named(
        events.message_start({**message_body(None, stop_reason=None), "content": []}),
        events.block_start(0, opened),
        events.json_delta(0, '{"url": "exam'),
        events.json_delta(0, 'ple.com", "tab_id": "tab_2"}'),
        events.block_stop(0),
        events.message_delta("tool_use", 5),
        events.MESSAGE_STOP,
    )

    def handle(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "text/event-stream", "request-id": "req_s"}
        return httpx.Response(200, content=sse_body(stream_events), headers=headers)

    client = mock_client(handle)
    with client.beta.messages.stream(
        model="claude-sonnet-4-5", max_tokens=64, messages=[{"role": "user", "content": "Go"}]
    ) as stream:
        starts = [e for e in stream if e.type == "content_block_start"]
        final = stream.get_final_message()
    assert len(starts) == 1
    start = starts[0].content_block
    assert type(start) is BetaToolUseBlock
    assert (start.name, start.toolset_name) == ("navigate", "browser")
    block = TOOLSET.validate_python(final.content[0].to_dict())
    assert isinstance(block, BetaBrowserNavigateToolUseBlock)
    assert block.input.url == "example.com"
    assert block.to_dict() == NAVIGATE


def test_a_plain_tool_use_block_model_reads_the_toolset_name() -> None:
    block = ToolUseBlock.model_validate(NAVIGATE)
    assert block.toolset_name == "browser"
    assert block.input == NAVIGATE["input"]
