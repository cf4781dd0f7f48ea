"""The tool runner: call the model, run the tools it asks for, send the results, repeat.

`client.beta.messages.tool_runner(...)` builds one of the four classes here (sync or async,
whole messages or streams). Iterating it performs one turn per item: the item is the assistant
message (or the open message stream, with `stream=True`); after the item is handed over, the
runner runs every `tool_use` of that message, one after another as the official runner does, appends
the assistant turn and a user turn of `tool_result` blocks, and goes on. It stops when a reply
calls no tool (`end_turn`, `max_tokens`, …) or after `max_iterations` requests. A tool that
raises becomes an `is_error` result, so one failing tool never ends the run.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import types
import warnings
import weakref
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeAlias, TypeVar

from typing_extensions import Self

from ..._core._sync_async import ASYNC, IO, SYNC
from ..._core._sync_async import run as run_to_end
from .._parse._response import parse_message
from .._parse._types import ParsedMessage, ResponseFormatT
from ..threads._state import CREATE_ONLY_FIELDS
from ._eager_calls import AsyncEagerStream, EagerStream, ReplyCalls
from ._functions import (
    BetaAsyncBuiltinFunctionTool,
    BetaAsyncFunctionTool,
    BetaBuiltinFunctionTool,
    BetaFunctionTool,
    BetaFunctionToolResultType,
    ToolError,
)
from ._runner_build import from_constructor, refuse_thread_param
from ._runner_compaction import (
    adopt_compaction,
    check_can_compact,
    compaction_request_params,
    compaction_thread,
    has_summary,
    refuse_compaction_param,
)
from ._tool_changes import (
    addition_block,
    available_names,
    check_addable,
    check_removable,
    declared_names,
    removal_block,
    removed_name,
    system_turn,
)
from ._toolsets._contract import (
    TOOLSET_TYPES,
    BetaAsyncRunnableToolset,
    BetaRunnableToolset,
    not_executed_result,
    toolset_result_block,
)
from ._toolsets._errors import ToolsetContractError
from ._toolsets._text import quoted_name

if TYPE_CHECKING:
    from ..._client import Anthropic, AsyncAnthropic
    from ...types import RawMessageStreamEvent, ToolResultBlockParam
    from ...types.beta import BetaCompactionConfigParam, BetaToolUnionParam, BetaToolUseBlock
    from .._message_stream import AsyncMessageStream, MessageStream
    from ..threads import BetaAsyncMessageThread, BetaMessageThread

__all__ = [
    "BetaAsyncStreamingToolRunner",
    "BetaAsyncToolRunner",
    "BetaRunnableTool",
    "BetaStreamingToolRunner",
    "BetaToolRunner",
]

log = logging.getLogger("claude_api_client.tool_runner")

BetaRunnableTool: TypeAlias = "BetaFunctionTool[Any] | BetaBuiltinFunctionTool"
"""What the sync runner runs: a `@beta_tool` function or a built-in tool such as the memory tool."""
BetaAsyncRunnableTool: TypeAlias = "BetaAsyncFunctionTool[Any] | BetaAsyncBuiltinFunctionTool | BetaFunctionTool[Any] | BetaBuiltinFunctionTool"
"""What the async runner runs (sync tools run in a worker thread)."""
RunnableT = TypeVar("RunnableT", bound=BetaAsyncRunnableTool)
"""The tools a runner runs: `BetaRunnableTool` (sync) or `BetaAsyncRunnableTool`."""
_RUNNABLE = (
    BetaFunctionTool,
    BetaBuiltinFunctionTool,
    BetaAsyncFunctionTool,
    BetaAsyncBuiltinFunctionTool,
)
RUNNABLE_TYPES = (*_RUNNABLE, *TOOLSET_TYPES)
"""The classes of tools the runner runs (anything else in `tools=` is a plain definition): tools
are found by `name`, toolsets (browser, computer) by the `toolset_name` of a member call."""
# A reply with these stop reasons is unfinished: it is sent back as it is and the model goes on.
_RESUME = frozenset({"pause_turn", "compaction"})
# What `set_messages_params()` keeps when the new parameters leave it out (as the official).
_KEPT_BY_NEW_PARAMS = ("betas", "user_profile_id", "workspace_id")
_MAX_ERROR_TEXT = 10_000
"""An exception's repr sent as a tool result is cut to this many characters."""


def _error_content(exc: BaseException) -> BetaFunctionToolResultType:
    if isinstance(exc, ToolError):
        return exc.content
    text = repr(exc)
    return text if len(text) <= _MAX_ERROR_TEXT else text[:_MAX_ERROR_TEXT] + "…"


async def call_runnable(tool: Any, input: object) -> BetaFunctionToolResultType:
    """Run one call of a runnable tool from async code: an async tool is awaited, a synchronous
    one runs in a worker thread so that it blocks nothing else."""
    if isinstance(tool, (BetaAsyncFunctionTool, BetaAsyncBuiltinFunctionTool)):
        content: Any = await tool.call(input)
    else:
        content = await asyncio.to_thread(tool.call, input)
    if inspect.isawaitable(content):
        content = await content
    return content  # type: ignore[no-any-return]


def _result(tool_use_id: str, content: Any, *, is_error: bool = False) -> ToolResultBlockParam:
    block: dict[str, Any] = {"type": "tool_result", "tool_use_id": tool_use_id}
    if content is not None:
        block["content"] = content if isinstance(content, str) else list(content)
    if is_error:
        block["is_error"] = True
    result: ToolResultBlockParam = block  # type: ignore[assignment]
    return result


class _RunnerState(Generic[RunnableT, ResponseFormatT]):
    """What the sync and async runners share: the request parameters, the conversation, the
    tools by name and the bookkeeping of one turn."""

    def __init__(
        self,
        *,
        thread: BetaMessageThread[ResponseFormatT]
        | BetaAsyncMessageThread[ResponseFormatT]
        | None = None,
        params: Mapping[str, Any] | None = None,
        options: Mapping[str, Any],
        tools: Iterable[Any] | None = None,
        client: Anthropic | AsyncAnthropic | None = None,
        max_iterations: int | None = None,
    ) -> None:
        """Run the tool loop over `thread` (with its tools), or over the thread that
        `client.beta.messages.tool_runner()` makes of `params` (whose `tools` are the
        definitions sent) with `tools` run and `client` sending. Give either `thread`, or
        `params`, `tools` and `client`; `options` are the request options of every request
        (`extra_headers`, `extra_query`, `extra_body`, `timeout`). `tool_runner()` is the
        usual way to get a runner."""
        self._build(locals())

    def _build(self, given: Mapping[str, Any]) -> None:
        """Set the runner up from its constructor's arguments (`given`, self included)."""
        arguments, run_only = from_constructor(type(self).__name__, given)
        self._setup(**arguments)
        for tool in run_only:  # runnable tools given apart from the definitions sent
            if isinstance(tool, _RUNNABLE):
                self._tools[tool.name] = tool

    @classmethod
    def _make(cls, **arguments: Any) -> Self:
        """A runner from the internal arguments (`_setup`), as `tool_runner()` builds it."""
        runner = cls.__new__(cls)
        runner._setup(**arguments)
        return runner

    def _setup(
        self,
        *,
        create: Callable[..., Any],
        params: Mapping[str, Any],
        tools: Iterable[Any],
        max_iterations: int | None,
        output_format: Any,
        run_tools_eagerly: bool = False,
    ) -> None:
        if max_iterations is not None and max_iterations < 1:
            raise ValueError("max_iterations must be at least 1")
        refuse_compaction_param(params)
        self._eager = run_tools_eagerly
        # The streamed reply's tool calls: finished, held by `defer_tool_call()`, run early.
        self._calls = ReplyCalls()
        self._create = create
        self._output_format = output_format
        self._max_iterations = max_iterations
        self._tools: dict[str, Any] = {}
        self._toolsets: dict[str, Any] = {}
        definitions: list[Any] = []
        for tool in tools:
            if isinstance(tool, TOOLSET_TYPES):
                self._add_toolset(tool)
                definitions.append(tool.to_dict())
            elif isinstance(tool, _RUNNABLE):
                self._tools[tool.name] = tool
                definitions.append(tool.to_dict())
            elif isinstance(tool, Mapping):
                definitions.append(dict(tool))  # run by the API (web search …) or by the caller
            else:
                raise TypeError(
                    f"tools: expected a @beta_tool function, a runnable tool, a toolset or a tool "
                    f"definition dict, got {type(tool).__name__}"
                )
        self._params: dict[str, Any] = {**params, "tools": definitions}
        self._params["messages"] = list(self._params.get("messages", ()))
        self._iterations = 0
        self._last: ParsedMessage[ResponseFormatT] | None = None
        self._cached_response: dict[str, Any] | None = None
        self._modified = False
        self._done = False
        self._closed = False
        # `tool_addition` / `tool_removal` blocks waiting for the next request; a paused turn is
        # resent first as it is (it has to stay the last message), so they wait past it.
        self._tool_changes: list[dict[str, Any]] = []
        self._hold_tool_changes = False
        # A tool that runs while the caller reads a streamed reply (run_tools_eagerly): the
        # loop is suspended under that read, so a close() from the tool only stops the loop.
        self._running_early_tool = False
        self._pending_compaction: dict[str, Any] | None = None
        self._compacting = False
        self._compacted_count = 0
        self._last_reason: str | None = None
        # Spans (`lib/_tracing/_tools.py`) when the client of `create` has them on.
        client = getattr(getattr(create, "__self__", None), "_client", None)
        self._telemetry: Any = getattr(client, "_telemetry", None)
        self._span: Any = None

    def _start_span(self) -> None:
        """Start the run's span, once (ended at the run's end, or when the runner is dropped)."""
        if self._telemetry is not None and self._span is None:
            self._span = self._telemetry.tool_runner(self._params, self._output_format)
            weakref.finalize(self, self._span.end, GeneratorExit())

    def _tool_span(self, tool: Any, tool_use: Any) -> Any:
        """A context manager around one tool run giving an object whose `result` the block sets."""
        if self._telemetry is None:
            return contextlib.nullcontext(types.SimpleNamespace())
        return self._telemetry.tool_use(tool, tool_use)

    _asynchronous = False

    def _add_toolset(self, toolset: Any) -> None:
        """Index a toolset by its family; a toolset of the other calling convention, or a second
        toolset of one family, is refused when the runner is built."""
        wanted = BetaAsyncRunnableToolset if self._asynchronous else BetaRunnableToolset
        if not isinstance(toolset, wanted):
            raise ToolsetContractError(
                f"{type(toolset).__name__} is a {'synchronous' if self._asynchronous else 'asynchronous'} "
                f"toolset; the {'async' if self._asynchronous else 'sync'} tool runner needs a "
                f"{wanted.__name__} (create the runner from the matching client)"
            )
        family = toolset.toolset_name
        if family in self._toolsets:
            raise ToolsetContractError(f"tools: two toolsets of the {family!r} family")
        self._toolsets[family] = toolset

    # -- public ---------------------------------------------------------------------------------
    @property
    def params(self) -> dict[str, Any]:
        """The parameters of the next request (a copy)."""
        return {**self._params, "messages": list(self._params["messages"])}

    def set_messages_params(
        self, params: Mapping[str, Any] | Callable[[dict[str, Any]], Mapping[str, Any]]
    ) -> None:
        """Replace the parameters of the next request (or map them with a function).

        A field the new parameters leave out is no longer sent, except `betas`,
        `user_profile_id` and `workspace_id`, which stay (`user_profile_id` goes when
        `billing_policy` is left out with it); a `thread` other than False is refused
        (`TypeError`).

        A new `tools` list is sent as given, and changes what runs as the official runner's
        does: a tool or toolset it no longer declares (by name; a toolset by its family) stops
        running, at once, so a call of it (one in the current reply too) gets the not-found
        error result; a tool that keeps its name keeps running as the tool it was, even when
        the list gives another object of that name; a runnable tool it adds is sent but never
        run (use `add_tools()`), while a toolset of a new family runs. Parameters without
        `tools` send none and leave what runs as it is. On a message thread the server holds
        (the default, once the first reply is in) `system` and `tools` can't change: changed
        in the loop body, the run raises `AnthropicError` when the body ends, before the
        reply's tools run (use `add_tools()` / `remove_tools()`, or `thread=False`). A
        `tool_removal` the new `messages` hold (in a `system` message) stops its tool too, until
        a later `tool_addition` of it.

        Called in the loop body, the new `messages` stand for the history before the current
        reply: the reply and its tool results still follow them (results already made by
        `generate_tool_call_response()` are reused). `compaction` is refused (`ValueError`):
        use `compact_before_next_turn()`.
        """
        new = dict(params(self.params) if callable(params) else params)
        kept = {k: v for k, v in self._params.items() if k in _KEPT_BY_NEW_PARAMS}
        if "billing_policy" in self._params and "billing_policy" not in new:
            kept.pop("user_profile_id", None)  # the profile went with its billing policy
        new = {**kept, **new}
        refuse_compaction_param(new)
        refuse_thread_param(new.pop("thread", None))
        if "messages" not in new:
            raise ValueError("set_messages_params(): the new parameters need `messages`")
        new["messages"] = list(new["messages"])
        if new["messages"] != self._params["messages"]:
            self._refuse_while_compacting()
        if self._pending_compaction is not None or self._compacting:
            check_can_compact(new)
        given = list(new["tools"]) if "tools" in new else None
        sent = self._params.get("tools")
        if given is not None:
            new["tools"] = [t.to_dict() if isinstance(t, RUNNABLE_TYPES) else t for t in given]
            self._change_what_runs(given, sent, new["tools"])
        self._params = new
        thread = self._thread()
        if thread is not None:
            _hand_to_thread(thread, new, given, sent)

    def _change_what_runs(self, given: list[Any], sent: Any, definitions: list[Any]) -> None:
        """What runs after `set_messages_params()` replaced the `sent` definitions with the
        `given` tools (`definitions`): see its docs."""
        withdrawn = declared_names(sent) - declared_names(definitions)
        self._tools = {name: t for name, t in self._tools.items() if name not in withdrawn}
        kept = {family: t for family, t in self._toolsets.items() if family not in withdrawn}
        new_families: dict[str, Any] = {
            t.toolset_name: t for t in given if isinstance(t, TOOLSET_TYPES)
        }
        self._toolsets = {**new_families, **kept}

    def append_messages(self, *messages: Mapping[str, Any] | ParsedMessage[Any]) -> None:
        """Add turns to the conversation. Called in the loop body, the caller answers the current
        reply: the runner adds neither it nor its tool results (append the reply and
        `generate_tool_call_response()` yourself to keep them). Its tools still run when the
        body ends, as the official runner's do (again, if you had them run already)."""
        self._refuse_while_compacting()
        for message in messages:
            if isinstance(message, ParsedMessage):
                self._params["messages"].append(_assistant_turn(message))
            else:
                self._params["messages"].append(dict(message))
        self._modified = True
        self._cached_response = None

    def compact_before_next_turn(self, compaction: BetaCompactionConfigParam | None = None) -> None:
        """Compact the conversation before the model's next turn (beta `compact-2026-09-04`).

        Once the current turn is over (its tools included), the runner sends the whole
        conversation with `compaction` set (default `{"type": "summarize"}`), yields the answer
        like any reply (`stop_reason == "compaction"`) and goes on from it in place of the
        history. This only schedules it: a second call before it runs replaces the config; a
        call during the compaction does nothing. Refused (`ValueError`) while
        `context_management` has a compaction edit."""
        if self._compacting:
            return
        check_can_compact(self._params)
        self._pending_compaction = dict(compaction or {"type": "summarize"})

    @property
    def iteration_count(self) -> int:
        """Requests sent so far."""
        return self._iterations

    def add_tools(self, *tools: RunnableT | BetaToolUnionParam) -> None:
        """Offer the model more tools without changing the `tools` parameter (which would miss
        the prompt cache); needs the `inline-tools-2026-09-15` beta.

        Each definition goes out in a `tool_addition` block of a `system` message appended before
        the next request. A runnable tool runs from now on under its name (in place of any tool of
        that name); a raw definition (a server tool such as web search) is never run here, and the
        runner stops running a tool of its name. A toolset, a definition of one of the runner's
        toolset families or a tool named like one of its toolsets raises `ToolsetContractError`
        (`ToolsetsFixedError`) and adds nothing: the toolsets are fixed when the runner is built.
        """
        for tool in tools:
            if not isinstance(tool, (*RUNNABLE_TYPES, Mapping)):
                raise TypeError(
                    f"add_tools(): expected a runnable tool or a tool definition dict, "
                    f"got {type(tool).__name__}"
                )
        check_addable(tools, self._toolsets)
        for tool in tools:
            if isinstance(tool, Mapping):
                definition: Mapping[str, Any] = tool
                if isinstance(definition.get("name"), str):
                    self._tools.pop(definition["name"], None)
                self._tool_changes.append(addition_block(definition))
            else:
                self._tools[tool.name] = tool
                self._tool_changes.append(addition_block(tool.to_dict()))

    def remove_tools(self, *tools: RunnableT | str) -> None:
        """Take tools (or tool names) away from the model without changing the `tools`
        parameter; needs the `inline-tools-2026-09-15` beta.

        The tools stop running at once (a later call of one gets the unknown-tool error result),
        and the model is told in `tool_removal` blocks of a `system` message appended before the
        next request. A toolset or the name of one of the runner's toolsets raises
        `ToolsetContractError` (`ToolsetsFixedError`) and removes nothing.
        """
        check_removable(tools, self._toolsets)
        for tool in tools:
            name = removed_name(tool)
            self._tools.pop(name, None)
            self._tool_changes.append(removal_block(name))

    # -- shared steps ---------------------------------------------------------------------------
    def _should_stop(self) -> bool:
        return (
            self._done
            or self._closed
            or (self._max_iterations is not None and self._iterations >= self._max_iterations)
        )

    def _request_params(self) -> dict[str, Any]:
        if self._tool_changes and not self._hold_tool_changes:
            self._params["messages"].append(system_turn(self._tool_changes))
            self._tool_changes = []
        self._modified = False
        self._cached_response = None
        return {
            **self._params,
            "messages": list(self._params["messages"]),
            "output_format": self._output_format,
        }

    _io: ClassVar[IO]
    """How the runner takes each I/O step (`_sync_async.IO`): awaited on the async runners."""
    _run: Callable[[Any], Any]
    """One call's result (on the async runners, its awaitable)."""
    _current: Callable[[], Any] | None

    async def _responding(
        self, message: ParsedMessage[ResponseFormatT] | None
    ) -> dict[str, Any] | None:
        """`generate_tool_call_response()` for `message` (default: the current reply), once
        per reply, written once for both kinds of runner."""
        if self._cached_response is not None:
            return self._cached_response
        if message is None:
            message = await self._io(self._current()) if self._current else self._last
        uses = self._tool_uses(message)
        if not uses:
            return None
        self._cached_response = _tool_result_turn(await self._results_in_turn(uses))
        return self._cached_response

    async def _results_in_turn(self, uses: list[Any]) -> list[ToolResultBlockParam]:
        """The results of a reply's calls, each run in turn in the order of the calls, as the
        official runners run them. A toolset's later members are not run once one of them
        failed (or a malformed call named the toolset) in this turn."""
        results: list[ToolResultBlockParam] = []
        failed: set[str] = set()
        for use in uses:
            family = getattr(use, "toolset_name", None)
            if family is not None and family in failed:
                results.append(not_executed_result(use))
                continue
            malformed = self._malformed_toolset_call(use)
            if malformed is not None:
                failed.add(use.name)
                results.append(malformed)
                continue
            result: ToolResultBlockParam = await self._io(self._run(use))
            if family is not None and result.get("is_error") and family in self._toolsets:
                failed.add(family)
            results.append(result)
        return results

    def _tool_uses(self, message: ParsedMessage[ResponseFormatT] | None) -> list[Any]:
        if message is None:
            return []
        return [b for b in message.content if getattr(b, "type", None) == "tool_use"]

    def _record(self, message: ParsedMessage[ResponseFormatT]) -> str:
        """Keep the reply; return what to do next: "tools", "resume" or "stop"."""
        if message.stop_reason == "tool_use" or message.stop_reason in _RESUME:
            self._check_next_turn()
        self._last = message
        self._iterations += 1
        reason = str(message.stop_reason) if message.stop_reason is not None else None
        self._hold_tool_changes = reason == "pause_turn"
        self._last_reason = reason
        if reason in _RESUME:
            if not self._modified:
                self._params["messages"].append(_assistant_turn(message))
            return "resume"
        if reason == "tool_use":
            return "tools"
        log.debug("tool runner: stop_reason %r ends the run", reason)
        return "stop"

    def _runnable(self, name: str) -> Any | None:
        """The tool a call of `name` runs, or None: not one of the runner's tools, or taken away
        by a `tool_removal` in the history (or waiting for the next request)."""
        tool = self._tools.get(name)
        if tool is None or name not in self._available({name}):
            return None
        return tool

    def _available(self, names: Iterable[str]) -> set[str]:
        pending = {"role": "system", "content": self._tool_changes}
        return available_names([*self._params["messages"], pending], names)

    def _check_next_turn(self) -> None:
        """Raise now, before the reply's tools run, what the thread would raise when the next
        turn goes out: a `system` or `tools` that `set_messages_params()` changed can't go on a
        thread the server continues (as the official runner checks it)."""
        state = getattr(self._thread(), "_state", None)
        if state is not None and state.position == "continue":
            state.request_arguments({name: self._params.get(name) for name in CREATE_ONLY_FIELDS})

    def _missing_tool(self, tool_use: Any) -> ToolResultBlockParam:
        warnings.warn(
            f"tool runner: the model called {tool_use.name!r}, which is not a runnable tool "
            f"(runnable: {sorted(self._tools)}); it gets an is_error result",
            UserWarning,
            stacklevel=4,
        )
        return _result(tool_use.id, f"Error: Tool '{tool_use.name}' not found", is_error=True)

    def _toolset_for(self, tool_use: Any) -> Any | None:
        """The toolset a member call is routed to, by `toolset_name` (never by `name`)."""
        toolset = self._toolsets.get(tool_use.toolset_name)
        if toolset is None:
            warnings.warn(
                f"tool runner: no toolset '{quoted_name(tool_use.toolset_name)}' for member "
                f"'{quoted_name(tool_use.name)}' (toolsets: {sorted(self._toolsets)}); "
                "it gets an is_error result",
                UserWarning,
                stacklevel=5,
            )
        return toolset

    @staticmethod
    def _toolset_missing(tool_use: Any) -> ToolResultBlockParam:
        return toolset_result_block(
            tool_use,
            f"Error: Toolset '{quoted_name(tool_use.toolset_name)}' member "
            f"'{quoted_name(tool_use.name)}' not found",
            is_error=True,
        )

    def _malformed_toolset_call(self, tool_use: Any) -> ToolResultBlockParam | None:
        """The refusal for a call named after one of the runner's toolsets but sent without
        `toolset_name` (and no tool of that name): the runner cannot tell which member it is."""
        if getattr(tool_use, "toolset_name", None) is not None:
            return None
        if self._runnable(tool_use.name) is not None:
            return None
        if tool_use.name not in self._toolsets:
            return None
        return _result(
            tool_use.id,
            f"Error: the '{quoted_name(tool_use.name)}' toolset could not run this call; "
            "nothing in the batch was executed",
            is_error=True,
        )

    def _end_span_on_close(self) -> None:
        if self._span is not None:
            self._span.end(GeneratorExit())  # closed: the span's status stays unset

    def _refuse_while_compacting(self) -> None:
        if self._compacting:
            raise ValueError(
                "the conversation is being compacted and the compaction response replaces it; "
                "change the messages on the next iteration"
            )

    def _compaction_due(self) -> bool:
        # A paused turn is resumed first: the API can't compact a conversation mid-turn.
        return self._pending_compaction is not None and self._last_reason not in _RESUME

    def _end_run(self, message: ParsedMessage[ResponseFormatT]) -> bool:
        """The run is over with `message`: it joins the history (as it does the thread's) unless
        the caller took the turn over with `append_messages()`. Whether a compaction is due."""
        self._done = True
        if not self._modified:
            self._params["messages"].append(_assistant_turn(message))
        return self._compaction_due_at_end(message)

    def _compaction_due_at_end(self, message: ParsedMessage[ResponseFormatT]) -> bool:
        """After the final reply; not when it ends with calls left unanswered (cut short by
        `max_tokens`, say), which the API can't compact."""
        if self._pending_compaction is None:
            return False
        if not self._modified and self._tool_uses(message):
            log.warning(
                "tool runner: the pending compaction was skipped: the last reply "
                "(stop_reason %r) ends with tool calls that got no results",
                message.stop_reason,
            )
            self._pending_compaction = None
            return False
        return True

    def _compaction_request(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        """The create function and parameters of the compaction request. A runner over a message
        thread sends it on a fork of the thread (`compaction_thread`)."""
        assert self._pending_compaction is not None
        check_can_compact(self._params)
        compaction = self._pending_compaction
        params = compaction_request_params(self._request_params(), compaction)
        self._pending_compaction = None
        self._compacting = True
        self._compacted_count = len(self._params["messages"])
        thread = self._thread()
        if thread is None:
            return self._create, params
        self._compaction_fork = compaction_thread(thread, compaction)
        return getattr(self._compaction_fork, self._create.__name__), params

    _compaction_fork: Any = None

    def _thread(self) -> Any | None:
        """The message thread the runner's turns go out on (its `create` is the thread's), or
        None."""
        owner = getattr(self._create, "__self__", None)
        return owner if hasattr(owner, "_runner_overrides") else None

    def _take_compaction(self, message: ParsedMessage[ResponseFormatT]) -> None:
        """Continue from the compaction response (and what was appended since it was asked)."""
        self._compacting = False
        fork, self._compaction_fork = self._compaction_fork, None
        summary = has_summary(message)
        if summary:
            # The summary may not hold the removals the history made: they stay in force.
            for name in set(self._tools) - self._available(self._tools):
                del self._tools[name]
            appended = self._params["messages"][self._compacted_count :]
            self._params["messages"] = [_assistant_turn(message), *appended]
            self._last = message
        else:
            log.warning("tool runner: the compaction gave no summary; the history stays as it is")
        thread = self._thread()
        if thread is not None and fork is not None:
            adopt_compaction(thread, fork, self._params["messages"] if summary else None)

    def _new_reply(self) -> None:
        self._calls = ReplyCalls()

    def _may_start_early(self, tool_use: Any) -> bool:
        """Whether a call the model has moved on from runs now (`_eager_calls`): not when held,
        nor a call of a tool the runner doesn't run (its error result goes with the others). A
        toolset runs its calls in order, so once one of them is held or has failed (or a call
        is named like the toolset without being one of its calls), its later calls wait too."""
        calls = self._calls
        family = getattr(tool_use, "toolset_name", None)
        runnable = self._runnable(tool_use.name) is not None
        if family is None and not runnable and tool_use.name in self._toolsets:
            family = tool_use.name
            calls.waiting_families.add(family)
        if family is not None:
            if tool_use.id in calls.held_ids:
                calls.waiting_families.add(family)
            return family not in calls.waiting_families
        return runnable and tool_use.id not in calls.held_ids and tool_use.id not in calls.results

    def _ran_early(self, tool_use: Any, result: ToolResultBlockParam) -> None:
        self._calls.record(tool_use, result)
        family = getattr(tool_use, "toolset_name", None)
        if family is not None and result.get("is_error"):
            self._calls.waiting_families.add(family)

    def _continue_with(self, response: dict[str, Any] | None) -> bool:
        """After running a reply's tools: append the turns; False ends the run."""
        if response is None:
            return False
        assert self._last is not None
        self._params["messages"].append(_assistant_turn(self._last))
        self._params["messages"].append(response)
        return True


def _hand_to_thread(thread: Any, new: dict[str, Any], given: list[Any] | None, sent: Any) -> None:
    """The runner's thread takes the fields of `set_messages_params()`: one they leave out is no
    longer sent, and their tools become the thread's (`thread.params` shows them as `given`),
    unless they are the definitions the runner handed out (`sent`), as the official thread."""
    fields = thread._state.fields
    for key in [k for k in fields if k not in new and k != "container"]:
        del fields[key]
    if given is None:
        thread._tools = None
    elif given != sent:
        thread._tools = given
        fields["tools"] = list(new["tools"])


def _parsed(message: Any) -> ParsedMessage[Any]:
    return message if isinstance(message, ParsedMessage) else parse_message(message, None)


def _assistant_turn(message: ParsedMessage[Any]) -> dict[str, Any]:
    # to_dict() gives back the blocks as received (parsed_output is not part of it).
    return {
        "role": "assistant",
        "content": [block.to_dict(mode="json") for block in message.content],
    }


def _tool_result_turn(results: list[ToolResultBlockParam]) -> dict[str, Any]:
    return {"role": "user", "content": results}


class _SyncRunner(_RunnerState[BetaRunnableTool, ResponseFormatT]):
    _io = SYNC

    def _turn(
        self, create: Callable[..., Any], params: dict[str, Any]
    ) -> Generator[Any, None, ParsedMessage[ResponseFormatT]]:
        raise NotImplementedError
        yield  # pragma: no cover

    _current: Callable[[], ParsedMessage[ResponseFormatT]] | None = None

    def _steps(self) -> Generator[Any, None, None]:
        while not self._should_stop():
            if self._compaction_due():
                yield from self._compact()
                continue
            message = yield from self._turn(self._create, self._request_params())
            self._current = None
            step = self._record(message)
            if step == "resume":
                continue  # resumed as it is
            # The tools run even when the caller answered the turn (append_messages), as the
            # official runner's do; their results then go nowhere.
            response = self._respond(message) if step == "tools" else None
            if step == "tools" and self._modified:
                continue
            if step == "stop" or not self._continue_with(response):
                if self._end_run(message):
                    yield from self._compact()

    def _compact(self) -> Generator[Any, None, None]:
        try:
            message = yield from self._turn(*self._compaction_request())
        finally:
            self._compacting = False
        self._current = None
        self._take_compaction(message)

    _iterator: Generator[Any, None, None] | None = None

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        # One generator for the runner's life: leaving a `for` loop and calling until_done()
        # later resumes the same run instead of resending the turn.
        if self._iterator is None:
            self._iterator = self._steps()
            self._start_span()
        if self._span is None:
            return next(self._iterator)
        try:
            with self._span.step():
                return next(self._iterator)
        except BaseException as error:
            self._span.end(None if isinstance(error, StopIteration) else error)
            raise

    def close(self) -> None:
        """Stop the runner for good (closing the reply stream it holds open) and end its span;
        for a run you will not resume with `until_done()`. A closed runner iterates nothing more;
        closing a finished one changes nothing. Called from a tool, it stops the loop at its next
        step."""
        self._closed = True
        iterator = self._iterator
        if (
            iterator is not None
            and not self._running_early_tool
            and inspect.getgeneratorstate(iterator) != inspect.GEN_RUNNING
        ):
            iterator.close()
        self._end_span_on_close()

    def until_done(self) -> ParsedMessage[ResponseFormatT]:
        """Run to the end (from wherever iteration stopped); the last reply."""
        for _ in self:
            pass
        if self._last is None:
            raise RuntimeError("the tool runner sent no request (max_iterations reached?)")
        return self._last

    def generate_tool_call_response(self) -> dict[str, Any] | None:
        """Run the tools the current reply asked for (reading the rest of its stream if needed);
        the user turn of their results, or None when it asked for none. Computed once per reply."""
        return self._respond(None)

    def _respond(self, message: ParsedMessage[ResponseFormatT] | None) -> dict[str, Any] | None:
        return run_to_end(self._responding(message))

    def _run(self, tool_use: Any) -> ToolResultBlockParam:
        early: ToolResultBlockParam | None = self._calls.take(tool_use.id)
        if early is not None:
            return early
        if getattr(tool_use, "toolset_name", None) is not None:
            toolset = self._toolset_for(tool_use)
            if toolset is None:
                return self._toolset_missing(tool_use)
            with self._tool_span(toolset, tool_use) as member:
                member.result = toolset.tool_result(tool_use)
            return member.result  # type: ignore[no-any-return]
        tool = self._runnable(tool_use.name)
        if tool is None:
            return self._missing_tool(tool_use)
        if isinstance(tool, (BetaAsyncFunctionTool, BetaAsyncBuiltinFunctionTool)):
            return _result(
                tool_use.id,
                f"Error: tool '{tool.name}' is async; use the async client",
                is_error=True,
            )
        with self._tool_span(tool, tool_use) as run:
            try:
                run.result = _result(tool_use.id, tool.call(tool_use.input))
            except Exception as exc:
                log.info("tool %r raised %r; sent as an is_error result", tool.name, exc)
                run.result = _result(tool_use.id, _error_content(exc), is_error=True)
        return run.result  # type: ignore[no-any-return]


class BetaToolRunner(_SyncRunner[ResponseFormatT]):
    """Iterate for each reply (a `ParsedMessage`); see the module docs."""

    def _turn(
        self, create: Callable[..., Any], params: dict[str, Any]
    ) -> Generator[Any, None, ParsedMessage[ResponseFormatT]]:
        message: ParsedMessage[ResponseFormatT] = create(**params)
        self._current = lambda: message
        yield message
        return message

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[ParsedMessage[ResponseFormatT]]: ...

        def __next__(self) -> ParsedMessage[ResponseFormatT]: ...


class _HoldsToolCalls:
    """What the streaming runners add: the `run_tools_eagerly` constructor argument, and
    `defer_tool_call()` to keep a call from running while the reply streams."""

    _calls: ReplyCalls
    _cached_response: dict[str, Any] | None
    _build: Callable[..., None]

    def __init__(
        self,
        *,
        thread: BetaMessageThread[Any] | BetaAsyncMessageThread[Any] | None = None,
        params: Mapping[str, Any] | None = None,
        options: Mapping[str, Any],
        tools: Iterable[Any] | None = None,
        client: Anthropic | AsyncAnthropic | None = None,
        max_iterations: int | None = None,
        run_tools_eagerly: bool = False,
    ) -> None:
        """The constructor of the plain runners (run the loop over `thread`, or over a thread
        made of `params`, `tools` and `client`), with `run_tools_eagerly`: run each tool call
        while the reply streams (see `defer_tool_call()`)."""
        self._build(locals())

    def defer_tool_call(self, tool_use: BetaToolUseBlock | str) -> None:
        """Hold a call of the reply being streamed (its `tool_use` block or id) until you are
        done with the reply: it then runs with the others, at the end of the loop body or when
        you call `generate_tool_call_response()`.

        With `run_tools_eagerly=True` a call otherwise runs once the model has moved on from it
        (its next block starts, or the reply stops with `tool_use`), when you ask for the event
        after that one: so you can hold it while you handle any event up to and including the
        one that shows the model moved on. Other calls still run early, except the later calls
        of the same toolset (a toolset runs its calls in order). Does nothing for a call that
        has run, outside the loop body, or without `run_tools_eagerly`."""
        self._calls.hold(tool_use if isinstance(tool_use, str) else tool_use.id)

    @property
    def deferred_tool_calls(self) -> list[BetaToolUseBlock]:
        """The calls of the current reply that `defer_tool_call()` holds, as their `tool_use`
        blocks in the model's order; a call is listed once its block finished streaming, and no
        longer once it has run. Empty without `run_tools_eagerly`."""
        if self._cached_response is not None:
            return []  # the reply's tools have run
        return self._calls.held()


class BetaStreamingToolRunner(_HoldsToolCalls, _SyncRunner[ResponseFormatT]):
    """Iterate for each reply as an open `MessageStream`; the runner reads whatever of it you
    leave unread before running the tools."""

    def _turn(
        self, create: Callable[..., Any], params: dict[str, Any]
    ) -> Generator[Any, None, ParsedMessage[ResponseFormatT]]:
        self._new_reply()
        with create(**params) as stream:
            self._current = lambda: _parsed(stream.get_final_message())
            yield EagerStream(stream, self._calls, self._start_early) if self._eager else stream
            final = stream.get_final_message()
        return _parsed(final)

    def _start_early(self, tool_use: Any) -> None:
        if not self._may_start_early(tool_use):
            return
        self._running_early_tool = True
        try:
            result = self._run(tool_use)
        finally:
            self._running_early_tool = False
        self._ran_early(tool_use, result)

    if TYPE_CHECKING:

        def __iter__(
            self,
        ) -> Iterator[MessageStream[ParsedMessage[ResponseFormatT], RawMessageStreamEvent]]: ...

        def __next__(
            self,
        ) -> MessageStream[ParsedMessage[ResponseFormatT], RawMessageStreamEvent]: ...


class _AsyncRunner(_RunnerState[BetaAsyncRunnableTool, ResponseFormatT]):
    _io = ASYNC
    _asynchronous = True

    async def _turn(
        self, create: Callable[..., Any], params: dict[str, Any]
    ) -> AsyncGenerator[Any, None]:
        raise NotImplementedError
        yield  # pragma: no cover

    async def _steps(self) -> AsyncGenerator[Any, None]:
        while not self._should_stop():
            if self._compaction_due():
                async with contextlib.aclosing(self._compact()) as compaction:
                    async for item in compaction:
                        yield item
                continue
            # aclosing: closing the runner at the yield closes the turn (and its stream) too.
            async with contextlib.aclosing(
                self._turn(self._create, self._request_params())
            ) as turn:
                async for item in turn:
                    yield item
            message, self._current = self._pending, None
            assert message is not None
            step = self._record(message)
            if step == "resume":
                continue
            response = await self._respond(message) if step == "tools" else None
            if step == "tools" and self._modified:
                continue
            if step == "stop" or not self._continue_with(response):
                if self._end_run(message):
                    async with contextlib.aclosing(self._compact()) as compaction:
                        async for item in compaction:
                            yield item

    async def _compact(self) -> AsyncGenerator[Any, None]:
        try:
            async with contextlib.aclosing(self._turn(*self._compaction_request())) as turn:
                async for item in turn:
                    yield item
        finally:
            self._compacting = False
        message, self._current = self._pending, None
        assert message is not None
        self._take_compaction(message)

    _pending: ParsedMessage[ResponseFormatT] | None = None
    _current: Callable[[], Awaitable[ParsedMessage[ResponseFormatT]]] | None = None

    _iterator: AsyncGenerator[Any, None] | None = None

    async def __aiter__(self) -> AsyncIterator[Any]:
        # A generator over `__anext__` (as the official runner's): `async for` gets a new
        # iterator each time, and every one of them resumes the same run.
        while True:
            try:
                item = await self.__anext__()
            except StopAsyncIteration:
                return
            yield item

    async def __anext__(self) -> Any:
        if self._iterator is None:
            self._iterator = self._steps()
            self._start_span()
        if self._span is None:
            return await self._iterator.__anext__()
        try:
            with self._span.step():
                return await self._iterator.__anext__()
        except BaseException as error:
            self._span.end(None if isinstance(error, StopAsyncIteration) else error)
            raise

    async def close(self) -> None:
        """Stop the runner for good (closing the reply stream it holds open) and end its span;
        for a run you will not resume with `until_done()`. A closed runner iterates nothing more;
        closing a finished one changes nothing. From a tool, or while another task drives the
        loop, it stops the loop at its next step."""
        self._closed = True
        iterator = self._iterator
        running = getattr(iterator, "ag_running", False)  # driven by another task right now
        # A tool started early runs under the caller's read of the reply, which the loop is
        # suspended under: closing the loop would close that reply.
        if iterator is not None and not self._running_early_tool and not running:
            await iterator.aclose()
        self._end_span_on_close()

    async def until_done(self) -> ParsedMessage[ResponseFormatT]:
        """Run to the end (from wherever iteration stopped); the last reply."""
        async for _ in self:
            pass
        if self._last is None:
            raise RuntimeError("the tool runner sent no request (max_iterations reached?)")
        return self._last

    async def generate_tool_call_response(self) -> dict[str, Any] | None:
        """Run the tools the current reply asked for, one after another in the order of the
        calls (as the official runner does); the user turn of their results, or None when the
        reply asked for none."""
        return await self._respond(None)

    async def _respond(
        self, message: ParsedMessage[ResponseFormatT] | None
    ) -> dict[str, Any] | None:
        return await self._responding(message)

    async def _run(self, tool_use: Any) -> ToolResultBlockParam:
        early: ToolResultBlockParam | None = self._calls.take(tool_use.id)
        if early is not None:
            return early
        return await self._execute(tool_use)

    async def _execute(self, tool_use: Any) -> ToolResultBlockParam:
        if getattr(tool_use, "toolset_name", None) is not None:
            toolset = self._toolset_for(tool_use)
            if toolset is None:
                return self._toolset_missing(tool_use)
            with self._tool_span(toolset, tool_use) as member:
                member.result = await toolset.tool_result(tool_use)
            return member.result  # type: ignore[no-any-return]
        tool = self._runnable(tool_use.name)
        if tool is None:
            return self._missing_tool(tool_use)
        with self._tool_span(tool, tool_use) as run:
            try:
                run.result = _result(tool_use.id, await call_runnable(tool, tool_use.input))
            except Exception as exc:
                log.info("tool %r raised %r; sent as an is_error result", tool.name, exc)
                run.result = _result(tool_use.id, _error_content(exc), is_error=True)
        return run.result  # type: ignore[no-any-return]


class BetaAsyncToolRunner(_AsyncRunner[ResponseFormatT]):
    """`async for` each reply (a `ParsedMessage`); the tools of one reply run one after another."""

    async def _turn(
        self, create: Callable[..., Any], params: dict[str, Any]
    ) -> AsyncGenerator[Any, None]:
        message: ParsedMessage[ResponseFormatT] = await create(**params)
        self._pending = message

        async def current() -> ParsedMessage[ResponseFormatT]:
            return message

        self._current = current
        yield message

    if TYPE_CHECKING:

        def __aiter__(self) -> AsyncIterator[ParsedMessage[ResponseFormatT]]: ...

        async def __anext__(self) -> ParsedMessage[ResponseFormatT]: ...


class BetaAsyncStreamingToolRunner(_HoldsToolCalls, _AsyncRunner[ResponseFormatT]):
    """`async for` each reply as an open `AsyncMessageStream`."""

    async def _turn(
        self, create: Callable[..., Any], params: dict[str, Any]
    ) -> AsyncGenerator[Any, None]:
        self._new_reply()
        async with create(**params) as stream:

            async def current() -> ParsedMessage[ResponseFormatT]:
                return _parsed(await stream.get_final_message())

            self._current = current
            if self._eager:
                yield AsyncEagerStream(stream, self._calls, self._start_early)
            else:
                yield stream
            final = await stream.get_final_message()
        self._pending = _parsed(final)

    async def _start_early(self, tool_use: Any) -> None:
        if not self._may_start_early(tool_use):
            return
        self._running_early_tool = True
        try:
            result = await self._execute(tool_use)
        finally:
            self._running_early_tool = False
        self._ran_early(tool_use, result)

    if TYPE_CHECKING:

        def __aiter__(
            self,
        ) -> AsyncIterator[
            AsyncMessageStream[ParsedMessage[ResponseFormatT], RawMessageStreamEvent]
        ]: ...

        async def __anext__(
            self,
        ) -> AsyncMessageStream[ParsedMessage[ResponseFormatT], RawMessageStreamEvent]: ...
