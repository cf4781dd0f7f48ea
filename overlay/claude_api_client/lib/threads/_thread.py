"""`client.beta.messages.thread(...)`: a conversation the server holds between turns.

A thread remembers its request fields (model, system, tools …), request options and history.
Each `send()` / `parse()` / `stream()` is one turn: the first sends the whole history with
`thread: {"type": "create"}` (and the `message-threads-2026-08-12` beta); each later one sends only
the new messages with `thread: {"type": "continue", "previous_message_id": <last reply>}`. When the
server has lost the thread, or it was continued elsewhere, the turn is sent again with the whole
history under a new thread; `fork()` branches the conversation (the fork's first turn starts its
own thread). Nothing is sent before a turn. See `_state` for the bookkeeping.

The sync and async classes hold only `send()` / `parse()` (coroutines on the async one) and the I/O
(`_turn`, the stream managers' enter / exit); everything else is `_BaseThread`'s, `stream()` and
`tool_runner()` included: each class names its stream manager and runners as type parameters.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar, overload

from typing_extensions import Self, Unpack

from ..._core._exceptions import AnthropicError
from ..._core._types import NOT_GIVEN, NotGiven
from .._message_stream import MessageStreamError
from .._parse._types import ParsedMessage, ResponseFormatT
from ._params import ThreadCreateFields, ThreadParams, ThreadSendFields
from ._state import REQUEST_OPTIONS, ThreadState, UnsupportedRequestBehavior, plain

if TYPE_CHECKING:
    import httpx

    from ..._client import Anthropic, AsyncAnthropic
    from ..._core._types import Body, Headers, Query
    from ...types import Message, MessageParam
    from .._message_stream import AsyncMessageStream, MessageStream
    from ..streaming import MessageStreamEvent
    from ..tools._runner import (  # noqa: F401 (named in the thread classes' base strings)
        BetaAsyncStreamingToolRunner,
        BetaAsyncToolRunner,
        BetaStreamingToolRunner,
        BetaToolRunner,
    )

ClientT = TypeVar("ClientT", bound="Anthropic | AsyncAnthropic")
# The flavour's stream manager and tool runners (plain, streaming), as `stream()` and
# `tool_runner()` return them.
StreamManagerT = TypeVar("StreamManagerT")
RunnerT = TypeVar("RunnerT")
StreamingRunnerT = TypeVar("StreamingRunnerT")

__all__ = [
    "AsyncThreadMessageStreamManager",
    "BetaAsyncMessageThread",
    "BetaMessageThread",
    "ThreadMessageStreamManager",
]

# Arguments of `create()` a thread does not take as thread fields: it sets them itself.
_NOT_THREAD_FIELDS = frozenset(
    {"messages", "thread", "stream", "tools", "output_format", "self", *REQUEST_OPTIONS}
)


def _check_supported(client: Any) -> None:
    if not getattr(client, "_supports_message_threads", True):
        raise AnthropicError(
            f"Message threads are not available on {type(client).__name__}; use "
            "`client.beta.messages.create()` with the whole `messages` instead"
        )


def _thread_fields(create: Any, params: Mapping[str, Any], *, send: bool) -> dict[str, Any]:
    """`params` checked against the request fields of `create()` (a wrong name fails here, as it
    would in a signature that spelled them out), without the ones not given."""
    known = set(inspect.signature(create).parameters) - _NOT_THREAD_FIELDS
    if send:
        known.discard("output_config")  # a thread's output format is set once, at its start
    unexpected = sorted(set(params) - known)
    if unexpected:
        raise TypeError(f"Got an unexpected keyword argument '{unexpected[0]}'")
    return {k: v for k, v in params.items() if not isinstance(v, NotGiven)}


def _for_method(arguments: dict[str, Any], method: str) -> dict[str, Any]:
    """`create()` takes the output format as `output_config.format` (its own `output_format` is
    the deprecated wire field); `parse()` and `stream()` take the type and parse the reply."""
    if method == "create" and "output_format" in arguments:
        from .._mixins import with_output_format

        arguments["output_config"], _ = with_output_format(
            arguments.get("output_config", NOT_GIVEN),
            arguments.pop("output_format"),
            wire_field=False,
        )
    return arguments


def _options(
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | NotGiven | None,
) -> dict[str, Any]:
    """The request options given (a `timeout` of None is given: it means no timeout)."""
    options = {"extra_headers": extra_headers, "extra_query": extra_query, "extra_body": extra_body}
    given = {k: v for k, v in options.items() if v is not None and not isinstance(v, NotGiven)}
    if not isinstance(timeout, NotGiven):
        given["timeout"] = timeout
    return given


def _split_tools(tools: Iterable[Any]) -> list[Any]:
    """The request definitions of `tools` (a runnable tool gives its `to_dict()`)."""
    from ..tools._runner import RUNNABLE_TYPES

    return [tool.to_dict() if isinstance(tool, RUNNABLE_TYPES) else tool for tool in tools]


class _BaseThread(Generic[ClientT, StreamManagerT, RunnerT, StreamingRunnerT, ResponseFormatT]):
    """What the sync and async threads share: the state and everything that sends nothing."""

    _client: ClientT
    _state: ThreadState
    _tools: list[Any] | None
    # The tool runner classes (plain, streaming) and the stream manager of this flavour.
    _runner_kinds: ClassVar[tuple[str, str]]
    _stream_manager: ClassVar[type[_ThreadStreamManager[Any]]]

    def __init__(
        self,
        client: ClientT,
        *,
        max_tokens: int,
        model: str,
        messages: Iterable[MessageParam] | NotGiven = NOT_GIVEN,
        tools: Iterable[Any] | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | NotGiven | None = NOT_GIVEN,
        unsupported_request_behavior: UnsupportedRequestBehavior = "error",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[ThreadCreateFields],
    ) -> None:
        """Start a thread on `client` (sends nothing). Takes the arguments of `create()` except
        `thread` and `stream`, with `messages` optional."""
        _check_supported(client)
        self._client = client
        fields = _thread_fields(client.beta.messages.create, params, send=False)
        fields = {"max_tokens": max_tokens, "model": model, **fields}
        if isinstance(output_format, NotGiven):
            output_format = None
        config = fields.get("output_config")
        if output_format is not None and isinstance(config, Mapping) and config.get("format"):
            raise AnthropicError(
                "output_format and output_config['format'] were both given; pass only one"
            )
        self._tools: list[Any] | None = None
        if not isinstance(tools, NotGiven):
            self._tools = list(tools)
            fields["tools"] = _split_tools(self._tools)
        self._state = ThreadState(
            fields=fields,
            options=_options(extra_headers, extra_query, extra_body, timeout),
            messages=() if isinstance(messages, NotGiven) else messages,
            output_format=output_format,
            threading=True,
            unsupported_request_behavior=unsupported_request_behavior,
        )

    def fork(self) -> Self:
        """A new, independent thread with a copy of this one's history, fields, tools and
        options; its first turn starts its own thread on the server. Sends nothing."""
        if self._state.in_turn:
            raise AnthropicError("fork(): a turn is in progress on this thread")
        fork = object.__new__(type(self))
        fork._client, fork._tools, fork._state = self._client, self._tools, self._state.fork()
        return fork

    @property
    def messages(self) -> tuple[MessageParam, ...]:
        """The whole conversation: what the server holds, then what the next turn sends."""
        return self._state.messages  # type: ignore[return-value]

    @property
    def previous_message_id(self) -> str | None:
        """The reply the next turn continues from; None when the next turn starts a new thread."""
        return self._state.previous_message_id

    @property
    def params(self) -> ThreadParams:
        """The arguments of one `client.beta.messages.thread()` call for the whole conversation
        (a new dict): start a thread elsewhere from it."""
        params: ThreadParams = self._state.params(self._tools)  # type: ignore[assignment]
        return params

    def append(self, *messages: MessageParam | Message) -> None:
        """Stage messages for the next turn; nothing is sent."""
        if self._state.in_turn:
            raise AnthropicError("append(): a turn is in progress on this thread")
        self._state.append(messages)

    def update(
        self,
        *,
        tools: Iterable[Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[ThreadSendFields],
    ) -> None:
        """Change the request fields and options of every later turn; nothing is sent. `system`
        and `tools` cannot change once the thread exists on the server (the next turn says so)."""
        overrides = self._overrides(params, extra_headers, extra_query, extra_body, timeout)
        if not isinstance(tools, NotGiven):
            self._tools = list(tools)
            overrides["tools"] = _split_tools(self._tools)
        self._state.update(overrides)

    def _overrides(
        self,
        params: Mapping[str, Any],
        *options: Any,
        tools: Iterable[Any] | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """A turn's (or `update()`'s) fields and options, checked; `options` in the order of
        `_options`."""
        overrides = _thread_fields(self._client.beta.messages.create, params, send=True)
        overrides.update(_options(*options))
        if not isinstance(tools, NotGiven):
            overrides["tools"] = _split_tools(tools)
        return overrides

    def stream(
        self,
        *messages: MessageParam | Message,
        tools: Iterable[Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[ThreadSendFields],
    ) -> StreamManagerT:
        """Like `send()`, streamed: `with` it (`async with` on the async thread) for the reply's
        `MessageStream` (`AsyncMessageStream`). The turn lasts until the block is left; a reply
        cut short is not kept (the next turn starts over)."""
        options = (extra_headers, extra_query, extra_body, timeout)
        manager: StreamManagerT = self._stream_turn(
            messages, self._overrides(params, *options, tools=tools)
        )
        return manager

    @overload
    def tool_runner(
        self,
        *,
        max_iterations: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> RunnerT: ...

    @overload
    def tool_runner(
        self,
        *,
        max_iterations: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> StreamingRunnerT: ...

    @overload
    def tool_runner(
        self,
        *,
        max_iterations: int | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> RunnerT | StreamingRunnerT: ...

    def tool_runner(
        self,
        *,
        max_iterations: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> RunnerT | StreamingRunnerT:
        """The tool runner over this thread: it runs the thread's `@beta_tool` functions when the
        model asks, turn after turn, until a reply calls none (or `max_iterations`). Replies and
        tool results become the thread's history; each turn sends only what is new. On the async
        thread it is the async runner (the tools of one reply run concurrently)."""
        from ..tools import _runner as runners

        options = _options(extra_headers, extra_query, extra_body, timeout)
        runner_class = getattr(runners, self._runner_kinds[stream is True])
        runner: RunnerT | StreamingRunnerT = runner_class._make(
            create=self._runner_stream if stream is True else self._runner_parse,
            **self._runner_arguments(max_iterations, options),
        )
        return runner

    def _stream_turn(self, messages: Iterable[Any], overrides: dict[str, Any]) -> Any:
        return self._stream_manager(self, messages, overrides)

    def _runner_overrides(self, params: dict[str, Any]) -> dict[str, Any]:
        """What a tool runner over this thread asks of one turn: its history (staged on the
        state) and the fields it changed."""
        self._state.set_messages(params.pop("messages"))
        params.pop("output_format", None)
        tools = params.pop("tools", None)
        if tools is not None and plain(tools) != plain(self._state.fields.get("tools") or []):
            params["tools"] = tools
        return params

    def _runner_parse(self, **params: Any) -> Any:
        # The runner's `create`: a turn parsed (a coroutine on the async thread).
        return self._turn((), self._runner_overrides(params), "parse")

    def _runner_stream(self, **params: Any) -> Any:
        return self._stream_turn((), self._runner_overrides(params))

    def _turn(self, messages: Iterable[Any], overrides: dict[str, Any], method: str) -> Any:
        raise NotImplementedError  # the sync / async I/O

    def _runner_arguments(
        self,
        max_iterations: int | NotGiven,
        options: Mapping[str, Any],
        *,
        run_tools_eagerly: bool = False,
    ) -> dict[str, Any]:
        """The arguments of a tool runner over this thread, except its `create`."""
        return {
            "params": {
                **{k: v for k, v in self._state.fields.items() if k != "tools"},
                **self._state.options,
                **options,
                "messages": list(self._state.messages),
            },
            "tools": list(self._tools or ()),
            "max_iterations": None if isinstance(max_iterations, NotGiven) else max_iterations,
            "output_format": self._state.output_format,
            "run_tools_eagerly": run_tools_eagerly,
        }

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} messages={len(self._state.messages)} "
            f"previous_message_id={self.previous_message_id!r}>"
        )


def thread_runner_arguments(
    client: Any,
    kind: str,
    params: dict[str, Any],
    tools: Iterable[Any],
    max_iterations: int | None,
    output_format: Any,
    run_tools_eagerly: bool,
) -> dict[str, Any]:
    """The arguments (`_RunnerState._setup`) of the runner class `kind` that
    `client.beta.messages.tool_runner(...)` builds on a client with message threads: over a new
    thread made of the runner's arguments, which stops threading (and sends the whole history)
    if the server cannot thread a request."""
    asynchronous = kind.startswith("BetaAsync")
    thread_class = BetaAsyncMessageThread if asynchronous else BetaMessageThread
    thread: Any = thread_class(
        client,
        tools=tools,
        output_format=output_format,
        unsupported_request_behavior="continue_unthreaded",
        **params,
    )
    return {
        "create": thread._runner_stream if "Streaming" in kind else thread._runner_parse,
        **thread._runner_arguments(max_iterations, {}, run_tools_eagerly=run_tools_eagerly),
    }


class BetaMessageThread(
    _BaseThread[
        "Anthropic",
        "ThreadMessageStreamManager[ResponseFormatT]",
        "BetaToolRunner[ResponseFormatT]",
        "BetaStreamingToolRunner[ResponseFormatT]",
        ResponseFormatT,
    ]
):
    """A conversation the server holds between turns, so each turn sends only the new messages.

    Create one with `client.beta.messages.thread(...)`; one turn runs at a time.
    """

    _runner_kinds = ("BetaToolRunner", "BetaStreamingToolRunner")

    def send(
        self,
        *messages: MessageParam | Message,
        tools: Iterable[Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[ThreadSendFields],
    ) -> Message:
        """Send the staged messages and `messages` as one turn; the reply. Keyword arguments
        (request fields and options) apply to this turn only."""
        options = (extra_headers, extra_query, extra_body, timeout)
        reply: Message = self._turn(
            messages, self._overrides(params, *options, tools=tools), "create"
        )
        return reply

    def parse(
        self,
        *messages: MessageParam | Message,
        tools: Iterable[Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[ThreadSendFields],
    ) -> ParsedMessage[ResponseFormatT]:
        """Like `send()`, the reply parsed as the thread's `output_format`."""
        options = (extra_headers, extra_query, extra_body, timeout)
        reply: ParsedMessage[ResponseFormatT] = self._turn(
            messages, self._overrides(params, *options, tools=tools), "parse"
        )
        return reply

    def _turn(self, messages: Iterable[Any], overrides: dict[str, Any], method: str) -> Any:
        create, state = getattr(self._client.beta.messages, method), self._state
        with state.turn(messages):
            while True:
                with state.recovering():
                    reply = create(**_for_method(state.request_arguments(overrides), method))
                    state.record_reply(reply)
                    return reply


class BetaAsyncMessageThread(
    _BaseThread[
        "AsyncAnthropic",
        "AsyncThreadMessageStreamManager[ResponseFormatT]",
        "BetaAsyncToolRunner[ResponseFormatT]",
        "BetaAsyncStreamingToolRunner[ResponseFormatT]",
        ResponseFormatT,
    ]
):
    """`BetaMessageThread` for `AsyncAnthropic`: `send()` and `parse()` are coroutines, `stream()`
    an async context manager. One turn runs at a time."""

    _runner_kinds = ("BetaAsyncToolRunner", "BetaAsyncStreamingToolRunner")

    async def send(
        self,
        *messages: MessageParam | Message,
        tools: Iterable[Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[ThreadSendFields],
    ) -> Message:
        """Send the staged messages and `messages` as one turn; the reply."""
        options = (extra_headers, extra_query, extra_body, timeout)
        reply: Message = await self._turn(
            messages, self._overrides(params, *options, tools=tools), "create"
        )
        return reply

    async def parse(
        self,
        *messages: MessageParam | Message,
        tools: Iterable[Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[ThreadSendFields],
    ) -> ParsedMessage[ResponseFormatT]:
        """Like `send()`, the reply parsed as the thread's `output_format`."""
        options = (extra_headers, extra_query, extra_body, timeout)
        reply: ParsedMessage[ResponseFormatT] = await self._turn(
            messages, self._overrides(params, *options, tools=tools), "parse"
        )
        return reply

    async def _turn(self, messages: Iterable[Any], overrides: dict[str, Any], method: str) -> Any:
        create, state = getattr(self._client.beta.messages, method), self._state
        with state.turn(messages):
            while True:
                with state.recovering():
                    reply = await create(**_for_method(state.request_arguments(overrides), method))
                    state.record_reply(reply)
                    return reply


def _record_stream(state: ThreadState, stream: Any) -> None:
    """Keep what a streamed turn brought: the reply when it ran to `message_stop`."""
    try:
        reply = stream._final_message() if stream is not None and stream._complete else None
    except MessageStreamError:
        reply = None
    if reply is not None:
        state.record_reply(reply)
    else:
        state.record_unfinished()


class _ThreadStreamManager(Generic[ResponseFormatT]):
    """What the sync and async stream managers of a thread share: the turn's bookkeeping. The
    turn starts at enter and ends at exit (or when enter fails)."""

    def __init__(
        self,
        thread: _BaseThread[Any, Any, Any, Any, ResponseFormatT],
        messages: Iterable[Any],
        overrides: dict[str, Any],
    ) -> None:
        self._state = thread._state
        self._messages = messages
        self._overrides = overrides
        self._manager: Any = None
        self._stream: Any = None
        self._client: Any = thread._client

    def _open(self) -> Any:
        """The manager of this attempt's request (not yet entered)."""
        return self._client.beta.messages.stream(**self._state.request_arguments(self._overrides))

    @contextlib.contextmanager
    def _entering(self) -> Iterator[None]:
        if self._manager is not None:
            raise MessageStreamError(
                "This stream manager was already entered; call stream() again."
            )
        self._state.start_turn(self._messages)
        try:
            yield
        except BaseException:
            self._state.end_turn()
            raise

    def _entered(self, manager: Any, stream: Any) -> Any:
        self._manager, self._stream = manager, stream
        return stream

    def _finish(self) -> None:
        """Keep what the turn brought (the reply, when it ran to `message_stop`) and free the
        thread."""
        try:
            _record_stream(self._state, self._stream)
        finally:
            self._state.end_turn()


class ThreadMessageStreamManager(_ThreadStreamManager[ResponseFormatT]):
    """One streamed turn of a thread: `with` it to send the turn; the reply is kept (and the
    thread freed) when the block is left."""

    def __enter__(self) -> MessageStream[ParsedMessage[ResponseFormatT], MessageStreamEvent]:
        with self._entering():
            while True:
                with self._state.recovering():
                    manager = self._open()
                    stream: MessageStream[ParsedMessage[ResponseFormatT], MessageStreamEvent]
                    stream = self._entered(manager, manager.__enter__())
                    return stream

    def __exit__(self, *exc_info: object) -> None:
        try:
            self._manager.__exit__(*exc_info)
        finally:
            self._finish()


class AsyncThreadMessageStreamManager(_ThreadStreamManager[ResponseFormatT]):
    """`ThreadMessageStreamManager` for the async thread: `async with` it."""

    async def __aenter__(
        self,
    ) -> AsyncMessageStream[ParsedMessage[ResponseFormatT], MessageStreamEvent]:
        with self._entering():
            while True:
                with self._state.recovering():
                    manager = self._open()
                    stream: AsyncMessageStream[ParsedMessage[ResponseFormatT], MessageStreamEvent]
                    stream = self._entered(manager, await manager.__aenter__())
                    return stream

    async def __aexit__(self, *exc_info: object) -> None:
        try:
            await self._manager.__aexit__(*exc_info)
        finally:
            self._finish()


BetaMessageThread._stream_manager = ThreadMessageStreamManager
BetaAsyncMessageThread._stream_manager = AsyncThreadMessageStreamManager
