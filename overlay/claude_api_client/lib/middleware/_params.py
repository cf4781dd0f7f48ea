"""How each request of a fallback chain is built from the caller's: entries applied as patches,
the credit token, the chain's headers, and `fallback` markers kept out of the history sent."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._core._types import Omit

if TYPE_CHECKING:
    from ..._core._middleware import APIRequest
    from ...types._params.fallback_config_param import FallbackConfigParam

__all__ = [
    "CAPACITY_STATUSES",
    "HELPER_TAG",
    "apply_entry",
    "as_dict",
    "hop_body",
    "log",
    "seam_block",
    "strip_seams",
    "with_chain_headers",
    "without_fast_speed",
]

log = logging.getLogger("claude_api_client.lib.middleware")
"""Where the middleware reports refusals it surfaces and fallback requests that failed."""

CAPACITY_STATUSES = (429, 529)
"""The statuses that mean "no capacity right now" rather than "this request is wrong"."""

HELPER_TAG = "fallback-refusal-middleware"
"""The `x-stainless-helper` value of every request the middleware handles (the official's)."""


def as_dict(value: object) -> dict[str, Any] | None:
    """`value` when it is a JSON object, else None."""
    return value if isinstance(value, dict) else None


def patch(base: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """A new dict: `base` with each key of `changes` set, or removed when its value is None."""
    result = dict(base)
    for key, value in changes.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = value
    return result


def apply_entry(params: Mapping[str, Any], entry: FallbackConfigParam) -> dict[str, Any]:
    """The request parameters for one fallback entry, always made from the caller's own
    (`params`), never from another entry's result.

    Each key of the entry replaces the caller's value, `None` removes it (the field is left out,
    not sent as null), and a key the entry lacks keeps the caller's value. `output_config` is
    merged the same way one level down, and left out when nothing remains of it. A caller's
    `thinking` of type `between_tools` becomes `{"type": "disabled"}` unless the entry says what
    thinking to use: the fallback model may not offer it."""
    changes: Mapping[str, Any] = entry  # a TypedDict is a mapping of str
    result = patch(params, changes)
    thinking = as_dict(params.get("thinking"))
    if (
        "thinking" not in changes
        and thinking is not None
        and thinking.get("type") == "between_tools"
    ):
        result["thinking"] = {"type": "disabled"}
    config_changes = as_dict(changes.get("output_config"))
    if config_changes is not None:
        config = patch(as_dict(params.get("output_config")) or {}, config_changes)
        if config:
            result["output_config"] = config
        else:
            result.pop("output_config", None)
    return result


def credit_token(token: str) -> dict[str, str]:
    """The retry's `fallback_credit_token`: the object form in `best_effort` mode, so that a
    token the API cannot redeem costs the discount, never the answer."""
    return {"token": token, "mode": "best_effort"}


def hop_body(
    params: Mapping[str, Any],
    entry: FallbackConfigParam,
    token: str | None,
    prefill: list[Any] | None = None,
) -> dict[str, Any]:
    """The body of a retry on `entry`: the entry applied to the caller's `params`, the server's
    own `fallbacks` left out, the declined answer's credit token when it gave one, and
    `prefill` (the declined model's output) appended as a last assistant turn when given."""
    body = apply_entry(params, entry)
    body.pop("fallbacks", None)
    if token:
        body["fallback_credit_token"] = credit_token(token)
    if prefill:
        messages = body.get("messages")
        history = list(messages) if isinstance(messages, list) else []
        body["messages"] = [*history, {"role": "assistant", "content": prefill}]
    return body


def seam_block(from_model: str, to_model: str, category: object) -> dict[str, Any]:
    """A `fallback` content block (FallbackBlock in the document): one model handing over."""
    return {
        "type": "fallback",
        "from": {"model": from_model},
        "to": {"model": to_model},
        "trigger": {"type": "refusal", "category": category},
    }


def strip_seams(params: dict[str, Any]) -> dict[str, Any]:
    """`params` without the `fallback` blocks of earlier answers in its `messages` (a marker
    for the reader, which the API would refuse); an assistant turn left empty is dropped. The
    same dict when there are none."""
    messages = params.get("messages")
    if not isinstance(messages, list):
        return params
    kept_messages: list[Any] = []
    changed = False
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, list):
            kept_messages.append(message)
            continue
        kept = [b for b in content if not (isinstance(b, dict) and b.get("type") == "fallback")]
        if len(kept) == len(content):
            kept_messages.append(message)
            continue
        changed = True
        if kept or message.get("role") != "assistant":
            kept_messages.append({**message, "content": kept})
    return {**params, "messages": kept_messages} if changed else params


def _helpers(current: str) -> str:
    """`x-stainless-helper` with this middleware's tag added once (names joined by ", ")."""
    names = [name.strip() for name in current.split(",") if name.strip()]
    return ", ".join(names if HELPER_TAG in names else [*names, HELPER_TAG])


def with_chain_headers(request: APIRequest, betas: tuple[str, ...]) -> APIRequest:
    """`request` with `betas` added to its `anthropic-beta` (each once, after the caller's) and
    the middleware named in `x-stainless-helper`; every retry is made from this copy."""
    headers: dict[str, Any] = {}
    found: dict[str, str] = {}
    for name, value in request.headers.items():
        lower = name.lower()
        if lower in ("anthropic-beta", "x-stainless-helper") and not isinstance(value, Omit):
            found[lower] = value
            continue
        headers[name] = value
    current = found.get("anthropic-beta", "")
    present = {name.strip() for name in current.split(",")}
    added = [name for name in dict.fromkeys(betas) if name not in present]
    beta = ",".join(part for part in (current, *added) if part)  # the caller's kept as written
    if beta:
        headers["anthropic-beta"] = beta
    headers["x-stainless-helper"] = _helpers(found.get("x-stainless-helper", ""))
    return request.copy(headers=headers)


def without_fast_speed(
    request: APIRequest, entry: FallbackConfigParam, status: int
) -> APIRequest | None:
    """The request to send again when a retry that kept the caller's `speed: "fast"` (its entry
    says nothing of `speed`) met a capacity error: the same without `speed` (removed, since a
    model without a fast mode refuses the field). None when the answer stands."""
    body = as_dict(request.json)
    if status not in CAPACITY_STATUSES or "speed" in entry or body is None:
        return None
    if body.get("speed") != "fast":
        return None
    log.warning(
        "fallback to %s: fast mode was refused (HTTP %s); asking again without `speed`",
        entry["model"],
        status,
    )
    return request.copy(body=patch(body, {"speed": None}))
