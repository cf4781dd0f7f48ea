# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .no_billing_workspace_role_param import NoBillingWorkspaceRoleParam


class BetaServiceAccountWorkspaceAddParams(TypedDict):
    """
    Body that adds a service account to a workspace.
    """

    workspace_id: str
    """
    ID of the workspace.
    """
    workspace_role: NoBillingWorkspaceRoleParam
    """
    The role to give it.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
