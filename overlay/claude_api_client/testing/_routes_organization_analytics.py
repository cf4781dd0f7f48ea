"""Analytics reports of the organization (Admin API).

The simulator records no usage, so reports hold zeros: `summaries` has one row per day of the
range asked for (at most 31, from `starting_date`; `ending_date` defaults to that day), `users`
one row per member of the organization. The other reports (projects, artifacts, connectors,
plugins, skills) are empty: nothing was used.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from . import _crud
from . import _organization_records as records
from ._pages import token_page
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ANSWERS"]

MAX_DAYS = 31


def _day(value: Any, name: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        raise APIFailure(400, "invalid_request_error", f"{name}: not a date (YYYY-MM-DD)") from None


def _zero_row(call: Call, operation_id: str, given: dict[str, Any]) -> Any:
    """A row of the report's item schema: the given fields, zeros and nulls elsewhere."""
    validator = call.document.validator
    response = validator.resolve(records.op(call, operation_id).responses["200"])
    page = validator.resolve(response["content"]["application/json"]["schema"])
    return _crud.build(call.document, call.state, page["properties"]["data"]["items"], given)


def summaries_list(call: Call) -> Reply:
    first = _day(call.query.get("starting_date"), "starting_date")
    end = call.query.get("ending_date")
    last = _day(end, "ending_date") if end else first
    if last < first:
        raise APIFailure(400, "invalid_request_error", "ending_date: before starting_date")
    rows = []
    for offset in range(min((last - first).days + 1, MAX_DAYS)):
        day = first + _dt.timedelta(days=offset)
        bounds = {
            "starting_at": f"{day.isoformat()}T00:00:00Z",
            "ending_at": f"{(day + _dt.timedelta(days=1)).isoformat()}T00:00:00Z",
        }
        rows.append(_zero_row(call, "organization_analytics_summaries_list", bounds))
    return Reply(body=token_page(rows, call.query))


def users_list(call: Call) -> Reply:
    rows = []
    for user in _crud.items(call.state, records.USERS, {}):
        who = {"type": "user", "id": user["id"], "email_address": user["email"]}
        rows.append(_zero_row(call, "organization_analytics_users_list", {"user": who}))
    return Reply(body=token_page(rows, call.query))


ANSWERS: dict[str, Handler] = {
    "organization_analytics_summaries_list": summaries_list,
    "organization_analytics_users_list": users_list,
}
