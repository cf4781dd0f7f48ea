# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .no_billing_workspace_role_param import NoBillingWorkspaceRoleParam


class BetaWorkspaceServiceAccountUpdateParams(TypedDict):
    """
    Body that changes a service account's workspace role.
    """

    workspace_role: NoBillingWorkspaceRoleParam
    """
    The new role.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: str
    """
    ID of the workspace.
    """
