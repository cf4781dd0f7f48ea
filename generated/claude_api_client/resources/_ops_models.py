# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.model_info import ModelInfo
    from ..types._models.model_info_page import ModelInfoPage


def _load_model_info() -> type[ModelInfo]:
    from ..types._models.model_info import ModelInfo

    return ModelInfo


def _load_model_info_page() -> type[ModelInfoPage]:
    from ..types._models.model_info_page import ModelInfoPage

    return ModelInfoPage


def _models_list_options(
    *,
    before_id: object = NOT_GIVEN,
    after_id: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    lifecycle: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("before_id", before_id, (str,))
    check_type("after_id", after_id, (str,))
    check_type("limit", limit, (int,))
    check_type("lifecycle", lifecycle, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.models.list",
        span_route="/v1/models",
        path="/v1/models",
        params=strip_not_given(
            {
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "lifecycle[]": lifecycle,
            }
        ),
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _models_retrieve_options(
    *,
    model_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("model_id", model_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.models.retrieve",
        span_route="/v1/models/{model_id}",
        span_attributes={
            "anthropic.model.id": model_id,
        },
        path=f"/v1/models/{path_segment(model_id, 'model_id')}",
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )
