# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .active_external_storage_status import ActiveExternalStorageStatus
    from .available_external_storage_status import AvailableExternalStorageStatus
    from .draining_external_storage_status import DrainingExternalStorageStatus
    from .pending_configuration_external_storage_status import (
        PendingConfigurationExternalStorageStatus,
    )
    from .unknown_external_storage_status import UnknownExternalStorageStatus


if TYPE_CHECKING:
    ExternalStorageStatus = TypeAliasType(
        "ExternalStorageStatus",
        Annotated[
            Union[
                Annotated[
                    Union[
                        PendingConfigurationExternalStorageStatus,
                        AvailableExternalStorageStatus,
                        ActiveExternalStorageStatus,
                        DrainingExternalStorageStatus,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownExternalStorageStatus,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "active",
                                "available",
                                "draining",
                                "pending_configuration",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ExternalStorageStatus = lazy_union(
        "ExternalStorageStatus",
        "type",
        {
            "pending_configuration": ".pending_configuration_external_storage_status:PendingConfigurationExternalStorageStatus",
            "available": ".available_external_storage_status:AvailableExternalStorageStatus",
            "active": ".active_external_storage_status:ActiveExternalStorageStatus",
            "draining": ".draining_external_storage_status:DrainingExternalStorageStatus",
        },
        ".unknown_external_storage_status:UnknownExternalStorageStatus",
        __package__,
    )
