# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .federation_jwks_param import FederationJWKSParam


class BetaIssuerUpdateParams(TypedDict):
    """
    Body that changes an issuer; fields left out stay as they are.
    """

    check_jti: NotRequired[bool | None]
    """
    Whether a token's `jti` may be used only once.
    """
    issuer_url: NotRequired[str | None]
    """
    New `iss`.
    """
    jwks: NotRequired[FederationJWKSParam | None]
    """
    A new key source, replacing the old one whole.
    """
    jwks_polling_disabled: NotRequired[bool | None]
    """
    Stop (true) or resume (false) fetching its keys.
    """
    max_jwt_lifetime_seconds: NotRequired[int | None]
    """
    The longest token lifetime to accept, in seconds.
    """
    name: NotRequired[str | None]
    """
    New name.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
