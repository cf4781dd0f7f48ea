"""`client.beta.webhooks`: check that a webhook delivery came from Anthropic, then parse it.

Deliveries are signed with Standard Webhooks signatures (see `lib/_webhook_signatures.py`)::

    event = client.beta.webhooks.unwrap(request_body, headers=request_headers)
    if event.data.type == "session.status_idled":
        ...

The key comes from `key=`, else the client's `webhook_key`, else ANTHROPIC_WEBHOOK_SIGNING_KEY.
Nothing here touches the network, so the async client's methods are plain functions too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._webhook_errors import WebhookVerificationError
from ._webhook_signatures import DEFAULT_TOLERANCE_SECONDS, signed_headers, verify

if TYPE_CHECKING:
    from ..types import WebhookEvent

__all__ = [
    "AsyncWebhooks",
    "WebhookVerificationError",
    "Webhooks",
    "signed_headers",
]


def _parse(payload: str | bytes) -> WebhookEvent:
    from ..types import WebhookEvent

    # Validated like a response: an unknown event type becomes the Unknown… member, every
    # field is kept; str and bytes are both read as JSON text.
    return WebhookEvent.model_validate_json(payload)


class _WebhooksBase:
    def __init__(self, client: Any) -> None:
        self._client = client

    def _key(self, key: str | bytes | None) -> str | bytes:
        if key is None:
            key = getattr(self._client, "webhook_key", None)
        if key is None:
            # The official package raises ValueError here too.
            raise ValueError(
                "No webhook signing key: pass key=..., set the client's webhook_key, "
                "or set ANTHROPIC_WEBHOOK_SIGNING_KEY"
            )
        return key

    def parse_unverified(self, payload: str | bytes) -> WebhookEvent:
        """Parse a delivery without checking its signature; prefer `unwrap`."""
        return _parse(payload)

    def unwrap(
        self,
        payload: str | bytes,
        *,
        headers: Mapping[str, str],
        key: str | bytes | None = None,
        tolerance: int = DEFAULT_TOLERANCE_SECONDS,
    ) -> WebhookEvent:
        """Verify the delivery's signature headers, then parse its body into a WebhookEvent.

        `payload` must be the body exactly as received (before any JSON decoding). Raises
        WebhookVerificationError for a missing or wrong signature, or a timestamp more than
        `tolerance` seconds away from now; ValueError when no key is configured.
        """
        verify(payload, headers, key=self._key(key), tolerance=tolerance)
        return _parse(payload)


class Webhooks(_WebhooksBase):
    """Webhook helpers of the synchronous client."""


class AsyncWebhooks(_WebhooksBase):
    """Webhook helpers of the asyncio client (no I/O, so the methods are not coroutines)."""
