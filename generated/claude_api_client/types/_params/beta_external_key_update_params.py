# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .external_key_provider_config_param import ExternalKeyProviderConfigParam


class BetaExternalKeyUpdateParams(TypedDict):
    """
    Body that changes a key configuration; fields left out stay as they are.
    """

    display_name: NotRequired[str | None]
    """
    New name.
    """
    geo: NotRequired[Literal["us"] | None]
    """
    Where the key is used.
    """
    provider_config: NotRequired[ExternalKeyProviderConfigParam | None]
    """
    New location of the key.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
