"""A member's return value as `tool_result` content, by the member's result kind, and the
driver's report as the `browser_state` block.

Caps (each documented where it is applied): URLs, titles and lines `FIELD_MAX` characters;
dialog messages `DIALOG_MESSAGE_MAX`, at most `DIALOG_LINES_MAX` dialog lines per result.
"""

from __future__ import annotations

import copy
import inspect
import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._functions import ToolError
from ._loop import hook_refusal
from ._members import Member
from ._results import (
    BetaBrowserNavigateResult,
    BetaComputerCursorPositionResult,
    BetaDialogDismissed,
    BetaScreenshotResult,
)
from ._text import FIELD_MAX, bounded_url, fold, one_line, sendable

if TYPE_CHECKING:
    from ....types.beta import (
        BetaBrowserStateBlockParam,
        BetaBrowserStateChangeParam,
        BetaBrowserStateTabEntryParam,
    )
    from ._contract import BetaToolsetContent
    from ._hooks import BetaFilePolicy

__all__ = [
    "NAVIGATION_REFUSED_LINE",
    "action_line",
    "browser_state_block",
    "dialog_lines",
    "is_download",
    "render_result",
    "text_block",
]

NAVIGATION_REFUSED_LINE = "A navigation was refused."
DIALOG_MESSAGE_MAX = 200
DIALOG_KIND_MAX = 20
DIALOG_LINES_MAX = 3
_DOWNLOADS = ("download_started", "download_completed", "download_failed")

# The placeholders an acknowledgment may hold, and the input field each reads.
_PLACEHOLDERS = {
    "scroll_direction": "scroll_direction",
    "text": "text",
    "duration": "duration",
    "ref": "target.ref",
}
_PLACEHOLDER_RE = re.compile(r"\{(" + "|".join(_PLACEHOLDERS) + r")\}")


def text_block(text: str) -> Any:
    """One text block."""
    return {"type": "text", "text": text}


def _field(input: object, path: str) -> str:
    value: object = input
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # `Waited 2s.`, as JSON writes a whole number
    return one_line(str(getattr(value, "value", value)))


def acknowledgment(template: str, input: object) -> str:
    """The template filled in one pass, so a value such as `"{ref}"` stays text."""
    return _PLACEHOLDER_RE.sub(lambda m: _field(input, _PLACEHOLDERS[m.group(1)]), template)


def action_line(member: Member, result: object) -> str | None:
    """The extra line a pure action returned (a non-empty string), else `None`."""
    if member.result != "action" or member.ack is None or not isinstance(result, str):
        return None
    return result or None


def bounded_line(member: Member, result: object) -> object:
    """`result` with a pure action's line folded to one line and cut to `FIELD_MAX`."""
    line = action_line(member, result)
    return result if line is None else fold(line)[:FIELD_MAX]


def render_result(member: Member, input: object, result: object) -> BetaToolsetContent:
    """The content for a member's result. A mismatched result type is the driver's bug: it is
    raised as `ValueError`, which the model reads as an error result."""
    kind = member.result
    if kind == "action":
        if not member.ack:
            return []
        blocks = [text_block(acknowledgment(member.ack, input))]
        line = action_line(member, result)
        if line is not None:
            blocks.append(text_block(one_line(line)))
        return blocks
    if kind in ("tab", "tabs"):
        return []  # the browser_state block is the whole result
    if kind == "navigate":
        if not isinstance(result, BetaBrowserNavigateResult):
            raise ValueError(
                f"navigate returned {type(result).__name__}, not BetaBrowserNavigateResult"
            )
        line = f"Navigated to {bounded_url(result.url)}"
        if result.title is not None:
            line += f" \u2014 {one_line(result.title)}"
        if result.status is not None:
            line += f" (HTTP {result.status})"
        return [text_block(line)]
    if kind == "image":
        if not isinstance(result, BetaScreenshotResult):
            raise ValueError(
                f"{member.name} returned {type(result).__name__}, not BetaScreenshotResult"
            )
        image: Any = {
            "type": "image",
            "source": {"type": "base64", "media_type": result.media_type, "data": result.data},
        }
        return [image]
    if kind == "point":
        if not isinstance(result, BetaComputerCursorPositionResult):
            raise ValueError(
                f"cursor_position returned {type(result).__name__}, not BetaComputerCursorPositionResult"
            )
        return [text_block(f"X={result.x},Y={result.y}")]
    text = sendable(str(result))  # page text: whole (the driver chooses how much to read)
    return [text_block(text or "(empty)")]


def dialog_lines(dialogs: Sequence[BetaDialogDismissed]) -> list[str]:
    """A line per dismissed dialog, at most `DIALOG_LINES_MAX` and then a count (a page can open
    dialogs in a loop); a message is cut at `DIALOG_MESSAGE_MAX` characters."""
    lines = []
    for dialog in dialogs[:DIALOG_LINES_MAX]:
        kind = one_line(dialog.kind)[:DIALOG_KIND_MAX] or "dialog"
        noun = kind if kind == "dialog" else f"{kind} dialog"
        article = "An" if kind[:1].lower() in "aeiou" else "A"
        message = one_line(dialog.message)
        if len(message) > DIALOG_MESSAGE_MAX:
            message = message[:DIALOG_MESSAGE_MAX] + "\u2026"
        quoted = f" {json.dumps(message, ensure_ascii=False)}" if message else ""
        lines.append(f"{article} {noun}{quoted} was dismissed.")
    if len(dialogs) > DIALOG_LINES_MAX:
        lines.append(f"{len(dialogs) - DIALOG_LINES_MAX} more dialogs were dismissed.")
    return lines


def is_download(change: object) -> bool:
    """Whether a state change is one of the download kinds (they carry a page-chosen `url`)."""
    return isinstance(change, dict) and change.get("type") in _DOWNLOADS


def _path_shown(policy: BetaFilePolicy | None, path: str) -> bool:
    if policy is None:
        return False
    try:
        verdict: object = policy.is_path_visible(path)
    except Exception as exc:
        hook_refusal(exc, ToolError("path hidden"))  # a usage error propagates; else: hidden
        return False
    if inspect.iscoroutine(verdict):
        verdict.close()
    return verdict is True


def browser_state_block(
    tabs: Sequence[BetaBrowserStateTabEntryParam],
    changes: Sequence[BetaBrowserStateChangeParam],
    policy: BetaFilePolicy | None,
) -> BetaBrowserStateBlockParam:
    """The `browser_state` block: tabs with URL and title folded and bounded; download changes
    with `url` and `error` bounded and `path` removed, except on a `download_completed` whose
    path the file policy exposes. `state_changes` is left out when there are none."""
    wire_tabs = []
    for tab in tabs:
        entry = copy.copy(tab)
        entry["url"] = bounded_url(tab["url"])
        entry["title"] = one_line(tab["title"])
        wire_tabs.append(entry)
    wire_changes: list[Any] = []
    for change in changes:
        if is_download(change):
            entry_: dict[str, Any] = dict(change)
            entry_["url"] = bounded_url(str(entry_.get("url", "")))
            path = entry_.pop("path", None)
            if (
                entry_["type"] == "download_completed"
                and isinstance(path, str)
                and one_line(path) == path
                and _path_shown(policy, path)
            ):
                entry_["path"] = path
            if entry_["type"] == "download_failed" and isinstance(entry_.get("error"), str):
                entry_["error"] = one_line(entry_["error"])
            wire_changes.append(entry_)
        else:
            wire_changes.append(change)
    block: dict[str, Any] = {"type": "browser_state", "tabs": wire_tabs}
    if wire_changes:
        block["state_changes"] = wire_changes
    result: BetaBrowserStateBlockParam = block  # type: ignore[assignment]
    return result
