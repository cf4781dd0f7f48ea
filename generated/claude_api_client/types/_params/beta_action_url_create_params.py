# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .user_profile_enroll_end_user_action_param import (
    UserProfileEnrollEndUserActionParam,
)


class BetaActionURLCreateParams(TypedDict):
    """
    Body that asks for an action link for a user profile.
    """

    action: UserProfileEnrollEndUserActionParam
    """
    The action the person who opens the link takes.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
