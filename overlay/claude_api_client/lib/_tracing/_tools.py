"""Spans of the Messages tool runner (`lib/tools/_runner.py`), named and described as the
official package's:

- `anthropic.messages.tool_runner` (INTERNAL): one run of the runner, from its first step to its
  end; `gen_ai.operation.name` `invoke_agent`, the provider, `gen_ai.request.model`, the client's
  `gen_ai.conversation.id`, `gen_ai.output.type` `json` for a JSON-schema reply. Each step runs
  with it current, so the calls' spans are its children. `OK` when the run ends, the error's
  status when it fails, unset when it is abandoned.
- `<operation> <tool name>` (INTERNAL): one run of a tool, by the Messages tool runner or the
  session tool runner (`lib/tools/_beta_session_runner.py`). The operation is
  `anthropic.tool_use` for an agent-toolset call of a session (an `agent.tool_use` event),
  `anthropic.mcp_tool_use` for a tool made by `mcp_tool` / `async_mcp_tool` (its `_origin`),
  `anthropic.custom_tool_use` for any other. Attributes: `gen_ai.operation.name`
  `execute_tool`, `gen_ai.tool.name`, `gen_ai.tool.description` (a function tool's or a built-in
  tool's definition's, when not empty), `gen_ai.tool.call.id`, `gen_ai.tool.type` `function`,
  `anthropic.toolset.name` (when the call names one), `gen_ai.conversation.id` (the client's,
  else the one the runner gives: a session call's thread), `anthropic.session.id` /
  `anthropic.session.thread.id` (session calls). An `is_error` result ends it `ERROR` with
  `error.type` `tool_error`, any other `OK`; a run stopped before it made a result leaves it
  unset. In content mode it records the call's input as `gen_ai.tool.call.arguments` and the
  result's blocks as `anthropic.tool_result.content`, within `max_content_bytes`
  (`_content.py`).

Loaded only by a client with spans on (`Telemetry.tool_use` / `Telemetry.tool_runner`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any

from ._attributes import dig
from ._content import ARGUMENTS, TOOL_RESULT, TRUNCATED, fit, tool_result_blocks

if TYPE_CHECKING:
    from ._spans import Telemetry

__all__ = ["RunnerSpan", "ToolRun", "session_tool_use_span", "tool_run_span", "tool_use_span"]


def _present(values: Mapping[str, object]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


class ToolRun:
    """What one tool run made, set inside its span: `result` (a `tool_result` block or a session
    result event; None when the run stopped before making one) and, when the span is to record
    other blocks than the result's own, `content` (the session runner sends some blocks as their
    JSON text, and the span records the blocks)."""

    result: Mapping[str, Any] | None = None
    content: Sequence[object] | None = None


def _description(tool: object) -> str | None:
    """A function tool's description, or a built-in tool's definition's; None when empty."""
    from ..tools._functions import BaseFunctionTool, _BuiltinTool

    found: object = None
    if isinstance(tool, BaseFunctionTool):
        found = tool.description
    elif isinstance(tool, _BuiltinTool):
        found = dig(tool.to_dict(), ("description",))
    return found if isinstance(found, str) and found else None


def _operation(tool: object, agent_tool: bool) -> str:
    if agent_tool:
        return "anthropic.tool_use"
    if getattr(tool, "_origin", None) == "mcp":
        return "anthropic.mcp_tool_use"
    return "anthropic.custom_tool_use"


def _text(value: object) -> str | None:
    return str.__str__(value) if isinstance(value, str) else None


@contextmanager
def tool_run_span(
    telemetry: Telemetry,
    tool: object,
    *,
    tool_use_id: object,
    tool_name: object,
    input: object,
    toolset_name: object = None,
    agent_tool: bool = False,
    session_id: str | None = None,
    session_thread_id: str | None = None,
    conversation_id: str | None = None,
) -> Iterator[ToolRun]:
    """The block runs one tool call inside its span (current there); the span ends with what the
    block set on the run (see the module for its name and attributes)."""
    from opentelemetry.trace import SpanKind, Status, StatusCode, use_span

    run = ToolRun()
    name = _text(tool_name)
    operation = _operation(tool, agent_tool)
    span = telemetry.tracer().start_span(
        f"{operation} {name}" if name else operation,
        kind=SpanKind.INTERNAL,
        attributes=_present(
            {
                "gen_ai.operation.name": "execute_tool",
                "gen_ai.provider.name": telemetry.provider,
                "gen_ai.tool.name": name,
                "anthropic.toolset.name": _text(toolset_name),
                "gen_ai.tool.description": _description(tool),
                "gen_ai.tool.call.id": _text(tool_use_id),
                "gen_ai.conversation.id": telemetry.conversation_id or conversation_id,
                "anthropic.session.id": session_id,
                "anthropic.session.thread.id": session_thread_id,
                "gen_ai.tool.type": "function",
            }
        ),
    )
    try:
        with use_span(
            span, end_on_exit=False, record_exception=False, set_status_on_exception=False
        ):
            yield run
    finally:
        result = run.result
        if telemetry.content:
            recorded = run.content if run.content is not None else dig(result, ("content",))
            blocks = None if result is None else tool_result_blocks(recorded)
            values, lost = fit({ARGUMENTS: input, TOOL_RESULT: blocks}, telemetry.max_content_bytes)
            span.set_attributes(values)
            if lost:
                span.set_attribute(TRUNCATED, True)
        if result is not None and result.get("is_error") is True:
            span.set_status(Status(StatusCode.ERROR))
            span.set_attribute("error.type", "tool_error")
        elif result is not None:
            span.set_status(Status(StatusCode.OK))
        span.end()


def tool_use_span(
    telemetry: Telemetry, tool: object, tool_use: object
) -> AbstractContextManager[ToolRun]:
    """The span of one tool run of the Messages tool runner, for its `tool_use` block."""
    return tool_run_span(
        telemetry,
        tool,
        tool_use_id=dig(tool_use, ("id",)),
        tool_name=dig(tool_use, ("name",)),
        input=dig(tool_use, ("input",)),
        toolset_name=dig(tool_use, ("toolset_name",)),
    )


def session_tool_use_span(
    telemetry: Telemetry,
    tool: object,
    event: object,
    *,
    input: object,
    session_id: str,
    conversation_id: str | None,
) -> AbstractContextManager[ToolRun]:
    """The span of one tool run of the session tool runner, for its `agent.tool_use` (an
    agent-toolset tool: `anthropic.tool_use`) or `agent.custom_tool_use` event."""
    thread = dig(event, ("session_thread_id",))
    return tool_run_span(
        telemetry,
        tool,
        tool_use_id=dig(event, ("id",)),
        tool_name=dig(event, ("name",)),
        input=input,
        toolset_name=dig(event, ("toolset_name",)),
        agent_tool=dig(event, ("type",)) == "agent.tool_use",
        session_id=session_id,
        session_thread_id=thread if isinstance(thread, str) else None,
        conversation_id=conversation_id,
    )


class RunnerSpan:
    """The span of one run of the tool runner: `step()` makes it current around each step of
    the run, `end()` ends it (with the error that ended the run, if any)."""

    def __init__(self, telemetry: Telemetry, params: Mapping[str, Any], output_format: object):
        from opentelemetry.trace import SpanKind

        json_output = dig(params, ("output_config", "format", "type")) == "json_schema" or (
            isinstance(output_format, type)
        )
        model = params.get("model")
        self._span = telemetry.tracer().start_span(
            "anthropic.messages.tool_runner",
            kind=SpanKind.INTERNAL,
            attributes=_present(
                {
                    "gen_ai.operation.name": "invoke_agent",
                    "gen_ai.provider.name": telemetry.provider,
                    "gen_ai.request.model": model if isinstance(model, str) else None,
                    "gen_ai.conversation.id": telemetry.conversation_id,
                    "gen_ai.output.type": "json" if json_output else None,
                }
            ),
        )
        self._ended = False

    def step(self) -> Any:
        """A context manager: the span current for one step (not ended by it)."""
        from opentelemetry.trace import use_span

        return use_span(
            self._span, end_on_exit=False, record_exception=False, set_status_on_exception=False
        )

    def end(self, error: BaseException | None = None) -> None:
        """End the span: `OK`, or `ERROR` with `error.type` for an `Exception`; another
        `BaseException` (the run closed or cancelled) leaves the status unset."""
        if self._ended:
            return
        self._ended = True
        from opentelemetry.trace import Status, StatusCode

        from ._spans import _error_type

        if error is None:
            self._span.set_status(Status(StatusCode.OK))
        elif isinstance(error, Exception):
            self._span.set_status(Status(StatusCode.ERROR))
            self._span.set_attribute("error.type", _error_type(error))
        self._span.end()
