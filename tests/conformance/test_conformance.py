"""Conformance: real traffic recorded by six other projects, replayed through the SDK.

For every in-scope interaction of ../shared/cassettes/, the SDK call is built from the recorded
request (path -> resource method; JSON body keys -> keyword arguments, unknown keys through
`extra_body`; `?beta=true` or an `anthropic-beta` header -> the `client.beta` form with `betas`),
the recorded response is served back through `httpx.MockTransport`, and four things are checked:

1. the request the SDK sends has the recorded method, path and (semantically equal) body, the
   `anthropic-version` and auth headers, and the same set of `anthropic-beta` values;
2. a 2xx JSON response parses and `to_dict()` equals the recorded JSON exactly;
3. a recorded stream yields every non-ping event with its type, and the final message (the
   stream helper's when there is one, else folded by the test's accumulator from the SDK's events)
   equals the message the test's accumulator builds from the recorded events;
4. an error status raises the class for that status, with the recorded error type, message and
   request id.

A per-project table and `conformance: N passed, M failed` are printed at the end (conftest.py).
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cassette_tests._accumulate import accumulate
from cassette_tests._vcr import same_json

from ._sources import CASSETTES, Interaction, discover, parse_multipart

if not CASSETTES.is_dir():
    pytest.skip(
        f"{CASSETTES} is absent (it is beside the project in CI): no recorded traffic to replay",
        allow_module_level=True,
    )

# --- what is out of scope, and why ------------------------------------------------------------

EXCLUSIONS: list[tuple[str, Callable[[Interaction], bool]]] = [
    (
        "not the Claude API: a download from another host (image URL checks, another provider)",
        lambda i: i.host != "api.anthropic.com",
    ),
    (
        "legacy Text Completions (POST /v1/complete): not part of this SDK",
        lambda i: i.path == "/v1/complete",
    ),
]

# Interactions the SDK gets wrong today: id -> the bug (xfail strict; fixing it flips the test).
KNOWN_BUGS: dict[str, str] = {}


def exclusion(interaction: Interaction) -> str | None:
    for reason, rule in EXCLUSIONS:
        if rule(interaction):
            return reason
    return None


INTERACTIONS = discover()
IN_SCOPE = [i for i in INTERACTIONS if exclusion(i) is None]
EXCLUDED = [(i, exclusion(i)) for i in INTERACTIONS if exclusion(i) is not None]

# --- building the SDK call ---------------------------------------------------------------------

_ROUTES: list[tuple[str, str, tuple[str, ...], str]] = [
    # method, path pattern, SDK attribute path, response kind
    ("POST", r"/v1/messages", ("messages", "create"), "message"),
    ("POST", r"/v1/messages/count_tokens", ("messages", "count_tokens"), "model"),
    ("POST", r"/v1/messages/batches", ("messages", "batches", "create"), "model"),
    ("GET", r"/v1/messages/batches", ("messages", "batches", "list"), "page"),
    ("GET", r"/v1/messages/batches/(?P<id>[^/]+)", ("messages", "batches", "retrieve"), "model"),
    ("DELETE", r"/v1/messages/batches/(?P<id>[^/]+)", ("messages", "batches", "delete"), "model"),
    (
        "POST",
        r"/v1/messages/batches/(?P<id>[^/]+)/cancel",
        ("messages", "batches", "cancel"),
        "model",
    ),
    (
        "GET",
        r"/v1/messages/batches/(?P<id>[^/]+)/results",
        ("messages", "batches", "results"),
        "jsonl",
    ),
    ("GET", r"/v1/models", ("models", "list"), "page"),
    ("GET", r"/v1/models/(?P<id>[^/]+)", ("models", "retrieve"), "model"),
    ("POST", r"/v1/files", ("files", "upload"), "model"),
    ("GET", r"/v1/files", ("files", "list"), "page"),
    ("GET", r"/v1/files/(?P<id>[^/]+)", ("files", "retrieve_metadata"), "model"),
    ("DELETE", r"/v1/files/(?P<id>[^/]+)", ("files", "delete"), "model"),
    ("GET", r"/v1/files/(?P<id>[^/]+)/content", ("files", "download"), "bytes"),
]
_INT_QUERY = {"limit"}


def route(i: Interaction) -> tuple[tuple[str, ...], str, str | None]:
    for method, pattern, attrs, kind in _ROUTES:
        match = re.fullmatch(pattern, i.path)
        if method == i.method and match:
            return attrs, kind, match.groupdict().get("id")
    raise AssertionError(f"no SDK method for {i.method} {i.path}")


def build_call(
    client: Any, i: Interaction, *, override: Any = None, method: str | None = None
) -> tuple[Callable[[], Any], str]:
    attrs, kind, path_id = route(i)
    if method is not None:
        attrs = (*attrs[:-1], method)
    node = client.beta if i.beta else client
    for name in attrs:
        node = getattr(node, name)
    body = i.request_json if override is None else override
    accepted = set(inspect.signature(node).parameters)
    args: list[Any] = [path_id] if path_id is not None else []
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    if kind == "message" and isinstance(body, dict) and i.request_json.get("stream"):
        kind = "stream"
    if attrs == ("files", "upload"):
        (part,) = parse_multipart(i.request_body or b"", i.request_headers["content-type"])
        kwargs["file"] = (part["filename"], part["content"], part.get("content_type"))
    elif isinstance(body, dict):
        for key, value in body.items():
            (kwargs if key in accepted and key != "betas" else extra)[key] = value
    for key, value in i.query:
        if key == "beta":
            continue
        kwargs[key] = int(value) if key in _INT_QUERY else value
    if i.beta and i.betas:
        kwargs["betas"] = sorted(i.betas)
    if extra:
        kwargs["extra_body"] = extra
    return (lambda: node(*args, **kwargs)), kind


def served(i: Interaction) -> httpx.Response:
    headers = {
        k: v
        for k, v in i.response_headers.items()
        if k not in ("content-length", "transfer-encoding", "connection")
    }
    if i.response_body[:2] != b"\x1f\x8b":
        headers.pop("content-encoding", None)
    return httpx.Response(i.status, headers=headers, content=i.response_body)


# --- the checks ----------------------------------------------------------------------------------


DEFAULT_BETAS = {"token-counting-2024-11-01"}


def documented_rewrites(body: Any) -> Any:
    """The recorded body as this SDK sends it: the deprecated `output_format` (recorded from an
    older official client) goes out as `output_config.format` (openapi: `x-replaced-by`)."""
    if not isinstance(body, dict) or body.get("output_format") is None:
        return body
    rewritten = {k: v for k, v in body.items() if k != "output_format"}
    rewritten["output_config"] = {**body.get("output_config", {}), "format": body["output_format"]}
    return rewritten


def check_request(i: Interaction, sent: httpx.Request) -> None:
    assert sent.method == i.method
    assert sent.url.path == i.path
    expected_query = sorted((k, v) for k, v in i.query if k != "beta")
    assert sorted(sent.url.params.multi_items()) == expected_query
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers.get("x-api-key") == "test-key"
    sent_betas = {b.strip() for b in sent.headers.get("anthropic-beta", "").split(",") if b}
    # Beta count_tokens always adds its own beta (openapi: x-default-flags), as the official
    # client does; some projects record no request headers beyond a few, so it may be absent.
    assert sent_betas - DEFAULT_BETAS == i.betas - DEFAULT_BETAS
    if "multipart/form-data" in i.request_headers.get("content-type", ""):
        recorded = parse_multipart(i.request_body or b"", i.request_headers["content-type"])
        got = parse_multipart(sent.content, sent.headers["content-type"])
        assert got == recorded
    elif i.request_json is not None and i.request_json != {}:
        assert sent.headers["content-type"] == "application/json"
        body = json.loads(sent.content)
        expected = documented_rewrites(i.request_json)
        assert same_json(body, expected), (body, expected)
    else:
        # No body; a recorded `{}` (the Ruby client's habit on body-less POSTs) counts as none.
        assert not sent.content


def check_stream(i: Interaction, client: Any, events: list[Any]) -> None:
    recorded = i.sse()
    # Plain iteration skips pings, as the official client does; every other event is kept whole.
    assert [e.type for e in events] == [n for n, _ in recorded if n != "ping"]
    assert [e.to_dict(mode="json") for e in events] == [d for n, d in recorded if n != "ping"]
    expected = accumulate(recorded)
    messages = client.beta.messages if i.beta else client.messages
    if hasattr(messages, "stream"):  # the stream helper, once it exists
        kwargs = {k: v for k, v in i.request_json.items() if k != "stream"}
        invoke, _ = build_call(client, i, override=kwargs, method="stream")
        with invoke() as stream:
            final = stream.get_final_message().to_dict(mode="json")
    else:
        final = accumulate([e.to_dict(mode="json") for e in events])
        from claude_api_client.types import Message

        assert Message.model_validate(final).to_dict(mode="json") == final
    assert final == expected


def check_error(i: Interaction, error: BaseException) -> None:
    import claude_api_client
    from claude_api_client._core._errors import status_error_class

    body = i.json()
    assert isinstance(error, claude_api_client.APIStatusError), repr(error)
    assert type(error) is status_error_class(i.status)
    assert error.status_code == i.status
    assert error.type == body["error"]["type"]
    assert error.error_message == body["error"]["message"]
    expected_id = i.response_headers.get("request-id") or body.get("request_id")
    assert error.request_id == expected_id
    if body.get("request_id"):
        assert error.request_id == body["request_id"]


@pytest.mark.parametrize(
    "interaction",
    [
        pytest.param(
            i,
            id=i.id,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[i.id])]
            if i.id in KNOWN_BUGS
            else [],
        )
        for i in IN_SCOPE
    ],
)
def test_interaction(interaction: Interaction) -> None:
    from claude_api_client import Anthropic

    i = interaction
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return served(i)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Anthropic(
        api_key="test-key", base_url="https://api.anthropic.com", max_retries=0, http_client=http
    )
    invoke, kind = build_call(client, i)
    if i.status >= 400:
        with pytest.raises(Exception) as info:
            invoke()
        check_request(i, sent[0])
        check_error(i, info.value)
        return
    if isinstance(i.request_json, dict) and i.request_json.get("output_format") is not None:
        with pytest.warns(DeprecationWarning, match="output_format"):
            result = invoke()
    else:
        result = invoke()
    if kind == "stream":
        with result as stream:
            events = list(stream)
            assert stream.request_id == i.response_headers.get("request-id")
    assert len(sent) == 1
    check_request(i, sent[0])
    if kind == "stream":
        check_stream(i, client, events)
        return
    if kind == "page":
        body = i.json()
        assert [item.to_dict(mode="json") for item in result.data] == body["data"]
        for key in ("has_more", "first_id", "last_id"):
            assert getattr(result, key) == body.get(key)
    elif kind == "jsonl":
        assert [item.to_dict(mode="json") for item in result] == [
            json.loads(line) for line in i.content.splitlines() if line.strip()
        ]
    else:
        assert result.to_dict(mode="json") == i.json()
        assert result.request_id == i.response_headers.get("request-id")


def test_exclusions_are_few_and_explained() -> None:
    assert all(reason for _, reason in EXCLUDED)
    assert len(EXCLUDED) <= 8, [i.id for i, _ in EXCLUDED]
