"""The public clients read their settings from arguments first, then the environment."""

from __future__ import annotations

import pytest

from claude_api_client import Anthropic, AsyncAnthropic, MissingCredentialsError
from claude_api_client.testing import local_api


def test_environment_fills_what_arguments_leave_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "env-key")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "http://env.invalid")
    client = Anthropic()
    assert client.api_key == "env-key"
    assert str(client.base_url).startswith("http://env.invalid")
    explicit = AsyncAnthropic(api_key="arg-key", base_url="http://arg.invalid")
    assert explicit.api_key == "arg-key"
    assert str(explicit.base_url).startswith("http://arg.invalid")


def test_auth_token_from_the_environment_is_sent_as_bearer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "tok-123")
    with (
        local_api(auth_token="tok-123") as server,
        Anthropic(base_url=server.base_url, max_retries=0) as client,
    ):
        client.models.list()
        assert server.requests[-1].headers["authorization"] == "Bearer tok-123"
        assert "x-api-key" not in server.requests[-1].headers


def test_missing_credentials_fail_at_the_first_request_naming_both_ways(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_AUTH_TOKEN", raising=False)
    client = Anthropic(base_url="http://127.0.0.1:9")  # constructing it is fine
    with pytest.raises(MissingCredentialsError) as caught:
        client.messages.create(model="m", max_tokens=1, messages=[{"role": "user", "content": "x"}])
    text = str(caught.value)
    for word in ("api_key", "ANTHROPIC_API_KEY", "auth_token", "ANTHROPIC_AUTH_TOKEN"):
        assert word in text
