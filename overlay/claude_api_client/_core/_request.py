"""One call's HTTP request, built from its `RequestOptions`: URL, headers, query, body, timeout.

Every check of what the caller passed happens here, before the network: a header value that is
not one line of ASCII, a body with NaN or infinity, a body over the endpoint's size limit
(measured once, when the body is encoded; checked as each attempt's request is built).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._constants import (
    ADAPTIVE_TIMEOUT_CAP,
    API_VERSION,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_TIMEOUT_SECONDS,
    SENSITIVE_HEADERS,
)
from ._exceptions import MissingCredentialsError, RequestBodyTooLargeError
from ._options import RequestOptions
from ._types import Headers, NotGiven, Omit, Query, strip_not_given
from ._uploads import UploadFile, multipart_parts


def clean_credential(name: str, value: object) -> str | None:
    """A key or token as it will be sent: surrounding whitespace (a newline read from a file)
    stripped; refused if anything left cannot be a header value. The error never holds it."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    cleaned = value.strip()
    for position, char in enumerate(cleaned):
        if not (" " <= char <= "~"):
            raise ValueError(
                f"{name} contains a character that cannot be sent in an HTTP header "
                f"(position {position}, {'non-ASCII' if ord(char) > 127 else 'a control'} "
                "character); check how the key was read. The key is not shown here."
            )
    return cleaned or None


def redact(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers fit for a log or a repr: secret values replaced."""
    return {
        key: ("<redacted>" if key.lower() in SENSITIVE_HEADERS else value)
        for key, value in headers.items()
    }


@dataclass(repr=False)
class Encoded:
    """The parts of a request that stay the same across retries, computed once: what every
    attempt hands to httpx as it is."""

    headers: dict[str, str]
    omitted: set[str]
    params: dict[str, Any]
    content: bytes | None = None
    data: dict[str, list[str]] | None = None
    files: list[tuple[str, UploadFile]] | None = None
    size: int | None = None
    """What the endpoint's size limit counts, or None when a stream cannot say: the whole body,
    or for an upload what it carries (file contents and field values, not the envelope)."""

    def __repr__(self) -> str:
        # Tracebacks captured with their locals (crash reporters) show this: no credentials.
        return f"Encoded(headers={redact(self.headers)!r}, params={self.params!r})"


def _unset(value: object) -> bool:
    return isinstance(value, (NotGiven, Omit))


def _json_default(value: object) -> object:
    """json.dumps fallback: pydantic models as the caller set them, dates as ISO strings."""
    model_dump = getattr(value, "model_dump", None)
    if callable(model_dump):
        return model_dump(mode="json", exclude_unset=True, by_alias=True)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if _unset(value):
        raise TypeError("NOT_GIVEN inside a request body: leave the key out instead")
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _non_finite(value: object, path: str = "") -> str | None:
    """The path of the first NaN or infinity inside `value` (`messages[0]['x']`), or None."""
    if isinstance(value, float):
        return None if math.isfinite(value) else path
    items: Iterable[tuple[object, object]] = ()
    if isinstance(value, Mapping):
        items = value.items()
    elif isinstance(value, (list, tuple)):
        items = enumerate(value)
    for key, item in items:
        found = _non_finite(item, f"{path}[{key!r}]" if path or not isinstance(key, str) else key)
        if found:
            return found
    return None


def _json_content(body: object) -> bytes:
    try:
        text = json.dumps(
            body, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default
        )
    except ValueError as error:
        where = _non_finite(body)
        if where is None:
            raise
        raise ValueError(
            f"argument {where!r} is not a finite number (NaN or infinity): JSON cannot carry it, "
            "so the request was not sent"
        ) from error
    return text.encode("utf-8")


def merge_extra_body(options: RequestOptions) -> RequestOptions:
    """The options with `extra_body` merged into the body (a plain dict for JSON calls, the
    multipart field list for uploads) and NOT_GIVEN values dropped: what the hook sees."""
    extra, body = options.extra_body, options.json_body
    if extra is not None and not isinstance(extra, Mapping):
        raise TypeError(f"extra_body must be a mapping, not {type(extra).__name__}")
    if options.multipart is not None:
        if not extra:
            return options  # multipart_parts drops the fields not given
        fields = [*options.multipart, *extra.items()]
        return dataclasses.replace(options, multipart=fields, extra_body=None)
    if body is not None and not isinstance(body, Mapping):
        if extra:
            raise TypeError("extra_body can only be merged into a JSON object body")
        return options
    if not extra and not (body and any(map(_unset, body.values()))):
        return options  # the common call: nothing to merge or drop
    merged = strip_not_given({**(body or {}), **(extra or {})})
    return dataclasses.replace(options, json_body=merged, extra_body=None)


def _check_header(name: str, value: str, source: str) -> None:
    """A header value stays one header of ASCII text; the error names where the caller gave it."""
    if isinstance(value, str) and value.isascii() and not any(c in value for c in "\r\n\0"):
        return
    if source == "argument":
        source = "argument 'betas'" if name.lower() == "anthropic-beta" else "header argument"
    if not isinstance(value, str):
        raise TypeError(f"{source}: header {name!r} must be a str, not {type(value).__name__}")
    problem = "must be ASCII text" if not value.isascii() else "contains a line break or NUL"
    raise ValueError(f"{source}: the value of header {name!r} {problem}; the request was not sent")


def _headers(
    options: RequestOptions, base: dict[str, str], custom: Headers, require_credentials: bool
) -> tuple[dict[str, str], set[str]]:
    """Merged headers (`base`: ours and auth < default_headers < operation < extra_headers) and
    the names an `Omit` removed."""
    merged: dict[str, tuple[str, str]] = {}
    omitted: set[str] = set()
    layers: list[tuple[str, Headers]] = [
        ("client", base),
        ("default_headers", custom),
        ("argument", options.headers or {}),
        ("extra_headers", options.extra_headers or {}),
    ]
    for source, layer in layers:
        for name, value in layer.items():
            key = name.lower()
            if isinstance(value, Omit):
                merged.pop(key, None)
                omitted.add(key)
                continue
            _check_header(name, value, source)
            merged[key] = (name, value)
            omitted.discard(key)
    if require_credentials and not ({"x-api-key", "authorization"} & (merged.keys() | omitted)):
        raise MissingCredentialsError(
            "No credentials: pass api_key=... (or set the ANTHROPIC_API_KEY environment "
            "variable), or auth_token=... (or set ANTHROPIC_AUTH_TOKEN) when creating the client."
        )
    return {name: value for name, value in merged.values()}, omitted


def _boundless_multipart(name: str, value: str) -> bool:
    """A `content-type` of multipart form data without the boundary only httpx knows."""
    return (
        name.lower() == "content-type"
        and value.strip().lower().startswith("multipart/form-data")
        and "boundary=" not in value.lower()
    )


def _query(custom: Query, options: RequestOptions) -> dict[str, Any]:
    """default_query < params < extra_query; None / NOT_GIVEN / omit drop a key."""
    query: dict[str, Any] = {}
    for layer in (custom, options.params or {}, options.extra_query or {}):
        for key, value in layer.items():
            if value is None or _unset(value):
                query.pop(key, None)
            else:
                query[key] = _query_value(value)
    return query


def _query_value(value: object) -> object:
    """Query values httpx cannot encode itself: timestamps as ISO 8601 (also inside lists)."""
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_query_value(v) for v in value]
    return value


def encode(
    options: RequestOptions,
    *,
    auth: Mapping[str, str],
    defaults: Mapping[str, str],
    custom_headers: Headers,
    custom_query: Query,
    require_credentials: bool = True,
) -> Encoded:
    """The parts of `options` that do not change between attempts."""
    base: dict[str, str] = {
        "accept": "text/event-stream" if options.stream else "application/json",
        "anthropic-version": API_VERSION,
        **defaults,
    }
    content = options.content
    if options.multipart is None and content is None and options.json_body is not None:
        content = _json_content(options.json_body)
        base["content-type"] = "application/json"
    base.update(auth)
    headers, omitted = _headers(options, base, custom_headers, require_credentials)
    query = _query(custom_query, options)
    if options.multipart is not None:
        # The call says `content-type: multipart/form-data` (as the official uploads do, and as
        # a caller may in `extra_headers`); httpx writes the full header, with its boundary.
        headers = {k: v for k, v in headers.items() if not _boundless_multipart(k, v)}
        parts = multipart_parts(options.multipart, options.upload_fields)
        size = parts.content_size()
        return Encoded(headers, omitted, query, data=parts.data, files=parts.files, size=size)
    size = len(content) if content is not None else 0
    return Encoded(headers, omitted, query, content=content, size=size)


# URLs parsed before (httpx.URL is immutable): most calls go to a handful of paths.
_parsed_urls: dict[str, httpx.URL] = {}
_PARSED_URLS_KEPT = 256


def request_url(
    http: httpx.Client | httpx.AsyncClient, url: str, params: dict[str, Any]
) -> tuple[httpx.URL | str, dict[str, Any] | None]:
    """The URL of every attempt, parsed once with the query merged in, and the query still to
    pass to httpx (None). An httpx client with a base URL or query of its own merges them itself,
    so then the text and the query go to httpx as they are."""
    if http.params:
        return url, params
    parsed = _parsed_urls.get(url)
    if parsed is None:
        parsed = httpx.URL(url)  # parsing is a good part of httpx's per-request work
        if len(_parsed_urls) >= _PARSED_URLS_KEPT:
            _parsed_urls.clear()
        _parsed_urls[url] = parsed
    if parsed.is_relative_url:
        return url, params
    return (parsed.copy_merge_params(params) if params else parsed), None


def build(
    http: httpx.Client | httpx.AsyncClient,
    url: httpx.URL | str,
    params: dict[str, Any] | None,
    options: RequestOptions,
    encoded: Encoded,
    timeout: httpx.Timeout | None,
) -> httpx.Request:
    """The request of one attempt; refused when its body is over the endpoint's limit (the
    size `encode` measured without reading anything; an unknown size passes)."""
    method = options.method.upper()
    limit, size = options.max_body_bytes, encoded.size
    if limit is not None and size is not None and size > limit:
        raise RequestBodyTooLargeError(size=size, limit=limit, endpoint=f"{method} {options.path}")
    request = http.build_request(
        method,
        url,
        headers=encoded.headers,
        params=params,
        content=encoded.content,
        data=encoded.data,
        files=encoded.files,
        timeout=timeout,
    )
    # httpx adds its own defaults (user-agent, accept…): an Omit removes those too.
    for name in encoded.omitted:
        request.headers.pop(name, None)
    return request


def call_timeout(
    options: RequestOptions, *, client_timeout: float | httpx.Timeout | None, timeout_given: bool
) -> httpx.Timeout | None:
    """The per-call timeout, else the client's; a long non-streaming call under the default
    timeout gets a read timeout as long as it is expected to take (`expected_seconds`, capped)
    instead of being refused."""
    chosen = client_timeout
    per_call = not _unset(options.timeout)
    if per_call:
        chosen = options.timeout  # type: ignore[assignment]
    elif options.expected_seconds and not options.stream and not timeout_given:
        read = min(ADAPTIVE_TIMEOUT_CAP, max(DEFAULT_TIMEOUT_SECONDS, options.expected_seconds))
        chosen = httpx.Timeout(read, connect=DEFAULT_CONNECT_TIMEOUT)
    timeout = (
        chosen if chosen is None or isinstance(chosen, httpx.Timeout) else httpx.Timeout(chosen)
    )
    wait = options.long_poll_seconds
    if wait and timeout is not None and timeout.read is not None and not per_call:
        # The server holds a long poll open on purpose: that wait is not a slow response.
        timeout = httpx.Timeout(
            connect=timeout.connect,
            read=timeout.read + wait,
            write=timeout.write,
            pool=timeout.pool,
        )
    return timeout


def budget(timeout: httpx.Timeout | None) -> float:
    """Seconds a whole call (all attempts, waits and reads) may take: the read timeout."""
    if timeout is None or timeout.read is None:
        return math.inf
    return timeout.read
