# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .cloud_config import CloudConfig
    from .self_hosted_config import SelfHostedConfig
    from .unknown_environment_config import UnknownEnvironmentConfig


if TYPE_CHECKING:
    EnvironmentConfig = TypeAliasType(
        "EnvironmentConfig",
        Annotated[
            Union[
                Annotated[
                    Union[
                        CloudConfig,
                        SelfHostedConfig,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownEnvironmentConfig,
                    AfterValidator(unknown_tag("type", ["cloud", "self_hosted"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    EnvironmentConfig = lazy_union(
        "EnvironmentConfig",
        "type",
        {
            "cloud": ".cloud_config:CloudConfig",
            "self_hosted": ".self_hosted_config:SelfHostedConfig",
        },
        ".unknown_environment_config:UnknownEnvironmentConfig",
        __package__,
    )
