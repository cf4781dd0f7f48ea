# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam


class BetaUserUpdateParams(TypedDict):
    """
    Body that changes a member's organization role.
    """

    role: Literal["billing", "claude_code_user", "developer", "managed", "user"]
    """
    The new role. Console and API organizations take `user`, `developer`, `billing` or `claude_code_user`; Claude Enterprise organizations `user` or `managed`. `admin` cannot be given through the API.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
