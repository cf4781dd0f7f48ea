# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
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
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    vault_id: str
    """
    ID of the vault.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
