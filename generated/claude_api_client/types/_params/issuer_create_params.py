# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .federation_jwks_param import FederationJWKSParam


class IssuerCreateParams(TypedDict):
    """
    Body that registers an issuer.
    """

    issuer_url: str
    """
    The `iss` its tokens carry.
    """
    name: str
    """
    Its name.
    """
    check_jti: NotRequired[bool | None]
    """
    Whether a token's `jti` may be used only once.
    """
    jwks: NotRequired[FederationJWKSParam]
    """
    Where its signing keys come from (OpenID Connect discovery by default).
    """
    max_jwt_lifetime_seconds: NotRequired[int | None]
    """
    The longest token lifetime to accept, in seconds.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
