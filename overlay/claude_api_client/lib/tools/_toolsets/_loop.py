"""The call loops both families share: member calls run one at a time, `close()` waits for the
calls already accepted, a nested `call()` from inside a member is refused, and the `confirm`
gate runs inside the loop so no override of `execute` or of a member can skip it.

A family class supplies `_toolset_steps` (the stages of one call, written once for its sync and
async class, see `_core/_sync_async.py`) on top of these.
"""

from __future__ import annotations

import inspect
import threading
from abc import abstractmethod
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, final

import anyio
import anyio.to_thread
from typing_extensions import override

from ...._core._sync_async import run
from .._functions import ToolError
from ._contract import (
    BetaAsyncRunnableToolset,
    BetaRunnableToolset,
    BetaToolsetCallContext,
    BetaToolsetContent,
    ToolsetBase,
    as_refusal,
    log,
)
from ._errors import (
    ConfirmDeclinedError,
    ConfirmFailedError,
    ToolsetContractError,
    UnknownMemberError,
)
from ._members import Family
from ._options import ToolsetOptions, default_body

__all__ = ["AsyncLoop", "SyncLoop", "ToolsetLoop", "confirm_verdict", "hook_refusal"]


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


class ToolsetLoop(ToolsetBase):
    """What both loops give a family class: its options, the `confirm` gate, and the primitives
    its `_toolset_steps` suspends in."""

    _toolset_options: ToolsetOptions
    _toolset_async: ClassVar[bool]
    _toolset_twin: ClassVar[str]
    """The name of the class of the other calling convention, for the errors that point to it."""

    def _toolset_init(
        self,
        family: Family,
        configs: Mapping[str, object] | None,
        confirm: Any,
        tool_configs: Mapping[str, object] | None,
        hook_methods: Iterable[str] = (),
    ) -> None:
        self._toolset_options = ToolsetOptions(
            type(self),
            family=family,
            asynchronous=self._toolset_async,
            twin=self._toolset_twin,
            configs=configs,
            confirm=confirm,
            tool_configs=tool_configs,
            hook_methods=hook_methods,
        )
        self._loop_init()

    @abstractmethod
    def _loop_init(self) -> None: ...

    @abstractmethod
    async def _toolset_steps(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> BetaToolsetContent:
        """The stages of one member call, after the loop accepted it."""

    @abstractmethod
    def execute(self, context: BetaToolsetCallContext, name: Any, input: Any) -> Any: ...

    @abstractmethod
    async def _ask_hook(
        self, hook: Callable[..., object], *args: object
    ) -> tuple[object, Exception | None]:
        """What an application hook answered (plain, or on the async class also `async`), or
        the exception it raised."""

    @abstractmethod
    async def _offload(self, blocking: Callable[..., Any], *args: object) -> Any:
        """`blocking(*args)`, which may touch the disk: on the async class in a worker thread."""

    async def _toolset_confirm(self, name: str, shown: BetaToolsetCallContext) -> None:
        confirm = self._toolset_options.confirm
        if confirm is not None:
            confirm_verdict(name, *await self._ask_hook(confirm, shown))


class SyncLoop(ToolsetLoop, BetaRunnableToolset):
    """The synchronous loop, under a lock; see the module docs."""

    _toolset_async = False

    @override
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
                    return run(self._toolset_steps(context, name, input))
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

    @default_body
    @override
    def execute(self, context: BetaToolsetCallContext, name: Any, input: Any) -> Any:
        """Call the member method `name`. Override it (calling `super().execute(...)`) to wrap
        every member (logging, telemetry, rewriting input or result); `confirm` (and the
        browser's policies) have already run. A subclass that overrides it serves every member."""
        return member_method(self, self._toolset_options, name)(context, input)

    @override
    async def _ask_hook(
        self, hook: Callable[..., object], *args: object
    ) -> tuple[object, Exception | None]:
        try:
            return hook(*args), None
        except Exception as exc:
            return None, exc

    @override
    async def _offload(self, blocking: Callable[..., Any], *args: object) -> Any:
        return blocking(*args)


class AsyncLoop(ToolsetLoop, BetaAsyncRunnableToolset):
    """The asynchronous loop, under an `anyio.Lock` made on first use (so the toolset can be
    built outside an event loop); see the module docs."""

    _toolset_async = True

    @override
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
                    return await self._toolset_steps(context, name, input)
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

    @default_body
    @override
    async def execute(self, context: BetaToolsetCallContext, name: Any, input: Any) -> Any:
        """Await the member method `name`; see the synchronous class."""
        return await member_method(self, self._toolset_options, name)(context, input)

    @override
    async def _ask_hook(
        self, hook: Callable[..., object], *args: object
    ) -> tuple[object, Exception | None]:
        try:
            answer = hook(*args)
            return (await answer if inspect.isawaitable(answer) else answer), None
        except Exception as exc:
            return None, exc

    @override
    async def _offload(self, blocking: Callable[..., Any], *args: object) -> Any:
        return await anyio.to_thread.run_sync(blocking, *args)
