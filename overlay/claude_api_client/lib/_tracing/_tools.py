"""Spans of the Messages tool runner (`lib/tools/_runner.py`), named and described as the
official package's:

- `anthropic.messages.tool_runner` (INTERNAL): one run of the runner, from its first step to its
  end; `gen_ai.operation.name` `invoke_agent`, the provider, `gen_ai.request.model`, the client's
  `gen_ai.conversation.id`, `gen_ai.output.type` `json` for a JSON-schema reply. Each step runs
  with it current, so the calls' spans are its children. `OK` when the run ends, the error's
  status when it fails, unset when it is abandoned.
- `anthropic.custom_tool_use <tool name>` (INTERNAL): one run of a tool; `gen_ai.operation.name`
  `execute_tool`, `gen_ai.tool.name`, `gen_ai.tool.description` (when not empty),
  `gen_ai.tool.call.id`, `gen_ai.tool.type` `function`, `anthropic.toolset.name` (when the
  `tool_use` block names one), the conversation id. An `is_error` result ends it `ERROR` with
  `error.type` `tool_error`, any other `OK`. In content mode it records the call's input as
  `gen_ai.tool.call.arguments` and the result's blocks as `anthropic.tool_result.content`,
  within `max_content_bytes` (`_content.py`).

Loaded only by a client with spans on (`Telemetry.tool_use` / `Telemetry.tool_runner`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ._attributes import dig
from ._content import ARGUMENTS, TOOL_RESULT, TRUNCATED, fit, tool_result_blocks

if TYPE_CHECKING:
    from ._spans import Telemetry

__all__ = ["RunnerSpan", "ToolRun", "tool_use_span"]


def _present(values: Mapping[str, object]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


class ToolRun:
    """What one tool run made: its `result` (a `tool_result` block), set inside the span."""

    result: Mapping[str, Any] | None = None


@contextmanager
def tool_use_span(telemetry: Telemetry, tool: object, tool_use: object) -> Iterator[ToolRun]:
    """The block runs one tool call inside its span; the span ends with `run.result`."""
    from opentelemetry.trace import SpanKind, Status, StatusCode, use_span

    run = ToolRun()
    name = dig(tool_use, ("name",))
    toolset = dig(tool_use, ("toolset_name",))
    description = getattr(tool, "description", None)
    span = telemetry.tracer().start_span(
        f"anthropic.custom_tool_use {name}" if name else "anthropic.custom_tool_use",
        kind=SpanKind.INTERNAL,
        attributes=_present(
            {
                "gen_ai.operation.name": "execute_tool",
                "gen_ai.provider.name": telemetry.provider,
                "gen_ai.tool.name": name if isinstance(name, str) else None,
                "anthropic.toolset.name": toolset if isinstance(toolset, str) else None,
                "gen_ai.tool.description": description
                if isinstance(description, str) and description
                else None,
                "gen_ai.tool.call.id": dig(tool_use, ("id",)),
                "gen_ai.conversation.id": telemetry.conversation_id,
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
            blocks = None if result is None else tool_result_blocks(result.get("content"))
            values, lost = fit(
                {ARGUMENTS: dig(tool_use, ("input",)), TOOL_RESULT: blocks},
                telemetry.max_content_bytes,
            )
            span.set_attributes(values)
            if lost:
                span.set_attribute(TRUNCATED, True)
        if result is not None and result.get("is_error") is True:
            span.set_status(Status(StatusCode.ERROR))
            span.set_attribute("error.type", "tool_error")
        elif result is not None:
            span.set_status(Status(StatusCode.OK))
        span.end()


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
