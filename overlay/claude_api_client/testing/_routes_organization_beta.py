"""The beta-only organization resources (`client.beta.organization`): what plain CRUD cannot say.

- External storage is registered `pending_configuration`; `activate` verifies it (the simulator
  always succeeds) and makes it `active` and healthy.
- A webhook endpoint's signing secret appears only in the answers of `create` and
  `regenerate_signing_secret`; each regeneration makes a new one.
- A telemetry destination's `test` always reaches the collector (`success`). Its workspace list
  is keyed by workspace: adding an unknown workspace is a 404, adding one twice a 409.
- A Google project's data controls exist for any project number, both controls disabled, until
  an update turns one on.
- The cost and usage reports record nothing, so `cost_report` and `usage_report` answer one empty
  time bucket per day (or hour, or minute, by `bucket_width`) of the range asked for, up to
  `MAX_BUCKETS`; the others answer no rows. Every report page carries `has_more`, `next_page`
  and `data_refreshed_at`, as the API's do.
"""

from __future__ import annotations

import datetime as _dt
import secrets
from typing import Any

from . import _crud
from . import _organization_records as records
from ._pages import token_page
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ANSWERS"]

STORAGE = f"{records.ORG}/external_storage"
WEBHOOKS = f"{records.ORG}/webhooks"
DESTINATIONS = f"{records.ORG}/telemetry_destinations"
DESTINATION_WORKSPACES = f"{DESTINATIONS}/{{destination_id}}/workspaces"
DATA_CONTROLS = f"{records.ORG}/providers/google/projects#data_controls"  # by project number
MAX_BUCKETS = 31
_WIDTHS = {
    "1d": _dt.timedelta(days=1),
    "1h": _dt.timedelta(hours=1),
    "1m": _dt.timedelta(minutes=1),
}


def _secret() -> str:
    return "whsec_" + secrets.token_urlsafe(24)


def storage_activate(call: Call) -> Reply:
    storage = _crud.find(
        call.state, STORAGE, call.params["external_storage_id"], "external storage"
    )
    with _crud.changing(call.state):
        now = call.state.timestamp()
        storage["status"] = {"type": "active", "healthy": True, "last_checked_at": now}
        storage["updated_at"] = now
    return Reply(body=storage)


def webhooks_create(call: Call) -> Reply:
    body = dict(call.body or {})
    given = {**body, "signing_secret": _secret(), "disabled_reason": None}
    endpoint = _crud.create(call, records.op(call, "organization_webhooks_create"), given)
    shown = dict(endpoint)
    # the secret is shown once: the stored endpoint (retrieve, list) does not keep it
    with _crud.changing(call.state):
        endpoint.pop("signing_secret", None)
    return Reply(body=shown)


def webhooks_regenerate(call: Call) -> Reply:
    _crud.find(call.state, WEBHOOKS, call.params["webhook_endpoint_id"], "webhook endpoint")
    return Reply(body={"signing_secret": _secret()})


def destinations_test(call: Call) -> Reply:
    _crud.find(call.state, DESTINATIONS, call.params["destination_id"], "telemetry destination")
    return Reply(body={"type": "telemetry_destination_test", "result": {"type": "success"}})


def _destination_workspace(call: Call) -> tuple[str, str]:
    destination = call.params["destination_id"]
    _crud.find(call.state, DESTINATIONS, destination, "telemetry destination")
    records.workspace(call)
    return destination, f"{destination}/{call.params['workspace_id']}"


def destination_workspaces_add(call: Call) -> Reply:
    destination, key = _destination_workspace(call)
    kept = call.state.records.setdefault(DESTINATION_WORKSPACES, {})
    if key in kept:
        raise APIFailure(409, "invalid_request_error", "the workspace is already on the list")
    entry = {
        "type": "telemetry_destination_workspace",
        "telemetry_destination_id": destination,
        "workspace_id": call.params["workspace_id"],
        "created_at": call.state.timestamp(),
    }
    with _crud.changing(call.state):
        kept[key] = {"object": entry, "parents": {"destination_id": destination}}
    return Reply(body=entry)


def destination_workspaces_remove(call: Call) -> Reply:
    destination, key = _destination_workspace(call)
    kept = call.state.records.setdefault(DESTINATION_WORKSPACES, {})
    if key not in kept:
        raise APIFailure(404, "not_found_error", "the workspace is not on the list")
    with _crud.changing(call.state):
        del kept[key]
    return Reply(
        body={
            "type": "telemetry_destination_workspace_deleted",
            "telemetry_destination_id": destination,
            "workspace_id": call.params["workspace_id"],
        }
    )


def destination_workspaces_list(call: Call) -> Reply:
    destination = call.params["destination_id"]
    _crud.find(call.state, DESTINATIONS, destination, "telemetry destination")
    rows = [
        {**r["object"], "id": r["object"]["workspace_id"]}
        for r in call.state.records.get(DESTINATION_WORKSPACES, {}).values()
        if r["parents"]["destination_id"] == destination
    ]
    rows.reverse()  # newest entry first
    page = token_page(rows, call.query)
    page["data"] = [{k: v for k, v in row.items() if k != "id"} for row in page["data"]]
    return Reply(body=page)


def _controls_schema(call: Call) -> Any:
    operation = records.op(call, "organization_providers_google_projects_data_controls_retrieve")
    response = call.document.validator.resolve(operation.responses["200"])
    return response["content"]["application/json"]["schema"]


def _data_controls(call: Call) -> dict[str, Any]:
    number = call.params["project_number"]
    kept = call.state.records.setdefault(DATA_CONTROLS, {})
    if number not in kept:
        given = {
            "project_number": number,
            "cmek": {"type": "disabled"},
            "storage": {"type": "disabled"},
        }
        built = _crud.build(call.document, call.state, _controls_schema(call), given)
        kept[number] = {"object": built, "parents": {}}
    found: dict[str, Any] = kept[number]["object"]
    return found


def data_controls_retrieve(call: Call) -> Reply:
    return Reply(body=_data_controls(call))


def data_controls_update(call: Call) -> Reply:
    """A control given replaces the stored one (built out to its response form); the other stays."""
    controls = _data_controls(call)
    changes = {k: v for k, v in dict(call.body or {}).items() if k in ("cmek", "storage") and v}
    merged = {**controls, **changes, "updated_at": call.state.timestamp()}
    fresh = _crud.build(call.document, call.state, _controls_schema(call), merged)
    with _crud.changing(call.state):
        controls.clear()
        controls.update(fresh)
    return Reply(body=controls)


def _when(value: Any, name: str) -> _dt.datetime:
    try:
        moment = _dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise APIFailure(400, "invalid_request_error", f"{name}: not a date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=_dt.timezone.utc)


def _stamp(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _report_page(call: Call, rows: list[dict[str, Any]]) -> dict[str, Any]:
    page = token_page(rows, call.query)
    return {**page, "data_refreshed_at": call.state.timestamp()}


def time_buckets(call: Call) -> Reply:
    first = _when(call.query.get("starting_at"), "starting_at")
    width = _WIDTHS.get(str(call.query.get("bucket_width") or "1d"), _WIDTHS["1d"])
    end = call.query.get("ending_at")
    last = _when(end, "ending_at") if end else first + width * 7
    if last <= first:
        raise APIFailure(400, "invalid_request_error", "ending_at: not after starting_at")
    rows: list[dict[str, Any]] = []
    start = first
    while start < last and len(rows) < MAX_BUCKETS:
        rows.append(
            {"starting_at": _stamp(start), "ending_at": _stamp(start + width), "results": []}
        )
        start += width
    for index, row in enumerate(rows):
        row["id"] = str(index)  # token pages count by position; ids never leave the simulator
    page = _report_page(call, rows)
    page["data"] = [{k: v for k, v in row.items() if k != "id"} for row in page["data"]]
    return Reply(body=page)


def no_rows(call: Call) -> Reply:
    _when(call.query.get("starting_at"), "starting_at")
    return Reply(body=_report_page(call, []))


ANSWERS: dict[str, Handler] = {
    "organization_external_storage_activate": storage_activate,
    "organization_webhooks_create": webhooks_create,
    "organization_webhooks_regenerate_signing_secret": webhooks_regenerate,
    "organization_telemetry_destinations_test": destinations_test,
    "organization_telemetry_destinations_workspaces_add": destination_workspaces_add,
    "organization_telemetry_destinations_workspaces_remove": destination_workspaces_remove,
    "organization_telemetry_destinations_workspaces_list": destination_workspaces_list,
    "organization_providers_google_projects_data_controls_retrieve": data_controls_retrieve,
    "organization_providers_google_projects_data_controls_update": data_controls_update,
    "organization_analytics_cost_report_list": time_buckets,
    "organization_analytics_usage_report_list": time_buckets,
    "organization_analytics_cost_list": no_rows,
    "organization_analytics_usage_list": no_rows,
    "organization_analytics_user_cost_report_list": no_rows,
    "organization_analytics_user_usage_report_list": no_rows,
}
