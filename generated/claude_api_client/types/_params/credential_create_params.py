# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
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
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
