"""The member tables of both families.

Names and input models are read from the generated `tool_use` unions (one variant per member), so
the document stays the single source of what a member is called and what it takes. Kept by hand,
per member: the result kind (how its return value is rendered), the acknowledgment the model
reads after a pure action (`{field}` filled from the input, `{ref}` from `target.ref`), and
whether the API offers it without `configs` enabling it. Import fails if the two disagree.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from ...._core._model_base import APIModel
from ....types.beta import BetaResponseBrowserToolUseBlock, BetaResponseComputerToolUseBlock

__all__ = ["BROWSER", "COMPUTER", "Family", "Member", "ResultKind"]

ResultKind: TypeAlias = Literal["navigate", "image", "point", "text", "tab", "tabs", "action"]


@dataclass(frozen=True)
class Member:
    """One member: its input model, how its result renders, its acknowledgment, its default."""

    name: str
    input: type[APIModel]
    result: ResultKind
    ack: str | None
    on_by_default: bool = True


@dataclass(frozen=True)
class Family:
    """One toolset family: its wire names and its members in the document's order."""

    name: Literal["browser", "computer"]
    toolset_type: str
    members: Mapping[str, Member]
    confirm_required: frozenset[str]
    """Members that cannot be enabled without a `confirm` callable."""

    def enabled(self, name: str, configs: Mapping[str, object] | None) -> bool:
        """Whether `configs` leave member `name` on. Only a real boolean `enabled` decides; an
        entry of any other shape reads as off, so a malformed config never turns a member on."""
        entry = configs.get(name) if configs else None
        if entry is None:
            return self.members[name].on_by_default if name in self.members else False
        if not isinstance(entry, Mapping):
            return False
        flag = entry.get("enabled")
        if flag is None:
            return self.members[name].on_by_default if name in self.members else False
        return flag is True


def _variants(union: Any) -> list[tuple[str, type[APIModel]]]:
    """`(member name, input model)` for each variant of a generated `tool_use` union."""
    annotated = union.__value__
    found = []
    for block in typing.get_args(typing.get_args(annotated)[0]):
        hints = typing.get_type_hints(block)
        (name,) = typing.get_args(hints["name"])
        found.append((name, hints["input"]))
    return found


def _table(
    union: Any, rows: Mapping[str, tuple[ResultKind, str | None, bool]]
) -> dict[str, Member]:
    variants = _variants(union)
    names = {name for name, _ in variants}
    if names != set(rows):
        raise AssertionError(
            f"toolset member tables out of step with the document: {sorted(names ^ set(rows))}"
        )
    return {
        name: Member(name, model, rows[name][0], rows[name][1], rows[name][2])
        for name, model in variants
    }


# The rows both families have alike (the two toolsets drive the same pointer and keyboard).
_SHARED_ROWS: dict[str, tuple[ResultKind, str | None, bool]] = {
    "key": ("action", "Pressed {text}.", True),
    "hold_key": ("action", "Held {text} for {duration}s.", True),
    "type": ("action", "Typed.", True),
    "mouse_move": ("action", "Moved the mouse.", True),
    "left_click": ("action", "Clicked.", True),
    "left_click_drag": ("action", "Dragged.", True),
    "right_click": ("action", "Right-clicked.", True),
    "middle_click": ("action", "Middle-clicked.", True),
    "double_click": ("action", "Double-clicked.", True),
    "triple_click": ("action", "Triple-clicked.", True),
    "scroll": ("action", "Scrolled {scroll_direction}.", True),
    "wait": ("action", "Waited {duration}s.", True),
    "screenshot": ("image", None, True),
    "zoom": ("image", None, True),
}

_BROWSER_ROWS: dict[str, tuple[ResultKind, str | None, bool]] = {
    **_SHARED_ROWS,
    "navigate": ("navigate", None, True),
    "list_tabs": ("tabs", None, True),
    "new_tab": ("tab", None, True),
    "switch_tab": ("tab", None, True),
    "close_tab": ("action", None, True),
    "read_page": ("text", None, True),
    "get_page_text": ("text", None, True),
    "read_console": ("text", None, False),
    "read_network": ("text", None, False),
    "find": ("text", None, True),
    "form_input": ("action", "Set the value of {ref}.", True),
    "file_upload": ("action", "Uploaded.", False),
    "scroll_to": ("action", "Scrolled to {ref}.", True),
    "hover": ("action", "Hovered.", True),
    "left_mouse_down": ("action", "Mouse button pressed.", True),
    "left_mouse_up": ("action", "Mouse button released.", True),
    "javascript_exec": ("text", None, False),
}

_COMPUTER_ROWS: dict[str, tuple[ResultKind, str | None, bool]] = {
    **_SHARED_ROWS,
    "cursor_position": ("point", None, True),
    "left_mouse_down": ("action", "Left mouse button pressed.", True),
    "left_mouse_up": ("action", "Left mouse button released.", True),
}

BROWSER = Family(
    name="browser",
    toolset_type="browser_toolset_20260801",
    members=_table(BetaResponseBrowserToolUseBlock, _BROWSER_ROWS),
    # Page content can steer both, and both reach past the page (a script, local files).
    confirm_required=frozenset({"javascript_exec", "file_upload"}),
)

COMPUTER = Family(
    name="computer",
    toolset_type="computer_toolset_20260801",
    members=_table(BetaResponseComputerToolUseBlock, _COMPUTER_ROWS),
    # Keystrokes go to whatever window has focus, and the screen can steer what is typed.
    confirm_required=frozenset({"type", "key", "hold_key"}),
)

TAB_MEMBERS = frozenset({"new_tab", "list_tabs", "switch_tab", "close_tab"})
"""Browser members whose successful result is the `browser_state` block alone."""
