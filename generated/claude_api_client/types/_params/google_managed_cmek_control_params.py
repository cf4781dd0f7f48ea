# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .google_managed_cmek_disabled_params import GoogleManagedCMEKDisabledParams
from .google_managed_cmek_enabled_params import GoogleManagedCMEKEnabledParams

GoogleManagedCMEKControlParams: TypeAlias = (
    GoogleManagedCMEKDisabledParams | GoogleManagedCMEKEnabledParams
)
"""
Turns the key control off or on, told apart by `type`.
"""
