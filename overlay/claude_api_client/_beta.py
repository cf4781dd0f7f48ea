"""`client.beta` with the handwritten `webhooks` helper beside the generated namespaces."""

from __future__ import annotations

from functools import cached_property

from .lib.webhooks import AsyncWebhooks, Webhooks
from .resources.beta import AsyncBeta as _GeneratedAsyncBeta
from .resources.beta import Beta as _GeneratedBeta

__all__ = ["AsyncBeta", "Beta"]


class Beta(_GeneratedBeta):
    @cached_property
    def webhooks(self) -> Webhooks:
        """Verify and parse webhook deliveries (no HTTP involved)."""
        return Webhooks(self._client)


class AsyncBeta(_GeneratedAsyncBeta):
    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Verify and parse webhook deliveries (no HTTP involved)."""
        return AsyncWebhooks(self._client)
