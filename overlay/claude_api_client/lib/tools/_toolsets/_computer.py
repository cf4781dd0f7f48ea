"""The computer toolset (`computer_toolset_20260801`): `BetaAbstractComputerToolset20260801` and
its async twin `BetaAsyncAbstractComputerToolset20260801`.

A driver subclasses one and implements the members its desktop supports. One call: resolve the
member (unknown / unavailable / disabled are refused), parse the input (coordinate lists checked
for their shape), `confirm`, `execute` (which calls the member), render. Every member is on by
default; `type`, `key` and `hold_key` need a `confirm` callable while enabled.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from typing_extensions import override

from ....types.beta import BetaComputerToolset20260801Param, BetaComputerToolsetConfigsParam
from .._functions import ToolError
from ._contract import BetaToolsetCallContext, BetaToolsetContent, as_refusal
from ._defaults import with_default_members
from ._errors import InvalidMemberInputError
from ._hooks import (
    BetaAsyncComputerConfirmCallable,
    BetaComputerConfirmCallable,
    BetaComputerConfirmContext,
    BetaToolConfigs,
)
from ._loop import AsyncLoop, SyncLoop, ToolsetLoop
from ._members import COMPUTER, Member
from ._options import ToolsetEntry, parse_input
from ._render import bounded_line, render_result
from ._results import (
    BetaComputerCursorPositionResult,
    BetaComputerMemberResult,
    BetaScreenshotResult,
)
from ._text import FIELD_MAX

if TYPE_CHECKING:
    from ....types.beta import (
        BetaComputerCursorPositionInput,
        BetaComputerDoubleClickInput,
        BetaComputerHoldKeyInput,
        BetaComputerKeyInput,
        BetaComputerLeftClickDragInput,
        BetaComputerLeftClickInput,
        BetaComputerLeftMouseDownInput,
        BetaComputerLeftMouseUpInput,
        BetaComputerMemberInput,
        BetaComputerMemberName,
        BetaComputerMiddleClickInput,
        BetaComputerMouseMoveInput,
        BetaComputerRightClickInput,
        BetaComputerScreenshotInput,
        BetaComputerScrollInput,
        BetaComputerTripleClickInput,
        BetaComputerTypeInput,
        BetaComputerWaitInput,
        BetaComputerZoomInput,
    )

__all__ = ["BetaAbstractComputerToolset20260801", "BetaAsyncAbstractComputerToolset20260801"]

FAMILY: Literal["computer"] = "computer"

# The list-valued fields, the shape the model is told, and its length (the generated models
# accept a list of any length, and a driver indexes them).
_SHAPES = (
    ("coordinate", "[x, y]", 2),
    ("start_coordinate", "[x, y]", 2),
    ("region", "[x0, y0, x1, y1]", 4),
)


def _parse(member: Member, raw: Mapping[str, object]) -> Any:
    parsed = parse_input(member, raw, family=COMPUTER)
    problems = [
        f"{field}: expected {shape}"
        for field, shape, length in _SHAPES
        if (value := getattr(parsed, field, None)) is not None and len(value) != length
    ]
    if problems:
        raise InvalidMemberInputError(member.name, "; ".join(problems), family=FAMILY)
    return parsed


def _refusal(exc: Exception) -> ToolError:
    """A failure as raised by `call()`: text cut to `FIELD_MAX`, a string as one text block."""
    error = as_refusal(exc)
    content = error.content
    if isinstance(content, str):
        return ToolError([{"type": "text", "text": content[:FIELD_MAX]}])
    blocks = []
    for block in content:
        if isinstance(block, dict) and block.get("type") == "text":
            block = {**block, "text": str(block.get("text", ""))[:FIELD_MAX]}
        blocks.append(block)
    return ToolError(blocks)


class _ComputerCommon(
    ToolsetEntry[BetaComputerToolset20260801Param, BetaComputerToolsetConfigsParam], ToolsetLoop
):
    """What both computer classes share: the options and the stages of one call (written once,
    see `_core/_sync_async.py`)."""

    toolset_name = FAMILY

    @override
    async def _toolset_steps(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> BetaToolsetContent:
        try:
            member = self._toolset_options.resolve(name)
            parsed = _parse(member, input)
            await self._toolset_confirm(member.name, self._shown(context, member, parsed))
            try:
                result = await self._io(self.execute(context, member.name, parsed))
            except Exception as exc:
                raise _refusal(exc) from exc
            return render_result(member, parsed, bounded_line(member, result))
        except ToolError as exc:
            raise _refusal(exc) from exc

    @staticmethod
    def _shown(
        context: BetaToolsetCallContext, member: Member, input: Any
    ) -> BetaComputerConfirmContext:
        return BetaComputerConfirmContext.model_construct(
            tool_use=context.tool_use, member=cast(Any, member.name), input=input
        )


@with_default_members(COMPUTER)
class BetaAbstractComputerToolset20260801(_ComputerCommon, SyncLoop):
    """The synchronous computer toolset. Subclass it, implement the members your desktop
    supports (each takes `(context, input)`: a pure action returns `None` or one line the model
    reads after the SDK's acknowledgment, `screenshot` / `zoom` an image that already fits the
    model's limits, `cursor_position` the cursor in screenshot pixels), and pass an instance in
    `tools=`. The tool runner never closes it: call `close()` or use `with`."""

    _toolset_twin = "BetaAsyncAbstractComputerToolset20260801"

    def __init__(
        self,
        *,
        configs: BetaComputerToolsetConfigsParam | None = None,
        confirm: BetaComputerConfirmCallable | None = None,
        tool_configs: BetaToolConfigs | None = None,
    ) -> None:
        """Build the toolset; a mistake in the options raises `ToolsetConfigError`.

        Args:
            configs: The entry's `configs`, sent as given, plus `enabled: false` for each member
                not implemented. Every member is on by default.
            confirm: `(context) -> bool`, asked before every call about to run; only `True` runs
                it. Required while `type`, `key` or `hold_key` is enabled.
            tool_configs: Fields of the entry itself, such as `{"cache_control": {...}}`.
        """
        self._toolset_init(COMPUTER, configs, confirm, tool_configs)

    if TYPE_CHECKING:  # the members' types; their default bodies come from `_defaults`

        @override
        def execute(
            self,
            context: BetaToolsetCallContext,
            name: BetaComputerMemberName,
            input: BetaComputerMemberInput,
        ) -> BetaComputerMemberResult: ...
        def key(
            self, context: BetaToolsetCallContext, input: BetaComputerKeyInput
        ) -> str | None: ...
        def hold_key(
            self, context: BetaToolsetCallContext, input: BetaComputerHoldKeyInput
        ) -> str | None: ...
        def type(
            self, context: BetaToolsetCallContext, input: BetaComputerTypeInput
        ) -> str | None: ...
        def cursor_position(
            self, context: BetaToolsetCallContext, input: BetaComputerCursorPositionInput
        ) -> BetaComputerCursorPositionResult: ...
        def mouse_move(
            self, context: BetaToolsetCallContext, input: BetaComputerMouseMoveInput
        ) -> str | None: ...
        def left_mouse_down(
            self, context: BetaToolsetCallContext, input: BetaComputerLeftMouseDownInput
        ) -> str | None: ...
        def left_mouse_up(
            self, context: BetaToolsetCallContext, input: BetaComputerLeftMouseUpInput
        ) -> str | None: ...
        def left_click(
            self, context: BetaToolsetCallContext, input: BetaComputerLeftClickInput
        ) -> str | None: ...
        def left_click_drag(
            self, context: BetaToolsetCallContext, input: BetaComputerLeftClickDragInput
        ) -> str | None: ...
        def right_click(
            self, context: BetaToolsetCallContext, input: BetaComputerRightClickInput
        ) -> str | None: ...
        def middle_click(
            self, context: BetaToolsetCallContext, input: BetaComputerMiddleClickInput
        ) -> str | None: ...
        def double_click(
            self, context: BetaToolsetCallContext, input: BetaComputerDoubleClickInput
        ) -> str | None: ...
        def triple_click(
            self, context: BetaToolsetCallContext, input: BetaComputerTripleClickInput
        ) -> str | None: ...
        def scroll(
            self, context: BetaToolsetCallContext, input: BetaComputerScrollInput
        ) -> str | None: ...
        def wait(
            self, context: BetaToolsetCallContext, input: BetaComputerWaitInput
        ) -> str | None: ...
        def screenshot(
            self, context: BetaToolsetCallContext, input: BetaComputerScreenshotInput
        ) -> BetaScreenshotResult: ...
        def zoom(
            self, context: BetaToolsetCallContext, input: BetaComputerZoomInput
        ) -> BetaScreenshotResult: ...


@with_default_members(COMPUTER)
class BetaAsyncAbstractComputerToolset20260801(_ComputerCommon, AsyncLoop):
    """The asynchronous computer toolset, for `AsyncAnthropic`: as the synchronous class, with
    `async def` members, `confirm` plain or `async`, and an awaited `close()` (`async with`)."""

    _toolset_twin = "BetaAbstractComputerToolset20260801"

    def __init__(
        self,
        *,
        configs: BetaComputerToolsetConfigsParam | None = None,
        confirm: BetaAsyncComputerConfirmCallable | None = None,
        tool_configs: BetaToolConfigs | None = None,
    ) -> None:
        """Build the toolset; see `BetaAbstractComputerToolset20260801.__init__` (here `confirm`
        may be `async`)."""
        self._toolset_init(COMPUTER, configs, confirm, tool_configs)

    if TYPE_CHECKING:  # the members' types; their default bodies come from `_defaults`

        @override
        async def execute(
            self,
            context: BetaToolsetCallContext,
            name: BetaComputerMemberName,
            input: BetaComputerMemberInput,
        ) -> BetaComputerMemberResult: ...
        async def key(
            self, context: BetaToolsetCallContext, input: BetaComputerKeyInput
        ) -> str | None: ...
        async def hold_key(
            self, context: BetaToolsetCallContext, input: BetaComputerHoldKeyInput
        ) -> str | None: ...
        async def type(
            self, context: BetaToolsetCallContext, input: BetaComputerTypeInput
        ) -> str | None: ...
        async def cursor_position(
            self, context: BetaToolsetCallContext, input: BetaComputerCursorPositionInput
        ) -> BetaComputerCursorPositionResult: ...
        async def mouse_move(
            self, context: BetaToolsetCallContext, input: BetaComputerMouseMoveInput
        ) -> str | None: ...
        async def left_mouse_down(
            self, context: BetaToolsetCallContext, input: BetaComputerLeftMouseDownInput
        ) -> str | None: ...
        async def left_mouse_up(
            self, context: BetaToolsetCallContext, input: BetaComputerLeftMouseUpInput
        ) -> str | None: ...
        async def left_click(
            self, context: BetaToolsetCallContext, input: BetaComputerLeftClickInput
        ) -> str | None: ...
        async def left_click_drag(
            self, context: BetaToolsetCallContext, input: BetaComputerLeftClickDragInput
        ) -> str | None: ...
        async def right_click(
            self, context: BetaToolsetCallContext, input: BetaComputerRightClickInput
        ) -> str | None: ...
        async def middle_click(
            self, context: BetaToolsetCallContext, input: BetaComputerMiddleClickInput
        ) -> str | None: ...
        async def double_click(
            self, context: BetaToolsetCallContext, input: BetaComputerDoubleClickInput
        ) -> str | None: ...
        async def triple_click(
            self, context: BetaToolsetCallContext, input: BetaComputerTripleClickInput
        ) -> str | None: ...
        async def scroll(
            self, context: BetaToolsetCallContext, input: BetaComputerScrollInput
        ) -> str | None: ...
        async def wait(
            self, context: BetaToolsetCallContext, input: BetaComputerWaitInput
        ) -> str | None: ...
        async def screenshot(
            self, context: BetaToolsetCallContext, input: BetaComputerScreenshotInput
        ) -> BetaScreenshotResult: ...
        async def zoom(
            self, context: BetaToolsetCallContext, input: BetaComputerZoomInput
        ) -> BetaScreenshotResult: ...
