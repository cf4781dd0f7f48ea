# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .beta_batch_request_param import BetaBatchRequestParam


class BetaBatchCreateParams(TypedDict):
    """
    Body of a request that creates a Message Batch.
    """

    requests: Sequence[BetaBatchRequestParam]
    """
    The Messages requests to process, each with its own `custom_id`.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    user_profile_id: NotRequired[str]
    """
    User profile to attribute the request to, when acting for someone other than your organisation (needs a user-profiles beta).
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
