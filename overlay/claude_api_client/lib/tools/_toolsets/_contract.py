"""The runnable-toolset protocol: what the tool runner dispatches a member call to.

A toolset is one `tools[]` entry without a `name` that declares a family of members. The model
calls a member with a `tool_use` whose `name` is the member and whose `toolset_name` is the
family (`"browser"`, `"computer"`); the answer is a `tool_result` that repeats `toolset_name`.
Member names may collide with custom tool names and between families (`screenshot`), so the
runner routes on the pair `(toolset_name, name)`, never on `name` alone.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias

from typing_extensions import Self

from ...._core._model_base import APIModel
from ...._core._sync_async import run
from ....types.beta import BetaToolUseBlock
from .._functions import ToolError
from ._errors import ToolsetClosedError, ToolsetContractError, ToolsetUsageError
from ._text import FIELD_MAX, log_safe, sendable

if TYPE_CHECKING:
    from ....types.beta import (
        BetaBrowserToolset20260801Param,
        BetaComputerToolset20260801Param,
        BetaTextBlockParam,
        BetaToolResultBlockParam,
    )
    from ....types.beta.beta_tool_result_block_param import Content

__all__ = [
    "BetaAsyncRunnableToolset",
    "BetaRunnableToolset",
    "BetaToolsetCallContext",
    "BetaToolsetContent",
    "BetaToolsetParam",
    "ToolsetBase",
    "ToolsetFamily",
    "as_refusal",
    "member_error_result",
    "not_executed_result",
    "toolset_result_block",
]

log = logging.getLogger("claude_api_client.tool_runner")

ToolsetFamily: TypeAlias = Literal["browser", "computer"]
BetaToolsetParam: TypeAlias = "BetaBrowserToolset20260801Param | BetaComputerToolset20260801Param"
BetaToolsetContent: TypeAlias = "list[Content]"
"""The content of a member's `tool_result`: text, image and `browser_state` blocks."""


class BetaToolsetCallContext(APIModel):
    """Given to every member next to its input: the `tool_use` block being answered
    (`context.tool_use.id`), or `None` when a member is called outside a model turn."""

    tool_use: BetaToolUseBlock | None = None


def call_context(tool_use: BetaToolUseBlock | None) -> BetaToolsetCallContext:
    """The context of one call, built without validation (the block is already parsed)."""
    return BetaToolsetCallContext.model_construct(tool_use=tool_use)


class ToolsetBase(ABC):
    """What the sync and the async runnable toolset share."""

    toolset_name: ClassVar[ToolsetFamily]
    """The family answered, matched against `tool_use.toolset_name`."""

    _toolset_closed: bool = False

    @abstractmethod
    def to_dict(self) -> BetaToolsetParam:
        """The `tools[]` entry sent for this toolset (SDK-side options are never in it)."""

    def _refuse_if_closed(self) -> None:
        if self._toolset_closed:
            raise ToolsetClosedError(f"this {self.toolset_name!r} toolset is closed")

    def _check_routed(self, tool_use: BetaToolUseBlock) -> None:
        # A block without `toolset_name` is a plain tool call, maybe a custom tool that shares a
        # member's name: it must never reach a toolset.
        if tool_use.toolset_name != self.toolset_name:
            raise ToolsetContractError(
                f"tool_use {tool_use.id!r} (toolset_name={log_safe(tool_use.toolset_name)!r}) is "
                f"not a member call of the {self.toolset_name!r} toolset"
            )

    @abstractmethod
    async def _io(self, step: Any) -> Any:
        """What `step`, a call of one of the class's own methods, gives: as is on the sync
        class, awaited on the async one (see `_core/_sync_async.py`)."""

    async def _answer(
        self, tool_use: BetaToolUseBlock, call: Callable[..., Any]
    ) -> BetaToolResultBlockParam:
        """The steps of `tool_result`, for both classes."""
        self._check_routed(tool_use)
        self._refuse_if_closed()
        try:
            content = await self._io(call(call_context(tool_use), tool_use.name, tool_use.input))
        except Exception as exc:
            return member_error_result(tool_use, exc)
        return toolset_result_block(tool_use, content)

    async def _close_once(self, close: Callable[[], Any]) -> None:
        """The steps of leaving a `with` block: `close()` unless already closed."""
        if not self._toolset_closed:
            try:
                await self._io(close())
            finally:
                self._toolset_closed = True


class BetaRunnableToolset(ToolsetBase):
    """A toolset the synchronous tool runner can run. Subclass it directly to implement a family
    by hand (`call` gets the raw input), or use one of the abstract browser / computer classes,
    which parse inputs, apply policies and render results for you.

    The runner never closes a toolset; `close()` (or a `with` block) is yours to call.
    """

    @abstractmethod
    def call(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> str | BetaToolsetContent:
        """Run member `name` on the raw `tool_use.input`; return the `tool_result` content, or
        raise `ToolError` for a failure the model should read."""

    def close(self) -> None:
        """Mark the toolset closed (a later call raises `ToolsetClosedError`). Override it to
        release what your driver holds, calling `super().close()` first."""
        self._toolset_closed = True

    def __enter__(self) -> Self:
        self._refuse_if_closed()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        run(self._close_once(self.close))

    def tool_result(self, tool_use: BetaToolUseBlock) -> BetaToolResultBlockParam:
        """Run one member `tool_use` and return its `tool_result` block, for code that drives
        `messages.create` itself. A `ToolsetUsageError` propagates; any other failure becomes an
        `is_error` result, as in the tool runner."""
        return run(self._answer(tool_use, self.call))

    async def _io(self, step: Any) -> Any:
        return step


class BetaAsyncRunnableToolset(ToolsetBase):
    """The asynchronous twin of `BetaRunnableToolset`, for the async tool runner: `call`,
    `close` and `tool_result` are coroutines."""

    @abstractmethod
    async def call(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> str | BetaToolsetContent:
        """Run member `name` on the raw `tool_use.input`; see `BetaRunnableToolset.call`."""

    async def close(self) -> None:
        """Mark the toolset closed; override to release resources, awaiting `super().close()`."""
        self._toolset_closed = True

    async def __aenter__(self) -> Self:
        self._refuse_if_closed()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._close_once(self.close)

    async def tool_result(self, tool_use: BetaToolUseBlock) -> BetaToolResultBlockParam:
        """Run one member `tool_use` and return its `tool_result` block; see the sync class.
        Cancellation is not caught: the call aborts instead of being answered."""
        return await self._answer(tool_use, self.call)

    async def _io(self, step: Any) -> Any:
        return await step


TOOLSET_TYPES = (BetaRunnableToolset, BetaAsyncRunnableToolset)

_EMPTY_ERROR = "The tool call failed with an empty error message."
_NOT_EXECUTED = {
    "browser": "Not executed: an earlier action in this turn failed.",
    "computer": "Not executed: an earlier computer action in this turn failed.",
}


def toolset_result_block(
    tool_use: BetaToolUseBlock, content: str | Sequence[Content], *, is_error: bool = False
) -> BetaToolResultBlockParam:
    """The `tool_result` answering a member call; `toolset_name` is always echoed (the API
    requires it on a member's result, error or not)."""
    if is_error and not content:
        content = _EMPTY_ERROR  # the API refuses an empty is_error result
    block: dict[str, Any] = {
        "type": "tool_result",
        "tool_use_id": tool_use.id,
        "toolset_name": tool_use.toolset_name,
        "content": content if isinstance(content, str) else list(content),
    }
    if is_error:
        block["is_error"] = True
    result: BetaToolResultBlockParam = block  # type: ignore[assignment]
    return result


def as_refusal(exc: Exception) -> ToolError:
    """The refusal the model reads for an exception out of a member call. A `ToolsetUsageError`
    is re-raised (the run stops), a `ToolError` is kept, anything else becomes
    `ToolError("TypeName: message")` (not `repr`, which would escape line breaks)."""
    if isinstance(exc, ToolsetUsageError):
        raise exc
    if isinstance(exc, ToolError):
        return exc
    try:
        message = str(exc)
    except Exception:
        message = ""
    name = type(exc).__name__
    return ToolError(sendable(f"{name}: {message}" if message else name)[:FIELD_MAX])


def text_only(content: object) -> str | list[BetaTextBlockParam]:
    """The text of a refusal's content: an `is_error` result may hold only text blocks (the API
    answers anything else with a 400), and never an empty one."""
    if isinstance(content, str):
        return sendable(content)
    kept: list[BetaTextBlockParam] = []
    for block in content if isinstance(content, list) else ():
        if isinstance(block, dict) and block.get("type") == "text" and block.get("text"):
            kept.append({"type": "text", "text": sendable(str(block["text"]))})
    return kept


def member_error_result(tool_use: BetaToolUseBlock, exc: Exception) -> BetaToolResultBlockParam:
    """The `is_error` result for a failed member call (a `ToolsetUsageError` propagates). An
    exception that is not a `ToolError` is logged with its traceback first."""
    refusal = as_refusal(exc)
    if refusal is not exc:
        log.exception(
            "toolset member %s/%s raised; answered with an is_error result",
            log_safe(tool_use.toolset_name),
            log_safe(tool_use.name),
            exc_info=exc,
        )
    return toolset_result_block(tool_use, text_only(refusal.content), is_error=True)


def not_executed_result(tool_use: BetaToolUseBlock) -> BetaToolResultBlockParam:
    """The answer for a member the runner skipped because an earlier member of the same toolset
    failed in the same turn (the model planned the calls as one sequence)."""
    text = _NOT_EXECUTED.get(tool_use.toolset_name or "", _NOT_EXECUTED["browser"])
    return toolset_result_block(tool_use, text, is_error=True)
