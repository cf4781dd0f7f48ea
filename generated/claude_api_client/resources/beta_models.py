# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._casts import model_cast
from .._core._options import RequestOptions
from .._core._resource import AsyncResource, SyncResource
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager, AbstractContextManager

    import httpx

    from .._core._pagination import AsyncPage, AsyncPaginator, SyncPage
    from .._core._response import APIResponse, AsyncAPIResponse
    from ..types._models.model_info import ModelInfo
    from ..types._models.model_info_page import ModelInfoPage

__all__ = ["BetaModels", "AsyncBetaModels"]


def _load_model_info() -> type[ModelInfo]:
    from ..types._models.model_info import ModelInfo

    return ModelInfo


def _load_model_info_page() -> type[ModelInfoPage]:
    from ..types._models.model_info_page import ModelInfoPage

    return ModelInfoPage


def _models_list_options(
    before_id: object,
    after_id: object,
    limit: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("before_id", before_id, (str,))
    check_type("after_id", after_id, (str,))
    check_type("limit", limit, (int,))
    return RequestOptions(
        method="get",
        path="/v1/models",
        params=strip_not_given(
            {
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _models_retrieve_options(
    model_id: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("model_id", model_id, (str,))
    return RequestOptions(
        method="get",
        path=f"/v1/models/{path_segment(model_id)}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


class BetaModels(SyncResource):
    """`client.beta.models`: the beta.models operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaModelsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaModelsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> BetaModelsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaModelsWithStreamingResponse(self._client)

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ModelInfo]:
        """models_list."""
        from .._core._pagination import PageSpec

        options = _models_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_page(options, PageSpec(item=_load_model_info, style="cursor"))

    def retrieve(
        self,
        model_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ModelInfo:
        """models_retrieve."""
        options = _models_retrieve_options(
            model_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_model_info))


class BetaModelsWithRawResponse(SyncResource):
    """`client.beta.models`: the beta.models operations of the Claude API. Methods return the raw response, parsed on demand."""

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncPage[ModelInfo]]:
        """models_list."""
        from .._core._pagination import PageSpec

        options = _models_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(
            options,
            self._client.page_cast(options, PageSpec(item=_load_model_info, style="cursor")),
        )

    def retrieve(
        self,
        model_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ModelInfo]:
        """models_retrieve."""
        options = _models_retrieve_options(
            model_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_model_info))


class BetaModelsWithStreamingResponse(SyncResource):
    """`client.beta.models`: the beta.models operations of the Claude API. Methods return the response before its body is read."""

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[SyncPage[ModelInfo]]]:
        """models_list."""
        from .._core._pagination import PageSpec

        options = _models_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(
            options,
            self._client.page_cast(options, PageSpec(item=_load_model_info, style="cursor")),
        )

    def retrieve(
        self,
        model_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[ModelInfo]]:
        """models_retrieve."""
        options = _models_retrieve_options(
            model_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_model_info))


class AsyncBetaModels(AsyncResource):
    """`client.beta.models`: the beta.models operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaModelsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaModelsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaModelsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaModelsWithStreamingResponse(self._client)

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ModelInfo]:
        """models_list."""
        from .._core._pagination import PageSpec

        options = _models_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_page(options, PageSpec(item=_load_model_info, style="cursor"))

    async def retrieve(
        self,
        model_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ModelInfo:
        """models_retrieve."""
        options = _models_retrieve_options(
            model_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_model_info))


class AsyncBetaModelsWithRawResponse(AsyncResource):
    """`client.beta.models`: the beta.models operations of the Claude API. Methods return the raw response, parsed on demand."""

    async def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[ModelInfo]]:
        """models_list."""
        from .._core._pagination import PageSpec

        options = _models_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(
            options,
            self._client.page_cast(options, PageSpec(item=_load_model_info, style="cursor")),
        )

    async def retrieve(
        self,
        model_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[ModelInfo]:
        """models_retrieve."""
        options = _models_retrieve_options(
            model_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_model_info))


class AsyncBetaModelsWithStreamingResponse(AsyncResource):
    """`client.beta.models`: the beta.models operations of the Claude API. Methods return the response before its body is read."""

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[AsyncPage[ModelInfo]]]:
        """models_list."""
        from .._core._pagination import PageSpec

        options = _models_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(
            options,
            self._client.page_cast(options, PageSpec(item=_load_model_info, style="cursor")),
        )

    def retrieve(
        self,
        model_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[ModelInfo]]:
        """models_retrieve."""
        options = _models_retrieve_options(
            model_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_model_info))
