"""Profiles: `configs/<profile>.json` (settings) and `credentials/<profile>.json` (tokens, 0600)
under the config directory, or the same settings given as a dict (`InMemoryConfig`).

The config's `authentication.type` says how a token is obtained:
`oidc_federation` exchanges an identity token (and keeps the minted token in the credentials
file across processes); `user_oauth` reads the credentials file, and with a `client_id` renews an
expired token with the refresh grant, writing the new tokens back.
"""

from __future__ import annotations

import copy
import os
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from ..._core._exceptions import CredentialsError
from ._constants import (
    AUTH_OIDC_FEDERATION,
    AUTH_USER_OAUTH,
    CREDENTIALS_TYPE,
    DEFAULT_BASE_URL,
    ENV_BASE_URL,
    ENV_CONFIG_DIR,
    ENV_FEDERATION_RULE_ID,
    ENV_IDENTITY_TOKEN_FILE,
    ENV_ORGANIZATION_ID,
    ENV_PROFILE,
    ENV_SCOPE,
    ENV_SERVICE_ACCOUNT_ID,
    ENV_WORKSPACE_ID,
    FILE_VERSION,
    GRANT_REFRESH_TOKEN,
    MANDATORY_REFRESH_SECONDS,
    OAUTH_BETA,
    TOKEN_EXCHANGE_TIMEOUT,
)
from ._files import read_config, read_credentials, write_credentials
from ._locations import active_profile, config_file, credentials_file, require_https
from ._providers import IdentityTokenFile
from ._secret import Secret, plain
from ._token_endpoint import WorkloadIdentityError, post_grant
from ._types import AccessToken, IdentityTokenProvider
from ._workload import WorkloadIdentityCredentials

__all__ = ["CredentialsFile", "InMemoryConfig"]

_SHAPE = (
    f'{{"authentication": {{"type": "{AUTH_OIDC_FEDERATION}" | "{AUTH_USER_OAUTH}", ...}}, ...}}'
)


def _fill_from_env(config: dict[str, Any], auth: dict[str, Any]) -> None:
    """Fields the profile left empty, from their ANTHROPIC_* variables (the file wins)."""

    def fill(target: dict[str, Any], key: str, variable: str) -> None:
        if not target.get(key) and os.environ.get(variable):
            target[key] = os.environ[variable]

    fill(config, "base_url", ENV_BASE_URL)
    fill(config, "organization_id", ENV_ORGANIZATION_ID)
    fill(config, "workspace_id", ENV_WORKSPACE_ID)
    if auth.get("type") == AUTH_OIDC_FEDERATION:
        fill(auth, "federation_rule_id", ENV_FEDERATION_RULE_ID)
        fill(auth, "service_account_id", ENV_SERVICE_ACCOUNT_ID)
        fill(auth, "scope", ENV_SCOPE)
        if not auth.get("identity_token") and os.environ.get(ENV_IDENTITY_TOKEN_FILE):
            auth["identity_token"] = {"source": "file", "path": os.environ[ENV_IDENTITY_TOKEN_FILE]}
    elif auth.get("type") == AUTH_USER_OAUTH:
        fill(auth, "scope", ENV_SCOPE)


def _expiry(value: object, where: Path | None) -> int | None:
    if value is None:
        return None
    try:
        return int(str(value))
    except (TypeError, ValueError, OverflowError):
        raise CredentialsError(
            f"{where or 'credentials'}: 'expires_at' must be an integer unix time in seconds, "
            f"not {value!r}."
        ) from None


class CredentialsFile:
    """An access token provider reading the profile `profile` (None: ANTHROPIC_PROFILE, else
    the `active_config` pointer, else "default") from the config directory (ANTHROPIC_CONFIG_DIR,
    else `~/.config/anthropic`).

    The config file is read once (`reload()` reads it again); the credentials file on every call,
    as another process may rotate it. Token exchanges use `http_client` (else one of its own,
    closed by `close()`).
    """

    _label = "Config file"

    def __init__(self, profile: str | None = None, *, http_client: httpx.Client | None = None):
        self._profile = profile if profile is not None else active_profile()
        self._config_path = config_file(self._profile)
        self._init_state(http_client)

    def _init_state(self, http_client: httpx.Client | None) -> None:
        self._http_client = http_client
        self._owned_http_client: httpx.Client | None = None
        self._bound_base_url: str | None = None
        self._config: dict[str, Any] | None = None
        self._credentials_path: Path | None = None
        self._base_url = DEFAULT_BASE_URL
        self._delegate: WorkloadIdentityCredentials | None = None
        self._last_served: Secret | None = None
        self._write_lock = threading.Lock()

    @property
    def profile(self) -> str:
        return self._profile

    @property
    def config_path(self) -> Path:
        return self._config_path

    def __repr__(self) -> str:
        return f"{type(self).__name__}(profile={self._profile!r})"

    # --- the config -----------------------------------------------------------------------

    def _read_config(self) -> dict[str, Any]:
        return read_config(
            self._config_path,
            missing_hint=(
                f"(profile {self._profile!r}). Set {ENV_PROFILE} to choose another profile, or "
                f"{ENV_CONFIG_DIR} to move the config directory."
            ),
        )

    def _load_config(self) -> dict[str, Any]:
        if self._config is not None:
            return self._config
        config = self._read_config()
        auth = config.get("authentication")
        if not isinstance(auth, dict):
            raise CredentialsError(
                f"{self._label} at {self._config_path} lacks the 'authentication' object: {_SHAPE}"
            )
        _fill_from_env(config, auth)
        self._base_url = self._resolve_base_url(config)
        require_https(self._base_url, what=f"{self._config_path}: base_url")
        override = auth.get("credentials_path")
        self._credentials_path = (
            Path(str(override)).expanduser() if override else credentials_file(self._profile)
        )
        self._config = config
        return config

    def _auth(self) -> dict[str, Any]:
        auth: dict[str, Any] = self._load_config()["authentication"]
        return auth

    def _resolve_base_url(self, config: dict[str, Any]) -> str:
        if config.get("base_url"):
            return str(config["base_url"]).rstrip("/")
        return self._bound_base_url or DEFAULT_BASE_URL

    @property
    def resolved_base_url(self) -> str | None:
        """The profile's own `base_url` (None when it names none)."""
        value = self._load_config().get("base_url")
        return str(value).rstrip("/") if value else None

    def extra_headers(self) -> dict[str, str]:
        """Headers for every request: `anthropic-workspace-id` from the profile's `workspace_id`
        (not for federation, whose token is already scoped to its workspace)."""
        config = self._load_config()
        workspace = config.get("workspace_id")
        if workspace and self._auth().get("type") != AUTH_OIDC_FEDERATION:
            return {"anthropic-workspace-id": str(workspace)}
        return {}

    def reload(self) -> None:
        """Read the config file again at the next call."""
        self._config = None
        self._delegate = None

    # --- binding to a client's deployment ------------------------------------------------

    def bind_base_url(self, base_url: str) -> None:
        """Exchange at `base_url` unless the profile names its own `base_url`."""
        bound = base_url.rstrip("/")
        require_https(bound, what=f"{self._config_path}: base_url")
        self._bound_base_url = bound
        if self._config is not None:
            self._base_url = self._resolve_base_url(self._config)

    def for_base_url(self, base_url: str) -> CredentialsFile:
        """This provider bound to `base_url`, or, for a federation profile without its own
        `base_url` that another client bound elsewhere, a copy bound to it."""
        bound = base_url.rstrip("/")
        if self._bound_base_url is None or self._bound_base_url == bound:
            self.bind_base_url(bound)
            return self
        config = self._load_config()
        if config.get("base_url") or self._auth().get("type") != AUTH_OIDC_FEDERATION:
            return self
        other = copy.copy(self)
        other._http_client = self._http()
        other._owned_http_client = None
        other._delegate = None
        other._credentials_path = None  # the cached token belongs to the other deployment
        other._write_lock = threading.Lock()
        other.bind_base_url(bound)
        return other

    # --- HTTP ------------------------------------------------------------------------------

    def _http(self) -> httpx.Client:
        if self._http_client is not None:
            return self._http_client
        if self._owned_http_client is None:
            self._owned_http_client = httpx.Client(timeout=TOKEN_EXCHANGE_TIMEOUT)
        return self._owned_http_client

    def close(self) -> None:
        """Close the HTTP client this provider created, if any."""
        if self._owned_http_client is not None:
            self._owned_http_client.close()
            self._owned_http_client = None

    # --- tokens ----------------------------------------------------------------------------

    def __call__(self, *, force_refresh: bool = False) -> AccessToken:
        auth = self._auth()
        kind = auth.get("type")
        if kind == AUTH_OIDC_FEDERATION:
            return self._federation_token(auth, force_refresh)
        if kind == AUTH_USER_OAUTH:
            return self._user_oauth_token(auth, force_refresh)
        raise CredentialsError(
            f"Unknown authentication.type {kind!r} at {self._config_path}; expected "
            f"{AUTH_OIDC_FEDERATION!r} or {AUTH_USER_OAUTH!r}."
        )

    def _credentials(self) -> dict[str, Any]:
        assert self._credentials_path is not None
        try:
            document = read_credentials(self._credentials_path)
        except FileNotFoundError:
            raise CredentialsError(
                f"Credentials file not found at {self._credentials_path} "
                f"(profile {self._profile!r})."
            ) from None
        kind = document.get("type")
        if kind is not None and kind != CREDENTIALS_TYPE:
            raise CredentialsError(
                f"Credentials file at {self._credentials_path} has type {kind!r}; expected "
                f"{CREDENTIALS_TYPE!r}."
            )
        return document

    def _store(self, document: dict[str, Any]) -> None:
        assert self._credentials_path is not None
        with self._write_lock:
            write_credentials(
                self._credentials_path,
                {**document, "version": FILE_VERSION, "type": CREDENTIALS_TYPE},
            )

    def _user_oauth_token(self, auth: dict[str, Any], force_refresh: bool) -> AccessToken:
        document = self._credentials()
        access = document.get("access_token")
        if not isinstance(access, Secret) or not access:
            raise CredentialsError(
                f"Credentials file at {self._credentials_path} has no 'access_token'."
            )
        expires_at = _expiry(document.get("expires_at"), self._credentials_path)
        client_id = auth.get("client_id")
        if not client_id:
            # Kept fresh by something else (a login daemon): serve what the file holds.
            return AccessToken(access.get_secret_value(), expires_at)
        refresh = document.get("refresh_token")
        if not isinstance(refresh, Secret) or not refresh:
            raise WorkloadIdentityError(
                f"Credentials file at {self._credentials_path} (user_oauth with a client_id) has "
                "no 'refresh_token'."
            )
        # After a 401, refresh unless another process already replaced the rejected token.
        replaced = self._last_served is not None and access != self._last_served
        if (not force_refresh or replaced) and expires_at is not None and time.time() < expires_at:
            self._last_served = access
            return AccessToken(access.get_secret_value(), expires_at)
        body = {"grant_type": GRANT_REFRESH_TOKEN, "refresh_token": refresh, "client_id": client_id}
        answer = post_grant(
            self._http(),
            self._base_url,
            body,
            beta=OAUTH_BETA,
            what="user_oauth refresh failed",
            default_expires_in=3600,
        )
        document["access_token"] = answer.access_token
        document["expires_at"] = answer.expires_at
        document["refresh_token"] = answer.refresh_token or refresh
        # Not best-effort: the server may have rotated the refresh token.
        self._store(document)
        self._last_served = answer.access_token
        return AccessToken(answer.access_token.get_secret_value(), answer.expires_at)

    def _federation_token(self, auth: dict[str, Any], force_refresh: bool) -> AccessToken:
        if self._delegate is None:
            self._delegate = self._workload_delegate(auth)
        if self._credentials_path is None:
            return self._delegate()
        cached: dict[str, Any] | None
        try:
            cached = read_credentials(self._credentials_path)
        except FileNotFoundError:
            cached = None
        if cached is not None and not force_refresh:
            token, expires_at = cached.get("access_token"), cached.get("expires_at")
            try:
                fresh = time.time() < float(expires_at) - MANDATORY_REFRESH_SECONDS  # type: ignore[arg-type]
            except (TypeError, ValueError):
                fresh = False  # unreadable: exchange and overwrite
            if fresh and isinstance(token, Secret) and token:
                return AccessToken(token.get_secret_value(), int(expires_at))  # type: ignore[arg-type]
        minted = self._delegate()
        try:
            self._store(
                {
                    **(cached or {}),
                    "access_token": Secret(minted.token),
                    "expires_at": minted.expires_at,
                }
            )
        except OSError:
            pass  # the file only saves an exchange in the next process
        return minted

    def _identity_provider(self, auth: dict[str, Any]) -> IdentityTokenProvider:
        source = auth.get("identity_token")
        if source is None:
            return IdentityTokenFile()
        if not isinstance(source, dict) or source.get("source") != "file":
            kind = source.get("source") if isinstance(source, dict) else source
            raise CredentialsError(
                f"identity_token source {kind!r} is not supported; only 'file' is."
            )
        if not source.get("path"):
            raise CredentialsError(
                f"identity_token source 'file' of profile {self._profile!r} at "
                f"{self._config_path} needs a non-empty 'path'."
            )
        return IdentityTokenFile(str(source["path"]))

    def _workload_delegate(self, auth: dict[str, Any]) -> WorkloadIdentityCredentials:
        config = self._load_config()
        rule, organization = auth.get("federation_rule_id"), config.get("organization_id")
        if not rule or not organization:
            raise WorkloadIdentityError(
                f"{self._label} {self._config_path} with authentication.type "
                f"{AUTH_OIDC_FEDERATION!r} needs 'authentication.federation_rule_id' and a "
                "top-level 'organization_id'."
            )
        delegate = WorkloadIdentityCredentials(
            identity_token_provider=self._identity_provider(auth),
            federation_rule_id=str(rule),
            organization_id=str(organization),
            service_account_id=plain(auth.get("service_account_id")),
            workspace_id=config.get("workspace_id"),
            scope=auth.get("scope"),
            http_client=self._http(),
        )
        delegate.bind_base_url(self._base_url)
        return delegate


class InMemoryConfig(CredentialsFile):
    """A `CredentialsFile` whose config is the dict `config` (the shape of
    `configs/<profile>.json`) instead of a file.

    For `oidc_federation`, `authentication.credentials_path` is optional (without it, no token is
    kept on disk) and `identity_token_provider` may replace the profile's identity token source;
    `user_oauth` requires `credentials_path`.
    """

    _label = "config dict"

    def __init__(
        self,
        config: dict[str, Any],
        *,
        identity_token_provider: IdentityTokenProvider | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        auth = config.get("authentication") if isinstance(config, dict) else None
        if not isinstance(auth, dict):
            raise CredentialsError(f"config dict lacks the 'authentication' object: {_SHAPE}")
        kind = auth.get("type")
        if kind not in (AUTH_OIDC_FEDERATION, AUTH_USER_OAUTH):
            raise CredentialsError(
                f"Unknown authentication.type {kind!r}; expected {AUTH_OIDC_FEDERATION!r} or "
                f"{AUTH_USER_OAUTH!r}."
            )
        path = auth.get("credentials_path")
        if kind == AUTH_USER_OAUTH and not path:
            raise CredentialsError(
                f"authentication.type {AUTH_USER_OAUTH!r} requires "
                "'authentication.credentials_path' (where its tokens live); for a profile on "
                "disk use CredentialsFile."
            )
        self._profile = "<in-memory>"
        self._config_path = Path("<in-memory config>")
        self._init_state(http_client)
        self._identity_override = identity_token_provider
        self._config = config
        self._credentials_path = Path(str(path)).expanduser() if path else None
        self._base_url = self._resolve_base_url(config)
        require_https(self._base_url, what="config: base_url")

    def _load_config(self) -> dict[str, Any]:
        assert self._config is not None
        return self._config

    def reload(self) -> None:
        """The config is fixed; only the exchange is set up again at the next call."""
        self._delegate = None

    def _identity_provider(self, auth: dict[str, Any]) -> IdentityTokenProvider:
        if self._identity_override is not None:
            return self._identity_override
        return super()._identity_provider(auth)
