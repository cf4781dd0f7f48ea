# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class VaultListParams(TypedDict, total=False):
    """The parameters of `client.beta.vaults.list(...)`, as one dict (`client.beta.vaults.list(**params)`)."""

    limit: int
    page: str
    include_archived: bool
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
