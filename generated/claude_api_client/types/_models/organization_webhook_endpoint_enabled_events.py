# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    OrganizationWebhookEndpointEnabledEvents: TypeAlias = Literal[
        "external_key.failed",
        "external_key.recovered",
        "external_storage.failed",
        "external_storage.recovered",
        "user_profile.enforcement_action_opened",
        "user_profile.enforcement_action_resolved",
        "user_profile.program_status_updated",
    ]
else:

    class OrganizationWebhookEndpointEnabledEvents(OpenEnum):
        EXTERNAL_KEY_FAILED = "external_key.failed"
        EXTERNAL_KEY_RECOVERED = "external_key.recovered"
        EXTERNAL_STORAGE_FAILED = "external_storage.failed"
        EXTERNAL_STORAGE_RECOVERED = "external_storage.recovered"
        USER_PROFILE_ENFORCEMENT_ACTION_OPENED = "user_profile.enforcement_action_opened"
        USER_PROFILE_ENFORCEMENT_ACTION_RESOLVED = "user_profile.enforcement_action_resolved"
        USER_PROFILE_PROGRAM_STATUS_UPDATED = "user_profile.program_status_updated"
