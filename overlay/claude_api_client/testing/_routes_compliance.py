"""Compliance review: cases of flagged messages, the messages, and notices about them.

Nothing in the API creates a case: Anthropic sends it. A test flags messages with
`LocalAPIServer.flag_for_review(...)` (which calls `flag` here); that opens a case, stores one
item per message (its content `not_captured`) and sends a `response_requested` notice about it.
A response closes the case (`responded`); the same response again answers 200 and changes
nothing, a different one answers 400 with `case_closed`. Listings are newest first unless
`order=asc`; cases sort by `order_by` (`created_at` or `updated_at`) and filter by `status` and
`user_profile_id` besides the time bounds. An item attributed to a user profile is found only
with that profile's `anthropic-user-profile-id` header (404 otherwise, like a missing one).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from . import _crud
from ._protocol import APIFailure, Call, Handler, Reply

if TYPE_CHECKING:
    from ._state import State

__all__ = ["ROUTES", "flag"]

CASES = "/v1/compliance/review/cases"
ITEMS = "/v1/compliance/review/items"
NOTICES = "/v1/compliance/review/notices"
RESPONSES = "/v1/compliance/review/cases#responses"  # the response recorded on each case
ORGANIZATION = "00000000-0000-4000-8000-00000000c0de"  # the simulated organization's UUID
READABLE_FOR = _dt.timedelta(days=30)  # how long a flagged item stays readable


def flag(
    state: State,
    message_ids: Sequence[str],
    *,
    policy_categories: Iterable[str] = ("other",),
    user_profile_id: str | None = None,
    workspace_id: str | None = None,
    model: str | None = None,
) -> dict[str, Any]:
    """Open a review case about `message_ids` (stored as items) and notify the organization."""
    if not message_ids:
        raise ValueError("a review case needs at least one message id")
    now = state.now()
    created = state.timestamp(now)
    for message_id in message_ids:
        item = {
            "type": "compliance_review_item",
            "id": message_id,
            "organization_id": ORGANIZATION,
            "workspace_id": workspace_id,
            "user_profile_id": user_profile_id,
            "actor": None,
            "details": {
                "type": "message",
                "model": model,
                "content": None,
                "content_unavailable_reason": {"type": "not_captured"},
            },
            "read_reason": {"type": "safeguards_review"},
            "created_at": created,
            "content_expires_at": state.timestamp(now + READABLE_FOR),
        }
        _crud.store(state, ITEMS, {}, item)
    case = {
        "type": "compliance_review_case",
        "id": state.next_id("rvc"),
        "organization_id": ORGANIZATION,
        "workspace_id": workspace_id,
        "status": {"type": "open"},
        "policy_categories": list(policy_categories),
        "enforcement_action": None,
        "transcripts": [{"item_id": m, "user_profile_id": user_profile_id} for m in message_ids],
        "created_at": created,
        "updated_at": created,
    }
    _crud.store(state, CASES, {}, case)
    notice = {
        "type": "compliance_review_notice",
        "id": state.next_id("rvn"),
        "organization_id": ORGANIZATION,
        "case_ids": [case["id"]],
        "kind": {"type": "response_requested"},
        "message": "Please review the flagged messages of this case.",
        "respond_by": state.timestamp(now + _dt.timedelta(days=14)),
        "created_at": created,
    }
    _crud.store(state, NOTICES, {}, notice)
    return case


def _sorted_page(call: Call, operation_id: str, objects: list[dict[str, Any]], by: str) -> Reply:
    """A page of `objects`, newest first unless `order=asc` (the listing's own default)."""
    ordered = sorted(objects, key=lambda o: (o[by], o["id"]))
    query = {**call.query, "order": call.query.get("order") or "desc"}
    paged = dataclasses.replace(call, query=query)
    return Reply(body=_crud.list_page(paged, call.document.by_id[operation_id], ordered))


def cases_list(call: Call) -> Reply:
    profile = call.query.get("user_profile_id")
    if profile is None and call.request.headers.get("anthropic-user-profile-id"):
        raise APIFailure(
            400,
            "invalid_request_error",
            "user_profile_id: required when the anthropic-user-profile-id header is sent",
        )
    status = call.query.get("status")
    kept = [
        case
        for case in _crud.items(call.state, CASES, {})
        if (status is None or case["status"]["type"] == status)
        and (profile is None or any(t["user_profile_id"] == profile for t in case["transcripts"]))
    ]
    by = call.query.get("order_by") or "created_at"
    return _sorted_page(call, "compliance_review_cases_list", kept, by)


def cases_respond(call: Call) -> Reply:
    case = _crud.find(call.state, CASES, call.params["case_id"], "compliance_review_case")
    body = dict(call.body or {})
    categories: list[str] = sorted(body.get("policy_categories") or [])
    verdicts: list[dict[str, Any]] = sorted(
        (dict(v) for v in body.get("verdicts") or []), key=lambda v: str(v.get("item_id"))
    )
    # Compared as sets: the same response in another list order is the same response.
    response = {
        "determination": body.get("determination"),
        "policy_categories": categories,
        "verdicts": verdicts,
    }
    with call.state.changed:
        if case["status"]["type"] == "closed":
            recorded = call.state.records.get(RESPONSES, {}).get(case["id"])
            if recorded is not None and recorded["object"] == response:
                return Reply(body=case)
            raise APIFailure(
                400,
                "invalid_request_error",
                "the case is closed and has a different response (case_closed)",
            )
        counts = len(categories)
        if body.get("determination") == "violation" and not 1 <= counts <= 4:
            raise APIFailure(400, "invalid_request_error", "policy_categories: send one to four")
        if body.get("determination") == "no_violation" and counts:
            raise APIFailure(400, "invalid_request_error", "policy_categories: send none")
        listed = {t["item_id"] for t in case["transcripts"]}
        for verdict in verdicts:
            if verdict.get("item_id") not in listed:
                raise APIFailure(
                    400,
                    "invalid_request_error",
                    f"verdicts: {verdict.get('item_id')!r} is not in the case",
                )
        case.update(
            status={"type": "closed", "reason": {"type": "responded"}},
            updated_at=call.state.timestamp(),
        )
        _crud.store(call.state, RESPONSES, {}, response, key=case["id"])
    return Reply(body=case)


def cases_retrieve(call: Call) -> Reply:
    case = _crud.find(call.state, CASES, call.params["case_id"], "compliance_review_case")
    return Reply(body=case)


def items_retrieve(call: Call) -> Reply:
    item = _crud.find(call.state, ITEMS, call.params["item_id"], "compliance_review_item")
    if item["user_profile_id"] != call.request.headers.get("anthropic-user-profile-id"):
        raise APIFailure(404, "not_found_error", f"compliance_review_item {item['id']!r} not found")
    return Reply(body=item)


def notices_list(call: Call) -> Reply:
    case_id = call.query.get("case_id")
    kept = [
        notice
        for notice in _crud.items(call.state, NOTICES, {})
        if case_id is None or case_id in notice["case_ids"]
    ]
    return _sorted_page(call, "compliance_review_notices_list", kept, "created_at")


ROUTES: dict[str, Handler] = {
    "compliance_review_cases_list": cases_list,
    "compliance_review_cases_retrieve": cases_retrieve,
    "compliance_review_cases_respond": cases_respond,
    "compliance_review_items_retrieve": items_retrieve,
    "compliance_review_notices_list": notices_list,
}
