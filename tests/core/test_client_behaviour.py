"""Client behaviour the official package has (issue 12): custom requests, defaults, copies,
construction checks, `omit`, transport exceptions, a JSON answer to a stream request."""

from __future__ import annotations

import asyncio
import json

import httpx
import pydantic
import pytest

from _support.payloads import message_body
from claude_api_client import (
    NOT_GIVEN,
    Anthropic,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AsyncAnthropic,
    NotGiven,
    Omit,
    not_given,
    omit,
)
from claude_api_client._core._retry import RetryPolicy

from ._helpers import API_KEY, FakeClock, Recorder, error_reply, json_reply

HELLO = [{"role": "user", "content": "hi"}]


def _client(recorder: Recorder, **kwargs: object) -> Anthropic:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return Anthropic(api_key=API_KEY, http_client=http, **kwargs)  # type: ignore[arg-type]


class Thing(pydantic.BaseModel):
    ok: bool


def test_custom_requests_go_through_the_same_pipeline() -> None:
    recorder = Recorder([json_reply(body={"ok": True})])
    client = _client(recorder, default_query={"q": "1"})
    assert client.get("/v1/things", cast_to=Thing) == Thing(ok=True)
    assert client.post(
        "/v1/things", cast_to=dict, body={"a": 1}, options={"headers": {"x-h": "v"}}
    ) == {"ok": True}
    assert client.patch("/v1/things/1", cast_to=Thing, body={"b": 2}).ok
    assert client.put("/v1/things/1", cast_to=httpx.Response, content=b"raw").status_code == 200
    assert client.delete("/v1/things/1", cast_to=str) == '{"ok": true}'
    methods = [(r.method, r.url.path, r.url.params.get("q")) for r in recorder.requests]
    assert methods == [
        ("GET", "/v1/things", "1"),
        ("POST", "/v1/things", "1"),
        ("PATCH", "/v1/things/1", "1"),
        ("PUT", "/v1/things/1", "1"),
        ("DELETE", "/v1/things/1", "1"),
    ]
    assert json.loads(recorder.requests[1].content) == {"a": 1}
    assert recorder.requests[1].headers["x-h"] == "v"
    assert recorder.requests[3].content == b"raw"
    assert all(r.headers["x-api-key"] == API_KEY for r in recorder.requests)


def test_custom_request_options_and_bodies() -> None:
    recorder = Recorder([error_reply(529), json_reply(body={"ok": True})])
    client = _client(recorder, retry_policy=FakeClock().policy())
    options = {"timeout": 7.0, "max_retries": 0, "params": {"p": "1"}, "extra_json": {"x": 2}}
    with pytest.raises(APIStatusError):  # max_retries=0: the 529 is not retried
        client.post("/v1/x", cast_to=dict, body={"a": 1}, options=options)
    sent = recorder.requests[0]
    assert sent.extensions["timeout"]["read"] == 7.0
    assert sent.url.params["p"] == "1" and json.loads(sent.content) == {"a": 1, "x": 2}
    assert client.post("/v1/x", cast_to=dict, files={"doc": b"%PDF"}, body={"purpose": "t"})
    upload = recorder.requests[-1]
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert upload.content.index(b'name="purpose"') < upload.content.index(b'name="doc"')
    with pytest.raises(TypeError, match="unknown key"):
        client.get("/v1/x", cast_to=dict, options={"header": {}})
    with pytest.raises(TypeError, match="both `body` and `content`"):
        client.post("/v1/x", cast_to=dict, body={}, content=b"x")
    with pytest.raises(TypeError, match="both `files` and `content`"):
        client.put("/v1/x", cast_to=dict, files={"f": b"x"}, content=b"x")
    assert len(recorder.requests) == 2  # refused before the network


def test_custom_stream_request() -> None:
    body = (
        b'event: message_start\ndata: {"type":"message_start"}\n\n'
        b'event: ping\ndata: {"type":"ping"}\n\n'
        b'event: message_stop\ndata: {"type":"message_stop"}\n\n'
    )
    recorder = Recorder([httpx.Response(200, content=body)])
    events = list(_client(recorder).post("/v1/messages", cast_to=object, body={}, stream=True))
    assert events == [{"type": "message_start"}, {"type": "message_stop"}]
    assert recorder.requests[0].headers["accept"] == "text/event-stream"


def test_default_headers_and_query() -> None:
    client = _client(Recorder([]), default_headers={"x-a": "1"}, default_query={"q": "2"})
    assert client.default_headers["x-a"] == "1"
    assert client.default_headers["x-api-key"] == API_KEY
    assert client.default_headers["anthropic-version"] == "2023-06-01"
    assert client.default_query == {"q": "2"}


def test_copy_takes_every_constructor_argument() -> None:
    clock = FakeClock()
    client = _client(Recorder([]))
    other_http = httpx.Client()
    copy = client.copy(
        auth_token="tok",  # one credential at most: it replaces the key
        base_url="http://elsewhere.test/api",
        timeout=3.0,
        max_retries=7,
        default_headers={"x-b": "2"},
        default_query={"q": "3"},
        http_client=other_http,
        retry_policy=clock.policy(),
    )
    assert (copy.api_key, copy.auth_token, copy.timeout, copy.max_retries) == (
        None,
        "tok",
        3.0,
        7,
    )
    assert str(copy.base_url) == "http://elsewhere.test/api/"
    assert copy.http_client is other_http
    assert copy.default_headers["x-b"] == "2" and copy.default_query == {"q": "3"}
    assert copy._retry_policy.sleep == clock.sleep
    assert client.with_options(max_retries=1).max_retries == 1


@pytest.mark.parametrize("base", ["http://h.test/prefix", "http://h.test/prefix/"])
def test_base_url_gets_one_trailing_slash(base: str) -> None:
    recorder = Recorder([json_reply(body={"data": [], "has_more": False})])
    client = _client(recorder, base_url=base)
    assert str(client.base_url) == "http://h.test/prefix/"
    client.models.list()
    assert str(recorder.requests[0].url) == "http://h.test/prefix/v1/models"


@pytest.mark.parametrize("base", ["http://h.test", "http://h.test/"])
def test_a_bare_host_base_url_prints_as_written_and_joins(base: str) -> None:
    """As the official client: a bare host's base URL is kept as written (`str()` without the
    slash when it was given without), and paths still join under it with one slash."""
    recorder = Recorder([json_reply(body={"data": [], "has_more": False})])
    client = _client(recorder, base_url=base)
    assert str(client.base_url) == base
    client.models.list()
    assert str(recorder.requests[0].url) == "http://h.test/v1/models"


def test_wrong_construction_arguments_fail_with_what_to_pass() -> None:
    with pytest.raises(TypeError, match="max_retries must be an int"):
        Anthropic(api_key="k", max_retries=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.Client .*not AsyncClient"):
        Anthropic(api_key="k", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient .*not Client"):
        AsyncAnthropic(api_key="k", http_client=httpx.Client())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not object"):
        Anthropic(api_key="k", http_client=object())  # type: ignore[arg-type]


def test_a_non_httpx_exception_from_a_transport_is_retried_and_wrapped() -> None:
    class Broken(RuntimeError):
        pass

    recorder = Recorder([Broken("socket library exploded"), json_reply(body={"ok": True})])
    clock = FakeClock()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    client = Anthropic(api_key=API_KEY, http_client=http, retry_policy=clock.policy())
    assert client.get("/v1/x", cast_to=dict) == {"ok": True}
    assert len(recorder.requests) == 2 and len(clock.sleeps) == 1

    always = Recorder([Broken("still broken")])
    client = _client(always, max_retries=1, retry_policy=FakeClock().policy())
    with pytest.raises(APIConnectionError, match="still broken") as caught:
        client.get("/v1/x", cast_to=dict)
    assert isinstance(caught.value.__cause__, Broken)


def test_omit_and_not_given_mean_not_given_for_any_optional_argument() -> None:
    assert not_given is NOT_GIVEN and isinstance(not_given, NotGiven) and isinstance(omit, Omit)
    body = message_body(None, id="m", model="m")
    recorder = Recorder([json_reply(body=body)])
    _client(recorder).messages.create(
        model="m",
        max_tokens=5,
        messages=HELLO,  # type: ignore[arg-type]
        service_tier=omit,  # type: ignore[arg-type]
        system=omit,  # type: ignore[arg-type]
        tools=omit,  # type: ignore[arg-type]
        temperature=not_given,
        timeout=omit,  # type: ignore[arg-type]
        extra_query={"a": omit},
    )
    sent = recorder.requests[0]
    assert json.loads(sent.content) == {"model": "m", "max_tokens": 5, "messages": HELLO}
    assert "a" not in sent.url.params


def test_the_timeout_of_a_caller_http_client_is_used_when_none_is_given() -> None:
    http = httpx.Client(timeout=httpx.Timeout(12.0))
    assert Anthropic(api_key="k", http_client=http).timeout == httpx.Timeout(12.0)
    assert Anthropic(api_key="k", http_client=http, timeout=3.0).timeout == 3.0
    default = Anthropic(api_key="k", http_client=httpx.Client())  # httpx's own default: ours
    assert default.timeout == httpx.Timeout(600.0, connect=5.0)


def test_a_stream_request_answered_with_json_says_so() -> None:
    recorder = Recorder([json_reply(body={"id": "msg", "type": "message"})])
    client = _client(recorder, max_retries=0)
    with pytest.raises(APIResponseValidationError, match="JSON body") as caught:
        client.messages.create(model="m", max_tokens=5, messages=HELLO, stream=True)  # type: ignore[arg-type]
    assert caught.value.request_id == "req_test_1"


def test_async_custom_request_and_raw_parse_is_synchronous() -> None:
    async def main() -> None:
        recorder = Recorder([json_reply(body={"ok": True})])
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        client = AsyncAnthropic(api_key=API_KEY, http_client=http, retry_policy=RetryPolicy())
        assert await client.post("/v1/x", cast_to=Thing, body={}) == Thing(ok=True)

    asyncio.run(main())
