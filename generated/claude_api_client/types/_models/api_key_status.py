# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    APIKeyStatus: TypeAlias = Literal["active", "archived", "expired", "inactive"]
else:

    class APIKeyStatus(OpenEnum):
        """Whether the key can be used."""

        ACTIVE = "active"
        ARCHIVED = "archived"
        EXPIRED = "expired"
        INACTIVE = "inactive"
