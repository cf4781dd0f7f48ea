from __future__ import annotations

import dataclasses
import datetime as dt

import httpx
import pytest

from claude_api_client._core._ratelimit import RateLimitInfo

UTC = dt.timezone.utc


def test_every_header_is_parsed() -> None:
    headers = httpx.Headers(
        {
            "Anthropic-RateLimit-Requests-Limit": "50",
            "anthropic-ratelimit-requests-remaining": "49",
            "anthropic-ratelimit-requests-reset": "2026-03-01T12:00:01Z",
            "anthropic-ratelimit-tokens-limit": "1000",
            "anthropic-ratelimit-tokens-remaining": "900",
            "anthropic-ratelimit-tokens-reset": "2026-03-01T12:00:02Z",
            "anthropic-ratelimit-input-tokens-limit": "800",
            "anthropic-ratelimit-input-tokens-remaining": "700",
            "anthropic-ratelimit-input-tokens-reset": "2026-03-01T12:00:03+00:00",
            "anthropic-ratelimit-output-tokens-limit": "200",
            "anthropic-ratelimit-output-tokens-remaining": "150",
            "anthropic-ratelimit-output-tokens-reset": "2026-03-01T12:00:04Z",
            "anthropic-ratelimit-priority-input-tokens-limit": "5",
            "retry-after": "7",
            "content-type": "application/json",
        }
    )
    info = RateLimitInfo.from_headers(headers)
    assert (info.requests_limit, info.requests_remaining) == (50, 49)
    assert info.requests_reset == dt.datetime(2026, 3, 1, 12, 0, 1, tzinfo=UTC)
    assert (info.tokens_limit, info.tokens_remaining) == (1000, 900)
    assert info.tokens_reset == dt.datetime(2026, 3, 1, 12, 0, 2, tzinfo=UTC)
    assert (info.input_tokens_limit, info.input_tokens_remaining) == (800, 700)
    assert info.input_tokens_reset == dt.datetime(2026, 3, 1, 12, 0, 3, tzinfo=UTC)
    assert (info.output_tokens_limit, info.output_tokens_remaining) == (200, 150)
    assert info.output_tokens_reset == dt.datetime(2026, 3, 1, 12, 0, 4, tzinfo=UTC)
    assert info.retry_after == 7.0
    # Unknown rate-limit headers are kept; unrelated ones are not.
    assert info.headers["anthropic-ratelimit-priority-input-tokens-limit"] == "5"
    assert "content-type" not in info.headers


def test_missing_and_unreadable_values_are_none() -> None:
    info = RateLimitInfo.from_headers(
        {"anthropic-ratelimit-requests-limit": "lots", "anthropic-ratelimit-tokens-reset": "soon"}
    )
    assert info.requests_limit is None
    assert info.tokens_reset is None
    assert info.retry_after is None
    assert RateLimitInfo.from_headers({}) == RateLimitInfo()


def test_is_frozen() -> None:
    info = RateLimitInfo.from_headers({})
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.requests_limit = 3  # type: ignore[misc]
