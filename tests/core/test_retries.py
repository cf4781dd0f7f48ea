from __future__ import annotations

import email.utils
from typing import Any

import httpx
import pytest

from claude_api_client import (
    BadRequestError,
    NotFoundError,
    OverloadedError,
    RateLimitError,
    ServiceUnavailableError,
)
from claude_api_client._core._casts import json_cast
from claude_api_client._core._exceptions import APIConnectionError, APITimeoutError
from claude_api_client._core._options import RequestOptions
from claude_api_client._core._retry import (
    RetryPolicy,
    backoff_delay,
    retry_after_seconds,
    retry_delay,
    should_retry,
)

from ._helpers import (
    WALL_START,
    FakeClock,
    Recorder,
    Reply,
    error_reply,
    get,
    json_reply,
    sync_client,
)

# --- pure functions ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529, 599])
def test_retryable_statuses(status: int) -> None:
    assert should_retry(status, {})


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 413, 422])
def test_not_retryable_statuses(status: int) -> None:
    assert not should_retry(status, {})


def test_x_should_retry_overrides_the_status() -> None:
    assert should_retry(400, {"x-should-retry": "true"})
    assert not should_retry(529, {"x-should-retry": "false"})
    assert should_retry(529, {"x-should-retry": "maybe"})


def test_retry_after_forms() -> None:
    assert retry_after_seconds({"retry-after-ms": "1500"}) == 1.5
    assert retry_after_seconds({"retry-after": "3"}) == 3.0
    assert retry_after_seconds({"retry-after": "2.5"}) == 2.5
    assert retry_after_seconds({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    assert retry_after_seconds({"retry-after": "soon"}) is None
    assert retry_after_seconds({}) is None


def test_retry_after_http_date() -> None:
    date = email.utils.formatdate(WALL_START + 7, usegmt=True)
    assert retry_after_seconds({"retry-after": date}, now=lambda: WALL_START) == 7.0
    past = email.utils.formatdate(WALL_START - 100, usegmt=True)
    assert retry_after_seconds({"retry-after": past}, now=lambda: WALL_START) == 0.0


def test_backoff_doubles_up_to_the_cap_and_jitter_shortens() -> None:
    no_jitter = RetryPolicy(random=lambda: 0.0)
    assert [backoff_delay(n, no_jitter) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    full_jitter = RetryPolicy(random=lambda: 1.0)
    assert [backoff_delay(n, full_jitter) for n in range(3)] == [0.375, 0.75, 1.5]


def test_retry_delay_honours_the_server_up_to_the_cap() -> None:
    policy = RetryPolicy(random=lambda: 0.0)
    assert retry_delay(0, {"retry-after": "60"}, policy) == 60.0
    assert retry_delay(0, {"retry-after": "61"}, policy) == 0.5  # too long: backoff
    assert retry_delay(2, None, policy) == 2.0


# --- the client --------------------------------------------------------------------------------


def run(
    replies: list[Reply],
    clock: FakeClock | None = None,
    options: RequestOptions | None = None,
    **kwargs: Any,
) -> tuple[object, Recorder, FakeClock]:
    clock = clock or FakeClock()
    recorder = Recorder(replies)
    client = sync_client(recorder, clock=clock, **kwargs)
    result = client.request(options or get(), json_cast)
    return result, recorder, clock


def test_429_with_retry_after_seconds() -> None:
    result, recorder, clock = run([error_reply(429, retry_after="2"), json_reply()])
    assert result == {"ok": True}
    assert len(recorder.requests) == 2
    assert clock.sleeps == [2.0]


def test_429_with_retry_after_http_date() -> None:
    clock = FakeClock()
    date = email.utils.formatdate(clock.wall() + 5, usegmt=True)
    _, recorder, _ = run([error_reply(429, retry_after=date), json_reply()], clock=clock)
    assert clock.sleeps == [5.0]
    assert len(recorder.requests) == 2


def test_retry_after_ms() -> None:
    _, _, clock = run([error_reply(529, retry_after_ms="250"), json_reply()])
    assert clock.sleeps == [0.25]


def test_overlong_retry_after_falls_back_to_backoff() -> None:
    _, _, clock = run([error_reply(429, retry_after="3600"), json_reply()])
    assert clock.sleeps == [0.5]


def test_x_should_retry_false_stops_a_retryable_status() -> None:
    recorder = Recorder([error_reply(529, "overloaded_error", x_should_retry="false")])
    with pytest.raises(OverloadedError):
        sync_client(recorder).request(get(), json_cast)
    assert len(recorder.requests) == 1


def test_x_should_retry_true_retries_a_400() -> None:
    _, recorder, _ = run([error_reply(400, x_should_retry="true"), json_reply()])
    assert len(recorder.requests) == 2


def test_non_retryable_error_is_raised_at_once() -> None:
    recorder = Recorder([error_reply(404, "not_found_error")])
    clock = FakeClock()
    with pytest.raises(NotFoundError):
        sync_client(recorder, clock=clock).request(get(), json_cast)
    assert len(recorder.requests) == 1
    assert clock.sleeps == []


def test_529_storm_exhausts_max_retries() -> None:
    recorder = Recorder([error_reply(529, "overloaded_error", "Overloaded")])
    clock = FakeClock()
    with pytest.raises(OverloadedError) as info:
        sync_client(recorder, clock=clock).request(get(), json_cast)
    assert len(recorder.requests) == 3  # 1 + max_retries (2)
    assert clock.sleeps == [0.5, 1.0]
    assert info.value.status_code == 529


@pytest.mark.parametrize("max_retries, calls", [(0, 1), (1, 2), (5, 6)])
def test_max_retries_setting(max_retries: int, calls: int) -> None:
    recorder = Recorder([error_reply(503)])
    with pytest.raises(ServiceUnavailableError):
        sync_client(recorder, max_retries=max_retries).request(get(), json_cast)
    assert len(recorder.requests) == calls


def test_with_options_changes_max_retries() -> None:
    recorder = Recorder([error_reply(503)])
    client = sync_client(recorder).with_options(max_retries=4)
    with pytest.raises(ServiceUnavailableError):
        client.request(get(), json_cast)
    assert len(recorder.requests) == 5


def test_connection_error_is_retried() -> None:
    _, recorder, clock = run([httpx.ConnectError("refused"), json_reply()])
    assert len(recorder.requests) == 2
    assert clock.sleeps == [0.5]


def test_persistent_connection_error_becomes_api_connection_error() -> None:
    recorder = Recorder([httpx.ConnectError("refused")])
    with pytest.raises(APIConnectionError) as info:
        sync_client(recorder).request(get(), json_cast)
    assert type(info.value) is APIConnectionError
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(recorder.requests) == 3


def test_timeout_becomes_api_timeout_error() -> None:
    recorder = Recorder([httpx.ReadTimeout("slow")])
    with pytest.raises(APITimeoutError) as info:
        sync_client(recorder, max_retries=0).request(get(), json_cast)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert info.value.request.url.path == "/v1/models"


def test_retry_that_would_exceed_the_timeout_is_not_started() -> None:
    recorder = Recorder([error_reply(429, "rate_limit_error", retry_after="30"), json_reply()])
    clock = FakeClock()
    client = sync_client(recorder, clock=clock)
    with pytest.raises(RateLimitError):
        client.request(get(timeout=10.0), json_cast)
    assert len(recorder.requests) == 1
    assert clock.sleeps == []
    # The same wait fits a longer timeout.
    recorder.requests.clear()
    recorder.replies = [recorder.replies[0], json_reply()]
    assert client.request(get(timeout=100.0), json_cast) == {"ok": True}
    assert len(recorder.requests) == 2
    assert clock.sleeps == [30.0]


def test_time_spent_in_attempts_counts_against_the_timeout() -> None:
    clock = FakeClock()

    def slow_failure(request: httpx.Request) -> httpx.Response:
        clock.now += 4.0  # each attempt takes 4 s
        return error_reply(503)

    recorder = Recorder([slow_failure])
    with pytest.raises(ServiceUnavailableError):
        sync_client(recorder, clock=clock, max_retries=5).request(get(timeout=10.0), json_cast)
    # t=4 +0.5 wait -> t=8.5 +1.0 would be 9.5, allowed -> t=13.5 +2.0 > 10: stop.
    assert len(recorder.requests) == 3
    assert clock.sleeps == [0.5, 1.0]


def test_retries_taken_is_reported_on_raw_responses() -> None:
    recorder = Recorder([error_reply(500), json_reply()])
    raw = sync_client(recorder).request_raw(get(), json_cast)
    assert raw.retries_taken == 1
    assert raw.parse() == {"ok": True}


def test_streamed_request_failing_before_its_body_is_retried() -> None:
    recorder = Recorder([error_reply(503), json_reply()])
    with sync_client(recorder).request_streamed(get(), json_cast) as response:
        assert response.parse() == {"ok": True}
        assert response.retries_taken == 1
    assert len(recorder.requests) == 2


def test_bad_request_is_not_retried_on_a_connection_policy() -> None:
    recorder = Recorder([error_reply(400, "invalid_request_error")])
    with pytest.raises(BadRequestError):
        sync_client(recorder).request(get(), json_cast)
    assert len(recorder.requests) == 1


def test_a_failure_that_is_not_transient_is_not_retried() -> None:
    recorder = Recorder([httpx.UnsupportedProtocol("ftp is not supported")])
    with pytest.raises(APIConnectionError) as info:
        sync_client(recorder).request(get(), json_cast)
    assert len(recorder.requests) == 1
    assert isinstance(info.value.__cause__, httpx.UnsupportedProtocol)


def test_copy_keeps_the_injected_clock() -> None:
    clock = FakeClock()
    recorder = Recorder([error_reply(503), json_reply()])
    copy = sync_client(recorder, clock=clock).with_options(max_retries=1)
    assert copy.request(get(), json_cast) == {"ok": True}
    assert clock.sleeps == [0.5]
