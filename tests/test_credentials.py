"""The credentials system without a client: providers, the token cache, profiles on disk, the
federation exchange on the wire, `default_credentials()`, and that no secret leaks."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import stat
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from tests._support.token_server import TokenServer, write_profile

from claude_api_client import (
    AccessToken,
    CredentialsError,
    CredentialsFile,
    EnvToken,
    IdentityTokenFile,
    InMemoryConfig,
    StaticToken,
    TokenCache,
    WorkloadIdentityCredentials,
    WorkloadIdentityError,
    default_credentials,
    exchange_federation_assertion,
)
from claude_api_client._core._exceptions import IdentityTokenFileError

JWT = "eyJhbGciOiJSUzI1NiJ9.payload-of-the-identity-token.signature"

ENV = (
    "ANTHROPIC_API_KEY",
    "ANTHROPIC_AUTH_TOKEN",
    "ANTHROPIC_BASE_URL",
    "ANTHROPIC_PROFILE",
    "ANTHROPIC_CONFIG_DIR",
    "ANTHROPIC_IDENTITY_TOKEN",
    "ANTHROPIC_IDENTITY_TOKEN_FILE",
    "ANTHROPIC_FEDERATION_RULE_ID",
    "ANTHROPIC_ORGANIZATION_ID",
    "ANTHROPIC_SERVICE_ACCOUNT_ID",
    "ANTHROPIC_WORKSPACE_ID",
    "ANTHROPIC_SCOPE",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No credential from the test machine; an empty config dir and HOME."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


@pytest.fixture
def server() -> Any:
    with TokenServer() as running:
        yield running


def identity_file(tmp_path: Path, content: str = JWT) -> Path:
    path = tmp_path / "identity.jwt"
    path.write_text(content + "\n")
    return path


# --- providers ------------------------------------------------------------------------------


def test_access_token_repr_masks_the_token() -> None:
    assert repr(AccessToken("sk-secret-abcdefgh1234", 10)) == (
        "AccessToken(token='...1234', expires_at=10)"
    )
    assert "short" not in repr(AccessToken("short"))


def test_static_and_env_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    assert StaticToken("tok-1")() == AccessToken("tok-1", None)
    assert "tok-1" not in repr(StaticToken("tok-1"))
    provider = EnvToken()
    with pytest.raises(CredentialsError, match="ANTHROPIC_AUTH_TOKEN is not set"):
        provider()
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "from-env")
    assert provider(force_refresh=True).token == "from-env"
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "rotated")
    assert provider().token == "rotated"


def test_identity_token_file_reads_each_call_and_names_the_path(tmp_path: Path) -> None:
    path = identity_file(tmp_path)
    provider = IdentityTokenFile(path)
    assert provider() == JWT
    path.write_text("rotated")
    assert provider() == "rotated"
    path.write_text("  \n")
    with pytest.raises(IdentityTokenFileError, match="is empty") as empty:
        provider()
    assert empty.value.path == path
    with pytest.raises(IdentityTokenFileError, match="not found"):
        IdentityTokenFile(tmp_path / "absent")()
    with pytest.raises(IdentityTokenFileError, match="directory"):
        IdentityTokenFile(tmp_path)()
    path.write_bytes(b"x" * (64 * 1024 + 1))
    with pytest.raises(IdentityTokenFileError, match="larger than"):
        provider()
    with pytest.raises(CredentialsError, match="ANTHROPIC_IDENTITY_TOKEN_FILE"):
        IdentityTokenFile()


# --- the token cache ----------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class Counting:
    """A provider minting `tok-N` valid for `ttl` seconds of `clock`."""

    def __init__(self, clock: Clock, ttl: int = 600, delay: float = 0.0) -> None:
        self.clock, self.ttl, self.delay = clock, ttl, delay
        self.calls: list[bool] = []
        self.fail: Exception | None = None
        self.lock = threading.Lock()

    def __call__(self, *, force_refresh: bool = False) -> AccessToken:
        with self.lock:
            self.calls.append(force_refresh)
            n = len(self.calls)
        if self.delay:
            time.sleep(self.delay)
        if self.fail is not None:
            raise self.fail
        return AccessToken(f"tok-{n}", int(self.clock.now) + self.ttl)


def test_cache_serves_then_refreshes_in_the_advisory_and_mandatory_windows() -> None:
    clock = Clock()
    provider = Counting(clock)
    cache = TokenCache(provider, time_source=clock)
    assert cache.get_token() == "tok-1"
    clock.now += 400  # 200 s left: served
    assert cache.get_token() == "tok-1"
    clock.now += 100  # 100 s left: advisory refresh
    assert cache.get_token() == "tok-2"
    clock.now += 590  # 10 s left: mandatory
    assert cache.get_token() == "tok-3"
    assert provider.calls == [False, False, False]


def test_a_failed_advisory_refresh_serves_the_old_token_and_backs_off(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    provider = Counting(clock)
    cache = TokenCache(provider, time_source=clock)
    cache.get_token()
    clock.now += 500
    provider.fail = WorkloadIdentityError("endpoint down", status_code=503)
    with caplog.at_level(logging.WARNING):
        assert cache.get_token() == "tok-1"
    assert "endpoint down" in caplog.text
    assert cache.get_token() == "tok-1"  # backing off: no second call
    assert len(provider.calls) == 2
    clock.now += 80  # mandatory now: the failure is raised
    with pytest.raises(WorkloadIdentityError):
        cache.get_token()


def test_one_refresh_at_a_time_across_threads() -> None:
    clock = Clock()
    provider = Counting(clock, delay=0.2)
    cache = TokenCache(provider, time_source=clock)
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get_token())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["tok-1"] * 8
    assert len(provider.calls) == 1


def test_one_refresh_at_a_time_across_tasks() -> None:
    clock = Clock()
    calls: list[bool] = []

    async def provider(*, force_refresh: bool = False) -> AccessToken:
        calls.append(force_refresh)
        await asyncio.sleep(0.05)
        return AccessToken(f"async-{len(calls)}", int(clock.now) + 600)

    cache = TokenCache(provider, time_source=clock)

    async def main() -> list[str]:
        return list(await asyncio.gather(*(cache.async_get_token() for _ in range(6))))

    assert asyncio.run(main()) == ["async-1"] * 6
    assert calls == [False]
    with pytest.raises(RuntimeError, match="async_get_token"):
        cache.get_token()


def test_a_sync_provider_in_async_code_runs_once() -> None:
    clock = Clock()
    provider = Counting(clock, delay=0.1)
    cache = TokenCache(provider, time_source=clock)

    async def main() -> list[str]:
        return list(await asyncio.gather(*(cache.async_get_token() for _ in range(4))))

    assert asyncio.run(main()) == ["tok-1"] * 4
    assert len(provider.calls) == 1


def test_invalidate_forces_the_next_refresh_and_zero_expiry_asks_every_time() -> None:
    clock = Clock()
    provider = Counting(clock)
    cache = TokenCache(provider, time_source=clock)
    cache.get_token()
    cache.invalidate()
    assert cache.get_token() == "tok-2"
    assert provider.calls == [False, True]
    asked = []

    def self_caching(*, force_refresh: bool = False) -> AccessToken:
        asked.append(1)
        return AccessToken("same", 0)

    per_request = TokenCache(self_caching)
    for _ in range(3):
        assert per_request.get_token() == "same"
    assert len(asked) == 3


def test_legacy_provider_without_force_refresh_and_wrong_returns() -> None:
    assert TokenCache(lambda: AccessToken("legacy")).get_token() == "legacy"  # type: ignore[arg-type]
    with pytest.raises(Exception, match="instead of an AccessToken"):
        TokenCache(lambda: "a string").get_token()  # type: ignore[arg-type]


# --- workload identity federation on the wire ---------------------------------------------


def test_the_jwt_bearer_exchange_request(server: TokenServer, tmp_path: Path) -> None:
    provider = WorkloadIdentityCredentials(
        identity_token_provider=IdentityTokenFile(identity_file(tmp_path)),
        federation_rule_id="fdrl_01",
        organization_id="0b5a1c2d-0000-4000-8000-000000000000",
        service_account_id="svac_01",
        workspace_id="wrkspc_01",
    )
    provider.bind_base_url(server.base_url)
    before = int(time.time())
    token = provider()
    provider.close()
    assert token.token == "minted-1"
    assert before + 600 <= (token.expires_at or 0) <= int(time.time()) + 600
    [(method, path, headers, body)] = server.token_requests()
    assert (method, path) == ("POST", "/v1/oauth/token")
    assert headers["anthropic-beta"] == "oauth-2025-04-20,oidc-federation-2026-04-01"
    assert headers["content-type"] == "application/json"
    assert "authorization" not in headers and "x-api-key" not in headers
    assert body == {
        "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
        "assertion": JWT,
        "federation_rule_id": "fdrl_01",
        "organization_id": "0b5a1c2d-0000-4000-8000-000000000000",
        "service_account_id": "svac_01",
        "workspace_id": "wrkspc_01",
    }


def test_exchange_errors_are_typed_and_hold_no_secret(server: TokenServer) -> None:
    server.grants = [
        (401, {"error": "invalid_grant", "error_description": "no rule", "echo": JWT}),
    ]
    with pytest.raises(WorkloadIdentityError) as failed:
        exchange_federation_assertion(
            assertion=JWT, federation_rule_id="r", organization_id="o", base_url=server.base_url
        )
    error = failed.value
    assert error.status_code == 401 and error.request_id == "req_test"
    assert error.body == {"error": "invalid_grant", "error_description": "no rule"}
    assert "federation rule" in str(error) and "[request_id=req_test]" in str(error)
    assert JWT not in str(error) and JWT not in repr(error.body)
    server.grants = [(200, [JWT])]
    with pytest.raises(WorkloadIdentityError, match="JSON list") as listed:
        exchange_federation_assertion(
            assertion=JWT, federation_rule_id="r", organization_id="o", base_url=server.base_url
        )
    assert listed.value.__cause__ is None
    server.grants = [(200, {"access_token": "x", "expires_in": 60, "token_type": "mac"})]
    with pytest.raises(WorkloadIdentityError, match="token_type"):
        exchange_federation_assertion(
            assertion=JWT, federation_rule_id="r", organization_id="o", base_url=server.base_url
        )
    server.grants = [(200, b"x" * ((1 << 20) + 10))]
    with pytest.raises(WorkloadIdentityError, match="larger than"):
        exchange_federation_assertion(
            assertion=JWT, federation_rule_id="r", organization_id="o", base_url=server.base_url
        )


def test_the_exchange_refuses_cleartext_and_oversized_assertions(server: TokenServer) -> None:
    with pytest.raises(CredentialsError, match="https"):
        exchange_federation_assertion(
            assertion=JWT, federation_rule_id="r", organization_id="o", base_url="http://evil.test"
        )
    with pytest.raises(WorkloadIdentityError, match="not a JWT"):
        exchange_federation_assertion(
            assertion="x" * 20000,
            federation_rule_id="r",
            organization_id="o",
            base_url=server.base_url,
        )
    assert server.seen == []


def test_unreachable_endpoint_error_drops_the_transport_frames() -> None:
    with pytest.raises(WorkloadIdentityError, match="could not reach") as failed:
        exchange_federation_assertion(
            assertion=JWT,
            federation_rule_id="r",
            organization_id="o",
            base_url="http://127.0.0.1:9",
        )
    cause = failed.value.__cause__
    assert cause is not None and cause.__traceback__ is None


# --- profiles -----------------------------------------------------------------------------


def test_user_oauth_profile_refreshes_and_writes_back_0600(
    server: TokenServer, config_dir: Path
) -> None:
    write_profile(
        config_dir,
        "work",
        {
            "authentication": {"type": "user_oauth", "client_id": "client-1"},
            "base_url": server.base_url,
            "workspace_id": "wrkspc_9",
        },
        {"type": "oauth_token", "access_token": "old", "expires_at": 1, "refresh_token": "rt-1"},
    )
    server.grants = [
        (200, {"access_token": "new-access", "expires_in": 900, "refresh_token": "rt-2"})
    ]
    profile = CredentialsFile("work")
    assert profile.extra_headers() == {"anthropic-workspace-id": "wrkspc_9"}
    assert profile.resolved_base_url == server.base_url
    token = profile()
    profile.close()
    assert token.token == "new-access"
    [(_, _, headers, body)] = server.token_requests()
    assert headers["anthropic-beta"] == "oauth-2025-04-20"
    assert body == {"grant_type": "refresh_token", "refresh_token": "rt-1", "client_id": "client-1"}
    written = config_dir / "credentials" / "work.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    stored = json.loads(written.read_text())
    assert stored["access_token"] == "new-access" and stored["refresh_token"] == "rt-2"
    assert stored["type"] == "oauth_token" and stored["version"] == "1.0"
    # Unexpired now: served from the file without a grant.
    assert CredentialsFile("work")().token == "new-access"
    assert len(server.token_requests()) == 1


def test_user_oauth_without_client_id_reads_the_file_each_time(config_dir: Path) -> None:
    write_profile(
        config_dir,
        "default",
        {"authentication": {"type": "user_oauth"}},
        {"access_token": "daemon-1", "expires_at": 2_000_000_000},
    )
    profile = CredentialsFile()
    assert profile() == AccessToken("daemon-1", 2_000_000_000)
    secret = config_dir / "credentials" / "default.json"
    secret.write_text(json.dumps({"access_token": "daemon-2"}))
    assert profile().token == "daemon-2"
    os.chmod(secret, 0o644)
    with pytest.raises(CredentialsError, match="chmod 600"):
        profile()


def test_federation_profile_caches_the_minted_token_on_disk(
    server: TokenServer, tmp_path: Path, config_dir: Path
) -> None:
    write_profile(
        config_dir,
        "ci",
        {
            "authentication": {
                "type": "oidc_federation",
                "federation_rule_id": "fdrl_ci",
                "identity_token": {"source": "file", "path": str(identity_file(tmp_path))},
            },
            "organization_id": "org-uuid",
            "workspace_id": "wrkspc_ci",
        },
    )
    profile = CredentialsFile("ci").for_base_url(server.base_url)
    assert profile.extra_headers() == {}  # the minted token is already workspace-scoped
    assert profile().token == "minted-1"
    cached = config_dir / "credentials" / "ci.json"
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    assert CredentialsFile("ci").for_base_url(server.base_url)().token == "minted-1"
    assert len(server.token_requests()) == 1
    body = server.token_requests()[0][3]
    assert body["workspace_id"] == "wrkspc_ci" and body["federation_rule_id"] == "fdrl_ci"
    server.grants = [(200, {"access_token": "minted-2", "expires_in": 600})]
    assert profile(force_refresh=True).token == "minted-2"


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("not json", "not valid JSON"),
        ("[]", "JSON object"),
        ('{"base_url": "x"}', "'authentication'"),
        ('{"authentication": {"type": "magic"}}', "Unknown authentication.type"),
        ('{"authentication": {"type": "user_oauth"}, "base_url": "http://evil.test"}', "https"),
    ],
)
def test_broken_profiles_fail_clearly(config_dir: Path, config: str, message: str) -> None:
    (config_dir / "configs").mkdir()
    (config_dir / "configs" / "p.json").write_text(config)
    with pytest.raises(CredentialsError, match=message):
        CredentialsFile("p")()


def test_profile_names_and_files_are_checked(config_dir: Path) -> None:
    for bad in ("../etc", ".hidden", "a/b", " padded"):
        with pytest.raises(CredentialsError):
            CredentialsFile(bad)
    with pytest.raises(CredentialsError, match="Config file not found"):
        CredentialsFile("absent")()
    write_profile(config_dir, "loose", {"authentication": {"type": "user_oauth"}})
    os.chmod(config_dir / "configs" / "loose.json", 0o666)
    with pytest.raises(CredentialsError, match="writable by group or others"):
        CredentialsFile("loose")()
    (config_dir / "configs" / "big.json").write_bytes(b" " * ((1 << 20) + 1))
    with pytest.raises(CredentialsError, match="larger than"):
        CredentialsFile("big")()


def test_in_memory_config(server: TokenServer, tmp_path: Path) -> None:
    with pytest.raises(CredentialsError, match="credentials_path"):
        InMemoryConfig({"authentication": {"type": "user_oauth"}})
    with pytest.raises(CredentialsError, match="authentication"):
        InMemoryConfig({})
    provider = InMemoryConfig(
        {
            "authentication": {"type": "oidc_federation", "federation_rule_id": "r"},
            "organization_id": "o",
            "base_url": server.base_url,
        },
        identity_token_provider=lambda: JWT,
    )
    assert provider().token == "minted-1"
    assert provider().token == "minted-1"
    assert len(server.token_requests()) == 2  # no credentials_path: no disk cache
    assert server.token_requests()[0][3]["assertion"] == JWT


# --- default_credentials ------------------------------------------------------------------


def test_default_credentials_order(
    server: TokenServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_credentials() is None
    monkeypatch.setenv("ANTHROPIC_CONFIG_DIR", str(tmp_path / "cfg"))
    write_profile(
        tmp_path / "cfg",
        "default",
        {"authentication": {"type": "user_oauth"}, "workspace_id": "wrkspc_d"},
        {"access_token": "profile-token"},
    )
    write_profile(
        tmp_path / "cfg",
        "named",
        {"authentication": {"type": "user_oauth"}, "base_url": "https://named.example"},
        {"access_token": "named-token"},
    )
    found = default_credentials()
    assert found is not None and found.provider().token == "profile-token"
    assert found.extra_headers == {"anthropic-workspace-id": "wrkspc_d"} and found.base_url is None
    (tmp_path / "cfg" / "active_config").write_text("named\n")
    found = default_credentials()
    assert found is not None and found.base_url == "https://named.example"
    # federation variables win over the active profile ...
    monkeypatch.setenv("ANTHROPIC_FEDERATION_RULE_ID", "r")
    monkeypatch.setenv("ANTHROPIC_ORGANIZATION_ID", "o")
    monkeypatch.setenv("ANTHROPIC_IDENTITY_TOKEN", JWT)
    found = default_credentials(base_url=server.base_url)
    assert isinstance(found and found.provider, WorkloadIdentityCredentials)
    assert found is not None and found.provider().token == "minted-1"
    # ... ANTHROPIC_PROFILE wins over federation ...
    monkeypatch.setenv("ANTHROPIC_PROFILE", "default")
    found = default_credentials()
    assert found is not None and found.provider().token == "profile-token"
    # ... a static token over a profile, and an API key over everything.
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "static")
    found = default_credentials()
    assert isinstance(found and found.provider, StaticToken)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "key")
    assert default_credentials() is None


def test_a_broken_auto_discovered_profile_is_skipped_unless_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home_config = tmp_path / "home" / ".config" / "anthropic"
    (home_config / "configs").mkdir(parents=True)
    (home_config / "configs" / "default.json").write_text("{broken")
    assert default_credentials() is None
    monkeypatch.setenv("ANTHROPIC_CONFIG_DIR", str(home_config))
    with pytest.raises(CredentialsError, match="not valid JSON"):
        default_credentials()


LEAKED = "at-leaked-0123456789abcdef"


def test_failures_after_a_token_arrived_keep_it_out_of_traceback_locals(
    server: TokenServer,
) -> None:
    import traceback

    server.grants = [(200, {"access_token": LEAKED})]  # no expires_in
    with pytest.raises(WorkloadIdentityError, match="expires_in") as failed:
        exchange_federation_assertion(
            assertion=JWT, federation_rule_id="r", organization_id="o", base_url=server.base_url
        )
    rendered = "".join(
        traceback.TracebackException.from_exception(failed.value, capture_locals=True).format()
    )
    assert LEAKED not in rendered and JWT not in rendered
    assert "<token endpoint response" in rendered


def test_a_token_that_cannot_be_a_header_is_refused_without_showing_it() -> None:
    cache = TokenCache(lambda *, force_refresh=False: AccessToken("secret-part\r\nx-evil: 1"))
    with pytest.raises(ValueError, match="cannot be sent in an HTTP header") as failed:
        cache.get_token()
    assert "secret-part" not in str(failed.value)


@pytest.mark.parametrize(
    ("name", "parameters"),
    [
        ("StaticToken", ["token"]),
        ("EnvToken", ["env_var"]),
        ("IdentityTokenFile", ["path"]),
        ("CredentialsFile", ["profile", "http_client"]),
        ("InMemoryConfig", ["config", "identity_token_provider", "http_client"]),
        (
            "TokenCache",
            ["provider", "advisory_refresh_seconds", "mandatory_refresh_seconds", "time_source"],
        ),
        ("AccessTokenAuth", ["token_cache"]),
        (
            "WorkloadIdentityCredentials",
            [
                "identity_token_provider",
                "federation_rule_id",
                "organization_id",
                "service_account_id",
                "workspace_id",
                "scope",
                "http_client",
            ],
        ),
        (
            "exchange_federation_assertion",
            [
                "assertion",
                "federation_rule_id",
                "organization_id",
                "service_account_id",
                "workspace_id",
                "base_url",
                "http_client",
            ],
        ),
        ("default_credentials", ["base_url"]),
    ],
)
def test_the_official_signatures(name: str, parameters: list[str]) -> None:
    import inspect

    import claude_api_client
    import claude_api_client.lib.credentials as credentials

    target = getattr(credentials, name)
    assert getattr(claude_api_client, name) is target
    assert list(inspect.signature(target).parameters) == parameters


def test_the_client_constructors_take_the_credential_arguments() -> None:
    import inspect

    from claude_api_client import Anthropic, AsyncAnthropic

    for cls in (Anthropic, AsyncAnthropic):
        names = list(inspect.signature(cls).parameters)
        assert names[:5] == ["api_key", "auth_token", "credentials", "config", "profile"]
