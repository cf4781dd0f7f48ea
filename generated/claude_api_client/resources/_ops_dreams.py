# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.dream import Dream
    from ..types._models.dream_page import DreamPage


def _load_dream() -> type[Dream]:
    from ..types._models.dream import Dream

    return Dream


def _load_dream_page() -> type[DreamPage]:
    from ..types._models.dream_page import DreamPage

    return DreamPage


def _dreams_archive_options(
    *,
    dream_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("dream_id", dream_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.dreams.archive",
        span_route="/v1/dreams/{dream_id}/archive",
        span_attributes={
            "anthropic.dream.id": dream_id,
        },
        path=f"/v1/dreams/{path_segment(dream_id, 'dream_id')}/archive",
        headers=operation_headers(
            ["dreaming-2026-04-21"],
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


def _dreams_cancel_options(
    *,
    dream_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("dream_id", dream_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.dreams.cancel",
        span_route="/v1/dreams/{dream_id}/cancel",
        span_attributes={
            "anthropic.dream.id": dream_id,
        },
        path=f"/v1/dreams/{path_segment(dream_id, 'dream_id')}/cancel",
        headers=operation_headers(
            ["dreaming-2026-04-21"],
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


def _dreams_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    inputs: object,
    model: object,
    instructions: object = NOT_GIVEN,
    output_behavior: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("model", model)
    check_type("workspace_id", workspace_id, (str,))
    check_type("inputs", inputs, (list, tuple))
    check_type("instructions", instructions, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.dreams.create",
        span_route="/v1/dreams",
        span_created_id=["anthropic.dream.id", "id"],
        path="/v1/dreams",
        json_body=strip_not_given(
            {
                "inputs": inputs,
                "model": model,
                "instructions": instructions,
                "output_behavior": output_behavior,
            }
        ),
        headers=operation_headers(
            ["dreaming-2026-04-21"],
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


def _dreams_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    include_archived: object = NOT_GIVEN,
    statuses: object = NOT_GIVEN,
    created_at_gt: object = NOT_GIVEN,
    created_at_lt: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("include_archived", include_archived, (bool,))
    check_type("statuses", statuses, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.dreams.list",
        span_route="/v1/dreams",
        path="/v1/dreams",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "include_archived": include_archived,
                "statuses[]": statuses,
                "created_at[gt]": created_at_gt,
                "created_at[lt]": created_at_lt,
            }
        ),
        headers=operation_headers(
            ["dreaming-2026-04-21"],
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


def _dreams_retrieve_options(
    *,
    dream_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("dream_id", dream_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.dreams.retrieve",
        span_route="/v1/dreams/{dream_id}",
        span_attributes={
            "anthropic.dream.id": dream_id,
        },
        path=f"/v1/dreams/{path_segment(dream_id, 'dream_id')}",
        headers=operation_headers(
            ["dreaming-2026-04-21"],
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
