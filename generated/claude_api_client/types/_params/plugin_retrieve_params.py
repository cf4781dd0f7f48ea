# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class PluginRetrieveParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.plugins.retrieve(...)`, as one dict (`client.beta.organization.plugins.retrieve(**params)`)."""

    organization_id: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
