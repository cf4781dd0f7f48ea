from __future__ import annotations

from typing import Any

import httpx

from claude_api_client._core._base_client import AsyncAPIClient, SyncAPIClient
from claude_api_client._core._casts import json_cast

from ._helpers import API_KEY, Recorder, get, json_reply, sync_client


def test_repr_and_str_do_not_show_credentials() -> None:
    for client in (
        SyncAPIClient(api_key=API_KEY),
        SyncAPIClient(auth_token=API_KEY),
        AsyncAPIClient(api_key=API_KEY),
    ):
        assert API_KEY not in repr(client)
        assert API_KEY not in str(client)
        assert "api.anthropic.com" in repr(client)


def test_defaults() -> None:
    client = SyncAPIClient(api_key="k")
    # a bare host prints as written, as the official client's does (paths still join under it)
    assert str(client.base_url) == "https://api.anthropic.com"
    assert client.max_retries == 2
    assert client.timeout == httpx.Timeout(600.0, connect=5.0)
    client.close()


def test_copy_shares_the_pool_and_merges_defaults() -> None:
    recorder = Recorder([json_reply()])
    client = sync_client(recorder, default_headers={"x-a": "1"}, default_query={"q": "1"})
    copy = client.with_options(
        max_retries=7, default_headers={"x-b": "2"}, default_query={"r": "2"}, api_key="other"
    )
    assert type(copy) is SyncAPIClient
    assert copy.http_client is client.http_client
    assert copy.max_retries == 7 and client.max_retries == 2
    copy.request(get(), json_cast)
    request = recorder.requests[0]
    assert request.headers["x-a"] == "1" and request.headers["x-b"] == "2"
    assert request.headers["x-api-key"] == "other"
    assert dict(request.url.params) == {"q": "1", "r": "2"}
    replaced = client.copy(set_default_headers={"x-c": "3"}, set_default_query={})
    replaced.request(get(), json_cast)
    assert "x-a" not in recorder.requests[1].headers
    assert recorder.requests[1].headers["x-c"] == "3"
    assert recorder.requests[1].url.params == httpx.QueryParams()


class Public(SyncAPIClient):
    """Stands in for the public client: its own constructor, same keyword arguments."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.built_by_init = True


def test_copy_of_a_subclass_runs_its_constructor() -> None:
    copy = Public(api_key="k").copy(base_url="http://other.test")
    assert type(copy) is Public and copy.built_by_init
    assert str(copy.base_url) == "http://other.test"
    assert copy.api_key == "k"


def test_close_closes_only_a_pool_the_client_created() -> None:
    own = SyncAPIClient(api_key="k")
    copy = own.copy()
    copy.close()
    assert not own.is_closed()  # the copy shares, it does not own
    with own:
        pass
    assert own.is_closed()

    supplied = httpx.Client()
    with SyncAPIClient(api_key="k", http_client=supplied):
        pass
    assert not supplied.is_closed
    supplied.close()
