# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .workspace_role_param import WorkspaceRoleParam


class BetaWorkspaceMemberUpdateParams(TypedDict):
    """
    Body that changes a member's workspace role.
    """

    workspace_role: WorkspaceRoleParam
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
