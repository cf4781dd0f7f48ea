"""Transport and protocol faults: each ends in a typed error, never a bare httpx exception and
never a silently short result."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from claude_api_client import (
    AnthropicError,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    InternalServerError,
    OverloadedError,
    RateLimitError,
)
from claude_api_client.testing import Fault, LocalAPIServer

from ._support import MODEL, Recorder, user


def _create(server: LocalAPIServer, **options: object) -> object:
    with server.client(max_retries=0, **options) as client:
        return client.messages.create(model=MODEL, max_tokens=50, messages=user("one two three"))


def _stream_events(server: LocalAPIServer) -> list[str]:
    names: list[str] = []
    with server.client(max_retries=0) as client:
        stream = client.messages.create(
            model=MODEL, max_tokens=50, messages=user("one two three four five"), stream=True
        )
        for event in stream:
            names.append(event.type)
    return names


def _typed(error: BaseException) -> None:
    assert isinstance(error, AnthropicError)
    assert not isinstance(error, httpx.HTTPError)


def test_reset_before_headers(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.reset_before_headers())
    with pytest.raises(APIConnectionError) as caught:
        _create(claude_api)
    _typed(caught.value)
    assert isinstance(caught.value.__cause__, httpx.HTTPError)  # the original is kept


def test_reset_in_the_middle_of_a_json_body(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.reset_mid_body())
    with pytest.raises(APIConnectionError) as caught:
        _create(claude_api)
    _typed(caught.value)


def test_reset_in_the_middle_of_a_stream(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.reset_mid_body(after_events=4))
    names: list[str] = []
    with pytest.raises(APIConnectionError) as caught:
        names.extend(_stream_events(claude_api))
    _typed(caught.value)
    assert "message_stop" not in names


def test_a_stream_cut_in_the_middle_of_an_event(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.cut_stream(after_events=5))
    with pytest.raises(APIConnectionError, match="middle of an event") as caught:
        _stream_events(claude_api)
    _typed(caught.value)


def test_a_json_body_cut_short_is_not_a_short_result(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.cut_stream())
    with pytest.raises(APIResponseValidationError) as caught:
        _create(claude_api)
    _typed(caught.value)
    assert caught.value.request_id == claude_api.requests[0].request_id


def test_an_error_event_in_a_stream(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.stream_error("overloaded_error", after_events=3))
    with pytest.raises(OverloadedError) as caught:
        _stream_events(claude_api)
    _typed(caught.value)
    assert caught.value.request_id == claude_api.requests[0].request_id
    assert caught.value.type == "overloaded_error"


def test_an_error_event_of_another_type(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.stream_error("rate_limit_error", message="slow down", after_events=1))
    with pytest.raises(RateLimitError, match="slow down"):
        _stream_events(claude_api)


def test_a_hang_past_the_timeout(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.hang(seconds=10))
    with pytest.raises(APITimeoutError) as caught:
        _create(claude_api, timeout=0.3)
    _typed(caught.value)


def test_no_retry_starts_after_a_hang_used_the_budget(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.inject(Fault.hang(seconds=10))
    with claude_api.client(
        timeout=httpx.Timeout(5.0, read=0.3), retry_policy=recorder.policy(max_retries=1)
    ) as client:
        with pytest.raises(APITimeoutError):
            # the budget of the whole call is its read timeout: no retry fits after a hang
            client.messages.create(model=MODEL, max_tokens=5, messages=user("x"))
    assert len(claude_api.requests) == 1


def test_malformed_json_in_a_200(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.malformed_json())
    with pytest.raises(APIResponseValidationError) as caught:
        _create(claude_api)
    _typed(caught.value)
    assert caught.value.status_code == 200
    assert caught.value.request_id == claude_api.requests[0].request_id


def test_malformed_json_in_a_list_page(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.malformed_json(), route="models_list")
    with claude_api.client(max_retries=0) as client, pytest.raises(APIResponseValidationError):
        client.models.list()


def test_an_html_502_from_a_proxy(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.proxy_html(502))
    with pytest.raises(InternalServerError) as caught:
        _create(claude_api)
    _typed(caught.value)
    assert caught.value.status_code == 502
    assert caught.value.request_id is None  # the proxy never reached the API
    assert "502 Bad Gateway" in str(caught.value)


def test_an_html_502_is_retried(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.proxy_html(502))
    with claude_api.client(retry_policy=Recorder().policy()) as client:
        message = client.messages.create(model=MODEL, max_tokens=5, messages=user("ok"))
    assert message.stop_reason == "end_turn"


def test_latency_does_not_change_the_answer(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.slow(0.05))
    message = _create(claude_api)
    assert getattr(message, "stop_reason", None) == "end_turn"


def test_async_faults_are_typed_too(claude_api: LocalAPIServer) -> None:
    claude_api.plan(
        "messages_create",
        [Fault.reset_before_headers(), Fault.cut_stream(after_events=2), Fault.malformed_json()],
    )

    async def main() -> list[type[BaseException]]:
        seen: list[type[BaseException]] = []
        async with claude_api.async_client(max_retries=0) as client:
            for stream in (False, True, False):
                try:
                    result = await client.messages.create(
                        model=MODEL, max_tokens=9, messages=user("a b c d"), stream=stream
                    )
                    if stream:
                        async for _ in result:  # type: ignore[union-attr]
                            pass
                except AnthropicError as error:
                    seen.append(type(error))
        return seen

    assert asyncio.run(main()) == [
        APIConnectionError,
        APIConnectionError,
        APIResponseValidationError,
    ]


def test_a_broken_stream_reports_its_request_id(claude_api: LocalAPIServer) -> None:
    claude_api.inject(Fault.cut_stream(after_events=3))
    with pytest.raises(APIConnectionError) as caught:
        _stream_events(claude_api)
    assert caught.value.request_id == claude_api.requests[0].request_id
    assert caught.value.request_id in str(caught.value)
