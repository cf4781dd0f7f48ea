# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.user_profiles.providers.google`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ....._models.google_managed_bucket_reference import (
        GoogleManagedBucketReference as BetaGoogleManagedBucketReference,
    )
    from ....._models.google_managed_cmek_control import (
        GoogleManagedCMEKControl as BetaGoogleManagedCMEKControl,
    )
    from ....._models.google_managed_cmek_disabled import (
        GoogleManagedCMEKDisabled as BetaGoogleManagedCMEKDisabled,
    )
    from ....._models.google_managed_cmek_enabled import (
        GoogleManagedCMEKEnabled as BetaGoogleManagedCMEKEnabled,
    )
    from ....._models.google_managed_cmek_region_active import (
        GoogleManagedCMEKRegionActive as BetaGoogleManagedCMEKRegionActive,
    )
    from ....._models.google_managed_cmek_region_failed import (
        GoogleManagedCMEKRegionFailed as BetaGoogleManagedCMEKRegionFailed,
    )
    from ....._models.google_managed_cmek_region_not_configured import (
        GoogleManagedCMEKRegionNotConfigured as BetaGoogleManagedCMEKRegionNotConfigured,
    )
    from ....._models.google_managed_cmek_region_pending import (
        GoogleManagedCMEKRegionPending as BetaGoogleManagedCMEKRegionPending,
    )
    from ....._models.google_managed_cmek_region_status import (
        GoogleManagedCMEKRegionStatus as BetaGoogleManagedCMEKRegionStatus,
    )
    from ....._models.google_managed_cmek_region_suspended import (
        GoogleManagedCMEKRegionSuspended as BetaGoogleManagedCMEKRegionSuspended,
    )
    from ....._models.google_managed_data_controls import (
        GoogleManagedDataControls as BetaGoogleManagedDataControls,
    )
    from ....._models.google_managed_retired_bucket import (
        GoogleManagedRetiredBucket as BetaGoogleManagedRetiredBucket,
    )
    from ....._models.google_managed_retired_key import (
        GoogleManagedRetiredKey as BetaGoogleManagedRetiredKey,
    )
    from ....._models.google_managed_storage_bucket import (
        GoogleManagedStorageBucket as BetaGoogleManagedStorageBucket,
    )
    from ....._models.google_managed_storage_control import (
        GoogleManagedStorageControl as BetaGoogleManagedStorageControl,
    )
    from ....._models.google_managed_storage_disabled import (
        GoogleManagedStorageDisabled as BetaGoogleManagedStorageDisabled,
    )
    from ....._models.google_managed_storage_enabled import (
        GoogleManagedStorageEnabled as BetaGoogleManagedStorageEnabled,
    )
    from ....._models.google_managed_storage_failed_check import (
        GoogleManagedStorageFailedCheck as BetaGoogleManagedStorageFailedCheck,
    )
    from ....._models.google_managed_storage_region_active import (
        GoogleManagedStorageRegionActive as BetaGoogleManagedStorageRegionActive,
    )
    from ....._models.google_managed_storage_region_failed import (
        GoogleManagedStorageRegionFailed as BetaGoogleManagedStorageRegionFailed,
    )
    from ....._models.google_managed_storage_region_not_configured import (
        GoogleManagedStorageRegionNotConfigured as BetaGoogleManagedStorageRegionNotConfigured,
    )
    from ....._models.google_managed_storage_region_pending import (
        GoogleManagedStorageRegionPending as BetaGoogleManagedStorageRegionPending,
    )
    from ....._models.google_managed_storage_region_status import (
        GoogleManagedStorageRegionStatus as BetaGoogleManagedStorageRegionStatus,
    )
    from ....._models.google_managed_storage_region_suspended import (
        GoogleManagedStorageRegionSuspended as BetaGoogleManagedStorageRegionSuspended,
    )
    from ....._params.data_control_update_params import (
        DataControlUpdateParams as DataControlUpdateParams,
    )
    from ....._params.google_managed_bucket_reference_param import (
        GoogleManagedBucketReferenceParam as BetaGoogleManagedBucketReferenceParam,
    )
    from ....._params.google_managed_cmek_control_params import (
        GoogleManagedCMEKControlParams as BetaGoogleManagedCMEKControlParams,
    )
    from ....._params.google_managed_cmek_disabled_params import (
        GoogleManagedCMEKDisabledParams as BetaGoogleManagedCMEKDisabledParams,
    )
    from ....._params.google_managed_cmek_enabled_params import (
        GoogleManagedCMEKEnabledParams as BetaGoogleManagedCMEKEnabledParams,
    )
    from ....._params.google_managed_storage_control_params import (
        GoogleManagedStorageControlParams as BetaGoogleManagedStorageControlParams,
    )
    from ....._params.google_managed_storage_disabled_params import (
        GoogleManagedStorageDisabledParams as BetaGoogleManagedStorageDisabledParams,
    )
    from ....._params.google_managed_storage_enabled_params import (
        GoogleManagedStorageEnabledParams as BetaGoogleManagedStorageEnabledParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaGoogleManagedBucketReference": (
        "_models.google_managed_bucket_reference",
        "GoogleManagedBucketReference",
    ),
    "BetaGoogleManagedBucketReferenceParam": (
        "_params.google_managed_bucket_reference_param",
        "GoogleManagedBucketReferenceParam",
    ),
    "BetaGoogleManagedCMEKControl": (
        "_models.google_managed_cmek_control",
        "GoogleManagedCMEKControl",
    ),
    "BetaGoogleManagedCMEKControlParams": (
        "_params.google_managed_cmek_control_params",
        "GoogleManagedCMEKControlParams",
    ),
    "BetaGoogleManagedCMEKDisabled": (
        "_models.google_managed_cmek_disabled",
        "GoogleManagedCMEKDisabled",
    ),
    "BetaGoogleManagedCMEKDisabledParams": (
        "_params.google_managed_cmek_disabled_params",
        "GoogleManagedCMEKDisabledParams",
    ),
    "BetaGoogleManagedCMEKEnabled": (
        "_models.google_managed_cmek_enabled",
        "GoogleManagedCMEKEnabled",
    ),
    "BetaGoogleManagedCMEKEnabledParams": (
        "_params.google_managed_cmek_enabled_params",
        "GoogleManagedCMEKEnabledParams",
    ),
    "BetaGoogleManagedCMEKRegionActive": (
        "_models.google_managed_cmek_region_active",
        "GoogleManagedCMEKRegionActive",
    ),
    "BetaGoogleManagedCMEKRegionFailed": (
        "_models.google_managed_cmek_region_failed",
        "GoogleManagedCMEKRegionFailed",
    ),
    "BetaGoogleManagedCMEKRegionNotConfigured": (
        "_models.google_managed_cmek_region_not_configured",
        "GoogleManagedCMEKRegionNotConfigured",
    ),
    "BetaGoogleManagedCMEKRegionPending": (
        "_models.google_managed_cmek_region_pending",
        "GoogleManagedCMEKRegionPending",
    ),
    "BetaGoogleManagedCMEKRegionStatus": (
        "_models.google_managed_cmek_region_status",
        "GoogleManagedCMEKRegionStatus",
    ),
    "BetaGoogleManagedCMEKRegionSuspended": (
        "_models.google_managed_cmek_region_suspended",
        "GoogleManagedCMEKRegionSuspended",
    ),
    "BetaGoogleManagedDataControls": (
        "_models.google_managed_data_controls",
        "GoogleManagedDataControls",
    ),
    "BetaGoogleManagedRetiredBucket": (
        "_models.google_managed_retired_bucket",
        "GoogleManagedRetiredBucket",
    ),
    "BetaGoogleManagedRetiredKey": (
        "_models.google_managed_retired_key",
        "GoogleManagedRetiredKey",
    ),
    "BetaGoogleManagedStorageBucket": (
        "_models.google_managed_storage_bucket",
        "GoogleManagedStorageBucket",
    ),
    "BetaGoogleManagedStorageControl": (
        "_models.google_managed_storage_control",
        "GoogleManagedStorageControl",
    ),
    "BetaGoogleManagedStorageControlParams": (
        "_params.google_managed_storage_control_params",
        "GoogleManagedStorageControlParams",
    ),
    "BetaGoogleManagedStorageDisabled": (
        "_models.google_managed_storage_disabled",
        "GoogleManagedStorageDisabled",
    ),
    "BetaGoogleManagedStorageDisabledParams": (
        "_params.google_managed_storage_disabled_params",
        "GoogleManagedStorageDisabledParams",
    ),
    "BetaGoogleManagedStorageEnabled": (
        "_models.google_managed_storage_enabled",
        "GoogleManagedStorageEnabled",
    ),
    "BetaGoogleManagedStorageEnabledParams": (
        "_params.google_managed_storage_enabled_params",
        "GoogleManagedStorageEnabledParams",
    ),
    "BetaGoogleManagedStorageFailedCheck": (
        "_models.google_managed_storage_failed_check",
        "GoogleManagedStorageFailedCheck",
    ),
    "BetaGoogleManagedStorageRegionActive": (
        "_models.google_managed_storage_region_active",
        "GoogleManagedStorageRegionActive",
    ),
    "BetaGoogleManagedStorageRegionFailed": (
        "_models.google_managed_storage_region_failed",
        "GoogleManagedStorageRegionFailed",
    ),
    "BetaGoogleManagedStorageRegionNotConfigured": (
        "_models.google_managed_storage_region_not_configured",
        "GoogleManagedStorageRegionNotConfigured",
    ),
    "BetaGoogleManagedStorageRegionPending": (
        "_models.google_managed_storage_region_pending",
        "GoogleManagedStorageRegionPending",
    ),
    "BetaGoogleManagedStorageRegionStatus": (
        "_models.google_managed_storage_region_status",
        "GoogleManagedStorageRegionStatus",
    ),
    "BetaGoogleManagedStorageRegionSuspended": (
        "_models.google_managed_storage_region_suspended",
        "GoogleManagedStorageRegionSuspended",
    ),
    "DataControlUpdateParams": ("_params.data_control_update_params", "DataControlUpdateParams"),
}

__all__ = [
    "BetaGoogleManagedBucketReference",
    "BetaGoogleManagedBucketReferenceParam",
    "BetaGoogleManagedCMEKControl",
    "BetaGoogleManagedCMEKControlParams",
    "BetaGoogleManagedCMEKDisabled",
    "BetaGoogleManagedCMEKDisabledParams",
    "BetaGoogleManagedCMEKEnabled",
    "BetaGoogleManagedCMEKEnabledParams",
    "BetaGoogleManagedCMEKRegionActive",
    "BetaGoogleManagedCMEKRegionFailed",
    "BetaGoogleManagedCMEKRegionNotConfigured",
    "BetaGoogleManagedCMEKRegionPending",
    "BetaGoogleManagedCMEKRegionStatus",
    "BetaGoogleManagedCMEKRegionSuspended",
    "BetaGoogleManagedDataControls",
    "BetaGoogleManagedRetiredBucket",
    "BetaGoogleManagedRetiredKey",
    "BetaGoogleManagedStorageBucket",
    "BetaGoogleManagedStorageControl",
    "BetaGoogleManagedStorageControlParams",
    "BetaGoogleManagedStorageDisabled",
    "BetaGoogleManagedStorageDisabledParams",
    "BetaGoogleManagedStorageEnabled",
    "BetaGoogleManagedStorageEnabledParams",
    "BetaGoogleManagedStorageFailedCheck",
    "BetaGoogleManagedStorageRegionActive",
    "BetaGoogleManagedStorageRegionFailed",
    "BetaGoogleManagedStorageRegionNotConfigured",
    "BetaGoogleManagedStorageRegionPending",
    "BetaGoogleManagedStorageRegionStatus",
    "BetaGoogleManagedStorageRegionSuspended",
    "DataControlUpdateParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
