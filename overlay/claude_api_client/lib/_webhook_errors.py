"""The error `webhooks.unwrap` raises: the webhook helpers' own (layer 3), below the runtime's
`APIWebhookValidationError`."""

from __future__ import annotations

from .._core._exceptions import AnthropicError, APIWebhookValidationError


class WebhookVerificationError(APIWebhookValidationError, ValueError):
    """`webhooks.unwrap` refused a delivery; `reason` says why, without echoing any secret.

    Reasons: `missing_headers`, `bad_timestamp`, `timestamp_too_old` (outside the replay
    window), `timestamp_too_new`, `no_matching_signature`, `bad_key`. There was no HTTP exchange
    of ours, so `request` is None.
    """

    reason: str

    def __init__(self, message: str, *, reason: str) -> None:
        AnthropicError.__init__(self, message)
        self.message = message
        self.request = None  # type: ignore[assignment]
        self.body = None
        self.reason = reason


# Not a top-level name of the official package: public where the webhook helpers are.
WebhookVerificationError.__module__ = "claude_api_client.lib.webhooks"
