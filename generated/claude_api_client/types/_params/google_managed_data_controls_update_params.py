# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

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
