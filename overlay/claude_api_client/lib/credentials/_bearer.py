"""Putting a token on a request: `Authorization: Bearer` plus the OAuth beta flag."""

from __future__ import annotations

import httpx

from ._constants import OAUTH_BETA

__all__ = ["apply_bearer", "has_static_credential"]


def has_static_credential(request: httpx.Request) -> bool:
    """Whether the request already carries a key or an Authorization header (left alone)."""
    return bool(request.headers.get("x-api-key") or request.headers.get("authorization"))


def apply_bearer(request: httpx.Request, token: str) -> None:
    """Authorise `request` with `token`, adding the OAuth beta flag unless it is listed."""
    request.headers["authorization"] = f"Bearer {token}"
    flags = [f.strip() for f in request.headers.get("anthropic-beta", "").split(",") if f.strip()]
    if OAUTH_BETA not in flags:
        request.headers["anthropic-beta"] = ",".join([*flags, OAUTH_BETA])
