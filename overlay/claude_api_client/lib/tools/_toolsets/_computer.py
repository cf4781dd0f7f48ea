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

from .._functions import ToolError
from ._contract import BetaToolsetCallContext, BetaToolsetContent, as_refusal
from ._errors import InvalidMemberInputError, UnavailableMemberError
from ._hooks import (
    BetaAsyncComputerConfirmCallable,
    BetaComputerConfirmCallable,
    BetaComputerConfirmContext,
    BetaToolConfigs,
)
from ._loop import AsyncLoop, SyncLoop, member_method
from ._members import COMPUTER, Member
from ._options import ToolsetOptions, default_body, parse_input
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
        BetaComputerToolset20260801Param,
        BetaComputerToolsetConfigsParam,
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


class _ComputerCommon:
    """What both computer classes share: options and the `tools[]` entry."""

    _toolset_options: ToolsetOptions

    def _computer_setup(
        self,
        *,
        asynchronous: bool,
        twin: str,
        configs: BetaComputerToolsetConfigsParam | None,
        confirm: Any,
        tool_configs: BetaToolConfigs | None,
    ) -> None:
        self._toolset_options = ToolsetOptions(
            type(self),
            family=COMPUTER,
            asynchronous=asynchronous,
            twin=twin,
            configs=configs,
            confirm=confirm,
            tool_configs=tool_configs,
        )

    def to_dict(self) -> BetaComputerToolset20260801Param:
        """The `tools[]` entry: `type`, your `tool_configs`, and `configs` with `enabled: false`
        for every member this class does not serve. A fresh copy on every call."""
        entry: BetaComputerToolset20260801Param = self._toolset_options.param()  # type: ignore[assignment]
        return entry

    @property
    def configs(self) -> BetaComputerToolsetConfigsParam | None:
        """The `configs` that `to_dict()` sends (a copy)."""
        return self.to_dict().get("configs")

    @staticmethod
    def _shown(
        context: BetaToolsetCallContext, member: Member, input: Any
    ) -> BetaComputerConfirmContext:
        return BetaComputerConfirmContext.model_construct(
            tool_use=context.tool_use, member=cast(Any, member.name), input=input
        )


class BetaAbstractComputerToolset20260801(_ComputerCommon, SyncLoop):
    """The synchronous computer toolset. Subclass it, implement the members your desktop
    supports (each takes `(context, input)`: a pure action returns `None` or one line the model
    reads after the SDK's acknowledgment, `screenshot` / `zoom` an image that already fits the
    model's limits, `cursor_position` the cursor in screenshot pixels), and pass an instance in
    `tools=`. The tool runner never closes it: call `close()` or use `with`."""

    toolset_name = FAMILY

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
        self._computer_setup(
            asynchronous=False,
            twin="BetaAsyncAbstractComputerToolset20260801",
            configs=configs,
            confirm=confirm,
            tool_configs=tool_configs,
        )
        self._loop_init()

    @override
    def _toolset_run(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> BetaToolsetContent:
        try:
            member = self._toolset_options.resolve(name)
            parsed = _parse(member, input)
            self._toolset_confirm(member.name, self._shown(context, member, parsed))
            try:
                result = self.execute(context, member.name, parsed)  # type: ignore[arg-type]
            except Exception as exc:
                raise _refusal(exc) from exc
            return render_result(member, parsed, bounded_line(member, result))
        except ToolError as exc:
            raise _refusal(exc) from exc

    @default_body
    def execute(
        self,
        context: BetaToolsetCallContext,
        name: BetaComputerMemberName,
        input: BetaComputerMemberInput,
    ) -> BetaComputerMemberResult:
        """Call the member method `name`. Override it (calling `super().execute(...)`) to wrap
        every member; `confirm` has already run. A subclass that overrides it serves every
        member."""
        return member_method(self, self._toolset_options, name)(context, input)  # type: ignore[no-any-return]

    @default_body
    def key(self, context: BetaToolsetCallContext, input: BetaComputerKeyInput) -> str | None:
        raise UnavailableMemberError("key", family=FAMILY)

    @default_body
    def hold_key(
        self, context: BetaToolsetCallContext, input: BetaComputerHoldKeyInput
    ) -> str | None:
        raise UnavailableMemberError("hold_key", family=FAMILY)

    @default_body
    def type(self, context: BetaToolsetCallContext, input: BetaComputerTypeInput) -> str | None:
        raise UnavailableMemberError("type", family=FAMILY)

    @default_body
    def cursor_position(
        self, context: BetaToolsetCallContext, input: BetaComputerCursorPositionInput
    ) -> BetaComputerCursorPositionResult:
        raise UnavailableMemberError("cursor_position", family=FAMILY)

    @default_body
    def mouse_move(
        self, context: BetaToolsetCallContext, input: BetaComputerMouseMoveInput
    ) -> str | None:
        raise UnavailableMemberError("mouse_move", family=FAMILY)

    @default_body
    def left_mouse_down(
        self, context: BetaToolsetCallContext, input: BetaComputerLeftMouseDownInput
    ) -> str | None:
        raise UnavailableMemberError("left_mouse_down", family=FAMILY)

    @default_body
    def left_mouse_up(
        self, context: BetaToolsetCallContext, input: BetaComputerLeftMouseUpInput
    ) -> str | None:
        raise UnavailableMemberError("left_mouse_up", family=FAMILY)

    @default_body
    def left_click(
        self, context: BetaToolsetCallContext, input: BetaComputerLeftClickInput
    ) -> str | None:
        raise UnavailableMemberError("left_click", family=FAMILY)

    @default_body
    def left_click_drag(
        self, context: BetaToolsetCallContext, input: BetaComputerLeftClickDragInput
    ) -> str | None:
        raise UnavailableMemberError("left_click_drag", family=FAMILY)

    @default_body
    def right_click(
        self, context: BetaToolsetCallContext, input: BetaComputerRightClickInput
    ) -> str | None:
        raise UnavailableMemberError("right_click", family=FAMILY)

    @default_body
    def middle_click(
        self, context: BetaToolsetCallContext, input: BetaComputerMiddleClickInput
    ) -> str | None:
        raise UnavailableMemberError("middle_click", family=FAMILY)

    @default_body
    def double_click(
        self, context: BetaToolsetCallContext, input: BetaComputerDoubleClickInput
    ) -> str | None:
        raise UnavailableMemberError("double_click", family=FAMILY)

    @default_body
    def triple_click(
        self, context: BetaToolsetCallContext, input: BetaComputerTripleClickInput
    ) -> str | None:
        raise UnavailableMemberError("triple_click", family=FAMILY)

    @default_body
    def scroll(self, context: BetaToolsetCallContext, input: BetaComputerScrollInput) -> str | None:
        raise UnavailableMemberError("scroll", family=FAMILY)

    @default_body
    def wait(self, context: BetaToolsetCallContext, input: BetaComputerWaitInput) -> str | None:
        raise UnavailableMemberError("wait", family=FAMILY)

    @default_body
    def screenshot(
        self, context: BetaToolsetCallContext, input: BetaComputerScreenshotInput
    ) -> BetaScreenshotResult:
        raise UnavailableMemberError("screenshot", family=FAMILY)

    @default_body
    def zoom(
        self, context: BetaToolsetCallContext, input: BetaComputerZoomInput
    ) -> BetaScreenshotResult:
        raise UnavailableMemberError("zoom", family=FAMILY)


class BetaAsyncAbstractComputerToolset20260801(_ComputerCommon, AsyncLoop):
    """The asynchronous computer toolset, for `AsyncAnthropic`: as the synchronous class, with
    `async def` members, `confirm` plain or `async`, and an awaited `close()` (`async with`)."""

    toolset_name = FAMILY

    def __init__(
        self,
        *,
        configs: BetaComputerToolsetConfigsParam | None = None,
        confirm: BetaAsyncComputerConfirmCallable | None = None,
        tool_configs: BetaToolConfigs | None = None,
    ) -> None:
        """Build the toolset; see `BetaAbstractComputerToolset20260801.__init__` (here `confirm`
        may be `async`)."""
        self._computer_setup(
            asynchronous=True,
            twin="BetaAbstractComputerToolset20260801",
            configs=configs,
            confirm=confirm,
            tool_configs=tool_configs,
        )
        self._loop_init()

    @override
    async def _toolset_run(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> BetaToolsetContent:
        try:
            member = self._toolset_options.resolve(name)
            parsed = _parse(member, input)
            await self._toolset_confirm(member.name, self._shown(context, member, parsed))
            try:
                result = await self.execute(context, member.name, parsed)  # type: ignore[arg-type]
            except Exception as exc:
                raise _refusal(exc) from exc
            return render_result(member, parsed, bounded_line(member, result))
        except ToolError as exc:
            raise _refusal(exc) from exc

    @default_body
    async def execute(
        self,
        context: BetaToolsetCallContext,
        name: BetaComputerMemberName,
        input: BetaComputerMemberInput,
    ) -> BetaComputerMemberResult:
        """Await the member method `name`; see the synchronous class."""
        return await member_method(self, self._toolset_options, name)(context, input)  # type: ignore[no-any-return]

    @default_body
    async def key(self, context: BetaToolsetCallContext, input: BetaComputerKeyInput) -> str | None:
        raise UnavailableMemberError("key", family=FAMILY)

    @default_body
    async def hold_key(
        self, context: BetaToolsetCallContext, input: BetaComputerHoldKeyInput
    ) -> str | None:
        raise UnavailableMemberError("hold_key", family=FAMILY)

    @default_body
    async def type(
        self, context: BetaToolsetCallContext, input: BetaComputerTypeInput
    ) -> str | None:
        raise UnavailableMemberError("type", family=FAMILY)

    @default_body
    async def cursor_position(
        self, context: BetaToolsetCallContext, input: BetaComputerCursorPositionInput
    ) -> BetaComputerCursorPositionResult:
        raise UnavailableMemberError("cursor_position", family=FAMILY)

    @default_body
    async def mouse_move(
        self, context: BetaToolsetCallContext, input: BetaComputerMouseMoveInput
    ) -> str | None:
        raise UnavailableMemberError("mouse_move", family=FAMILY)

    @default_body
    async def left_mouse_down(
        self, context: BetaToolsetCallContext, input: BetaComputerLeftMouseDownInput
    ) -> str | None:
        raise UnavailableMemberError("left_mouse_down", family=FAMILY)

    @default_body
    async def left_mouse_up(
        self, context: BetaToolsetCallContext, input: BetaComputerLeftMouseUpInput
    ) -> str | None:
        raise UnavailableMemberError("left_mouse_up", family=FAMILY)

    @default_body
    async def left_click(
        self, context: BetaToolsetCallContext, input: BetaComputerLeftClickInput
    ) -> str | None:
        raise UnavailableMemberError("left_click", family=FAMILY)

    @default_body
    async def left_click_drag(
        self, context: BetaToolsetCallContext, input: BetaComputerLeftClickDragInput
    ) -> str | None:
        raise UnavailableMemberError("left_click_drag", family=FAMILY)

    @default_body
    async def right_click(
        self, context: BetaToolsetCallContext, input: BetaComputerRightClickInput
    ) -> str | None:
        raise UnavailableMemberError("right_click", family=FAMILY)

    @default_body
    async def middle_click(
        self, context: BetaToolsetCallContext, input: BetaComputerMiddleClickInput
    ) -> str | None:
        raise UnavailableMemberError("middle_click", family=FAMILY)

    @default_body
    async def double_click(
        self, context: BetaToolsetCallContext, input: BetaComputerDoubleClickInput
    ) -> str | None:
        raise UnavailableMemberError("double_click", family=FAMILY)

    @default_body
    async def triple_click(
        self, context: BetaToolsetCallContext, input: BetaComputerTripleClickInput
    ) -> str | None:
        raise UnavailableMemberError("triple_click", family=FAMILY)

    @default_body
    async def scroll(
        self, context: BetaToolsetCallContext, input: BetaComputerScrollInput
    ) -> str | None:
        raise UnavailableMemberError("scroll", family=FAMILY)

    @default_body
    async def wait(
        self, context: BetaToolsetCallContext, input: BetaComputerWaitInput
    ) -> str | None:
        raise UnavailableMemberError("wait", family=FAMILY)

    @default_body
    async def screenshot(
        self, context: BetaToolsetCallContext, input: BetaComputerScreenshotInput
    ) -> BetaScreenshotResult:
        raise UnavailableMemberError("screenshot", family=FAMILY)

    @default_body
    async def zoom(
        self, context: BetaToolsetCallContext, input: BetaComputerZoomInput
    ) -> BetaScreenshotResult:
        raise UnavailableMemberError("zoom", family=FAMILY)
