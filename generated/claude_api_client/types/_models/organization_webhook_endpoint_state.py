# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    OrganizationWebhookEndpointState: TypeAlias = Literal["disabled", "enabled"]
else:

    class OrganizationWebhookEndpointState(OpenEnum):
        """Whether a webhook endpoint receives deliveries."""

        DISABLED = "disabled"
        ENABLED = "enabled"
