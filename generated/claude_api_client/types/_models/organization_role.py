# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    OrganizationRole: TypeAlias = Literal[
        "admin",
        "billing",
        "claude_code_user",
        "developer",
        "managed",
        "membership_admin",
        "owner",
        "primary_owner",
        "user",
    ]
else:

    class OrganizationRole(OpenEnum):
        """A member's role in the organization; which roles exist depends on the kind of organization (Console and API, or Claude Enterprise)."""

        ADMIN = "admin"
        BILLING = "billing"
        CLAUDE_CODE_USER = "claude_code_user"
        DEVELOPER = "developer"
        MANAGED = "managed"
        MEMBERSHIP_ADMIN = "membership_admin"
        OWNER = "owner"
        PRIMARY_OWNER = "primary_owner"
        USER = "user"
