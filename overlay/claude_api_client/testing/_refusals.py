"""Refusals on demand (`Settings.refusing_models`): the echo reply of a model listed there is cut
after its first word and declined, as a model that stops for policy reasons answers.

The declined message has `stop_reason: "refusal"` and `stop_details` of type `refusal` (category
null). When the request sends the `fallback-credit-2026-07-01` beta, the details also carry a
`fallback_credit_token` (`fct_` and the message id) and `fallback_has_prefill_claim: true`, so
that a client can retry on a fallback model with the declined output as a prefill. Streamed, the
first word is sent before the refusal (a mid-stream refusal)."""

from __future__ import annotations

from typing import Any

__all__ = ["CREDIT_BETA", "decline"]

CREDIT_BETA = "fallback-credit-2026-07-01"


def decline(message: dict[str, Any], betas: list[str]) -> None:
    """Turn the echo `message` into its refusal, in place."""
    first = next((b for b in message["content"] if b.get("type") == "text"), None)
    words = str(first["text"]).split(" ")[:1] if first is not None else []
    message["content"] = [{"type": "text", "text": words[0]}] if words and words[0] else []
    message["stop_reason"], message["stop_sequence"] = "refusal", None
    details: dict[str, Any] = {
        "type": "refusal",
        "category": None,
        "explanation": "The simulator declines this model (Settings.refusing_models).",
    }
    if CREDIT_BETA in betas:
        details["fallback_credit_token"] = "fct_" + str(message["id"])
        details["fallback_has_prefill_claim"] = True
    message["stop_details"] = details
    message["usage"]["output_tokens"] = len(message["content"])
