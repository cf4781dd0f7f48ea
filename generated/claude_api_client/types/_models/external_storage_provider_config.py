# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .aws_external_storage_config import AWSExternalStorageConfig
    from .gcp_external_storage_config import GCPExternalStorageConfig
    from .unknown_external_storage_provider_config import (
        UnknownExternalStorageProviderConfig,
    )


if TYPE_CHECKING:
    ExternalStorageProviderConfig = TypeAliasType(
        "ExternalStorageProviderConfig",
        Annotated[
            Union[
                Annotated[
                    Union[
                        AWSExternalStorageConfig,
                        GCPExternalStorageConfig,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownExternalStorageProviderConfig,
                    AfterValidator(unknown_tag("type", ["aws", "gcp"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ExternalStorageProviderConfig = lazy_union(
        "ExternalStorageProviderConfig",
        "type",
        {
            "aws": ".aws_external_storage_config:AWSExternalStorageConfig",
            "gcp": ".gcp_external_storage_config:GCPExternalStorageConfig",
        },
        ".unknown_external_storage_provider_config:UnknownExternalStorageProviderConfig",
        __package__,
    )
