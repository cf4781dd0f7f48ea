"""The `usage.iterations` of a spliced stream: one entry per answer, the declined ones typed
`message`, the one shown last `fallback_message` (the document's UsageIteration members)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._params import as_dict

if TYPE_CHECKING:
    from ._splice import Refusal

__all__ = ["declined_entries", "fill", "serving_entry"]


def _usage_entry(kind: str, model: str, usage: dict[str, Any] | None) -> dict[str, Any]:
    """A `usage.iterations` entry (MessageIterationUsage / FallbackMessageIterationUsage)."""
    usage = usage or {}
    return {
        "type": kind,
        "model": model,
        "input_tokens": usage.get("input_tokens") or 0,
        "output_tokens": usage.get("output_tokens") or 0,
        "cache_read_input_tokens": usage.get("cache_read_input_tokens") or 0,
        "cache_creation_input_tokens": usage.get("cache_creation_input_tokens") or 0,
        "cache_creation": usage.get("cache_creation"),
    }


def declined_entries(refusal: Refusal, model: str) -> list[dict[str, Any]]:
    """The `usage.iterations` entries of a declined answer, all typed `message`: its own
    entries when it reported some (a lone one named `model` when it names none), else one
    made from its usage."""
    reported = refusal.usage.get("iterations")
    entries = (
        [{**e, "type": "message"} for e in reported if isinstance(e, dict)]
        if isinstance(reported, list)
        else []
    )
    if not entries:
        return [_usage_entry("message", model, refusal.usage)]
    if len(entries) == 1 and not isinstance(entries[0].get("model"), str):
        entries[0]["model"] = model
    return entries


def serving_entry(usage: dict[str, Any], model: str) -> dict[str, Any]:
    """The entry of the answer shown last (`fallback_message`): its own last reported entry
    retyped, else one made from its usage."""
    reported = usage.get("iterations")
    last = as_dict(reported[-1]) if isinstance(reported, list) and reported else None
    if last is None:
        return _usage_entry("fallback_message", model, usage)
    return {**last, "type": "fallback_message", "model": last.get("model") or model}


def fill(usage: dict[str, Any] | None, start_usage: dict[str, Any] | None) -> dict[str, Any]:
    """`usage` with its missing or null fields taken from the `message_start` usage."""
    merged = {**(start_usage or {}), **(usage or {})}
    for key, value in (start_usage or {}).items():
        if merged.get(key) is None and value is not None:
            merged[key] = value
    return merged
