# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class PluginMarketplaceListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.plugin_marketplaces.list(...)`, as one dict (`client.beta.organization.plugin_marketplaces.list(**params)`)."""

    limit: int
    organization_id: str
    owner_type: Literal["organization", "user"]
    page: str
    source: Literal["directory", "github", "gitlab", "manual", "public_git"]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
