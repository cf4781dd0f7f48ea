# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AnalyticsActorType: TypeAlias = Literal[
        "api_actor", "federated_actor", "service_account_actor", "user_actor"
    ]
else:

    class AnalyticsActorType(OpenEnum):
        """Kinds of actor a report can filter or group by."""

        API_ACTOR = "api_actor"
        FEDERATED_ACTOR = "federated_actor"
        SERVICE_ACCOUNT_ACTOR = "service_account_actor"
        USER_ACTOR = "user_actor"
