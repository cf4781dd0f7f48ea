# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired


class WebhookCreateParams(TypedDict):
    """
    Body that creates a webhook endpoint.
    """

    description: NotRequired[str]
    """
    Free-text description.
    """
    enabled_events: Sequence[
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
    """
    Event types delivered to the endpoint.
    """
    url: str
    """
    URL deliveries are sent to.
    """
    name: NotRequired[str]
    """
    Its name.
    """
