# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .federation_jwks_param import FederationJWKSParam


class BetaIssuerCreateParams(TypedDict):
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
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
