# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .external_storage_provider_config_param import ExternalStorageProviderConfigParam


class ExternalStorageCreateParams(TypedDict):
    """
    Body that registers a bucket of the organization's own cloud account.
    """

    provider_config: ExternalStorageProviderConfigParam
    """
    Where the storage lives and how the API reaches it.
    """
    display_name: NotRequired[str | None]
    """
    Human-readable name.
    """
    user_profile_id: NotRequired[str | None]
    """
    ID of the user profile it is bound to, or null.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
