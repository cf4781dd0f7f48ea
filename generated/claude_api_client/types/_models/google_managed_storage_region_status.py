# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .google_managed_storage_region_active import GoogleManagedStorageRegionActive
    from .google_managed_storage_region_failed import GoogleManagedStorageRegionFailed
    from .google_managed_storage_region_not_configured import (
        GoogleManagedStorageRegionNotConfigured,
    )
    from .google_managed_storage_region_pending import GoogleManagedStorageRegionPending
    from .google_managed_storage_region_suspended import GoogleManagedStorageRegionSuspended
    from .unknown_google_managed_storage_region_status import (
        UnknownGoogleManagedStorageRegionStatus,
    )


if TYPE_CHECKING:
    GoogleManagedStorageRegionStatus = TypeAliasType(
        "GoogleManagedStorageRegionStatus",
        Annotated[
            Union[
                Annotated[
                    Union[
                        GoogleManagedStorageRegionNotConfigured,
                        GoogleManagedStorageRegionPending,
                        GoogleManagedStorageRegionActive,
                        GoogleManagedStorageRegionFailed,
                        GoogleManagedStorageRegionSuspended,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownGoogleManagedStorageRegionStatus,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "active",
                                "failed",
                                "not_configured",
                                "pending",
                                "suspended",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    GoogleManagedStorageRegionStatus = lazy_union(
        "GoogleManagedStorageRegionStatus",
        "type",
        {
            "not_configured": ".google_managed_storage_region_not_configured:GoogleManagedStorageRegionNotConfigured",
            "pending": ".google_managed_storage_region_pending:GoogleManagedStorageRegionPending",
            "active": ".google_managed_storage_region_active:GoogleManagedStorageRegionActive",
            "failed": ".google_managed_storage_region_failed:GoogleManagedStorageRegionFailed",
            "suspended": ".google_managed_storage_region_suspended:GoogleManagedStorageRegionSuspended",
        },
        ".unknown_google_managed_storage_region_status:UnknownGoogleManagedStorageRegionStatus",
        __package__,
    )
