# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam


class BetaAPIKeyUpdateParams(TypedDict):
    """
    Body that renames an API key or changes its status.
    """

    name: NotRequired[str | None]
    """
    New name.
    """
    status: NotRequired[Literal["active", "archived", "inactive"] | None]
    """
    New status; an archived key cannot be made active again.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
