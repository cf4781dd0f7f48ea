# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_message_batch import DeletedMessageBatch
    from ..types._models.message_batch import MessageBatch
    from ..types._models.message_batch_individual_response import MessageBatchIndividualResponse
    from ..types._models.message_batch_page import MessageBatchPage


def _load_deleted_message_batch() -> type[DeletedMessageBatch]:
    from ..types._models.deleted_message_batch import DeletedMessageBatch

    return DeletedMessageBatch


def _load_message_batch() -> type[MessageBatch]:
    from ..types._models.message_batch import MessageBatch

    return MessageBatch


def _load_message_batch_individual_response() -> type[MessageBatchIndividualResponse]:
    from ..types._models.message_batch_individual_response import MessageBatchIndividualResponse

    return MessageBatchIndividualResponse


def _load_message_batch_page() -> type[MessageBatchPage]:
    from ..types._models.message_batch_page import MessageBatchPage

    return MessageBatchPage


def _messages_batches_cancel_options(
    *,
    message_batch_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("message_batch_id", message_batch_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.messages.batches.cancel",
        span_route="/v1/messages/batches/{message_batch_id}/cancel",
        span_attributes={
            "anthropic.message.batch.id": message_batch_id,
        },
        path=f"/v1/messages/batches/{path_segment(message_batch_id, 'message_batch_id')}/cancel",
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


def _messages_batches_create_options(
    *,
    user_profile_id: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    requests: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("user_profile_id", user_profile_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("requests", requests, (list, tuple))
    return RequestOptions(
        method="post",
        span_name="anthropic.messages.batches.create",
        span_route="/v1/messages/batches",
        span_created_id=["anthropic.message.batch.id", "id"],
        path="/v1/messages/batches",
        json_body=strip_not_given(
            {
                "requests": requests,
            }
        ),
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-user-profile-id": user_profile_id,
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
        max_body_bytes=268435456,
    )


def _messages_batches_delete_options(
    *,
    message_batch_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("message_batch_id", message_batch_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.messages.batches.delete",
        span_route="/v1/messages/batches/{message_batch_id}",
        span_attributes={
            "anthropic.message.batch.id": message_batch_id,
        },
        path=f"/v1/messages/batches/{path_segment(message_batch_id, 'message_batch_id')}",
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


def _messages_batches_list_options(
    *,
    before_id: object = NOT_GIVEN,
    after_id: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
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
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.messages.batches.list",
        span_route="/v1/messages/batches",
        path="/v1/messages/batches",
        params=strip_not_given(
            {
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
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


def _messages_batches_results_options(
    *,
    message_batch_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("message_batch_id", message_batch_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.messages.batches.results",
        span_route="/v1/messages/batches/{message_batch_id}/results",
        span_attributes={
            "anthropic.message.batch.id": message_batch_id,
        },
        path=f"/v1/messages/batches/{path_segment(message_batch_id, 'message_batch_id')}/results",
        headers=operation_headers(
            [],
            betas,
            {
                "accept": "application/x-jsonl, application/json;q=0.9, */*;q=0.8",
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _messages_batches_retrieve_options(
    *,
    message_batch_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("message_batch_id", message_batch_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.messages.batches.retrieve",
        span_route="/v1/messages/batches/{message_batch_id}",
        span_attributes={
            "anthropic.message.batch.id": message_batch_id,
        },
        path=f"/v1/messages/batches/{path_segment(message_batch_id, 'message_batch_id')}",
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
