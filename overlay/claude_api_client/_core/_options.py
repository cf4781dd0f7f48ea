"""What a generated resource method hands to the client: one request, fully described."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    import httpx


@dataclass
class RequestOptions:
    """One API call as the generated code describes it; the client adds auth, defaults, retries."""

    method: str
    """HTTP method, any case: "get", "post", "delete"."""
    path: str
    """Path under the base URL, path parameters already quoted: "/v1/models/claude-x"."""
    params: Mapping[str, object] | None = None
    """The operation's query parameters; NOT_GIVEN and None values are dropped."""
    json_body: object = None
    """The JSON body exactly as the caller gave it (None: no body)."""
    multipart: list[tuple[str, object]] | None = None
    """Multipart form fields: str/int/float/bool values are form values, a list one part per
    element, anything else a file (a path, bytes, a binary file object or a `(filename,
    content[, mime_type])` tuple; see `_uploads`)."""
    upload_fields: tuple[str, ...] = ()
    """The multipart fields that are files whatever their value (`format: binary` in the
    document): a `str` given there is refused, not sent as text."""
    headers: Mapping[str, str] | None = None
    """The operation's own headers, e.g. {"anthropic-beta": "a,b"}."""
    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    """A mapping merged over the top level of `json_body` (or added to the multipart fields).
    Typed `object` because resources pass the caller's value through; checked when sending."""
    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN
    max_body_bytes: int | None = None
    """The API's request size limit for this endpoint: a larger body is refused before sending."""
    stream: bool = False
    """The response is `text/event-stream`."""
    expected_seconds: float | None = None
    """How long the API may take to answer this call when not streaming (`x-adaptive-timeout`:
    a long `max_tokens`); under the default timeout, the read timeout grows to it (capped)."""
    content: bytes | None = None
    """A raw body sent as is (`client.post(..., content=...)`); `json_body` is then unused."""
    max_retries: int | None = None
    """This call's retry limit, overriding the client's (`client.post(..., options=...)`)."""
    long_poll_seconds: float | None = None
    """How long the server may hold this request before answering (a long poll): added to the
    read timeout, unless the call set its own `timeout`."""
    terminal_event: str | None = "message_stop"
    """The event after which a stream is complete (`x-stream.terminal`); None for a stream that
    simply ends when its body does (legacy completions)."""
    open_stream: bool = False
    """An event stream that stays open until the caller closes it (session events): no terminal
    event, and handed out as soon as the headers arrive (the first event may come much later)."""
    follow_redirects: bool | None = None
    """Whether this call follows redirects (`options={"follow_redirects": ...}`); None: as the
    httpx client does. Only same-origin redirects are ever followed."""
    span_name: str | None = None
    """The OpenTelemetry span name of the SDK method that made this call (`anthropic.<resource
    path>.<method>`, the same on the beta surface); None (a custom request) is traced by no span."""
    span_route: str | None = None
    """The path template of the operation (`/v1/messages/batches/{message_batch_id}`): the span's
    `http.route`."""
    span_attributes: Mapping[str, object] | None = None
    """Span attributes of the call's path parameters (`x-span-attribute`), e.g.
    {"anthropic.message.batch.id": "msgbatch_..."}: the values as the caller gave them."""
    span_created_id: list[str] | None = None
    """[span attribute, response field]: the id of the object the call created, recorded on its
    span when it succeeds (`x-span-created-id`)."""
    qualifiers: dict[str, str] | None = None
    """Marks of the surface that made the call, as the official package's request options carry
    them: `{"beta": "true"}` from every `client.beta…` method (a new dict each call), None from
    the GA surface and custom requests. Middleware reads it to tell the surfaces apart, since
    `client.messages` and `client.beta.messages` build the same request."""
