# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .workspace_rate_limit_update_value_param import WorkspaceRateLimitUpdateValueParam


class BetaWorkspaceRateLimitUpdateParams(TypedDict):
    """
    Body that sets a workspace's limits for one group.
    """

    limits: Sequence[WorkspaceRateLimitUpdateValueParam]
    """
    The limits to set.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: str
    """
    ID of the workspace.
    """
