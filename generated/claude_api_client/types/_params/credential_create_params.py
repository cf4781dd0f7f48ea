# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_credential_create_auth_param import (
    ManagedAgentsCredentialCreateAuthParam,
)


class CredentialCreateParams(TypedDict):
    """
    Body that adds a credential to a vault.
    """

    auth: ManagedAgentsCredentialCreateAuthParam
    """
    How the credential authenticates.
    """
    display_name: NotRequired[str | None]
    """
    Name for people to read.
    """
    metadata: NotRequired[Mapping[str, str]]
    """
    Your own key-value labels (up to 16 pairs).
    """
