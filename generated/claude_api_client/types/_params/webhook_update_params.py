# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam


class WebhookUpdateParams(TypedDict):
    """
    Body that changes a webhook endpoint; fields left out stay as they are.
    """

    description: NotRequired[str]
    """
    Free-text description.
    """
    enabled_events: NotRequired[
        Sequence[
            Literal[
                "external_key.failed",
                "external_key.recovered",
                "external_storage.failed",
                "external_storage.recovered",
                "user_profile.enforcement_action_opened",
                "user_profile.enforcement_action_resolved",
                "user_profile.program_status_updated",
            ]
        ]
    ]
    """
    Event types delivered to the endpoint.
    """
    name: NotRequired[str]
    """
    Its name.
    """
    state: NotRequired[Literal["disabled", "enabled"]]
    """
    Current state.
    """
    url: NotRequired[str]
    """
    URL deliveries are sent to.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
