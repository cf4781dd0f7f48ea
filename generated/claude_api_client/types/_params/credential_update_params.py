# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_credential_update_auth_param import (
    ManagedAgentsCredentialUpdateAuthParam,
)


class CredentialUpdateParams(TypedDict):
    """
    Body that changes a credential.
    """

    display_name: NotRequired[str | None]
    """
    New name; omit to keep it.
    """
    metadata: NotRequired[Mapping[str, str | None] | None]
    """
    Labels to merge in; a null value deletes that key.
    """
    auth: NotRequired[ManagedAgentsCredentialUpdateAuthParam]
    """
    Changes to the authentication; omit to keep it.
    """
