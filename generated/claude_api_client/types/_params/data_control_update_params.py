# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .google_managed_project_cmek_control_param import (
    GoogleManagedProjectCMEKControlParam,
)
from .google_managed_project_storage_control_param import (
    GoogleManagedProjectStorageControlParam,
)


class DataControlUpdateParams(TypedDict):
    """
    Body that changes a Google Cloud project's data controls; a control left out stays as it is.
    """

    cmek: NotRequired[GoogleManagedProjectCMEKControlParam]
    """
    Customer-managed encryption keys of the project.
    """
    storage: NotRequired[GoogleManagedProjectStorageControlParam]
    """
    Where the project keeps its data.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
