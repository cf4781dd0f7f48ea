"""`options=` of `client.get/post/...` as the official client 2.16 treats them:
`follow_redirects` decides for that request (same-origin only, our rule), `idempotency_key` is
accepted and sends nothing."""

from __future__ import annotations

import asyncio
import json
import socket

import httpx
import pydantic
import pytest

import claude_api_client
from _support.raw_server import RawRequest, RawServer, http_response
from claude_api_client import (
    Anthropic,
    APIResponseValidationError,
    APIStatusError,
    AsyncAnthropic,
)
from claude_api_client.pagination import AsyncPage, SyncPage, SyncPageCursor

from ._helpers import API_KEY, Recorder, json_reply

MOVED = httpx.Response(307, headers={"location": "/v1/moved", "request-id": "req_307"})
ELSEWHERE = httpx.Response(307, headers={"location": "https://elsewhere.example/v1/moved"})


def _client(recorder: Recorder, *, follow: bool = True) -> Anthropic:
    http = httpx.Client(transport=httpx.MockTransport(recorder), follow_redirects=follow)
    return Anthropic(api_key=API_KEY, http_client=http, max_retries=0)


def _paths(recorder: Recorder) -> list[str]:
    return [request.url.path for request in recorder.requests]


def test_follow_redirects_false_stops_following_for_that_request() -> None:
    recorder = Recorder([MOVED, json_reply()])
    client = _client(recorder)
    with pytest.raises(APIStatusError) as caught:
        client.post("/v1/x", cast_to=dict, body={}, options={"follow_redirects": False})
    assert caught.value.status_code == 307
    assert _paths(recorder) == ["/v1/x"]
    recorder.requests.clear()
    recorder.replies = [MOVED, json_reply()]
    assert client.post("/v1/x", cast_to=dict, body={}) == {"ok": True}  # the client default
    assert _paths(recorder) == ["/v1/x", "/v1/moved"]


def test_follow_redirects_true_follows_when_the_http_client_does_not() -> None:
    recorder = Recorder([MOVED, json_reply()])
    client = _client(recorder, follow=False)
    assert client.get("/v1/x", cast_to=dict, options={"follow_redirects": True}) == {"ok": True}
    assert _paths(recorder) == ["/v1/x", "/v1/moved"]
    assert recorder.requests[1].headers["x-api-key"] == API_KEY
    recorder.requests.clear()
    recorder.replies = [MOVED, json_reply()]
    with pytest.raises(APIStatusError):  # without the option: the http client's choice
        client.get("/v1/x", cast_to=dict)
    assert _paths(recorder) == ["/v1/x"]


def test_follow_redirects_true_never_follows_to_another_origin() -> None:
    recorder = Recorder([ELSEWHERE, json_reply()])
    client = _client(recorder, follow=False)
    with pytest.raises(APIStatusError, match="another origin"):
        client.get("/v1/x", cast_to=dict, options={"follow_redirects": True})
    assert [str(r.url.host) for r in recorder.requests] == ["api.anthropic.com"]


def test_follow_redirects_in_the_async_client() -> None:
    async def main() -> list[str]:
        recorder = Recorder([MOVED, json_reply()])
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder), follow_redirects=True)
        client = AsyncAnthropic(api_key=API_KEY, http_client=http, max_retries=0)
        with pytest.raises(APIStatusError):
            await client.get("/v1/x", cast_to=dict, options={"follow_redirects": False})
        return _paths(recorder)

    assert asyncio.run(main()) == ["/v1/x"]


def test_a_follow_redirects_that_is_not_a_bool_fails_before_the_network() -> None:
    recorder = Recorder([json_reply()])
    with pytest.raises(TypeError, match="follow_redirects must be a bool"):
        _client(recorder).get("/v1/x", cast_to=dict, options={"follow_redirects": "no"})
    assert recorder.requests == []


def test_idempotency_key_is_accepted_and_sends_nothing() -> None:
    # The official client 2.16 has no idempotency header: the key changes nothing on the wire.
    recorder = Recorder([json_reply()])
    client = _client(recorder)
    client.post("/v1/x", cast_to=dict, body={"a": 1}, options={"idempotency_key": "key-123"})
    client.post("/v1/x", cast_to=dict, body={"a": 1})
    with_key, without = recorder.requests
    assert "key-123" not in str(with_key.headers.raw)
    assert dict(with_key.headers) == dict(without.headers)
    assert with_key.content == without.content


class Item(pydantic.BaseModel):
    id: str


def _list_body(ids: list[str], *, has_more: bool, **extra: object) -> dict[str, object]:
    data = [{"id": i} for i in ids]
    last = ids[-1] if ids else None
    return {"data": data, "has_more": has_more, "first_id": ids[0], "last_id": last, **extra}


def test_get_api_list_pages_an_endpoint_without_a_method() -> None:
    recorder = Recorder(
        [
            json_reply(body=_list_body(["a", "b"], has_more=True, total=3)),
            json_reply(body=_list_body(["c"], has_more=False)),
        ]
    )
    client = _client(recorder)
    page = client.get_api_list(
        "/v1/things", model=Item, page=SyncPage[Item], options={"params": {"limit": 2}}
    )
    assert isinstance(page, SyncPage)
    assert page.data == [Item(id="a"), Item(id="b")] and page.total == 3
    assert page.request_id == "req_test_1"
    assert [item.id for item in page] == ["a", "b", "c"]  # the next page by `after_id`
    assert recorder.params() == [{"limit": "2"}, {"limit": "2", "after_id": "b"}]
    assert [r.method for r in recorder.requests] == ["GET", "GET"]


def test_get_api_list_with_a_body_a_method_and_a_next_page_token() -> None:
    recorder = Recorder(
        [
            json_reply(body={"data": [{"id": "a"}], "next_page": "tok2"}),
            json_reply(body={"data": [{"id": "b"}], "next_page": None}),
        ]
    )
    page = _client(recorder).get_api_list(
        "/v1/search", model=dict, page=SyncPageCursor, body={"q": "x"}, method="post"
    )
    assert [item["id"] for item in page] == ["a", "b"]
    assert [r.method for r in recorder.requests] == ["POST", "POST"]
    assert json.loads(recorder.requests[0].content) == {"q": "x"}
    assert recorder.params() == [{}, {"page": "tok2"}]


def test_get_api_list_checks_its_arguments_and_the_page_body() -> None:
    recorder = Recorder([json_reply(body={"items": []})])
    client = _client(recorder)
    with pytest.raises(TypeError, match="page must be SyncPage"):
        client.get_api_list("/v1/things", model=Item, page=AsyncPage)
    with pytest.raises(TypeError, match="unknown key"):
        client.get_api_list("/v1/things", model=Item, page=SyncPage, options={"param": {}})
    assert recorder.requests == []
    with pytest.raises(APIResponseValidationError, match="not a page"):
        client.get_api_list("/v1/things", model=Item, page=SyncPage)


def test_async_get_api_list() -> None:
    async def main() -> tuple[list[str], list[str]]:
        recorder = Recorder(
            [
                json_reply(body=_list_body(["a"], has_more=True)),  # the awaited first page
                json_reply(body=_list_body(["a"], has_more=True)),  # then iterated
                json_reply(body=_list_body(["b"], has_more=False)),
            ]
        )
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        client = AsyncAnthropic(api_key=API_KEY, http_client=http, max_retries=0)
        with pytest.raises(TypeError, match="page must be AsyncPage"):
            client.get_api_list("/v1/things", model=Item, page=SyncPage)
        first = await client.get_api_list("/v1/things", model=Item, page=AsyncPage[Item])
        every = [
            item.id async for item in client.get_api_list("/v1/things", model=Item, page=AsyncPage)
        ]
        return [item.id for item in first.data], every

    assert asyncio.run(main()) == (["a"], ["a", "b"])


def test_get_api_list_items_are_the_type_argument_of_the_page() -> None:
    recorder = Recorder([json_reply(body=_list_body(["a"], has_more=False))])
    page = _client(recorder).get_api_list("/v1/things", model=dict, page=SyncPage[Item])
    assert page.data == [Item(id="a")]


@pytest.mark.parametrize(
    ("system", "machine", "release", "os_name", "arch"),
    [
        ("Linux", "x86_64", "6.1.0", "Linux", "x64"),
        ("Darwin", "arm64", "23.0", "MacOS", "arm64"),
        ("Windows", "AMD64", "10", "Windows", "other:amd64"),
        ("Linux", "aarch64", "5.10.81-android12-9", "Android", "arm64"),
        ("Haiku", "", "1", "Other:haiku", "unknown"),
    ],
)
def test_platform_headers_describe_the_platform(
    monkeypatch: pytest.MonkeyPatch,
    system: str,
    machine: str,
    release: str,
    os_name: str,
    arch: str,
) -> None:
    import platform

    from claude_api_client._core import _platform

    for name, value in (("system", system), ("machine", machine), ("release", release)):
        monkeypatch.setattr(platform, name, lambda value=value: value)
    _platform.platform_headers.cache_clear()
    try:
        headers = Anthropic(api_key=API_KEY).platform_headers()
    finally:
        _platform.platform_headers.cache_clear()
    assert headers == {
        "X-Stainless-Lang": "python",
        "X-Stainless-Package-Version": claude_api_client.__version__,
        "X-Stainless-OS": os_name,
        "X-Stainless-Arch": arch,
        "X-Stainless-Runtime": platform.python_implementation(),
        "X-Stainless-Runtime-Version": platform.python_version(),
    }


def test_platform_headers_are_a_copy_and_never_sent() -> None:
    recorder = Recorder([json_reply()])
    client = _client(recorder)
    client.platform_headers()["X-Stainless-OS"] = "changed"
    assert client.platform_headers()["X-Stainless-OS"] != "changed"
    client.get("/v1/x", cast_to=dict)
    assert not any(name.lower().startswith("x-stainless") for name in recorder.requests[0].headers)


def test_follow_redirects_over_real_sockets() -> None:
    def handler(request: RawRequest, conn: socket.socket) -> None:
        # One request per connection (the server closes it): said, so that none is reused.
        if request.path == "/v1/old":
            conn.sendall(http_response(308, b"", {"location": "/v1/new", "connection": "close"}))
        else:
            headers = {"content-type": "application/json", "connection": "close"}
            conn.sendall(http_response(200, b'{"ok":true}', headers))

    with RawServer(handler) as server:
        client = Anthropic(api_key=API_KEY, base_url=server.url, max_retries=0)
        with pytest.raises(APIStatusError) as caught:
            client.get("/v1/old", cast_to=dict, options={"follow_redirects": False})
        assert caught.value.status_code == 308
        assert client.get("/v1/old", cast_to=dict) == {"ok": True}  # the client's default
        strict = Anthropic(
            api_key=API_KEY,
            base_url=server.url,
            max_retries=0,
            http_client=httpx.Client(follow_redirects=False),
        )
        assert strict.get("/v1/old", cast_to=dict, options={"follow_redirects": True}) == {
            "ok": True
        }
        paths = [request.path for request in server.requests]
    assert paths == ["/v1/old", "/v1/old", "/v1/new", "/v1/old", "/v1/new"]
    assert all(request.headers.get("x-api-key") == API_KEY for request in server.requests)
