# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam


class BetaIncreaseRequestDenyParams(TypedDict):
    """
    Body that denies a request.
    """

    suppress_notification: NotRequired[bool]
    """
    Do not tell the requester.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
