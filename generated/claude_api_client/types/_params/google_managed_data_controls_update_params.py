# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .google_managed_cmek_control_params import GoogleManagedCMEKControlParams
from .google_managed_storage_control_params import GoogleManagedStorageControlParams


class GoogleManagedDataControlsUpdateParams(TypedDict):
    """
    The controls to change; a control or region left out keeps its setting. Send `cmek`, `storage` or both.
    """

    cmek: NotRequired[GoogleManagedCMEKControlParams]
    """
    The new state of the key control; left out, it stays as it is.
    """
    storage: NotRequired[GoogleManagedStorageControlParams]
    """
    The new state of the storage control; left out, it stays as it is.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
