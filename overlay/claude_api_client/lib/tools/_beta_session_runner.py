"""The session tool runner: run, on this machine, the tool calls a managed-agents session waits on.

`AsyncAnthropic().beta.sessions.events.tool_runner(session_id, tools=[...])` builds a
`SessionToolRunner`; `async for call in runner` yields one `DispatchedToolCall` per call it
handled. What it does, per connection to the session:

1. opens the event stream (first, so that no event falls between the history and the stream),
   reads the session (`retrieve`) and its whole history (`events.list`), and from them knows
   which calls are still open;
2. for each call the session waits on (an `agent.tool_use`, answered with `user.tool_result`, or
   an `agent.custom_tool_use` listed by a `requires_action` idle, answered with
   `user.custom_tool_result`), runs the tool of that name and posts the result, retrying a send
   that fails for a passing reason (a refused result, 400 or 413, is replaced by a short error
   result). A call whose `evaluated_permission` is `ask` waits for the first
   `user.tool_confirmation`; a denied call never runs. A tool that raises gives an `is_error`
   result (a `ToolError` its own content, anything else its `repr`);
3. reads the stream on; when it ends or fails for a passing reason it connects again, backing
   off from 0.5 s up to 10 s.

It stops when the session terminates or is deleted, when the consumer leaves the loop, when a
read is refused for good (that `APIStatusError` is raised once the calls have finished), or
when the session has been idle for `max_idle` seconds (with a `stop_reason` other than
`requires_action`) and no call is running. The calls of one session thread run one at a time,
and at most `max_concurrent_calls` at once. It never touches a work item's lease: the
`EnvironmentWorker` does that around it.

With spans on (the client's `open_telemetry`), each run of a tool is a span
(`lib/_tracing/_tools.py`): `anthropic.tool_use <name>` for an `agent.tool_use` (a tool of the
agent's toolset), else `anthropic.custom_tool_use` / `anthropic.mcp_tool_use`, with the session,
the call's thread, and the thread as `gen_ai.conversation.id` (the primary thread's, known from
the first thread status event, when the event names none) unless the client's option sets one.
The result is posted by a copy of the client with that conversation id, so the posting call's span
has it too. Without spans, none of the span code is loaded.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import itertools
import json
import logging
import math
import types
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, Union

from ..._core._exceptions import APIStatusError
from ..environments._backoff import REQUEST_ERRORS, backoff, is_fatal, jittered
from ._functions import (
    BetaAsyncBuiltinFunctionTool,
    BetaAsyncFunctionTool,
    BetaBuiltinFunctionTool,
    BetaFunctionTool,
    BetaFunctionToolResultType,
)
from ._runner import _error_content, call_runnable
from ._session_thread import current_session_thread

if TYPE_CHECKING:
    from ..._client import AsyncAnthropic
    from ...types import (
        ManagedAgentsAgentCustomToolUseEvent,
        ManagedAgentsAgentToolUseEvent,
        ManagedAgentsUserCustomToolResultEventParams,
        ManagedAgentsUserToolResultEventParams,
    )

__all__ = [
    "DEFAULT_MAX_CONCURRENT_CALLS",
    "DEFAULT_MAX_IDLE",
    "MANAGED_AGENTS_BETA",
    "BetaAnyRunnableTool",
    "DispatchedToolCall",
    "DispatchedToolResultParams",
    "DispatchedToolUseEvent",
    "SessionToolRunner",
]

log = logging.getLogger("claude_api_client.session_tool_runner")

BetaAnyRunnableTool: TypeAlias = Union[
    "BetaFunctionTool[Any]",
    BetaBuiltinFunctionTool,
    "BetaAsyncFunctionTool[Any]",
    BetaAsyncBuiltinFunctionTool,
]
"""A tool the session runner can run: sync tools run in a worker thread, async ones are awaited."""
DispatchedToolUseEvent: TypeAlias = Union[
    "ManagedAgentsAgentToolUseEvent", "ManagedAgentsAgentCustomToolUseEvent"
]
"""The two kinds of call the runner answers: a built-in tool's and a custom tool's."""
DispatchedToolResultParams: TypeAlias = Union[
    "ManagedAgentsUserToolResultEventParams", "ManagedAgentsUserCustomToolResultEventParams"
]
"""The result event posted for a call: `user.tool_result` or `user.custom_tool_result`."""

MANAGED_AGENTS_BETA = "managed-agents-2026-04-01"
"""The beta of sessions and self-hosted environments."""
DEFAULT_MAX_IDLE = 60.0
"""Seconds the runner stays attached to a session that ended its turn."""
DEFAULT_MAX_CONCURRENT_CALLS = 1

TOOL_TIMEOUT = 325.0
"""A tool running longer gets a timeout result (longer than the bash tool's own timeout)."""
RECONNECT_FIRST = 0.5
RECONNECT_CAP = 10.0
SEND_BACKOFF_CAP = 30.0
SEND_RETRY_WINDOW = 300.0
"""Once the runner is stopping, a failing send is tried for this long after its first attempt."""
REQUEST_TIMEOUT = 15.0
"""The first attempt's timeout; it doubles with each attempt (a large body on a slow link)."""
REQUEST_TIMEOUT_CAP = 240.0
DRAIN_TIMEOUT = 30.0
"""How long results still being posted may hold up a consumer that left the loop."""
HISTORY_PAGE_SIZE = 1000
NO_OUTPUT = "(no output)"

_RUNNABLE = (
    BetaFunctionTool,
    BetaBuiltinFunctionTool,
    BetaAsyncFunctionTool,
    BetaAsyncBuiltinFunctionTool,
)


@dataclass(frozen=True)
class DispatchedToolCall:
    """One call the runner handled.

    Attributes:
        event: The `agent.tool_use` / `agent.custom_tool_use` event (its input is `event.input`).
        result: The result event posted (or, when the API refused it, the error result it took
            instead); None when the tool did not run (no tool of that name, or the call was
            denied).
        tool_use_id: The call's id (`event.id`).
        name: The tool's name (`event.name`).
        is_error: `result["is_error"]`, False without a result.
        posted: Whether the API accepted `result`.
        confirmation: `"allow"` when the call needed a confirmation and got it, `"deny"` when it
            was denied (never run, nothing posted), None when it needed none.
    """

    event: DispatchedToolUseEvent
    result: DispatchedToolResultParams | None
    tool_use_id: str
    name: str
    is_error: bool
    posted: bool = True
    confirmation: Literal["allow", "deny"] | None = None


def request_timeout(attempt: int) -> float:
    """The timeout of a request's `attempt`-th try (0-based)."""
    return REQUEST_TIMEOUT * backoff(attempt, cap=REQUEST_TIMEOUT_CAP / REQUEST_TIMEOUT)


def check_max_concurrent_calls(value: int | None) -> None:
    """Refuse a limit below one (None: no limit)."""
    if value is not None and value < 1:
        raise ValueError(
            f"max_concurrent_calls must be at least 1, or None for no limit (got {value})"
        )


def _text(text: str) -> dict[str, Any]:
    return {"type": "text", "text": text or NO_OUTPUT}


def session_content(content: BetaFunctionToolResultType | None) -> list[dict[str, Any]]:
    """A tool's result as the content of a session result event.

    Sessions take text, image, document and search-result blocks: an empty result reads
    `(no output)`, a search result gets `citations` (required here), any other block is sent as
    its JSON text. A `TypeError` when the result is neither text nor a list of blocks.
    """
    return _session_blocks(content)[0]


def _session_blocks(
    content: BetaFunctionToolResultType | None,
) -> tuple[list[dict[str, Any]], list[Any]]:
    """`session_content(content)`, and the blocks the tool run's span records: the same, but a
    block sent as its JSON text is recorded as the block itself."""
    if content is None or isinstance(content, str):
        text = [_text(content or "")]
        return text, text
    blocks: list[dict[str, Any]] = []
    recorded: list[Any] = []
    for block in content:
        if not isinstance(block, Mapping):
            raise TypeError(f"a content block must be a mapping, not {type(block).__name__}")
        kind = block.get("type")
        if kind == "text":
            blocks.append(_text(str(block.get("text") or "")))
        elif kind == "search_result":
            blocks.append({"citations": {"enabled": False}, **block})
        elif kind in ("image", "document"):
            blocks.append(dict(block))
        else:
            blocks.append(_text(json.dumps(block, default=str)))
            recorded.append(block)
            continue
        recorded.append(blocks[-1])
    if not blocks:
        return _session_blocks(None)
    return blocks, recorded


def result_event(
    call: DispatchedToolUseEvent, content: list[dict[str, Any]], *, is_error: bool
) -> DispatchedToolResultParams:
    """The result event that answers `call`, of the kind its event asks for."""
    custom = call.type == "agent.custom_tool_use"
    event: Any = {
        "type": "user.custom_tool_result" if custom else "user.tool_result",
        "custom_tool_use_id" if custom else "tool_use_id": call.id,
        "is_error": is_error,
        "content": content,
    }
    return event  # type: ignore[no-any-return]


def _permission(event: DispatchedToolUseEvent | None) -> str | None:
    # Custom calls carry no permission; one that ever does is honoured.
    return getattr(event, "evaluated_permission", None)


class _Call:
    """What the history and the stream told about one call so far."""

    def __init__(self) -> None:
        self.event: DispatchedToolUseEvent | None = None
        self.waited_on = False
        """The session waits for its result: made with a permission, or listed by an idle."""
        self.thread_stopped: str | None = None
        """Why its (sub-agent) thread stopped without listing it; None while the thread waits."""
        self.confirmation: Literal["allow", "deny"] | None = None

    def denied(self) -> bool:
        return self.event is not None and "deny" in (_permission(self.event), self.confirmation)

    def unconfirmed(self) -> bool:
        return self.confirmation is None and _permission(self.event) not in (None, "allow", "deny")

    def open(self) -> bool:
        return self.waited_on and self.thread_stopped is None


class SessionView:
    """The state of a session's calls, built from its events in order (each id once)."""

    def __init__(self, first_seen: dict[str, float]) -> None:
        self.first_seen = first_seen
        """When each event id was first read, kept across reconnections."""
        self.seen: set[str] = set()
        self.calls: dict[str, _Call] = {}
        self.idle_since: float | None = None
        """When the idle that ended the turn was first read; None while the session works."""
        self.ended = False
        self.terminated_threads: set[str | None] = set()
        self.primary_thread_id: str | None = None
        """The thread of the first thread status event read: the primary thread (the only one
        a session has then). Its calls' events name no thread."""

    def apply(self, event: Any, now: float) -> None:
        kind: str = event.type
        event_id = getattr(event, "id", None)
        if kind in ("event_start", "event_delta") or event_id is None or event_id in self.seen:
            return
        self.seen.add(event_id)
        seen_at = self.first_seen.setdefault(event_id, now)
        if kind in ("agent.tool_use", "agent.custom_tool_use"):
            call = self.calls.pop(event_id, None) or _Call()
            self.calls[event_id] = call  # kept in the order of the call events
            call.event = event
            if event.session_thread_id or _permission(event):
                call.waited_on = True
        elif kind in ("user.tool_result", "agent.tool_result", "user.custom_tool_result"):
            answered = getattr(event, "tool_use_id", None) or getattr(
                event, "custom_tool_use_id", None
            )
            known = self.calls.get(answered or "")
            if known is not None and not known.denied():
                del self.calls[answered or ""]
        elif kind == "user.tool_confirmation":
            confirmed = self._call(event.tool_use_id)
            if confirmed is not None and confirmed.confirmation is None:
                confirmed.confirmation = "allow" if event.result == "allow" else "deny"
        elif kind in ("session.status_terminated", "session.deleted"):
            self.ended = True
        elif kind == "session.status_idle":
            self._session_idle(event.stop_reason, seen_at)
        elif kind in ("session.thread_status_running", "session.thread_status_rescheduled"):
            self.primary_thread_id = self.primary_thread_id or event.session_thread_id
            self.terminated_threads.discard(event.session_thread_id)
        elif kind in ("session.thread_status_idle", "session.thread_status_terminated"):
            self.primary_thread_id = self.primary_thread_id or event.session_thread_id
            self._thread_stopped(event, kind, seen_at)
        elif kind.startswith("session.status_"):
            self.idle_since = None

    def _call(self, event_id: str) -> _Call | None:
        """A call by id; an id not read yet may be a call that comes later."""
        if event_id in self.calls or event_id not in self.seen:
            return self.calls.setdefault(event_id, _Call())
        return None

    def _session_idle(self, stop_reason: Any, seen_at: float) -> None:
        if stop_reason.type == "requires_action":
            self.idle_since = None
            for event_id in stop_reason.event_ids:
                call = self._call(event_id)
                if call is not None:
                    call.waited_on = True
            return
        self.idle_since = seen_at
        # After `retries_exhausted` the session still takes the results it waited for.
        keep = stop_reason.type == "retries_exhausted"
        for call in self.calls.values():
            call.waited_on = keep and call.waited_on

    def _thread_stopped(self, event: Any, kind: str, seen_at: float) -> None:
        thread = event.session_thread_id
        if kind == "session.thread_status_terminated":
            self.terminated_threads.add(thread)
        if self.idle_since is not None:
            self.idle_since = max(self.idle_since, seen_at)
        reason = event.stop_reason.type if kind == "session.thread_status_idle" else kind
        for call in self.calls.values():
            if call.event is not None and call.event.session_thread_id == thread:
                call.thread_stopped = reason
        if kind == "session.thread_status_idle" and reason == "requires_action":
            for event_id in event.stop_reason.event_ids:
                listed = self._call(event_id)
                if listed is not None:
                    listed.waited_on, listed.thread_stopped = True, None

    def ready(self) -> list[tuple[DispatchedToolUseEvent, Literal["allow", "deny"] | None]]:
        """The calls to run (or report as denied) now, oldest first."""
        ready: list[tuple[DispatchedToolUseEvent, Literal["allow", "deny"] | None]] = []
        for call in self.calls.values():
            event = call.event
            if event is None or event.session_thread_id in self.terminated_threads:
                continue
            if call.denied():
                ready.append((event, "deny"))
            elif call.open() and not call.unconfirmed():
                ready.append((event, call.confirmation))
        return ready

    def waits_on(self, event_id: str) -> bool:
        call = self.calls.get(event_id)
        return call is not None and call.open()

    def gave_up_on(self, event_id: str) -> bool:
        """Whether the session no longer takes a result for this call."""
        call = self.calls.get(event_id)
        return call is None or call.thread_stopped not in (None, "retries_exhausted")


class SessionToolRunner:
    """Attach to a managed-agents session and run the tool calls it waits on (see the module).

    Usage::

        async for call in client.beta.sessions.events.tool_runner(session_id, tools=[my_tool]):
            print(call.name, "error" if call.is_error else "ok")

    Async only (as in the official package); the runner is an async iterable of
    `DispatchedToolCall`, and `await runner.until_done()` drives it without looking.
    """

    def __init__(
        self,
        client: AsyncAnthropic,
        session_id: str,
        *,
        tools: Sequence[BetaAnyRunnableTool],
        max_idle: float | None = DEFAULT_MAX_IDLE,
        max_concurrent_calls: int | None = DEFAULT_MAX_CONCURRENT_CALLS,
        environment_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Build the runner; nothing is sent until it is iterated.

        Args:
            client: The async client whose connection and settings the runner uses.
            session_id: The session to attach to.
            tools: The tools it runs, by name (the later of two with one name wins).
            max_idle: Seconds to stay after the session went idle with a `stop_reason` other
                than `requires_action` and no call is left; None: stay until it terminates.
            max_concurrent_calls: How many calls may run at once (the calls of one thread
                always run one at a time); None: no limit.
            environment_key: A Bearer credential for the runner's requests in place of the
                client's own (the environment key, or a work item's sessions token).
            extra_headers: Headers sent with every request of the runner.

        Raises:
            ValueError: `max_concurrent_calls` is below 1, or a tool is not runnable.
        """
        check_max_concurrent_calls(max_concurrent_calls)
        for tool in tools:
            if not isinstance(tool, _RUNNABLE):
                raise ValueError(
                    f"tools: {tool!r} is not a runnable tool (use @beta_tool / @beta_async_tool)"
                )
        self.session_id = session_id
        self.tools: Sequence[BetaAnyRunnableTool] = tools
        self.max_idle = max_idle
        self.max_concurrent_calls = max_concurrent_calls
        self.extra_headers = dict(extra_headers) if extra_headers else None
        from ..environments._poller import scoped_client

        self._client = scoped_client(client, environment_key, helper="session-tool-runner")
        # Set by the EnvironmentWorker: retry window of a stopping run, and whether the lease
        # went to another worker (then nothing more is posted).
        self._send_retry_window: Callable[[], float] = lambda: SEND_RETRY_WINDOW
        self._is_replaced: Callable[[], bool] = lambda: False
        self._events_by_conversation: dict[str, Any] = {}

    def _events_for(self, conversation_id: str | None) -> Any:
        """The events resource that posts the result of a call whose tool span has
        `conversation_id` (its thread's id), so that the posting call's span has it too: with
        spans on and no `conversation_id` in the client's option, a copy of the client (one per
        thread, its other options kept) that sets it."""
        client = self._client
        telemetry = getattr(client, "_telemetry", None)
        if conversation_id is None or telemetry is None or telemetry.conversation_id:
            return client.beta.sessions.events
        events = self._events_by_conversation.get(conversation_id)
        if events is None:
            option = {**client.open_telemetry, "conversation_id": conversation_id}
            events = client.with_options(open_telemetry=option).beta.sessions.events
            self._events_by_conversation[conversation_id] = events
        return events

    def __aiter__(self) -> AsyncIterator[DispatchedToolCall]:
        """Run the session's calls, yielding each one once its result was posted (or not)."""
        return self._iterate()

    async def until_done(self) -> None:
        """Run until the session ends or stays idle (see the module), discarding the calls.

        Raises:
            APIStatusError: the API refused one of the runner's reads for good.
        """
        async for _ in self:
            pass

    async def _iterate(self) -> AsyncIterator[DispatchedToolCall]:
        run = _SessionRun(self)
        reader = asyncio.ensure_future(run.read_until_stop())
        try:
            while True:
                call = await run.results.get()
                if call is None:
                    break
                yield call
        finally:
            await run.shut_down(reader)
            await _close_tools(self.tools)
        if run.failure is not None:
            raise run.failure


async def _close_tools(tools: Sequence[BetaAnyRunnableTool]) -> None:
    """Call the `close` of each tool that has one (a tool holding a process or a connection,
    such as the agent toolset's `bash`), awaited when it returns an awaitable; a failure is
    logged and does not keep the other tools from closing."""
    for tool in tools:
        close = getattr(tool, "close", None)
        if not callable(close):
            continue
        try:
            result = close()
            if inspect.isawaitable(result):
                await result
        except Exception as error:
            log.warning("closing tool=%s failed error=%r", getattr(tool, "name", "?"), error)


class _SessionRun:
    """One iteration of a runner: its connection loop, its running calls, its results."""

    def __init__(self, runner: SessionToolRunner) -> None:
        self.runner = runner
        self.results: asyncio.Queue[DispatchedToolCall | None] = asyncio.Queue()
        self.failure: BaseException | None = None
        self._loop = asyncio.get_running_loop()
        self._tools = {tool.name: tool for tool in runner.tools}
        self._view = SessionView({})
        self._connected = False
        self._stopping = False
        self._handled: set[str] = set()
        self._running: dict[str | None, asyncio.Task[None]] = {}
        """The running call of each thread (None: the primary thread)."""
        self._tool_tasks: dict[str, asyncio.Task[BetaFunctionToolResultType]] = {}
        self._stopped_tools: set[str] = set()
        self._active_at = self._loop.time()
        self._idle_timer: asyncio.TimerHandle | None = None
        self._reader: asyncio.Task[Any] | None = None
        self._idle_over = False
        self._reading_stream = False
        self._drain_deadline = math.inf

    # --- reading the session -------------------------------------------------------------------

    async def read_until_stop(self) -> None:
        self._reader = asyncio.current_task()
        try:
            await self._connect_until_stop()
        except BaseException as error:
            self.failure = error
            raise
        finally:
            self._stop_tools()
            if self._running:
                await asyncio.wait(set(self._running.values()))
            self.results.put_nowait(None)

    async def _connect_until_stop(self) -> None:
        delay = RECONNECT_FIRST
        attempts = itertools.count()
        while True:
            outcome = await self._read_connection(next(attempts))
            if outcome == "stop":
                return
            if outcome == "read":
                attempts, delay = itertools.count(), RECONNECT_FIRST
            await asyncio.sleep(jittered(delay))
            delay = min(delay * 2, RECONNECT_CAP)

    async def _read_connection(self, attempt: int) -> Literal["stop", "reconnect", "read"]:
        runner = self.runner
        sessions = runner._client.beta.sessions
        timeout = request_timeout(attempt)
        headers = runner.extra_headers
        stream: Any = None
        try:
            stream = await asyncio.wait_for(
                sessions.events.stream(runner.session_id, extra_headers=headers), timeout
            )
            reads_began = self._loop.time()
            session = await sessions.retrieve(
                runner.session_id, extra_headers=headers, timeout=timeout
            )
            view = SessionView(self._view.first_seen)
            now = self._loop.time()
            history = sessions.events.list(
                runner.session_id, limit=HISTORY_PAGE_SIZE, extra_headers=headers, timeout=timeout
            )
            async for event in history:
                view.apply(event, now)
            if view.ended or session.status == "terminated":
                log.info("session terminated session_id=%s", runner.session_id)
                return "stop"
            if session.status != "idle":
                self._active_at = self._loop.time()
            self._view = view
            self._connected = True
            self._act()
            # Only reads that began after the idle time ran out show the session is still idle.
            deadline = self._idle_deadline()
            if deadline is not None and deadline <= reads_began:
                log.info("session idle for %ss; stopping", runner.max_idle)
                return "stop"
            return await self._read_stream(stream)
        except REQUEST_ERRORS as error:
            if is_fatal(error):
                log.error("session read refused session_id=%s error=%s", runner.session_id, error)
                self.failure = error
                return "stop"
            log.warning(
                "session read failed, reconnecting session_id=%s error=%s",
                runner.session_id,
                type(error).__name__,
            )
            return "reconnect"
        finally:
            self._connected = False
            if stream is not None:
                with contextlib.suppress(Exception):
                    await stream.close()

    async def _read_stream(self, stream: Any) -> Literal["reconnect", "stop", "read"]:
        read = False
        self._reading_stream = True
        try:
            async for event in stream:
                read = True
                self._view.apply(event, self._loop.time())
                if self._view.ended:
                    log.info("session terminated session_id=%s", self.runner.session_id)
                    return "stop"
                self._act()
        except asyncio.CancelledError:
            if not self._idle_over:
                raise
            # The idle time ran out: read the session again to confirm it (see above).
            self._idle_over = False
            task: Any = asyncio.current_task()
            if hasattr(task, "uncancel"):
                task.uncancel()
            return "reconnect"
        finally:
            self._reading_stream = False
        return "read" if read else "reconnect"

    # --- acting on what was read ---------------------------------------------------------------

    def _act(self) -> None:
        if self._stopping:
            return
        limit = self.runner.max_concurrent_calls or math.inf
        for event, confirmation in self._view.ready():
            if event.id in self._handled:
                continue
            tool = self._tools.get(event.name)
            if confirmation == "deny" or tool is None:
                log.info("not running tool=%s confirmation=%s", event.name, confirmation)
                self._handled.add(event.id)
                self._report(event, confirmation, None, posted=False)
                continue
            thread = event.session_thread_id
            if not self._connected or thread in self._running or len(self._running) >= limit:
                continue
            self._handled.add(event.id)
            self._running[thread] = asyncio.ensure_future(self._run_call(event, tool, confirmation))
        for event_id, task in self._tool_tasks.items():
            if self._view.gave_up_on(event_id) and not task.done():
                self._stopped_tools.add(event_id)
                task.cancel()
        self._arm_idle_timer()

    def _arm_idle_timer(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None
        deadline = self._idle_deadline()
        if deadline is not None and not self._stopping:
            self._idle_timer = self._loop.call_at(deadline, self._end_idle)

    def _idle_deadline(self) -> float | None:
        """When the session will have been idle for `max_idle` with no call running."""
        max_idle, idle_since = self.runner.max_idle, self._view.idle_since
        if max_idle is None or idle_since is None or self._running:
            return None
        return max(idle_since, self._active_at) + max_idle

    def _end_idle(self) -> None:
        if self._running or not self._reading_stream or self._reader is None:
            return
        self._idle_over = True
        self._reader.cancel()

    # --- one call ------------------------------------------------------------------------------

    async def _run_call(
        self,
        event: DispatchedToolUseEvent,
        tool: BetaAnyRunnableTool,
        confirmation: Literal["allow", "deny"] | None,
    ) -> None:
        thread = event.session_thread_id
        # The call's conversation is its thread (the primary thread's events name none).
        conversation_id = thread or self._view.primary_thread_id
        try:
            result = await self._execute(event, tool, conversation_id)
            posted = False
            if thread in self._view.terminated_threads:
                log.info("thread terminated; result not posted tool_use_id=%s", event.id)
            elif not self.runner._is_replaced():
                result, posted = await self._post(event, result, conversation_id)
            self._report(event, confirmation, result, posted=posted)
        finally:
            del self._running[thread]
            self._active_at = self._loop.time()
            self._act()

    def _tool_span(
        self,
        event: DispatchedToolUseEvent,
        tool: BetaAnyRunnableTool,
        tool_input: dict[str, Any],
        conversation_id: str | None,
    ) -> Any:
        """The call's span (a context manager giving the run whose `result` and `content` the
        block sets), or nothing when the client records no spans."""
        telemetry = getattr(self.runner._client, "_telemetry", None)
        if telemetry is None:
            return contextlib.nullcontext(types.SimpleNamespace())
        return telemetry.session_tool_use(
            tool,
            event,
            input=tool_input,
            session_id=self.runner.session_id,
            conversation_id=conversation_id,
        )

    async def _execute(
        self,
        event: DispatchedToolUseEvent,
        tool: BetaAnyRunnableTool,
        conversation_id: str | None = None,
    ) -> DispatchedToolResultParams:
        log.info("running tool=%s tool_use_id=%s", event.name, event.id)
        tool_input = dict(event.input)
        with self._tool_span(event, tool, tool_input, conversation_id) as span:
            result, span.content, stopped = await self._call_tool(event, tool, tool_input)
            if not stopped:  # a call the runner stopped leaves its span's status unset
                span.result = result
        return result

    async def _call_tool(
        self, event: DispatchedToolUseEvent, tool: BetaAnyRunnableTool, tool_input: dict[str, Any]
    ) -> tuple[DispatchedToolResultParams, list[Any], bool]:
        """The result event of one run of `tool`, the blocks its span records, and whether the
        runner stopped the tool."""
        # The task copies the context: a tool with state per thread (bash) reads the thread.
        thread = current_session_thread.set((self.runner.session_id, event.session_thread_id))
        try:
            task = asyncio.ensure_future(call_runnable(tool, tool_input))
        finally:
            current_session_thread.reset(thread)
        self._tool_tasks[event.id] = task
        content: BetaFunctionToolResultType | None
        is_error = True
        stopped = False
        try:
            done, _ = await asyncio.wait({task}, timeout=TOOL_TIMEOUT)
            if not done:
                task.cancel()
                content = f"tool {event.name!r} timed out"
            elif task.cancelled():
                stopped = True
                content = (
                    f"tool {event.name!r} was stopped, and may have already done some or all of "
                    "its work"
                )
            elif task.exception() is not None:
                error = task.exception()
                if not isinstance(error, Exception):
                    raise error  # type: ignore[misc]
                log.info("tool %r raised %r; posted as an is_error result", event.name, error)
                content = _error_content(error)
            else:
                content, is_error = task.result(), False
        finally:
            del self._tool_tasks[event.id]
        try:
            blocks, recorded = _session_blocks(content)
        except TypeError:
            blocks = [_text(f"tool {event.name!r} returned neither a string nor content blocks")]
            recorded, is_error = blocks, True
        return result_event(event, blocks, is_error=is_error), recorded, stopped

    async def _post(
        self,
        event: DispatchedToolUseEvent,
        result: DispatchedToolResultParams,
        conversation_id: str | None = None,
    ) -> tuple[DispatchedToolResultParams, bool]:
        sender = _Sender(self, event, conversation_id)
        failure = await sender.send(result)
        if failure is None:
            return result, True
        # A refused result leaves the call open: it still needs one.
        if isinstance(failure, APIStatusError) and failure.status_code in (400, 413):
            reason = f"{failure.status_code} {failure.api_message or failure.message}"
            text = f"The API refused the result of tool {event.name!r}: {reason}"
            replacement = result_event(event, [_text(text)], is_error=True)
            if await sender.send(replacement) is None:
                return replacement, True
        log.error(
            "tool result not posted session_id=%s tool_use_id=%s", self.runner.session_id, event.id
        )
        return result, False

    def _report(
        self,
        event: DispatchedToolUseEvent,
        confirmation: Literal["allow", "deny"] | None,
        result: DispatchedToolResultParams | None,
        *,
        posted: bool,
    ) -> None:
        self.results.put_nowait(
            DispatchedToolCall(
                event=event,
                result=result,
                tool_use_id=event.id,
                name=event.name,
                is_error=result is not None and result.get("is_error") is True,
                posted=posted,
                confirmation=confirmation,
            )
        )

    # --- stopping ------------------------------------------------------------------------------

    def _stop_tools(self) -> None:
        self._stopping = True
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        for event_id, task in self._tool_tasks.items():
            self._stopped_tools.add(event_id)
            task.cancel()

    async def shut_down(self, reader: asyncio.Future[None]) -> None:
        """After the loop: stop reading, stop the tools, give the posts `DRAIN_TIMEOUT`, and
        close every tool that holds resources."""
        if not reader.done():
            self._drain_deadline = self._loop.time() + (
                0.0 if self.runner._is_replaced() else DRAIN_TIMEOUT
            )
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                done, _ = await asyncio.wait({reader}, timeout=DRAIN_TIMEOUT)
                if not done:
                    log.warning("drain timeout: results may not have been posted")
                    for task in self._running.values():
                        task.cancel()
                    await asyncio.wait({reader})
        elif not reader.cancelled() and reader.exception() is not None and self.failure is None:
            self.failure = reader.exception()

    def send_window_open(self, began_at: float) -> bool:
        """Whether a failing send may still be retried."""
        now = self._loop.time()
        if now >= self._drain_deadline or self.runner._is_replaced():
            return False
        return not self._stopping or now < began_at + self.runner._send_retry_window()


class _Sender:
    """Posts the result of one call; its attempts share one backoff and one retry window."""

    def __init__(
        self, run: _SessionRun, event: DispatchedToolUseEvent, conversation_id: str | None = None
    ) -> None:
        self._run = run
        self._event = event
        self._events = run.runner._events_for(conversation_id)
        self._attempts = itertools.count()
        self._began_at = asyncio.get_running_loop().time()

    async def send(self, result: DispatchedToolResultParams) -> Exception | None:
        """None once the API accepted `result`, else the last failure."""
        runner = self._run.runner
        events = self._events
        while True:
            attempt = next(self._attempts)
            try:
                await asyncio.wait_for(
                    events.send(
                        runner.session_id, events=[result], extra_headers=runner.extra_headers
                    ),
                    request_timeout(attempt),
                )
                return None
            except REQUEST_ERRORS as error:
                log.warning(
                    "tool result send failed session_id=%s tool_use_id=%s error=%s",
                    runner.session_id,
                    self._event.id,
                    type(error).__name__,
                )
                if is_fatal(error) or not self._run.send_window_open(self._began_at):
                    return error
                await asyncio.sleep(jittered(backoff(attempt, cap=SEND_BACKOFF_CAP)))
