"""The official constructor arguments the platform clients take besides their own: `auth_token`
on Claude on AWS, `webhook_key` (and `client.webhook_key`) where the official client verifies
webhooks, and `_strict_response_validation` everywhere."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

from claude_api_client import Anthropic, AsyncAnthropic, AuthenticationError
from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing.pytest_plugin import PLATFORMS, platform_client

# The platforms whose official client keeps a webhook signing key (the others' is None).
VERIFIES_WEBHOOKS = {"aws", "foundry", "google_cloud"}
# Of those, the ones whose constructor takes `webhook_key=` (Google Cloud reads the environment).
TAKES_WEBHOOK_KEY = {"aws", "foundry"}


def sent_auth(server: LocalAPIServer, client: Any) -> dict[str, str]:
    """The credential headers `client` sends (the server may refuse them: only they matter)."""
    with contextlib.suppress(AuthenticationError):
        client.models.list()
    headers = server.requests[-1].headers
    return {k.lower(): v for k, v in headers.items() if k.lower() in ("authorization", "x-api-key")}


@pytest.mark.parametrize("async_client", [False, True])
def test_aws_auth_token_is_a_bearer_token_when_nothing_else_authenticates(
    claude_api: LocalAPIServer, async_client: bool
) -> None:
    client = platform_client(
        "aws",
        claude_api,
        async_client=async_client,
        aws_access_key=None,
        aws_secret_key=None,
        skip_auth=True,
        auth_token="tok-1",
    )
    assert client.auth_token == "tok-1"
    assert client.copy().auth_token == "tok-1"
    assert client.copy(auth_token="tok-2").auth_token == "tok-2"
    if not async_client:
        assert sent_auth(claude_api, client) == {"authorization": "Bearer tok-1"}


def test_aws_api_key_and_signature_win_over_auth_token(claude_api: LocalAPIServer) -> None:
    keyed = platform_client(
        "aws", claude_api, aws_access_key=None, aws_secret_key=None, api_key="k", auth_token="t"
    )
    # As AWS documents API key authentication, and as the official client's `auth_headers`.
    assert keyed.auth_headers == {"Authorization": "Bearer k"}
    assert sent_auth(claude_api, keyed) == {"authorization": "Bearer k"}
    # The server checks the SigV4 signature (which replaces the bearer token) before serving.
    signed = platform_client("aws", claude_api, auth_token="t")
    assert signed.models.list().data is not None
    assert "x-amz-date" in claude_api.requests[-1].headers


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_webhook_key_where_the_official_client_has_one(
    claude_api: LocalAPIServer, platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_WEBHOOK_SIGNING_KEY", "from-env")
    client = platform_client(platform, claude_api)
    expected = "from-env" if platform in VERIFIES_WEBHOOKS else None
    assert client.webhook_key == expected
    assert client.copy().webhook_key == expected
    if platform not in TAKES_WEBHOOK_KEY:
        with pytest.raises(TypeError):
            platform_client(platform, claude_api, webhook_key="k")
        return
    given = platform_client(platform, claude_api, webhook_key=claude_api.webhook_key)
    assert given.webhook_key == claude_api.webhook_key
    assert given.with_options(max_retries=1).webhook_key == claude_api.webhook_key
    assert given.copy(webhook_key="other").webhook_key == "other"
    body, headers = claude_api.webhook_delivery("session.status_idled", id="sesn_1")
    event = given.beta.webhooks.unwrap(body, headers=headers)
    assert event.data.id == "sesn_1"


@pytest.mark.parametrize("async_client", [False, True])
@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_strict_response_validation_is_accepted(
    claude_api: LocalAPIServer, platform: str, async_client: bool
) -> None:
    # Accepted for code written for the official package; responses are validated either way.
    client = platform_client(
        platform, claude_api, async_client=async_client, _strict_response_validation=True
    )
    assert type(client.copy()) is type(client)
    if not async_client:
        message = client.messages.create(
            model="claude-x", max_tokens=5, messages=[{"role": "user", "content": "hi"}]
        )
        assert message.id


def test_first_party_clients_accept_strict_response_validation(
    claude_api: LocalAPIServer,
) -> None:
    arguments: dict[str, Any] = {"api_key": claude_api.api_key, "base_url": claude_api.base_url}
    client = Anthropic(_strict_response_validation=True, **arguments)
    assert client.models.list().data is not None
    assert AsyncAnthropic(_strict_response_validation=False, **arguments).api_key


def test_aws_copy_takes_credentials_only_as_none(claude_api: LocalAPIServer) -> None:
    client = platform_client("aws", claude_api)
    assert type(client.copy(credentials=None)) is type(client)
    with pytest.raises(TypeError, match="no credentials provider"):
        client.with_options(credentials=lambda: "token")


def test_platform_copy_passes_extra_kwargs_on(claude_api: LocalAPIServer) -> None:
    client = platform_client("foundry", claude_api)
    assert client.copy(_extra_kwargs={"webhook_key": "from-extra"}).webhook_key == "from-extra"
