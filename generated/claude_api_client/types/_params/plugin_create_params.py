# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam


class PluginCreateParams(TypedDict):
    """
    Multipart form that uploads a new plugin from the files of its first version.
    """

    files: Sequence[bytes]
    """
    The plugin's files, with their paths as file names.
    """
    marketplace_id: NotRequired[str]
    """
    ID of the marketplace to add it to; the organization's own by default.
    """
    release_notes: NotRequired[str]
    """
    Notes for the first version.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
