"""Helper methods of the generated `messages` resources (`x-sdk-helpers` in openapi/).

The generated resource classes derive from these mixins and call them for what a document
cannot describe: turning `output_format=` into `output_config.format`, parsing a reply, wrapping
a stream so its final message is parsed, building a tool runner. This is the one module of the
helper layer that generated code imports (tests/test_layers.py allows exactly it); it imports
only the core at load time, the helpers themselves on first use, so `client.messages` stays cheap.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._core._casts import model_cast
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
    from .threads import BetaAsyncMessageThread, BetaMessageThread, UnsupportedRequestBehavior
    from .threads._params import ThreadCreateFields
    from .tools._runner import BetaAsyncRunnableTool as BetaAsyncRunnableTool
    from .tools._runner import BetaAsyncStreamingToolRunner as BetaAsyncStreamingToolRunner
    from .tools._runner import BetaAsyncToolRunner as BetaAsyncToolRunner
    from .tools._runner import BetaRunnableTool as BetaRunnableTool
    from .tools._runner import BetaStreamingToolRunner as BetaStreamingToolRunner
    from .tools._runner import BetaToolRunner as BetaToolRunner

__all__ = [
    "AsyncBetaEnvironmentWorkHelpers",
    "AsyncBetaMessagesHelpers",
    "BetaEnvironmentWorkHelpers",
    "AsyncMessagesHelpers",
    "BetaMessagesHelpers",
    "MessagesHelpers",
]


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
    `_parse._stream` (the final message's text validated as that format)."""
    output_type = _output_type(output_format)
    if output_type is None:
        return plain(open, load_message)
    from ._parse import _stream

    return getattr(_stream, parsed)(open, load_message, output_type)


def _thread_arguments(values: dict[str, Any]) -> dict[str, Any]:
    """`thread()`'s arguments (its `locals()` on entry) as the thread classes take them."""
    arguments = {k: v for k, v in values.items() if k not in ("self", "params")}
    return {**arguments, **values["params"]}


class _SharedHelpers:
    _wire_output_format = False

    def _with_output_format(self, output_config: Any, output_format: Any) -> tuple[Any, Any]:
        return with_output_format(output_config, output_format, wire_field=self._wire_output_format)


class MessagesHelpers(_SharedHelpers, SyncResource):
    """`parse()` and `output_format=` of `client.messages` (sync)."""

    def _parse_message(self, options: RequestOptions, output_format: Any) -> Any:
        from ._parse._response import parse_message

        message: Any = self._client.request(options, model_cast(_load_message))
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

        message: Any = await self._client.request(options, model_cast(_load_message))
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
    streaming), sending through the resource's `parse()` (or `stream()`)."""

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

        eager = run_tools_eagerly is True
        if eager and stream is not True:
            # Tools can only start before a reply ends when the reply is streamed.
            raise ValueError("run_tools_eagerly=True needs stream=True")
        kind = self._runner_kinds[1] if stream is True else self._runner_kinds[0]
        thread = params.pop("thread", None)
        if thread is not None and thread is not False:
            raise TypeError(
                f"thread: the tool runner sets `thread` on each request itself, got {thread!r}; "
                "pass thread=False to run without a message thread"
            )
        client = self._client  # type: ignore[attr-defined]
        if thread is not False and getattr(client, "_supports_message_threads", True):
            # As the official runner: the conversation is held by the server, each turn sends only
            # what is new (see lib/threads).
            from .threads._thread import thread_runner

            return thread_runner(client, kind, params, tools, max_iterations, output_format, eager)
        cls = getattr(runners, kind)
        return cls(
            create=getattr(self, "stream" if stream is True else "parse"),
            params=params,
            tools=tools,
            max_iterations=None if isinstance(max_iterations, NotGiven) else max_iterations,
            output_format=None if isinstance(output_format, NotGiven) else output_format,
            run_tools_eagerly=eager,
        )


class BetaMessagesHelpers(_ToolRunners, MessagesHelpers):
    """`parse()`, `output_format=` and `tool_runner()` of `client.beta.messages` (sync)."""

    _wire_output_format = True
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
        workspace_id: str | NotGiven = NOT_GIVEN,
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
        arguments = _thread_arguments(locals())
        from .threads import BetaMessageThread

        return BetaMessageThread(self._client, **arguments)  # type: ignore[arg-type]


class AsyncBetaMessagesHelpers(_ToolRunners, AsyncMessagesHelpers):
    """`parse()`, `output_format=` and `tool_runner()` of `client.beta.messages` (async)."""

    _wire_output_format = True
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
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[ThreadCreateFields],
    ) -> BetaAsyncMessageThread[ResponseFormatT]:
        """Start a message thread: a conversation the server holds between turns, so each turn
        sends only the new messages (beta `message-threads-2026-08-12`). Takes the arguments of
        `create()` except `thread` and `stream`, with `messages` optional; sends nothing.

        Returns:
            BetaAsyncMessageThread: `send()`, `parse()`, `stream()`, `tool_runner()`, `fork()`.
        """
        arguments = _thread_arguments(locals())
        from .threads import BetaAsyncMessageThread

        return BetaAsyncMessageThread(self._client, **arguments)  # type: ignore[arg-type]


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
        from .environments._poller import POLL_BLOCK_MS, aiter_work, bearer_client

        scoped = bearer_client(self._client, environment_key).beta.environments.work
        return aiter_work(
            scoped,
            environment_id=environment_id,
            worker_id=worker_id,
            block_ms=POLL_BLOCK_MS if isinstance(block_ms, NotGiven) else block_ms,
            reclaim_older_than_ms=reclaim_older_than_ms,
            drain=drain,
            auto_stop=auto_stop,
            extra_headers=extra_headers,
        )
