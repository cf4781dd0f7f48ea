# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .analytics_federated_actor_aws_provider import AnalyticsFederatedActorAWSProvider
    from .analytics_federated_actor_azure_provider import (
        AnalyticsFederatedActorAzureProvider,
    )
    from .analytics_federated_actor_gcp_provider import AnalyticsFederatedActorGCPProvider
    from .analytics_federated_actor_oidc_provider import AnalyticsFederatedActorOIDCProvider
    from .unknown_analytics_federated_actor_provider import (
        UnknownAnalyticsFederatedActorProvider,
    )


if TYPE_CHECKING:
    AnalyticsFederatedActorProvider = TypeAliasType(
        "AnalyticsFederatedActorProvider",
        Annotated[
            Union[
                Annotated[
                    Union[
                        AnalyticsFederatedActorAWSProvider,
                        AnalyticsFederatedActorAzureProvider,
                        AnalyticsFederatedActorGCPProvider,
                        AnalyticsFederatedActorOIDCProvider,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownAnalyticsFederatedActorProvider,
                    AfterValidator(unknown_tag("type", ["aws", "azure", "gcp", "oidc"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    AnalyticsFederatedActorProvider = lazy_union(
        "AnalyticsFederatedActorProvider",
        "type",
        {
            "aws": ".analytics_federated_actor_aws_provider:AnalyticsFederatedActorAWSProvider",
            "azure": ".analytics_federated_actor_azure_provider:AnalyticsFederatedActorAzureProvider",
            "gcp": ".analytics_federated_actor_gcp_provider:AnalyticsFederatedActorGCPProvider",
            "oidc": ".analytics_federated_actor_oidc_provider:AnalyticsFederatedActorOIDCProvider",
        },
        ".unknown_analytics_federated_actor_provider:UnknownAnalyticsFederatedActorProvider",
        __package__,
    )
