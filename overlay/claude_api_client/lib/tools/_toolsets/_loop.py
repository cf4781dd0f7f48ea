"""The call loops both families share: member calls run one at a time, `close()` waits for the
calls already accepted, a nested `call()` from inside a member is refused, and the `confirm`
gate runs inside the loop so no override of `execute` or of a member can skip it.

A family class supplies `_toolset_run` (the stages of one call) on top of these.
"""

from __future__ import annotations

import inspect
import threading
from abc import abstractmethod
from collections.abc import Callable, Mapping
from typing import Any, final

import anyio
from typing_extensions import override

from .._functions import ToolError
from ._contract import (
    BetaAsyncRunnableToolset,
    BetaRunnableToolset,
    BetaToolsetCallContext,
    BetaToolsetContent,
    as_refusal,
    log,
)
from ._errors import (
    ConfirmDeclinedError,
    ConfirmFailedError,
    ToolsetContractError,
    UnknownMemberError,
)
from ._options import ToolsetOptions

__all__ = ["AsyncLoop", "SyncLoop", "confirm_verdict", "hook_refusal"]


class _NestedCallError(ToolsetContractError):
    def __init__(self) -> None:
        super().__init__(
            "call() was invoked from inside a member; a member that composes others calls "
            "their methods directly"
        )


def hook_refusal(exc: Exception, fallback: ToolError) -> ToolError:
    """The refusal for an exception out of an application hook: a `ToolsetUsageError` stops the
    run, a `ToolError` is the hook's own refusal, anything else fails closed as `fallback` (its
    text might quote the address or path withheld) and is logged."""
    refusal = as_refusal(exc)
    if refusal is not exc:
        log.exception("a toolset hook raised; refused with %r", str(fallback), exc_info=exc)
        return fallback
    return refusal


def confirm_verdict(name: str, answer: object, raised: Exception | None) -> None:
    """Proceed only when `confirm` answered exactly `True`."""
    if raised is not None:
        raise hook_refusal(raised, ConfirmFailedError(name))
    if answer is not True:
        if inspect.iscoroutine(answer):
            answer.close()  # an async confirm on a sync path: declined, without a warning
        raise ConfirmDeclinedError(name)


def member_method(owner: Any, options: ToolsetOptions, name: str) -> Callable[..., Any]:
    """The method of member `name`, looked up only after the name is known to be a member: a
    `getattr` on raw model output could reach any attribute of the instance."""
    if name not in options.family.members:
        raise UnknownMemberError(name, family=options.family.name)
    method: Callable[..., Any] = getattr(owner, name)
    return method


class SyncLoop(BetaRunnableToolset):
    """The synchronous loop, under a lock; see the module docs."""

    _toolset_options: ToolsetOptions

    def _loop_init(self) -> None:
        self._loop_lock = threading.Lock()
        self._loop_holder: int | None = None
        self._loop_pending = 0
        self._loop_settled = threading.Condition()

    @final
    @override
    def call(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> BetaToolsetContent:
        """Run one member call through the SDK's stages; the entry point of the tool runner and of
        `tool_result`. A refusal or failure is raised as a `ToolError` carrying the content.
        Not an extension point: override `execute` or the member methods instead."""
        if self._loop_holder == threading.get_ident():
            raise _NestedCallError()
        with self._loop_settled:
            self._refuse_if_closed()
            self._loop_pending += 1
        try:
            with self._loop_lock:
                self._loop_holder = threading.get_ident()
                try:
                    return self._toolset_run(context, name, input)
                finally:
                    self._loop_holder = None
        finally:
            with self._loop_settled:
                self._loop_pending -= 1
                self._loop_settled.notify_all()

    @override
    def close(self) -> None:
        """Mark the toolset closed, then wait for the calls already accepted to finish (unless
        called from inside a member). Override it to release your driver's resources, calling
        `super().close()` first; the tool runner never calls it."""
        super().close()
        if self._loop_holder == threading.get_ident():
            return
        with self._loop_settled:
            while self._loop_pending:
                self._loop_settled.wait()

    @abstractmethod
    def _toolset_run(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> BetaToolsetContent: ...

    def _toolset_confirm(self, name: str, shown: BetaToolsetCallContext) -> None:
        confirm = self._toolset_options.confirm
        if confirm is None:
            return
        answer: object = None
        raised: Exception | None = None
        try:
            answer = confirm(shown)
        except Exception as exc:
            raised = exc
        confirm_verdict(name, answer, raised)


class AsyncLoop(BetaAsyncRunnableToolset):
    """The asynchronous loop, under an `anyio.Lock` made on first use (so the toolset can be
    built outside an event loop); see the module docs."""

    _toolset_options: ToolsetOptions

    def _loop_init(self) -> None:
        self._loop_lock: anyio.Lock | None = None
        self._loop_holder: object = None
        self._loop_pending = 0
        self._loop_settled: anyio.Event | None = None

    @final
    @override
    async def call(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> BetaToolsetContent:
        """Run one member call; see the synchronous class. Cancellation leaves through the
        member's own `await` and releases the lock."""
        self._refuse_if_closed()
        if self._loop_lock is None:
            self._loop_lock = anyio.Lock()
        task = anyio.get_current_task()
        if self._loop_holder == task:
            raise _NestedCallError()
        if not self._loop_pending:
            self._loop_settled = anyio.Event()
        self._loop_pending += 1
        try:
            async with self._loop_lock:
                self._loop_holder = task
                try:
                    return await self._toolset_run(context, name, input)
                finally:
                    self._loop_holder = None
        finally:
            self._loop_pending -= 1
            if not self._loop_pending and self._loop_settled is not None:
                self._loop_settled.set()

    @override
    async def close(self) -> None:
        """Mark the toolset closed, then wait for accepted calls; see the synchronous class."""
        await super().close()
        if self._loop_lock is None or self._loop_holder == anyio.get_current_task():
            return
        while self._loop_pending and self._loop_settled is not None:
            await self._loop_settled.wait()

    @abstractmethod
    async def _toolset_run(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> BetaToolsetContent: ...

    async def _toolset_confirm(self, name: str, shown: BetaToolsetCallContext) -> None:
        confirm = self._toolset_options.confirm
        if confirm is None:
            return
        answer: object = None
        raised: Exception | None = None
        try:
            answer = confirm(shown)
            if inspect.isawaitable(answer):
                answer = await answer
        except Exception as exc:
            raised = exc
        confirm_verdict(name, answer, raised)
