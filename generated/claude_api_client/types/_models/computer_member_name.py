# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ComputerMemberName: TypeAlias = Literal[
        "key",
        "hold_key",
        "type",
        "cursor_position",
        "mouse_move",
        "left_mouse_down",
        "left_mouse_up",
        "left_click",
        "left_click_drag",
        "right_click",
        "middle_click",
        "double_click",
        "triple_click",
        "scroll",
        "wait",
        "screenshot",
        "zoom",
    ]
else:

    class ComputerMemberName(OpenEnum):
        """The name of a computer toolset member, as a `tool_use` block of the computer toolset gives it."""

        KEY = "key"
        HOLD_KEY = "hold_key"
        TYPE = "type"
        CURSOR_POSITION = "cursor_position"
        MOUSE_MOVE = "mouse_move"
        LEFT_MOUSE_DOWN = "left_mouse_down"
        LEFT_MOUSE_UP = "left_mouse_up"
        LEFT_CLICK = "left_click"
        LEFT_CLICK_DRAG = "left_click_drag"
        RIGHT_CLICK = "right_click"
        MIDDLE_CLICK = "middle_click"
        DOUBLE_CLICK = "double_click"
        TRIPLE_CLICK = "triple_click"
        SCROLL = "scroll"
        WAIT = "wait"
        SCREENSHOT = "screenshot"
        ZOOM = "zoom"


COMPUTER_MEMBER_NAME_VALUES: tuple[ComputerMemberName, ...] = (
    "key",
    "hold_key",
    "type",
    "cursor_position",
    "mouse_move",
    "left_mouse_down",
    "left_mouse_up",
    "left_click",
    "left_click_drag",
    "right_click",
    "middle_click",
    "double_click",
    "triple_click",
    "scroll",
    "wait",
    "screenshot",
    "zoom",
)
