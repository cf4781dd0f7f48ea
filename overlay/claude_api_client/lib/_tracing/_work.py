"""The `anthropic.environment.work` span of a polled work item (`lib/environments`), as the
official package records it: INTERNAL, with `gen_ai.provider.name`, `anthropic.environment.id`,
`anthropic.environment.work.id` and `anthropic.session.id` (the item's session, when it has
one). The poller starts it when a poll returns the item and makes it current around the item's
`ack` and `stop` calls; the environment worker makes it current while it serves the item. It ends
`OK` when the consumer is done with the item; with the error's status when acknowledging or
serving it failed; unset when the worker lost the item's lease or the loop was cancelled.

Loaded only by a client with spans on (`work_span`).
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

from ._attributes import dig

if TYPE_CHECKING:
    from ._spans import Telemetry

__all__ = ["WorkSpan", "work_span"]


class WorkSpan:
    """The span of the work item polled last (None before the first and once it ended)."""

    def __init__(self, telemetry: Telemetry | None) -> None:
        self._telemetry = telemetry
        self.span: Any = None

    def start(self, item: object) -> None:
        """Start the span of `item` (a `SelfHostedWork`)."""
        if self._telemetry is None:
            return
        from opentelemetry.trace import SpanKind

        values = {
            "gen_ai.provider.name": self._telemetry.provider,
            "anthropic.environment.id": dig(item, ("environment_id",)),
            "anthropic.environment.work.id": dig(item, ("id",)),
            "anthropic.session.id": dig(item, ("data", "id")),
        }
        self.span = self._telemetry.tracer().start_span(
            "anthropic.environment.work",
            kind=SpanKind.INTERNAL,
            attributes={k: v for k, v in values.items() if isinstance(v, str)},
        )

    def current(self) -> AbstractContextManager[Any]:
        """The span current for a block (not ended by it)."""
        if self.span is None:
            return nullcontext()
        from opentelemetry.trace import use_span

        return use_span(
            self.span, end_on_exit=False, record_exception=False, set_status_on_exception=False
        )

    def end(self, error: BaseException | None = None, *, finished: bool = True) -> None:
        """End the span (once): `ERROR` for an `Exception`, `OK` when the item was `finished`,
        otherwise (a cancellation, a lost lease) the status stays unset."""
        span, self.span = self.span, None
        if span is None:
            return
        from opentelemetry.trace import Status, StatusCode

        from ._spans import _error_type

        if isinstance(error, Exception):
            span.set_status(Status(StatusCode.ERROR))
            span.set_attribute("error.type", _error_type(error))
        elif error is None and finished:
            span.set_status(Status(StatusCode.OK))
        span.end()


def work_span(telemetry: Telemetry | None) -> WorkSpan:
    """A `WorkSpan` for the items a client with `telemetry` polls (none without it)."""
    return WorkSpan(telemetry)
