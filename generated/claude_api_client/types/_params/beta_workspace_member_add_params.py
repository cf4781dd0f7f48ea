# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .no_billing_workspace_role_param import NoBillingWorkspaceRoleParam


class BetaWorkspaceMemberAddParams(TypedDict):
    """
    Body that adds a user to a workspace.
    """

    user_id: str
    """
    ID of the user to add.
    """
    workspace_role: NoBillingWorkspaceRoleParam
    """
    The role to give them.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
