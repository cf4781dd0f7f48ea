# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam


class SelfHostedWorkStopRequestParam(TypedDict):
    """
    Request body that asks a work item to stop.
    """

    force: NotRequired[bool]
    """
    Stop at once instead of asking the worker to wind down.
    """
    authorization: NotRequired[str]
    """
    `Bearer <key>`: the environment's key, for workers that act on its queue.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    environment_id: str
    """
    ID of the environment.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
