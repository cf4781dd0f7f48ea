# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .._core._casts import value_cast
from .._core._resource import AsyncResource, SyncResource
from .._core._response_modes import (
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.deleted_organization_webhook_endpoint import (
        DeletedOrganizationWebhookEndpoint,
    )
    from ..types._models.new_organization_webhook_endpoint import NewOrganizationWebhookEndpoint
    from ..types._models.organization_webhook_endpoint import OrganizationWebhookEndpoint
    from ..types._models.organization_webhook_endpoint_signing_secret import (
        OrganizationWebhookEndpointSigningSecret,
    )

__all__ = ["BetaWebhooks", "AsyncBetaWebhooks"]

from ._ops_organization_webhooks import (
    _load_deleted_organization_webhook_endpoint,
    _load_new_organization_webhook_endpoint,
    _load_organization_webhook_endpoint,
    _load_organization_webhook_endpoint_page,
    _load_organization_webhook_endpoint_signing_secret,
    _organization_webhooks_create_options,
    _organization_webhooks_delete_options,
    _organization_webhooks_list_options,
    _organization_webhooks_regenerate_signing_secret_options,
    _organization_webhooks_retrieve_options,
    _organization_webhooks_update_options,
)


class BetaWebhooks(SyncResource):
    """`client.beta.organization.webhooks`: the beta.organization.webhooks operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaWebhooksWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaWebhooksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWebhooksWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaWebhooksWithStreamingResponse(self)

    def create(
        self,
        *,
        enabled_events: Sequence[
            Literal[
                "external_key.failed",
                "external_key.recovered",
                "external_storage.failed",
                "external_storage.recovered",
                "user_profile.enforcement_action_opened",
                "user_profile.enforcement_action_resolved",
                "user_profile.program_status_updated",
            ]
        ],
        url: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> NewOrganizationWebhookEndpoint:
        """Create a webhook endpoint; the answer shows its signing secret once.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            description: Free-text description.
            enabled_events: Event types delivered to the endpoint.
            url: URL deliveries are sent to.
            name: Its name.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            NewOrganizationWebhookEndpoint: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_webhooks_create_options(
            workspace_id=workspace_id,
            description=description,
            enabled_events=enabled_events,
            url=url,
            name=name,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_new_organization_webhook_endpoint))

    def delete(
        self,
        webhook_endpoint_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedOrganizationWebhookEndpoint:
        """Delete a webhook endpoint.

        Args:
            webhook_endpoint_id: ID of the webhook endpoint.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            DeletedOrganizationWebhookEndpoint: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_webhooks_delete_options(
            webhook_endpoint_id=webhook_endpoint_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_deleted_organization_webhook_endpoint)
        )

    def list(
        self,
        *,
        after_id: str | NotGiven = NOT_GIVEN,
        before_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[OrganizationWebhookEndpoint]:
        """List the organization's webhook endpoints.

        Args:
            after_id: Return the page that starts just after this ID.
            before_id: Return the page that ends just before this ID.
            limit: Items per page.
            order: Sort direction.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[OrganizationWebhookEndpoint]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_webhooks_list_options(
            after_id=after_id,
            before_id=before_id,
            limit=limit,
            order=order,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_organization_webhook_endpoint_page)
        )

    def regenerate_signing_secret(
        self,
        webhook_endpoint_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationWebhookEndpointSigningSecret:
        """Replace a webhook endpoint's signing secret; the answer shows the new one once.

        Args:
            webhook_endpoint_id: ID of the webhook endpoint.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            OrganizationWebhookEndpointSigningSecret: the parsed response; `.to_json()` gives
                back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_webhooks_regenerate_signing_secret_options(
            webhook_endpoint_id=webhook_endpoint_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_organization_webhook_endpoint_signing_secret)
        )

    def retrieve(
        self,
        webhook_endpoint_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationWebhookEndpoint:
        """Get a webhook endpoint.

        Args:
            webhook_endpoint_id: ID of the webhook endpoint.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            OrganizationWebhookEndpoint: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_webhooks_retrieve_options(
            webhook_endpoint_id=webhook_endpoint_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_organization_webhook_endpoint))

    def update(
        self,
        webhook_endpoint_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        enabled_events: Sequence[
            Literal[
                "external_key.failed",
                "external_key.recovered",
                "external_storage.failed",
                "external_storage.recovered",
                "user_profile.enforcement_action_opened",
                "user_profile.enforcement_action_resolved",
                "user_profile.program_status_updated",
            ]
        ]
        | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        state: Literal["disabled", "enabled"] | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationWebhookEndpoint:
        """Change a webhook endpoint.

        Args:
            webhook_endpoint_id: ID of the webhook endpoint.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            description: Free-text description.
            enabled_events: Event types delivered to the endpoint.
            name: Its name.
            state: Current state.
            url: URL deliveries are sent to.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            OrganizationWebhookEndpoint: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_webhooks_update_options(
            webhook_endpoint_id=webhook_endpoint_id,
            workspace_id=workspace_id,
            description=description,
            enabled_events=enabled_events,
            name=name,
            state=state,
            url=url,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_organization_webhook_endpoint))


class BetaWebhooksWithRawResponse:
    """`BetaWebhooks`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaWebhooks) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.regenerate_signing_secret = raw_response_wrapper(resource.regenerate_signing_secret)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaWebhooksWithStreamingResponse:
    """`BetaWebhooks`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaWebhooks) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.regenerate_signing_secret = streaming_response_wrapper(
            resource.regenerate_signing_secret
        )
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaWebhooks(AsyncResource):
    """`client.beta.organization.webhooks`: the beta.organization.webhooks operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaWebhooksWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaWebhooksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWebhooksWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaWebhooksWithStreamingResponse(self)

    async def create(
        self,
        *,
        enabled_events: Sequence[
            Literal[
                "external_key.failed",
                "external_key.recovered",
                "external_storage.failed",
                "external_storage.recovered",
                "user_profile.enforcement_action_opened",
                "user_profile.enforcement_action_resolved",
                "user_profile.program_status_updated",
            ]
        ],
        url: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> NewOrganizationWebhookEndpoint:
        """Create a webhook endpoint; the answer shows its signing secret once.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            description: Free-text description.
            enabled_events: Event types delivered to the endpoint.
            url: URL deliveries are sent to.
            name: Its name.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            NewOrganizationWebhookEndpoint: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_webhooks_create_options(
            workspace_id=workspace_id,
            description=description,
            enabled_events=enabled_events,
            url=url,
            name=name,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_new_organization_webhook_endpoint)
        )

    async def delete(
        self,
        webhook_endpoint_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedOrganizationWebhookEndpoint:
        """Delete a webhook endpoint.

        Args:
            webhook_endpoint_id: ID of the webhook endpoint.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            DeletedOrganizationWebhookEndpoint: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_webhooks_delete_options(
            webhook_endpoint_id=webhook_endpoint_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_deleted_organization_webhook_endpoint)
        )

    def list(
        self,
        *,
        after_id: str | NotGiven = NOT_GIVEN,
        before_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[OrganizationWebhookEndpoint]:
        """List the organization's webhook endpoints.

        Args:
            after_id: Return the page that starts just after this ID.
            before_id: Return the page that ends just before this ID.
            limit: Items per page.
            order: Sort direction.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[OrganizationWebhookEndpoint]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_webhooks_list_options(
            after_id=after_id,
            before_id=before_id,
            limit=limit,
            order=order,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_organization_webhook_endpoint_page)
        )

    async def regenerate_signing_secret(
        self,
        webhook_endpoint_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationWebhookEndpointSigningSecret:
        """Replace a webhook endpoint's signing secret; the answer shows the new one once.

        Args:
            webhook_endpoint_id: ID of the webhook endpoint.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            OrganizationWebhookEndpointSigningSecret: the parsed response; `.to_json()` gives
                back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_webhooks_regenerate_signing_secret_options(
            webhook_endpoint_id=webhook_endpoint_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_organization_webhook_endpoint_signing_secret)
        )

    async def retrieve(
        self,
        webhook_endpoint_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationWebhookEndpoint:
        """Get a webhook endpoint.

        Args:
            webhook_endpoint_id: ID of the webhook endpoint.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            OrganizationWebhookEndpoint: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_webhooks_retrieve_options(
            webhook_endpoint_id=webhook_endpoint_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_organization_webhook_endpoint))

    async def update(
        self,
        webhook_endpoint_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        enabled_events: Sequence[
            Literal[
                "external_key.failed",
                "external_key.recovered",
                "external_storage.failed",
                "external_storage.recovered",
                "user_profile.enforcement_action_opened",
                "user_profile.enforcement_action_resolved",
                "user_profile.program_status_updated",
            ]
        ]
        | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        state: Literal["disabled", "enabled"] | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationWebhookEndpoint:
        """Change a webhook endpoint.

        Args:
            webhook_endpoint_id: ID of the webhook endpoint.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            description: Free-text description.
            enabled_events: Event types delivered to the endpoint.
            name: Its name.
            state: Current state.
            url: URL deliveries are sent to.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            OrganizationWebhookEndpoint: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_webhooks_update_options(
            webhook_endpoint_id=webhook_endpoint_id,
            workspace_id=workspace_id,
            description=description,
            enabled_events=enabled_events,
            name=name,
            state=state,
            url=url,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_organization_webhook_endpoint))


class AsyncBetaWebhooksWithRawResponse:
    """`AsyncBetaWebhooks`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaWebhooks) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.regenerate_signing_secret = async_raw_response_wrapper(
            resource.regenerate_signing_secret
        )
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaWebhooksWithStreamingResponse:
    """`AsyncBetaWebhooks`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaWebhooks) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.regenerate_signing_secret = async_streaming_response_wrapper(
            resource.regenerate_signing_secret
        )
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
