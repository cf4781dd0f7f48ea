"""`run_tools_eagerly=True`: the tool calls of a streamed reply run while the reply streams.

A call runs once the model has moved on from it, which the reply shows by starting its next
block or by stopping with `tool_use`: its own `content_block_stop` is not enough, since a reply
cut short (`max_tokens`) closes its last call too, and that call never runs. The call runs when
the reader asks for the event after the one that showed it, before that event is handed over:
so `defer_tool_call()` can hold it while the reader handles any event up to that one. The calls
run one at a time, in the reader's own task; reading waits while one runs. After a `fallback`
block (a refusal handed the reply to another model) no call runs early.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

__all__ = ["AsyncEagerStream", "EagerStream", "ReplyCalls"]


class ReplyCalls:
    """The tool calls of one streamed reply: which finished streaming, which are held, which ran
    early (with their results), and which toolsets must leave their later calls to the end."""

    def __init__(self) -> None:
        self.finished: list[Any] = []
        """The `tool_use` blocks that finished streaming, in the model's order."""
        self.held_ids: set[str] = set()
        self.results: dict[str, Any] = {}
        """The result of each call that ran early, by `tool_use` id (taken when it is sent)."""
        self.waiting_families: set[str] = set()
        """Toolsets with a call held or failed: their later calls wait for the reply's end too,
        since a toolset runs its calls in order and a failure skips the rest."""
        self._closed: Any = None  # the last call to finish, until the model moves on from it
        self._after_fallback = False

    def hold(self, tool_use_id: str) -> None:
        if tool_use_id not in self.results:
            self.held_ids.add(tool_use_id)

    def held(self) -> list[Any]:
        return [use for use in self.finished if use.id in self.held_ids]

    def record(self, tool_use: Any, result: Any) -> None:
        self.held_ids.discard(tool_use.id)
        self.results[tool_use.id] = result

    def take(self, tool_use_id: str) -> Any | None:
        """The result of a call that ran early, once (None: it did not run)."""
        return self.results.pop(tool_use_id, None)

    def moved_on_from(self, event: Any) -> Any | None:
        """Follow the reply: the call `event` shows the model has moved on from, if any."""
        kind = getattr(event, "type", None)
        block = getattr(event, "content_block", None)
        if kind == "content_block_stop":
            if getattr(block, "type", None) == "tool_use":
                self.finished.append(block)
                self._closed = None if self._after_fallback else block
            return None
        if kind == "content_block_start" and getattr(block, "type", None) == "fallback":
            # The refusal before the fallback may have cut the call before it short.
            self._after_fallback, self._closed = True, None
            return None
        stopped_for_tools = (
            kind == "message_delta" and getattr(event.delta, "stop_reason", None) == "tool_use"
        )
        if kind != "content_block_start" and not stopped_for_tools:
            return None
        call, self._closed = self._closed, None
        return call


class EagerStream:
    """The reply's message stream seen through `run_tools_eagerly=True` (see the module); every
    other attribute is the stream's own."""

    def __init__(self, stream: Any, calls: ReplyCalls, run: Callable[[Any], None]) -> None:
        self._stream = stream
        self._calls = calls
        self._run = run

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __iter__(self) -> Iterator[Any]:
        moved_on_from = None
        # The next event is read first: no call runs once reading the reply has failed.
        for event in self._stream:
            if moved_on_from is not None:
                self._run(moved_on_from)
            moved_on_from = self._calls.moved_on_from(event)
            yield event


class AsyncEagerStream:
    """The async form of `EagerStream`: each call is awaited before the next event."""

    def __init__(
        self, stream: Any, calls: ReplyCalls, run: Callable[[Any], Awaitable[None]]
    ) -> None:
        self._stream = stream
        self._calls = calls
        self._run = run

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    async def __aiter__(self) -> AsyncIterator[Any]:
        moved_on_from = None
        async for event in self._stream:
            if moved_on_from is not None:
                await self._run(moved_on_from)
            moved_on_from = self._calls.moved_on_from(event)
            yield event
