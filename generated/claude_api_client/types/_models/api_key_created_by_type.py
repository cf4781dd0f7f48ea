# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    APIKeyCreatedByType: TypeAlias = Literal["service_account", "user"]
else:

    class APIKeyCreatedByType(OpenEnum):
        """What kind of actor it is."""

        SERVICE_ACCOUNT = "service_account"
        USER = "user"
