# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    BrowserMemberName: TypeAlias = Literal[
        "navigate",
        "list_tabs",
        "new_tab",
        "switch_tab",
        "close_tab",
        "read_page",
        "get_page_text",
        "read_console",
        "read_network",
        "find",
        "form_input",
        "file_upload",
        "scroll_to",
        "screenshot",
        "zoom",
        "left_click",
        "right_click",
        "middle_click",
        "double_click",
        "triple_click",
        "hover",
        "left_click_drag",
        "left_mouse_down",
        "left_mouse_up",
        "mouse_move",
        "scroll",
        "type",
        "key",
        "hold_key",
        "wait",
        "javascript_exec",
    ]
else:

    class BrowserMemberName(OpenEnum):
        """The name of a browser toolset member, as a `tool_use` block of the browser toolset gives it."""

        NAVIGATE = "navigate"
        LIST_TABS = "list_tabs"
        NEW_TAB = "new_tab"
        SWITCH_TAB = "switch_tab"
        CLOSE_TAB = "close_tab"
        READ_PAGE = "read_page"
        GET_PAGE_TEXT = "get_page_text"
        READ_CONSOLE = "read_console"
        READ_NETWORK = "read_network"
        FIND = "find"
        FORM_INPUT = "form_input"
        FILE_UPLOAD = "file_upload"
        SCROLL_TO = "scroll_to"
        SCREENSHOT = "screenshot"
        ZOOM = "zoom"
        LEFT_CLICK = "left_click"
        RIGHT_CLICK = "right_click"
        MIDDLE_CLICK = "middle_click"
        DOUBLE_CLICK = "double_click"
        TRIPLE_CLICK = "triple_click"
        HOVER = "hover"
        LEFT_CLICK_DRAG = "left_click_drag"
        LEFT_MOUSE_DOWN = "left_mouse_down"
        LEFT_MOUSE_UP = "left_mouse_up"
        MOUSE_MOVE = "mouse_move"
        SCROLL = "scroll"
        TYPE = "type"
        KEY = "key"
        HOLD_KEY = "hold_key"
        WAIT = "wait"
        JAVASCRIPT_EXEC = "javascript_exec"


BROWSER_MEMBER_NAME_VALUES: tuple[BrowserMemberName, ...] = (
    "navigate",
    "list_tabs",
    "new_tab",
    "switch_tab",
    "close_tab",
    "read_page",
    "get_page_text",
    "read_console",
    "read_network",
    "find",
    "form_input",
    "file_upload",
    "scroll_to",
    "screenshot",
    "zoom",
    "left_click",
    "right_click",
    "middle_click",
    "double_click",
    "triple_click",
    "hover",
    "left_click_drag",
    "left_mouse_down",
    "left_mouse_up",
    "mouse_move",
    "scroll",
    "type",
    "key",
    "hold_key",
    "wait",
    "javascript_exec",
)
