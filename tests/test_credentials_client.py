"""`Anthropic` / `AsyncAnthropic` with the credentials system: the constructor's precedence and
errors, each attempt authorised by the cached token, the 401 resend, copies, and no leaks."""

from __future__ import annotations

import asyncio
import logging
import traceback
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests._support.token_server import TokenServer, write_profile
from tests.test_credentials import ENV, JWT

from claude_api_client import (
    AccessToken,
    Anthropic,
    AsyncAnthropic,
    AuthenticationError,
    MissingCredentialsError,
    StaticToken,
    WorkloadIdentityCredentials,
)

# Unique markers: a leak check looks for them in every text a failure produces.
SECRET = "sk-secret-token-0123456789abcdef"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def server() -> Any:
    with TokenServer() as running:
        yield running


def get(client: Anthropic) -> Any:
    return client.get("/v1/ping", cast_to=dict)


# --- precedence ---------------------------------------------------------------------------


def test_explicit_credential_arguments_are_exclusive() -> None:
    with pytest.raises(ValueError, match="Pass at most one of") as error:
        Anthropic(api_key="k", profile="p")
    assert "`api_key=`, `profile=`" in str(error.value)
    with pytest.raises(ValueError, match="`credentials=`, `config=`"):
        AsyncAnthropic(credentials=StaticToken("t"), config={"authentication": {}})


def test_an_explicit_argument_stops_the_environment(
    server: TokenServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "env-key")
    client = Anthropic(credentials=StaticToken("minted-1"), base_url=server.base_url)
    assert client.api_key is None and client.auth_token is None
    assert get(client) == {"ok": True, "path": "/v1/ping"}
    [(_, _, headers, _)] = server.api_requests()
    assert headers["authorization"] == "Bearer minted-1"
    assert "x-api-key" not in headers
    assert headers["anthropic-beta"] == "oauth-2025-04-20"


def test_environment_key_then_token(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "env-token")
    client = Anthropic()
    assert (client.api_key, client.auth_token, client.credentials) == (None, "env-token", None)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "env-key")
    with caplog.at_level(logging.WARNING):
        client = Anthropic()
    assert (client.api_key, client.auth_token) == ("env-key", None)
    assert "both set" in caplog.text
    assert "env-key" not in caplog.text and "env-token" not in caplog.text


def test_profile_from_the_environment_with_its_base_url_and_headers(
    server: TokenServer, config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_profile(
        config_dir,
        "dev",
        {
            "authentication": {"type": "user_oauth"},
            "base_url": server.base_url,
            "workspace_id": "wrkspc_dev",
        },
        {"access_token": "minted-1"},
    )
    monkeypatch.setenv("ANTHROPIC_PROFILE", "dev")
    client = Anthropic()
    assert str(client.base_url) == server.base_url
    get(client)
    headers = server.api_requests()[0][2]
    assert headers["authorization"] == "Bearer minted-1"
    assert headers["anthropic-workspace-id"] == "wrkspc_dev"
    # An explicit base_url beats the profile's (and default_headers beat its headers).
    other = Anthropic(
        profile="dev",
        base_url="http://127.0.0.1:1",
        default_headers={"anthropic-workspace-id": "w2"},
    )
    assert str(other.base_url) == "http://127.0.0.1:1"
    assert other.default_headers["anthropic-workspace-id"] == "w2"


def test_federation_environment_on_the_client(
    server: TokenServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token_file = tmp_path / "jwt"
    token_file.write_text(JWT)
    monkeypatch.setenv("ANTHROPIC_IDENTITY_TOKEN_FILE", str(token_file))
    monkeypatch.setenv("ANTHROPIC_FEDERATION_RULE_ID", "fdrl_env")
    monkeypatch.setenv("ANTHROPIC_ORGANIZATION_ID", "org-env")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.base_url)
    with Anthropic() as client:
        assert isinstance(client.credentials, WorkloadIdentityCredentials)
        get(client)
        get(client)
    assert len(server.token_requests()) == 1  # cached across calls
    assert server.token_requests()[0][3]["assertion"] == JWT
    assert [r[2]["authorization"] for r in server.api_requests()] == ["Bearer minted-1"] * 2


def test_no_credential_at_all_fails_at_the_first_request() -> None:
    client = Anthropic(base_url="http://127.0.0.1:1")
    assert client.credentials is None
    with pytest.raises(MissingCredentialsError):
        get(client)


def test_the_sync_client_refuses_an_async_provider() -> None:
    async def provider(*, force_refresh: bool = False) -> AccessToken:
        return AccessToken("t")

    with pytest.raises(TypeError, match="AsyncAnthropic"):
        Anthropic(credentials=provider)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="access token provider"):
        Anthropic(credentials="a string")  # type: ignore[arg-type]


# --- each attempt, refresh, 401 -----------------------------------------------------------


class Minting:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.calls: list[bool] = []

    def __call__(self, *, force_refresh: bool = False) -> AccessToken:
        self.calls.append(force_refresh)
        return AccessToken(self.tokens[min(len(self.calls), len(self.tokens)) - 1], None)


def test_a_401_drops_the_token_and_retries_once_with_a_new_one(server: TokenServer) -> None:
    provider = Minting(["revoked", "minted-1"])
    client = Anthropic(credentials=provider, base_url=server.base_url, max_retries=2)
    client._retry_policy = type(client._retry_policy)(max_retries=2, initial_delay=0, max_delay=0)
    assert get(client)["ok"] is True
    assert provider.calls == [False, True]
    auth = [r[2]["authorization"] for r in server.api_requests()]
    assert auth == ["Bearer revoked", "Bearer minted-1"]
    # A token minted after a 401 that is rejected too is not retried again.
    server.valid.clear()
    provider.tokens = ["a", "b", "c"]
    provider.calls.clear()
    with pytest.raises(AuthenticationError) as failed:
        get(client)
    assert provider.calls == []  # "minted-1" came from the forced refresh: no second resend
    assert len(server.api_requests()) == 3
    assert failed.value.status_code == 401


def test_async_client_with_an_async_provider(server: TokenServer) -> None:
    calls: list[bool] = []

    async def provider(*, force_refresh: bool = False) -> AccessToken:
        calls.append(force_refresh)
        return AccessToken("minted-1", None)

    async def main() -> None:
        async with AsyncAnthropic(credentials=provider, base_url=server.base_url) as client:
            results = await asyncio.gather(
                *(client.get("/v1/ping", cast_to=dict) for _ in range(5))
            )
            assert all(r["ok"] for r in results)

    asyncio.run(main())
    assert calls == [False]
    assert {r[2]["authorization"] for r in server.api_requests()} == {"Bearer minted-1"}


def test_async_client_with_a_profile(server: TokenServer, config_dir: Path) -> None:
    write_profile(
        config_dir,
        "default",
        {"authentication": {"type": "user_oauth"}, "base_url": server.base_url},
        {"access_token": "minted-1"},
    )

    async def main() -> Any:
        async with AsyncAnthropic() as client:
            return await client.get("/v1/ping", cast_to=dict)

    assert asyncio.run(main())["ok"] is True


def test_a_static_header_wins_over_the_provider(server: TokenServer) -> None:
    provider = Minting(["unused"])
    client = Anthropic(
        credentials=provider, base_url=server.base_url, default_headers={"x-api-key": "k"}
    )
    get(client)
    assert provider.calls == []
    assert "authorization" not in server.api_requests()[0][2]


# --- copies ---------------------------------------------------------------------------------


def test_a_copy_shares_the_cache_and_a_new_credential_replaces_it(server: TokenServer) -> None:
    provider = Minting(["minted-1"])
    client = Anthropic(credentials=provider, base_url=server.base_url)
    copied = client.with_options(timeout=5)
    assert copied._token_cache is client._token_cache and copied.credentials is provider
    get(client)
    get(copied)
    assert provider.calls == [False]
    keyed = client.copy(api_key="sk-other")
    assert keyed.credentials is None and keyed.api_key == "sk-other"
    replaced = keyed.copy(credentials=StaticToken("minted-1"))
    assert replaced.api_key is None and replaced.credentials is not None


# --- no leaks -------------------------------------------------------------------------------


def test_tokens_never_reach_reprs_logs_or_tracebacks(
    server: TokenServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.valid = set()
    client = Anthropic(credentials=StaticToken(SECRET), base_url=server.base_url, max_retries=0)
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(AuthenticationError) as failed:
            get(client)
    texts = [
        repr(client),
        repr(client.credentials),
        repr(client._token_cache),
        str(failed.value),
        repr(failed.value),
        caplog.text,
        "".join(
            traceback.TracebackException.from_exception(failed.value, capture_locals=True).format()
        ),
    ]
    for text in texts:
        assert SECRET not in text


def test_a_redirect_to_another_origin_never_gets_the_token(server: TokenServer) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(307, headers={"location": "https://elsewhere.test/v1/ping"})

    client = Anthropic(
        credentials=StaticToken(SECRET),
        base_url="https://api.example.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True),
        max_retries=0,
    )
    with pytest.raises(Exception) as failed:
        get(client)
    assert [str(r.url.host) for r in seen] == ["api.example.test"]
    assert SECRET not in str(failed.value)


# --- the httpx auth, deployments, warnings --------------------------------------------------


def test_access_token_auth_on_an_httpx_client_of_your_own() -> None:
    from claude_api_client import AccessTokenAuth, TokenCache

    provider = Minting(["first", "second"])
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        flags = "x-flag,oauth-2025-04-20" if "authorization" in request.headers else "x-flag"
        assert request.headers["anthropic-beta"] == flags
        return httpx.Response(401 if len(seen) == 1 else 200)

    auth = AccessTokenAuth(TokenCache(provider))
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as http:
        assert (
            http.get("https://api.test/", headers={"anthropic-beta": "x-flag"}).status_code == 401
        )
        assert (
            http.get("https://api.test/", headers={"anthropic-beta": "x-flag"}).status_code == 200
        )
        http.get("https://api.test/", headers={"x-api-key": "k", "anthropic-beta": "x-flag"})
    assert seen == ["Bearer first", "Bearer second", ""]
    assert provider.calls == [False, True]


def test_a_provider_bound_by_one_client_is_copied_for_another_deployment(
    server: TokenServer,
) -> None:
    provider = WorkloadIdentityCredentials(
        identity_token_provider=lambda: JWT, federation_rule_id="r", organization_id="o"
    )
    first = Anthropic(credentials=provider, base_url=server.base_url)
    second = Anthropic(credentials=provider, base_url="https://other.example")
    assert first.credentials is provider
    assert second.credentials is not provider
    assert repr(second.credentials).endswith("base_url='https://other.example')")
    assert repr(provider).endswith(f"base_url='{server.base_url}')")
    with pytest.raises(Exception, match="https"):
        Anthropic(credentials=provider, base_url="http://cleartext.example")


def test_a_static_key_from_the_environment_shadowing_a_profile_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from claude_api_client.lib.credentials import _client_auth

    monkeypatch.setattr(_client_auth, "_warned", set())
    monkeypatch.setenv("ANTHROPIC_PROFILE", "dev")
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "env-token-value")
    with caplog.at_level(logging.WARNING):
        client = Anthropic()
        Anthropic()
    assert client.auth_token == "env-token-value" and client.credentials is None
    assert caplog.text.count("ANTHROPIC_AUTH_TOKEN is set and takes precedence") == 1
    assert "env-token-value" not in caplog.text


def test_async_client_with_a_federation_profile_exchanges_in_a_worker_thread(
    server: TokenServer, tmp_path: Path, config_dir: Path
) -> None:
    token_file = tmp_path / "jwt"
    token_file.write_text(JWT)
    write_profile(
        config_dir,
        "ci",
        {
            "authentication": {
                "type": "oidc_federation",
                "federation_rule_id": "r",
                "identity_token": {"source": "file", "path": str(token_file)},
            },
            "organization_id": "o",
        },
    )

    async def main() -> list[Any]:
        async with AsyncAnthropic(profile="ci", base_url=server.base_url) as client:
            return list(
                await asyncio.gather(*(client.get("/v1/ping", cast_to=dict) for _ in range(4)))
            )

    assert [r["ok"] for r in asyncio.run(main())] == [True] * 4
    assert len(server.token_requests()) == 1


def test_a_key_with_a_token_is_refused_as_the_official_refuses_it() -> None:
    with pytest.raises(ValueError, match=r"Received `api_key=`, `auth_token=`\.$"):
        Anthropic(api_key="k", auth_token="t")
    token_client = Anthropic(api_key="k").copy(auth_token="t")  # a copy's credential replaces
    assert token_client.auth_headers == {"authorization": "Bearer t"}
    with pytest.raises(ValueError, match="Received `api_key=`, `auth_token=`, `credentials=`"):
        Anthropic(api_key="k", auth_token="t", credentials=StaticToken("x"))
