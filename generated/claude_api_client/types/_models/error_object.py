# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

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
