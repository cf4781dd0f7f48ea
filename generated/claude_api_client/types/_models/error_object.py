# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .api_error_object import APIErrorObject
    from .authentication_error import AuthenticationError
    from .billing_error import BillingError
    from .gateway_timeout_error import GatewayTimeoutError
    from .invalid_request_error import InvalidRequestError
    from .not_found_error import NotFoundError
    from .overloaded_error import OverloadedError
    from .permission_error import PermissionError
    from .rate_limit_error import RateLimitError
    from .request_too_large_error import RequestTooLargeError
    from .unknown_error_object import UnknownErrorObject


if TYPE_CHECKING:
    ErrorObject = TypeAliasType(
        "ErrorObject",
        Annotated[
            Union[
                Annotated[
                    Union[
                        InvalidRequestError,
                        AuthenticationError,
                        BillingError,
                        PermissionError,
                        NotFoundError,
                        RequestTooLargeError,
                        RateLimitError,
                        GatewayTimeoutError,
                        APIErrorObject,
                        OverloadedError,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownErrorObject,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "api_error",
                                "authentication_error",
                                "billing_error",
                                "invalid_request_error",
                                "not_found_error",
                                "overloaded_error",
                                "permission_error",
                                "rate_limit_error",
                                "request_too_large",
                                "timeout_error",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ErrorObject = lazy_union(
        "ErrorObject",
        "type",
        {
            "invalid_request_error": ".invalid_request_error:InvalidRequestError",
            "authentication_error": ".authentication_error:AuthenticationError",
            "billing_error": ".billing_error:BillingError",
            "permission_error": ".permission_error:PermissionError",
            "not_found_error": ".not_found_error:NotFoundError",
            "request_too_large": ".request_too_large_error:RequestTooLargeError",
            "rate_limit_error": ".rate_limit_error:RateLimitError",
            "timeout_error": ".gateway_timeout_error:GatewayTimeoutError",
            "api_error": ".api_error_object:APIErrorObject",
            "overloaded_error": ".overloaded_error:OverloadedError",
        },
        ".unknown_error_object:UnknownErrorObject",
        __package__,
    )
