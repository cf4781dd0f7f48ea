# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

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
