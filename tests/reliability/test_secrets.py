"""The API key never shows: not in a repr, a log record at DEBUG, an exception's text or its
pickled form."""

from __future__ import annotations

import logging
import pickle

import pytest

from claude_api_client import (
    AnthropicError,
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
)
from claude_api_client.testing import Fault, LocalAPIServer

from ._support import MODEL, Recorder, user

SECRET = "sk-ant-api03-SECRET-do-not-leak-0123456789"
TOKEN = "oauth-SECRET-token-do-not-leak-9876543210"


def _no_secret(text: str | bytes) -> None:
    data = text if isinstance(text, bytes) else text.encode()
    assert SECRET.encode() not in data
    assert TOKEN.encode() not in data


def _errors(server: LocalAPIServer, **client_options: object) -> list[AnthropicError]:
    server.plan(
        "messages_create",
        [
            529,
            Fault.error(429, headers={"retry-after": "0"}),
            Fault.stream_error("overloaded_error", after_events=1),
            Fault.reset_before_headers(),
            Fault.malformed_json(),
        ],
    )
    errors: list[AnthropicError] = []
    with server.client(max_retries=0, **client_options) as client:
        for stream in (False, False, True, False, False):
            try:
                result = client.messages.create(
                    model=MODEL, max_tokens=5, messages=user("x"), stream=stream
                )
                if stream:
                    list(result)  # type: ignore[call-overload]
            except AnthropicError as error:
                errors.append(error)
    return errors


def test_nothing_shows_the_api_key(caplog: pytest.LogCaptureFixture) -> None:
    with LocalAPIServer(api_key=SECRET) as server:
        caplog.set_level(logging.DEBUG)
        with server.client(retry_policy=Recorder().policy()) as client:
            _no_secret(repr(client))
            _no_secret(repr(client.messages))
            _no_secret(repr(client.with_options(timeout=3)))
            server.fail_next([529])
            message = client.messages.create(model=MODEL, max_tokens=5, messages=user("hi"))
            _no_secret(repr(message))
        errors = _errors(server, api_key=SECRET)
        with server.client(api_key="sk-ant-wrong-key") as wrong, pytest.raises(AuthenticationError):
            wrong.models.list()
    assert len(errors) == 5
    assert {type(e).__name__ for e in errors} >= {"OverloadedError", "RateLimitError"}
    for error in errors:
        _check_error(error)
    assert caplog.records, "DEBUG logging produced no record to check"
    for record in caplog.records:
        _no_secret(record.getMessage())
        _no_secret(repr(record.args))
    assert any(SECRET in r.headers.get("x-api-key", "") for r in server.requests)


def test_nothing_shows_the_auth_token(caplog: pytest.LogCaptureFixture) -> None:
    with LocalAPIServer(auth_token=TOKEN) as server:
        caplog.set_level(logging.DEBUG)
        errors = _errors(server, api_key=None, auth_token=TOKEN)
    assert len(errors) == 5
    for error in errors:
        _check_error(error)
    for record in caplog.records:
        _no_secret(record.getMessage())


def _check_error(error: AnthropicError) -> None:
    _no_secret(str(error))
    _no_secret(repr(error))
    _no_secret(repr(error.args))
    data = pickle.dumps(error)
    _no_secret(data)
    restored = pickle.loads(data)
    assert type(restored) is type(error)
    assert str(restored) == str(error)
    if isinstance(error, APIStatusError):
        assert restored.status_code == error.status_code
        assert restored.request_id == error.request_id
    if isinstance(error, (APIStatusError, APIConnectionError)):
        # The live httpx.Request keeps its headers (it is what was sent), but neither its repr
        # nor the pickled exception shows them.
        _no_secret(repr(error.request))
