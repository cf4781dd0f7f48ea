# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ServiceAccountOrganizationRole: TypeAlias = Literal["admin", "developer"]
else:

    class ServiceAccountOrganizationRole(OpenEnum):
        """Its role in the organization."""

        ADMIN = "admin"
        DEVELOPER = "developer"
