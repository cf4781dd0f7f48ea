from __future__ import annotations

import json
import sys
from typing import Any

import httpx
import pydantic
import pytest

from claude_api_client._core._casts import json_cast
from claude_api_client._core._exceptions import AnthropicError, MissingCredentialsError
from claude_api_client._core._options import RequestOptions
from claude_api_client._core._types import NOT_GIVEN, omit
from claude_api_client._version import __version__

from ._helpers import API_KEY, Recorder, get, json_reply, post, sync_client


def send(options: RequestOptions, **client_kwargs: Any) -> httpx.Request:
    recorder = Recorder([json_reply()])
    client = sync_client(recorder, **client_kwargs)
    client.request(options, json_cast)
    assert len(recorder.requests) == 1
    return recorder.requests[0]


def test_default_headers_with_api_key() -> None:
    request = send(get())
    headers = request.headers
    assert headers["x-api-key"] == API_KEY
    assert "authorization" not in headers
    assert headers["anthropic-version"] == "2023-06-01"
    assert headers["accept"] == "application/json"
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert headers["user-agent"] == f"claude-api-client/{__version__} Python/{python}"
    assert "content-type" not in headers  # no body
    assert str(request.url) == "https://api.anthropic.com/v1/models"


def test_auth_token_sends_bearer_and_no_key() -> None:
    headers = send(get(), api_key=None, auth_token="tok-123").headers
    assert headers["authorization"] == "Bearer tok-123"
    assert "x-api-key" not in headers


def test_api_key_wins_over_auth_token() -> None:
    headers = send(get(), auth_token="tok-123").headers
    assert headers["x-api-key"] == API_KEY
    assert "authorization" not in headers


def test_stream_requests_accept_event_stream() -> None:
    assert (
        send(post(json_body={"stream": True}, stream=True)).headers["accept"] == "text/event-stream"
    )


def test_beta_header_passes_through() -> None:
    headers = send(
        get(headers={"anthropic-beta": "files-api-2025-04-14,skills-2025-10-02"})
    ).headers
    assert headers["anthropic-beta"] == "files-api-2025-04-14,skills-2025-10-02"


def test_header_merge_order_is_case_insensitive() -> None:
    options = get(
        headers={"x-b": "operation", "x-c": "operation"},
        extra_headers={"x-c": "extra", "X-A": "extra"},
    )
    headers = send(
        options,
        default_headers={"x-a": "client", "x-b": "client", "Anthropic-Version": "2099-01-01"},
    ).headers
    assert headers["x-a"] == "extra"
    assert headers["x-b"] == "operation"
    assert headers["x-c"] == "extra"
    assert headers["anthropic-version"] == "2099-01-01"
    assert headers.get_list("x-a") == ["extra"]


def test_omit_removes_headers_including_httpx_defaults() -> None:
    headers = send(get(extra_headers={"anthropic-version": omit, "User-Agent": omit})).headers
    assert "anthropic-version" not in headers
    assert "user-agent" not in headers  # httpx's own default is removed too


def test_omit_in_default_headers_can_be_restored_by_extra_headers() -> None:
    options = get(extra_headers={"anthropic-version": "2024-01-01"})
    headers = send(options, default_headers={"anthropic-version": omit}).headers
    assert headers["anthropic-version"] == "2024-01-01"


def test_query_merge_order_and_dropped_values() -> None:
    options = get(
        params={"b": "2", "c": NOT_GIVEN, "d": None, "limit": 20, "flag": True},
        extra_query={"e": "x", "a": None},
    )
    request = send(options, default_query={"a": "1", "b": "1"})
    assert dict(request.url.params) == {"b": "2", "limit": "20", "flag": "true", "e": "x"}


def test_base_url_with_a_path_prefix() -> None:
    request = send(get("/v1/models/abc"), base_url="http://proxy.local/anthropic/")
    assert str(request.url) == "http://proxy.local/anthropic/v1/models/abc"


class Source(pydantic.BaseModel):
    type: str = "text"
    data: str
    media_from: str | None = pydantic.Field(default=None, alias="from")
    note: str | None = None


def test_json_body_is_compact_utf8_with_extra_body_on_top() -> None:
    options = post(
        json_body={"text": "héllo ✓", "n": 1, "skip": NOT_GIVEN},
        extra_body={"n": 2, "new_field": True},
    )
    request = send(options)
    assert request.headers["content-type"] == "application/json"
    assert request.content == '{"text":"héllo ✓","n":2,"new_field":true}'.encode()


def test_extra_body_alone_becomes_the_body() -> None:
    request = send(post(extra_body={"a": 1}))
    assert json.loads(request.content) == {"a": 1}


def test_pydantic_models_in_the_body_dump_what_was_set_by_alias() -> None:
    source = Source(type="base64", data="AAAA", **{"from": "upload"})
    request = send(post(json_body={"source": source, "items": [Source(data="x")]}))
    assert json.loads(request.content) == {
        "source": {"type": "base64", "data": "AAAA", "from": "upload"},
        "items": [{"data": "x"}],
    }


def test_unserialisable_body_value_is_a_type_error_before_sending() -> None:
    recorder = Recorder([json_reply()])
    client = sync_client(recorder)
    with pytest.raises(TypeError, match="object"):
        client.request(post(json_body={"x": object()}), json_cast)
    assert recorder.requests == []


def test_missing_credentials_fail_at_first_request_not_construction() -> None:
    recorder = Recorder([json_reply()])
    client = sync_client(recorder, api_key=None)  # constructing is fine
    with pytest.raises(MissingCredentialsError) as info:
        client.request(get(), json_cast)
    message = str(info.value)
    for expected in ("api_key=", "ANTHROPIC_API_KEY", "auth_token=", "ANTHROPIC_AUTH_TOKEN"):
        assert expected in message
    assert isinstance(info.value, AnthropicError)
    assert isinstance(info.value, TypeError)
    assert recorder.requests == []


def test_credentials_given_as_headers_are_accepted() -> None:
    request = send(get(), api_key=None, default_headers={"X-Api-Key": "from-header"})
    assert request.headers["x-api-key"] == "from-header"


def test_explicitly_omitted_auth_is_not_an_error() -> None:
    request = send(get(extra_headers={"x-api-key": omit}), api_key=None)
    assert "x-api-key" not in request.headers


def test_non_ascii_header_argument_is_refused_naming_the_header() -> None:
    from claude_api_client import Anthropic

    client = Anthropic(api_key="sk-ant-test", base_url="http://127.0.0.1:9")  # never reached
    with pytest.raises(ValueError, match="header 'anthropic-workspace-id' must be ASCII"):
        client.models.list(workspace_id="wrkspc_01\u2026")


def test_a_line_break_in_an_operation_header_names_that_header_not_betas() -> None:
    # Operation headers a builder did not check itself (a platform hook's) after the betas.
    headers = {"anthropic-beta": "b", "x-param": "v\nx-evil: 1"}
    with pytest.raises(ValueError, match=r"^header argument: the value of header 'x-param'"):
        send(get(headers=headers))
