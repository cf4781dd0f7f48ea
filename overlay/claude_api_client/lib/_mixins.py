"""Helper methods of the generated `messages` resources (`x-sdk-helpers` in openapi/).

The public resource classes of a namespace with helpers (`resources/messages/messages.py` …,
generated, layer 3) derive from their layer-2 namesakes (`resources/_plain_messages.py`) and from
these mixins, and call them for what a document cannot describe: turning `output_format=` into
`output_config.format`, parsing a reply, wrapping a stream so its final message is parsed,
building a tool runner. No layer-2 module imports this one (tests/test_layers.py). It imports only
the core at load time, the helpers themselves on first use, so `client.messages` stays cheap.
"""

from __future__ import annotations

import os
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .._core._casts import value_cast
from .._core._exceptions import AnthropicError
from .._core._options import RequestOptions
from .._core._resource import AsyncResource, SyncResource
from .._core._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from .._core._streaming import AsyncStream, Stream
    from .._core._types import Body, Headers, Query
    from ..types import SelfHostedWork
    from ..types.beta import BetaMessageParam, BetaToolUnionParam
    from ..types.model_param import ModelParam
    from ._message_stream import AsyncMessageStreamManager as AsyncMessageStreamManager
    from ._message_stream import MessageStreamManager as MessageStreamManager
    from ._parse._types import ParsedContentBlock as ParsedContentBlock
    from ._parse._types import ParsedMessage as ParsedMessage
    from ._parse._types import ParsedTextBlock as ParsedTextBlock
    from ._parse._types import ResponseFormatT as ResponseFormatT
    from .environments._worker import EnvironmentWorker as EnvironmentWorker
    from .environments._worker import EnvironmentWorkerTools as EnvironmentWorkerTools
    from .environments._worker import MemoryDeleteMode as MemoryDeleteMode
    from .threads import BetaAsyncMessageThread, BetaMessageThread, UnsupportedRequestBehavior
    from .threads._params import ThreadCreateFields
    from .tools._beta_session_runner import BetaAnyRunnableTool as BetaAnyRunnableTool
    from .tools._beta_session_runner import SessionToolRunner as SessionToolRunner
    from .tools._runner import BetaAsyncRunnableTool as BetaAsyncRunnableTool
    from .tools._runner import BetaAsyncStreamingToolRunner as BetaAsyncStreamingToolRunner
    from .tools._runner import BetaAsyncToolRunner as BetaAsyncToolRunner
    from .tools._runner import BetaRunnableTool as BetaRunnableTool
    from .tools._runner import BetaStreamingToolRunner as BetaStreamingToolRunner
    from .tools._runner import BetaToolRunner as BetaToolRunner
    from .tools._toolsets._contract import BetaAsyncRunnableToolset as BetaAsyncRunnableToolset
    from .tools._toolsets._contract import BetaRunnableToolset as BetaRunnableToolset

__all__ = [
    "AsyncBetaEnvironmentWorkHelpers",
    "AsyncBetaMessagesHelpers",
    "AsyncBetaSessionEventsHelpers",
    "BetaSessionEventsHelpers",
    "BetaEnvironmentWorkHelpers",
    "AsyncMessagesHelpers",
    "BetaMessagesHelpers",
    "MessagesHelpers",
]


_T = TypeVar("_T")
_D = TypeVar("_D")


def _or(value: _T | NotGiven, default: _D) -> _T | _D:
    """`value`, or `default` where the argument was not given."""
    return default if isinstance(value, NotGiven) else value


def _is_wire_format(value: object) -> bool:
    # The beta surface's own `output_format` field takes `{"type": "json_schema", "schema": ...}`.
    return isinstance(value, Mapping) and value.get("type") == "json_schema" and "schema" in value


def with_output_format(
    output_config: Any, output_format: Any, *, wire_field: bool
) -> tuple[Any, Any]:
    """`(output_config, output_format)` to send, from what the caller gave.

    A type (or a plain JSON schema dict) becomes `output_config.format` and nothing is sent as
    `output_format`; on the beta surface, a value already in the wire form of its `output_format`
    field is sent there unchanged. None means no format.
    """
    if isinstance(output_format, NotGiven) or output_format is None:
        return output_config, NOT_GIVEN
    if wire_field and _is_wire_format(output_format):
        return output_config, output_format
    from ._parse._transform import json_output_format

    if isinstance(output_config, Mapping) and output_config.get("format") is not None:
        raise AnthropicError(
            "output_format and output_config['format'] were both given; pass only one"
        )
    config = dict(output_config) if isinstance(output_config, Mapping) else {}
    config["format"] = json_output_format(output_format)
    return config, NOT_GIVEN


def _output_type(output_format: Any) -> Any:
    """What replies are validated as (None: not parsed)."""
    if isinstance(output_format, NotGiven) or output_format is None:
        return None
    if _is_wire_format(output_format):
        return output_format["schema"]
    return output_format


def _load_message() -> type[Any]:
    # Validated straight into the parsed class: parse_message() then only swaps the text blocks.
    from ._parse._types import ParsedMessage

    return ParsedMessage


def _stream_manager(
    plain: Callable[..., Any], parsed: str, open: Any, load_message: Any, output_format: Any
) -> Any:
    """`plain(open, load_message)`, or with an output format the `parsed` manager class of
    `_parse._stream` (the final message's text validated as that format). Either accumulates a
    `ParsedMessage`, as the official streams do."""
    from ._parse import _stream

    output_type = _output_type(output_format)
    if output_type is None:
        return plain(open, load_message, _stream.as_parsed)
    return getattr(_stream, parsed)(open, load_message, output_type)


def _new_thread(kind: str, values: dict[str, Any]) -> Any:
    """The thread class `kind` of `lib.threads` made from `thread()`'s arguments (its
    `locals()` on entry)."""
    from . import threads

    arguments = {k: v for k, v in values.items() if k not in ("self", "params")}
    return getattr(threads, kind)(values["self"]._client, **{**arguments, **values["params"]})


class _SharedHelpers:
    _wire_output_format = False

    def _with_output_format(self, output_config: Any, output_format: Any) -> tuple[Any, Any]:
        return with_output_format(output_config, output_format, wire_field=self._wire_output_format)


class MessagesHelpers(_SharedHelpers, SyncResource):
    """`parse()` and `output_format=` of `client.messages` (sync)."""

    def _parse_message(self, options: RequestOptions, output_format: Any) -> Any:
        from ._parse._response import parse_message

        message: Any = self._client.request(options, value_cast(_load_message))
        return parse_message(message, _output_type(output_format))

    def _format_stream(
        self,
        open: Callable[[], Stream[Any]],
        load_message: Callable[[], type[Any]],
        output_format: Any,
    ) -> MessageStreamManager[Any, Any]:
        from ._message_stream import MessageStreamManager

        parsed = "ParsedMessageStreamManager"
        manager: MessageStreamManager[Any, Any] = _stream_manager(
            MessageStreamManager, parsed, open, load_message, output_format
        )
        return manager


class AsyncMessagesHelpers(_SharedHelpers, AsyncResource):
    """`parse()` and `output_format=` of `client.messages` (async)."""

    async def _parse_message(self, options: RequestOptions, output_format: Any) -> Any:
        from ._parse._response import parse_message

        message: Any = await self._client.request(options, value_cast(_load_message))
        return parse_message(message, _output_type(output_format))

    def _format_stream(
        self,
        open: Callable[[], Awaitable[AsyncStream[Any]] | AsyncStream[Any]],
        load_message: Callable[[], type[Any]],
        output_format: Any,
    ) -> AsyncMessageStreamManager[Any, Any]:
        from ._message_stream import AsyncMessageStreamManager

        parsed = "AsyncParsedMessageStreamManager"
        manager: AsyncMessageStreamManager[Any, Any] = _stream_manager(
            AsyncMessageStreamManager, parsed, open, load_message, output_format
        )
        return manager


class _ToolRunners:
    """`tool_runner()` of both beta surfaces: the runner class named by `_runner_kinds` (plain,
    streaming), sending through the resource's `parse()` (or `stream()`). The beta surfaces also
    send a wire-form `output_format` as it is."""

    _wire_output_format = True
    _runner_kinds: tuple[str, str]

    def _tool_runner(
        self,
        params: dict[str, Any],
        *,
        tools: Iterable[Any],
        max_iterations: int | NotGiven,
        stream: bool | NotGiven,
        output_format: Any,
        run_tools_eagerly: bool | NotGiven = False,
    ) -> Any:
        from .tools import _runner as runners
        from .tools._runner_build import from_params

        eager = run_tools_eagerly is True
        if eager and stream is not True:
            # Tools can only start before a reply ends when the reply is streamed.
            raise ValueError("run_tools_eagerly=True needs stream=True")
        kind = self._runner_kinds[1] if stream is True else self._runner_kinds[0]
        arguments = from_params(
            self,
            kind,
            {**params, "output_format": output_format},
            tools,
            _or(max_iterations, None),
            eager,
        )
        return getattr(runners, kind)._make(**arguments)


class BetaMessagesHelpers(_ToolRunners, MessagesHelpers):
    """`parse()`, `output_format=` and `tool_runner()` of `client.beta.messages` (sync)."""

    _runner_kinds = ("BetaToolRunner", "BetaStreamingToolRunner")

    def thread(
        self,
        *,
        max_tokens: int,
        model: ModelParam,
        messages: Iterable[BetaMessageParam] | NotGiven = NOT_GIVEN,
        tools: Iterable[BetaRunnableTool | BetaToolUnionParam] | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | NotGiven | None = NOT_GIVEN,
        unsupported_request_behavior: UnsupportedRequestBehavior = "error",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[ThreadCreateFields],
    ) -> BetaMessageThread[ResponseFormatT]:
        """Start a message thread: a conversation the server holds between turns, so each turn
        sends only the new messages (beta `message-threads-2026-08-12`). Takes the arguments of
        `create()` except `thread` and `stream`, with `messages` optional; sends nothing.

        Returns:
            BetaMessageThread: `send()`, `parse()`, `stream()`, `tool_runner()`, `fork()`.
        """
        thread: BetaMessageThread[ResponseFormatT] = _new_thread("BetaMessageThread", locals())
        return thread


class AsyncBetaMessagesHelpers(_ToolRunners, AsyncMessagesHelpers):
    """`parse()`, `output_format=` and `tool_runner()` of `client.beta.messages` (async)."""

    _runner_kinds = ("BetaAsyncToolRunner", "BetaAsyncStreamingToolRunner")

    def thread(
        self,
        *,
        max_tokens: int,
        model: ModelParam,
        messages: Iterable[BetaMessageParam] | NotGiven = NOT_GIVEN,
        tools: Iterable[BetaAsyncRunnableTool | BetaToolUnionParam] | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | NotGiven | None = NOT_GIVEN,
        unsupported_request_behavior: UnsupportedRequestBehavior = "error",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[ThreadCreateFields],
    ) -> BetaAsyncMessageThread[ResponseFormatT]:
        """`thread()` of the sync client, on `AsyncAnthropic`: the thread's `send()` and
        `parse()` are coroutines, its `stream()` an async context manager. Sends nothing.

        Returns:
            BetaAsyncMessageThread: `send()`, `parse()`, `stream()`, `tool_runner()`, `fork()`.
        """
        thread: BetaAsyncMessageThread[ResponseFormatT]
        thread = _new_thread("BetaAsyncMessageThread", locals())
        return thread


# --- environments.work: the poller ---------------------------------------------------------------


class BetaEnvironmentWorkHelpers(SyncResource):
    """The sync `beta.environments.work` has no poller (neither has the official package's)."""


class AsyncBetaEnvironmentWorkHelpers(AsyncResource):
    def poller(
        self,
        *,
        environment_id: str,
        environment_key: str,
        worker_id: str | None = None,
        block_ms: int | NotGiven | None = NOT_GIVEN,
        reclaim_older_than_ms: int | None = None,
        drain: bool = False,
        auto_stop: bool = True,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncGenerator[SelfHostedWork, None]:
        """Claim work items of a self-hosted environment, one at a time (async only).

        Each item is polled (a long poll of `block_ms`, default 999 ms; `None` polls without
        waiting) with `worker_id` as `Anthropic-Worker-ID` (default: host name plus a random
        suffix), acknowledged, and yielded; when the loop body ends it is stopped with
        `force=True` unless `auto_stop=False` (hand the item to another process that stops it).
        Empty polls wait 1-3 s and poll again, or end the loop with `drain=True`; passing
        failures back off. Every call authenticates with `environment_key` (as a Bearer token
        on a copy of this client) and carries `extra_headers`. Use it as
        `async with contextlib.aclosing(work.poller(...)) as items: async for item in items:`
        so that the last item is stopped as soon as the loop ends.
        """
        from .environments._poller import POLL_BLOCK_MS, aiter_work, scoped_client

        helper = "environments-work-poller"
        scoped = scoped_client(self._client, environment_key, helper=helper).beta.environments.work
        return aiter_work(
            scoped,
            environment_id=environment_id,
            worker_id=worker_id,
            block_ms=_or(block_ms, POLL_BLOCK_MS),
            reclaim_older_than_ms=reclaim_older_than_ms,
            drain=drain,
            auto_stop=auto_stop,
            extra_headers=extra_headers,
        )

    def worker(
        self,
        *,
        environment_id: str | None = None,
        environment_key: str | None = None,
        tools: EnvironmentWorkerTools | None = None,
        workdir: str | os.PathLike[str] | None = None,
        unrestricted_paths: bool | NotGiven = NOT_GIVEN,
        max_file_bytes: int | NotGiven | None = NOT_GIVEN,
        max_idle: float | NotGiven | None = NOT_GIVEN,
        max_concurrent_calls: int | NotGiven | None = NOT_GIVEN,
        memory_sync_interval: float | NotGiven | None = NOT_GIVEN,
        memory_sync_deletions: MemoryDeleteMode = "enabled",
        worker_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EnvironmentWorker:
        """An `EnvironmentWorker` on this client: polls the environment, and serves each claimed
        session with the session tool runner while it holds the item's lease (async only).

        Args:
            environment_id: The environment to poll (needed by `run` only).
            environment_key: The environment key, the Bearer credential of the worker's calls
                (an item's sessions token takes its place for that item).
            tools: A list of tools, or a function of each session's `AgentToolContext`;
                default: the agent toolset's file tools.
            workdir: The tools' working directory (default: the current one).
            unrestricted_paths: No longer accepted (raises `TypeError`).
            max_file_bytes: Passed to each session's `AgentToolContext`.
            max_idle: Seconds to stay on a session that ended its turn (default 60).
            max_concurrent_calls: Calls of a session that may run at once (default 1).
            memory_sync_interval: Seconds between memory syncs (default 15, at least 5).
            memory_sync_deletions: `"enabled"`, `"log_only"` or `"disabled"`.
            worker_id: Sent with each poll as `Anthropic-Worker-ID`.
            extra_headers: Headers sent with every request the worker makes.

        Returns:
            EnvironmentWorker: `await worker.run()`, or `await worker.handle_item(...)`.

        Raises:
            TypeError: `unrestricted_paths` was given.
            ValueError: `max_concurrent_calls` below 1 or `memory_sync_interval` below 5.
        """
        from .environments._worker import (
            DEFAULT_MEMORY_SYNC_INTERVAL,
            UNRESTRICTED_PATHS_DEPRECATION,
            EnvironmentWorker,
        )
        from .tools._beta_session_runner import DEFAULT_MAX_CONCURRENT_CALLS, DEFAULT_MAX_IDLE

        if not isinstance(unrestricted_paths, NotGiven):
            raise TypeError(UNRESTRICTED_PATHS_DEPRECATION)
        client: Any = self._client  # an AsyncAnthropic: only its resources derive from this mixin
        return EnvironmentWorker(
            client,
            environment_id=environment_id,
            environment_key=environment_key,
            tools=tools,
            workdir=workdir,
            max_file_bytes=max_file_bytes,
            max_idle=_or(max_idle, DEFAULT_MAX_IDLE),
            max_concurrent_calls=_or(max_concurrent_calls, DEFAULT_MAX_CONCURRENT_CALLS),
            memory_sync_interval=_or(memory_sync_interval, DEFAULT_MEMORY_SYNC_INTERVAL),
            memory_sync_deletions=memory_sync_deletions,
            worker_id=worker_id,
            extra_headers=extra_headers,
        )


# --- sessions.events: the session tool runner ----------------------------------------------------


class BetaSessionEventsHelpers(SyncResource):
    """The sync `beta.sessions.events` has no tool runner (neither has the official package's)."""


class AsyncBetaSessionEventsHelpers(AsyncResource):
    def tool_runner(
        self,
        session_id: str,
        *,
        tools: Sequence[BetaAnyRunnableTool],
        max_idle: float | NotGiven | None = NOT_GIVEN,
        max_concurrent_calls: int | NotGiven | None = NOT_GIVEN,
        environment_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionToolRunner:
        """Run, on this machine, the tool calls a session waits on (async only).

        The runner attaches to the session, runs the tool of `tools` named by each
        `agent.tool_use` / `agent.custom_tool_use` the session waits on, posts the result
        (`user.tool_result` / `user.custom_tool_result`), and yields a `DispatchedToolCall` per
        call; it reconnects with backoff and stops when the session terminates or stays idle.

        Args:
            session_id: The session to attach to.
            tools: The runnable tools (`@beta_tool`, `@beta_async_tool`, built-in tools).
            max_idle: Seconds to stay after the session ended its turn (default
                `DEFAULT_MAX_IDLE`, 60); None: until it terminates.
            max_concurrent_calls: Calls that may run at once (default 1); None: no limit.
            environment_key: A Bearer credential for the runner's requests in place of the
                client's own.
            extra_headers: Headers sent with each of the runner's requests.

        Returns:
            SessionToolRunner: iterate it with `async for`, or `await runner.until_done()`.

        Raises:
            ValueError: `max_concurrent_calls` is below 1, or a tool is not runnable.
        """
        from .tools._beta_session_runner import (
            DEFAULT_MAX_CONCURRENT_CALLS,
            DEFAULT_MAX_IDLE,
            SessionToolRunner,
        )

        return SessionToolRunner(
            self._client,  # type: ignore[arg-type]
            session_id,
            tools=tools,
            max_idle=_or(max_idle, DEFAULT_MAX_IDLE),
            max_concurrent_calls=_or(max_concurrent_calls, DEFAULT_MAX_CONCURRENT_CALLS),
            environment_key=environment_key,
            extra_headers=extra_headers,
        )
