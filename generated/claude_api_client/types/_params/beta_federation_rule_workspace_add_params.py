# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam


class BetaFederationRuleWorkspaceAddParams(TypedDict):
    """
    Body that lets a rule reach one more workspace.
    """

    workspace_id: str
    """
    ID of the workspace.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
