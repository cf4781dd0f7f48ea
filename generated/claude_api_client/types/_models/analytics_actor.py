# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .analytics_api_actor import AnalyticsAPIActor
    from .analytics_federated_actor import AnalyticsFederatedActor
    from .analytics_report_user_actor import AnalyticsReportUserActor
    from .analytics_service_account_actor import AnalyticsServiceAccountActor
    from .unknown_analytics_actor import UnknownAnalyticsActor


if TYPE_CHECKING:
    AnalyticsActor = TypeAliasType(
        "AnalyticsActor",
        Annotated[
            Union[
                Annotated[
                    Union[
                        AnalyticsReportUserActor,
                        AnalyticsServiceAccountActor,
                        AnalyticsFederatedActor,
                        AnalyticsAPIActor,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownAnalyticsActor,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "api_actor",
                                "federated_actor",
                                "service_account_actor",
                                "user_actor",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    AnalyticsActor = lazy_union(
        "AnalyticsActor",
        "type",
        {
            "user_actor": ".analytics_report_user_actor:AnalyticsReportUserActor",
            "service_account_actor": ".analytics_service_account_actor:AnalyticsServiceAccountActor",
            "federated_actor": ".analytics_federated_actor:AnalyticsFederatedActor",
            "api_actor": ".analytics_api_actor:AnalyticsAPIActor",
        },
        ".unknown_analytics_actor:UnknownAnalyticsActor",
        __package__,
    )
