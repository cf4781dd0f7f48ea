# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .aws_external_key_config import AWSExternalKeyConfig
    from .azure_external_key_config import AzureExternalKeyConfig
    from .gcp_external_key_config import GCPExternalKeyConfig
    from .unknown_external_key_provider_config import UnknownExternalKeyProviderConfig


if TYPE_CHECKING:
    ExternalKeyProviderConfig = TypeAliasType(
        "ExternalKeyProviderConfig",
        Annotated[
            Union[
                Annotated[
                    Union[
                        AWSExternalKeyConfig,
                        GCPExternalKeyConfig,
                        AzureExternalKeyConfig,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownExternalKeyProviderConfig,
                    AfterValidator(unknown_tag("type", ["aws", "azure", "gcp"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ExternalKeyProviderConfig = lazy_union(
        "ExternalKeyProviderConfig",
        "type",
        {
            "aws": ".aws_external_key_config:AWSExternalKeyConfig",
            "gcp": ".gcp_external_key_config:GCPExternalKeyConfig",
            "azure": ".azure_external_key_config:AzureExternalKeyConfig",
        },
        ".unknown_external_key_provider_config:UnknownExternalKeyProviderConfig",
        __package__,
    )
