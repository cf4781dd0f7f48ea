# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .google_managed_storage_disabled_params import GoogleManagedStorageDisabledParams
from .google_managed_storage_enabled_params import GoogleManagedStorageEnabledParams

GoogleManagedStorageControlParams: TypeAlias = (
    GoogleManagedStorageDisabledParams | GoogleManagedStorageEnabledParams
)
"""
Turns the storage control off or on, told apart by `type`.
"""
