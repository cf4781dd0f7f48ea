from __future__ import annotations

import logging

import pytest

from claude_api_client._core._casts import json_cast
from claude_api_client._core._exceptions import APIStatusError

from ._helpers import API_KEY, Recorder, error_reply, get, json_reply, sync_client


def test_debug_logs_redact_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="claude_api_client")
    recorder = Recorder([error_reply(529), json_reply()])
    sync_client(recorder).request(get(), json_cast)
    text = caplog.text
    assert "x-api-key" in text and "<redacted>" in text
    assert "GET https://api.anthropic.com/v1/models" in text
    assert "Retrying" in text
    assert "req_test_1" in text
    assert API_KEY not in text


def test_debug_logs_redact_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="claude_api_client")
    recorder = Recorder([error_reply(401, "authentication_error")])
    with pytest.raises(APIStatusError):
        sync_client(recorder, api_key=None, auth_token="tok-SECRET-9").request(get(), json_cast)
    assert "authorization" in caplog.text
    assert "tok-SECRET-9" not in caplog.text
