# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .external_key_provider_config_param import ExternalKeyProviderConfigParam


class BetaExternalKeyCreateParams(TypedDict):
    """
    Body that registers a customer-managed key.
    """

    provider_config: ExternalKeyProviderConfigParam
    """
    Where the key lives.
    """
    display_name: NotRequired[str | None]
    """
    Name for people to read.
    """
    geo: NotRequired[Literal["us"]]
    """
    Where the key is used.
    """
    user_profile_id: NotRequired[str | None]
    """
    The user profile (one of your customers) the key belongs to; leave it out only for the organization's own key. It cannot change later.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
