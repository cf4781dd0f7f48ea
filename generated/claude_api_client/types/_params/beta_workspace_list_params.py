# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaWorkspaceListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.workspaces.list(...)`, as one dict (`client.beta.organization.workspaces.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    ids: Sequence[str]
    include_archived: bool
    include_default: bool
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
