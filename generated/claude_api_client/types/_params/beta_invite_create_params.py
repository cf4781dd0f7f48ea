# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam


class BetaInviteCreateParams(TypedDict):
    """
    Body that invites someone to the organization.
    """

    email: str
    """
    Where to send the invite.
    """
    role: Literal["billing", "claude_code_user", "developer", "managed", "user"]
    """
    The role the person gets on accepting (the same choices as when changing a member's role).
    """
    rbac_group_ids: NotRequired[Sequence[str]]
    """
    RBAC groups (Claude Enterprise) to add the person to on accepting.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
