"""Spend limits of the organization (Admin API).

Every member has an organization-wide monthly limit of 100.00 USD with nothing spent; two pending
increase requests exist from the start, `spendreq_local` from the admin and `spendreq_local_key`
from the admin's API key. Approving a user's request sets a user limit of the approved amount; a
request is resolved once (409 after).
"""

from __future__ import annotations

from typing import Any

from . import _crud
from . import _organization_records as records
from ._pages import token_page
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ANSWERS"]


def spend_effective_list(call: Call) -> Reply:
    wanted_users = call.query.get("user_ids[]")
    periods = call.query.get("period[]")
    kept = []
    for user in _crud.items(call.state, records.USERS, {}):
        if wanted_users and user["id"] not in wanted_users:
            continue
        summary = records.spend_summary(call, user["id"])
        if periods and summary["period"] not in periods:
            continue
        kept.append(summary)
    return Reply(body=token_page(kept, call.query))


def _pending_request(call: Call) -> dict[str, Any]:
    key = call.params["spend_limit_increase_request_id"]
    request = _crud.find(call.state, records.INCREASE_REQUESTS, key, "increase request")
    if request["status"] != "pending":
        raise APIFailure(
            409, "invalid_request_error", f"the request is already {request['status']}"
        )
    return request


def increase_requests_list(call: Call) -> Reply:
    actors, statuses = call.query.get("actor_ids[]"), call.query.get("status[]")
    kept = [
        r
        for r in _crud.items(call.state, records.INCREASE_REQUESTS, {})
        if (not statuses or r["status"] in statuses)
        and (
            not actors
            or (r["actor"].get("user_id") or r["actor"].get("scoped_api_key_id")) in actors
        )
    ]
    return Reply(body=token_page(kept, call.query))


def _resolve(call: Call, request: dict[str, Any], status: str) -> None:
    request["status"] = status
    request["resolved_at"] = call.state.timestamp()
    request["resolved_by"] = records.user_actor(call, "user_local")


def increase_requests_approve(call: Call) -> Reply:
    request = _pending_request(call)
    body = call.body or {}
    user_id = request["actor"].get("user_id", "")
    now = call.state.timestamp()
    limit = {
        "type": "spend_limit",
        "id": call.state.next_id("spendlimit"),
        "amount": body.get("amount"),
        "currency": records.DEFAULT_SPEND["currency"],
        "is_enabled": True,
        "period": body.get("period") or request["period"],
        # an API key's request raises the organization's limit (no spend scope names a key)
        "scope": {"type": "user", "user_id": user_id} if user_id else {"type": "organization"},
        "created_at": now,
        "updated_at": now,
    }
    with call.state.changed:
        _resolve(call, request, "approved")
        if user_id:
            _crud.store(call.state, records.SPEND_LIMITS, {}, limit, user_id)
            request["spend_summary"] = records.spend_summary(call, user_id)
    return Reply(body={**request, "spend_limit": limit})


def increase_requests_deny(call: Call) -> Reply:
    request = _pending_request(call)
    with _crud.changing(call.state):
        _resolve(call, request, "denied")
    return Reply(body=request)


ANSWERS: dict[str, Handler] = {
    "organization_spend_limits_effective_list": spend_effective_list,
    "organization_spend_limits_increase_requests_list": increase_requests_list,
    "organization_spend_limits_increase_requests_approve": increase_requests_approve,
    "organization_spend_limits_increase_requests_deny": increase_requests_deny,
}
