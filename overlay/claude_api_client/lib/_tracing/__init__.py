"""The `open_telemetry=` client option: its types, how it resolves, and the clients' side of it.

Off unless enabled: by the option (a dict, even `{}`), by `ANTHROPIC_OPEN_TELEMETRY=true`, or by
a tracer provider the application has already registered with `opentelemetry.trace`. A client
with spans on holds a `Telemetry` (`_spans.py`, the core's `CallTracer` hook): one span per call,
and, unless `propagation` is off, the span's trace context in the headers of every request the
call sends. `opentelemetry-api` (the `otel` extra) is imported only when such a client makes its
first call; this module imports nothing of it, so building a client costs no more with it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias

from typing_extensions import NotRequired, TypedDict

if TYPE_CHECKING:
    from opentelemetry.trace import TracerProvider
    from typing_extensions import Self

    from ..._core._tracer import CallTracer

__all__ = [
    "DEFAULT_MAX_CONTENT_BYTES",
    "OpenTelemetryClientOption",
    "OpenTelemetryOptions",
    "OpenTelemetryTraces",
    "ResolvedOpenTelemetryOptions",
    "ResolvedOpenTelemetryTraces",
    "TracesCalls",
    "resolve_open_telemetry",
]

DEFAULT_MAX_CONTENT_BYTES = 750_000
"""The default cap, in UTF-8 bytes, of all the content attributes of one span together."""


class OpenTelemetryTraces(TypedDict, total=False):
    """The `traces` of the `open_telemetry` option: the client's spans."""

    enabled: bool
    """Whether the client records spans (default True; False leaves the other fields unused)."""
    content_mode: Literal["metadata_only", "content"]
    """`content` records, on `anthropic.messages.create` spans, the request's system prompt,
    messages and stop sequences and the reply's content, in the GenAI conventions' shapes
    (default `metadata_only`: none of them; `lib/_tracing/_content.py`)."""
    max_content_bytes: int
    """The cap of a span's content attributes together, in UTF-8 bytes (default 750,000; a
    value below 1 is the default): the oldest parts are dropped first, and the span then has
    `anthropic.content.truncated`."""


class ResolvedOpenTelemetryTraces(TypedDict):
    """The `traces` of `client.open_telemetry`: every field set."""

    enabled: bool
    content_mode: Literal["metadata_only", "content"]
    max_content_bytes: int


class OpenTelemetryOptions(TypedDict, total=False):
    """The `open_telemetry` client option. Given (even `{}`), no `ANTHROPIC_OPEN_TELEMETRY*`
    variable is read: what it leaves out has its default."""

    tracer_provider: TracerProvider
    """Where the client's spans go, instead of the provider registered with OpenTelemetry."""
    propagation: bool
    """Whether each request the client sends carries its call's trace context, in the headers of
    the propagator registered with OpenTelemetry (W3C `traceparent` / `tracestate` by default).
    Default True; set False when an HTTP client instrumentation already propagates it. Spans are
    recorded either way."""
    traces: OpenTelemetryTraces | ResolvedOpenTelemetryTraces | bool
    """The client's spans; `True` / `False` stand for `{"enabled": True}` / `{"enabled": False}`."""
    conversation_id: str
    """Set as `gen_ai.conversation.id` on every span of the client's calls; never sent to the
    API. For one conversation:
    `client.with_options(open_telemetry={**client.open_telemetry, "conversation_id": "c1"})`."""


class ResolvedOpenTelemetryOptions(TypedDict):
    """`client.open_telemetry`: the option the client was given (or the environment's, read when
    it was built), with `propagation` and every field of `traces` set. Spread it into the option
    of a copy to change one field."""

    tracer_provider: NotRequired[TracerProvider]
    propagation: bool
    traces: ResolvedOpenTelemetryTraces
    conversation_id: NotRequired[str]


OpenTelemetryClientOption: TypeAlias = OpenTelemetryOptions | Literal[False] | None
"""The `open_telemetry=` argument of every client: the options, `False` (no spans) or `None`
(the `ANTHROPIC_OPEN_TELEMETRY`, `…_TRACES_CONTENT_MODE`, `…_TRACES_MAX_CONTENT_BYTES` and
`…_PROPAGATION` variables decide; a copy of a client keeps the client's option instead)."""

# What a client may be given: the public option, or one already resolved (a copy's).
_Given: TypeAlias = "OpenTelemetryClientOption | ResolvedOpenTelemetryOptions | bool"


def _env(name: str) -> str:
    return os.environ.get(f"ANTHROPIC_OPEN_TELEMETRY{name}", "").strip().lower()


def _global_provider_set() -> bool:
    """An application registered a tracer provider (checked without importing OpenTelemetry)."""
    trace = sys.modules.get("opentelemetry.trace")
    return trace is not None and getattr(trace, "_TRACER_PROVIDER", None) is not None


def _from_environment() -> dict[str, Any]:
    """The option the `ANTHROPIC_OPEN_TELEMETRY*` variables make; without them, spans are on
    only when a global tracer provider is registered."""
    flag = _env("")
    enabled = flag in ("1", "true", "yes", "on") or (
        flag not in ("0", "false", "no", "off") and _global_provider_set()
    )
    size = _env("_TRACES_MAX_CONTENT_BYTES")
    return {
        "propagation": _env("_PROPAGATION") != "false",
        "traces": {
            "enabled": enabled,
            "content_mode": "content" if _env("_TRACES_CONTENT_MODE") == "content" else None,
            "max_content_bytes": int(size) if size.isascii() and size.isdigit() else None,
        },
    }


def resolve_open_telemetry(option: _Given) -> ResolvedOpenTelemetryOptions:
    """The client's option with `propagation` and every field of `traces` set.

    `None` reads the environment (see `OpenTelemetryClientOption`). A mapping given turns spans
    on unless its `traces` is `False` / `{"enabled": False}`; `False` turns them off.
    """
    given: Mapping[str, Any]
    if option is None:
        given = _from_environment()
    elif option is False or option is True:
        given = {"traces": option}
    elif isinstance(option, Mapping):
        given = option
    else:
        raise TypeError(f"open_telemetry must be a dict, False or None, not {option!r}")
    traces = given.get("traces")
    if isinstance(traces, bool) or traces is None:
        traces = {"enabled": True if traces is None else traces}
    cap = traces.get("max_content_bytes")
    propagation = given.get("propagation")
    if propagation is not None and not isinstance(propagation, bool):
        raise TypeError(f"open_telemetry['propagation'] must be a bool, not {propagation!r}")
    resolved: ResolvedOpenTelemetryOptions = {
        "propagation": True if propagation is None else propagation,
        "traces": {
            "enabled": bool(traces.get("enabled", True)),
            "content_mode": traces.get("content_mode") or "metadata_only",
            "max_content_bytes": cap
            if isinstance(cap, int) and cap >= 1
            else DEFAULT_MAX_CONTENT_BYTES,
        },
    }
    if given.get("tracer_provider") is not None:
        resolved["tracer_provider"] = given["tracer_provider"]
    conversation = given.get("conversation_id")
    if conversation is not None:
        if not isinstance(conversation, str):
            raise TypeError(
                f"open_telemetry['conversation_id'] must be a str, not {conversation!r}"
            )
        resolved["conversation_id"] = conversation
    return resolved


class TracesCalls:
    """The `open_telemetry` option of every client (first-party and platform): the layer-3
    constructors call `_set_open_telemetry`, which gives the core its `CallTracer`, and copies
    keep the option unless given another."""

    _gen_ai_provider_name: ClassVar[str] = "anthropic"
    """`gen_ai.provider.name` of the client's spans (the official package's values:
    `aws.bedrock` on Bedrock and Mantle, `gcp.vertex_ai` on Vertex AI, else `anthropic`)."""
    _otel_platform: ClassVar[str | None] = None
    """The platform a platform client names after the tracer's instrumentation scope
    (`com.anthropic.sdk.python.bedrock`), as the official package does; None: the first-party
    API, whose scope is `com.anthropic.sdk.python`."""
    _open_telemetry: ResolvedOpenTelemetryOptions
    _telemetry: CallTracer | None

    def _set_open_telemetry(self, option: _Given) -> None:
        """Resolve the option; `_telemetry` is None when spans are off."""
        self._open_telemetry = resolve_open_telemetry(option)
        self._telemetry = None
        if self._open_telemetry["traces"]["enabled"]:
            from ._spans import Telemetry

            self._telemetry = Telemetry(
                self._open_telemetry, self._gen_ai_provider_name, platform=self._otel_platform
            )

    @property
    def open_telemetry(self) -> ResolvedOpenTelemetryOptions:
        """This client's `open_telemetry` option with every field set (a copy):
        `client.with_options(open_telemetry={**client.open_telemetry, "conversation_id": "c1"})`
        changes one field."""
        return {**self._open_telemetry, "traces": {**self._open_telemetry["traces"]}}

    def _keep_open_telemetry(self, copy: Self, option: OpenTelemetryClientOption) -> Self:
        """`copy` with the option given to `copy()`, else this client's (already resolved: the
        environment is not read again). Set on the copy, not through its constructor, which a
        subclass may define without `open_telemetry`."""
        copy._set_open_telemetry(self._open_telemetry if option is None else option)
        return copy

    def copy(self, *, open_telemetry: OpenTelemetryClientOption = None, **changes: Any) -> Self:
        """`copy()` / `with_options()` with `open_telemetry=` too (None keeps this client's)."""
        new: Self = super().copy(**changes)  # type: ignore[misc]
        return self._keep_open_telemetry(new, open_telemetry)

    with_options = copy
