# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .google_managed_project_storage_region_active import (
        GoogleManagedProjectStorageRegionActive,
    )
    from .google_managed_project_storage_region_failed import (
        GoogleManagedProjectStorageRegionFailed,
    )
    from .google_managed_project_storage_region_not_configured import (
        GoogleManagedProjectStorageRegionNotConfigured,
    )
    from .google_managed_project_storage_region_pending import (
        GoogleManagedProjectStorageRegionPending,
    )
    from .google_managed_project_storage_region_suspended import (
        GoogleManagedProjectStorageRegionSuspended,
    )
    from .unknown_google_managed_project_storage_region_status import (
        UnknownGoogleManagedProjectStorageRegionStatus,
    )


if TYPE_CHECKING:
    GoogleManagedProjectStorageRegionStatus = TypeAliasType(
        "GoogleManagedProjectStorageRegionStatus",
        Annotated[
            Union[
                Annotated[
                    Union[
                        GoogleManagedProjectStorageRegionNotConfigured,
                        GoogleManagedProjectStorageRegionPending,
                        GoogleManagedProjectStorageRegionActive,
                        GoogleManagedProjectStorageRegionFailed,
                        GoogleManagedProjectStorageRegionSuspended,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownGoogleManagedProjectStorageRegionStatus,
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
    GoogleManagedProjectStorageRegionStatus = lazy_union(
        "GoogleManagedProjectStorageRegionStatus",
        "type",
        {
            "not_configured": ".google_managed_project_storage_region_not_configured:GoogleManagedProjectStorageRegionNotConfigured",
            "pending": ".google_managed_project_storage_region_pending:GoogleManagedProjectStorageRegionPending",
            "active": ".google_managed_project_storage_region_active:GoogleManagedProjectStorageRegionActive",
            "failed": ".google_managed_project_storage_region_failed:GoogleManagedProjectStorageRegionFailed",
            "suspended": ".google_managed_project_storage_region_suspended:GoogleManagedProjectStorageRegionSuspended",
        },
        ".unknown_google_managed_project_storage_region_status:UnknownGoogleManagedProjectStorageRegionStatus",
        __package__,
    )
