# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class PluginMarketplaceRetrieveParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.plugin_marketplaces.retrieve(...)`, as one dict (`client.beta.organization.plugin_marketplaces.retrieve(**params)`)."""

    organization_id: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
