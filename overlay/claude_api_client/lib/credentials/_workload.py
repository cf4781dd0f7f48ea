"""Workload identity federation: an external OIDC token (a JWT) exchanged for an Anthropic
access token with the RFC 7523 jwt-bearer grant."""

from __future__ import annotations

import copy
from typing import Any, Protocol

import httpx

from ..._core._closing import Closing
from ._constants import (
    DEFAULT_BASE_URL,
    FEDERATION_BETA,
    GRANT_JWT_BEARER,
    MAX_ASSERTION_BYTES,
    OAUTH_BETA,
    TOKEN_EXCHANGE_TIMEOUT,
)
from ._locations import require_https
from ._secret import Secret
from ._token_endpoint import WorkloadIdentityError, post_grant
from ._types import AccessToken, IdentityTokenProvider

__all__ = ["WorkloadIdentityCredentials", "WorkloadIdentityError", "exchange_federation_assertion"]

_HINT_401 = (
    "Check that your federation rule matches your identity token{workspace}. The Workload "
    "identity page of the Claude Console lists the authentication events."
)
_HINT_WORKSPACE = (
    " (a rule covering several workspaces needs one chosen: ANTHROPIC_WORKSPACE_ID, the "
    "'workspace_id' config key or the workspace_id= argument)"
)


class _HasSecretValue(Protocol):
    def get_secret_value(self) -> str: ...


class WorkloadIdentityCredentials(Closing):
    """An access token provider exchanging the identity token of `identity_token_provider`
    (called again for every exchange, as the file it reads may rotate) at
    `POST {base_url}/v1/oauth/token`.

    Each call is a fresh exchange: a client wraps the provider in a `TokenCache`. The client
    binds the exchange to its own base URL (`for_base_url`), since a token is only valid for the
    deployment that minted it. `workspace_id` (a `wrkspc_` ID or "default") scopes the token when
    the federation rule covers several workspaces. `scope` is kept but not sent: the rule decides.
    """

    def __init__(
        self,
        *,
        identity_token_provider: IdentityTokenProvider,
        federation_rule_id: str,
        organization_id: str,
        service_account_id: str | None = None,
        workspace_id: str | None = None,
        scope: str | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._identity_token_provider = identity_token_provider
        self._federation_rule_id = federation_rule_id
        self._organization_id = organization_id
        self._service_account_id = service_account_id
        self._workspace_id = workspace_id
        self._scope = scope
        self._bound_base_url: str | None = None
        self._owns_http_client = http_client is None
        self._http_client = http_client or httpx.Client(timeout=TOKEN_EXCHANGE_TIMEOUT)

    @property
    def scope(self) -> str | None:
        return self._scope

    def __repr__(self) -> str:
        return (
            f"WorkloadIdentityCredentials(federation_rule_id={self._federation_rule_id!r}, "
            f"organization_id={self._organization_id!r}, base_url={self._bound_base_url!r})"
        )

    def bind_base_url(self, base_url: str) -> None:
        """Exchange at `base_url` from now on (https, or a local address)."""
        bound = base_url.rstrip("/")
        require_https(bound, what="base_url")
        self._bound_base_url = bound

    def for_base_url(self, base_url: str) -> WorkloadIdentityCredentials:
        """This provider bound to `base_url`; a copy (sharing the identity token and borrowing the
        HTTP client) when another client already bound it elsewhere."""
        bound = base_url.rstrip("/")
        provider = self
        if self._bound_base_url is not None and self._bound_base_url != bound:
            provider = copy.copy(self)
            provider._owns_http_client = False
        provider.bind_base_url(bound)
        return provider

    def close(self) -> None:
        """Close the HTTP client, if this provider created it (also on leaving a `with` block)."""
        if self._owns_http_client:
            self._http_client.close()

    def __call__(self, *, force_refresh: bool = False) -> AccessToken:
        assertion = Secret(self._identity_token_provider())
        size = len(assertion.get_secret_value().encode("utf-8"))
        if size > MAX_ASSERTION_BYTES:
            raise WorkloadIdentityError(
                f"The identity token is {size} bytes, over the {MAX_ASSERTION_BYTES}-byte limit: "
                "it is not a JWT (check that the path names the token, not a key or certificate)."
            )
        body: dict[str, Any] = {
            "grant_type": GRANT_JWT_BEARER,
            "assertion": assertion,
            "federation_rule_id": self._federation_rule_id,
            "organization_id": self._organization_id,
        }
        if self._service_account_id is not None:
            body["service_account_id"] = self._service_account_id
        if self._workspace_id is not None:
            body["workspace_id"] = self._workspace_id
        hint = _HINT_401.format(workspace=_HINT_WORKSPACE if self._workspace_id is None else "")
        answer = post_grant(
            self._http_client,
            self._bound_base_url or DEFAULT_BASE_URL,
            body,
            beta=f"{OAUTH_BETA},{FEDERATION_BETA}",
            what="Token exchange failed",
            hint_401=hint,
        )
        return AccessToken(answer.access_token.get_secret_value(), answer.expires_at)


def exchange_federation_assertion(
    *,
    assertion: str | _HasSecretValue,
    federation_rule_id: str,
    organization_id: str,
    service_account_id: str | None = None,
    workspace_id: str | None = None,
    base_url: str | None = None,
    http_client: httpx.Client | None = None,
) -> AccessToken:
    """One jwt-bearer exchange of `assertion` (a str, or a SecretStr-like object with
    `get_secret_value()`), without caching: the minted `AccessToken`."""
    secret = Secret(assertion) if isinstance(assertion, str) else assertion
    del assertion
    with WorkloadIdentityCredentials(
        identity_token_provider=secret.get_secret_value,
        federation_rule_id=federation_rule_id,
        organization_id=organization_id,
        service_account_id=service_account_id,
        workspace_id=workspace_id,
        http_client=http_client,
    ) as credentials:
        if base_url is not None:
            credentials.bind_base_url(base_url)
        return credentials()
