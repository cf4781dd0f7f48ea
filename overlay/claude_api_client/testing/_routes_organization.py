"""The organization (Admin API): what plain CRUD (`_crud`) cannot say.

- Every server starts with one organization (`org_local`) holding one member, the owner of the
  admin key (`user_local`, an `admin`), one API key (`apikey_local`), rate limits for a model
  group and for batches, two built-in roles and two pending spend increase requests (see
  `_organization_records`). Users join only through invites, so they cannot be created directly.
- Invites start `pending` and expire 21 days after they are sent.
- New workspaces get a Console colour, a storage compartment and unrestricted data residency
  unless the request says otherwise; a `tags` update with a null value removes that key; archiving
  an archived workspace is refused (409).
- Workspace members are keyed by user: adding someone who is not a member of the organization is
  a 404, adding a member twice a 409.
- A workspace's rate limits start as the organization's (`source: organization`); an update sets
  the workspace's own values (`source: workspace`), and a null value falls back again. Lists leave
  inherited groups out unless `include_inherited` is true.

Service accounts, groups, roles, compliance settings, external keys and federation are answered in
`_routes_organization_access`, spend limits in `_routes_organization_spend`, analytics in
`_routes_organization_analytics`, the beta-only resources in `_routes_organization_beta` (storage, webhooks, telemetry,
data controls, reports) and `_routes_organization_settings` (Claude Code settings, spend limits
by ID, sign-out, Claude tag, plugins).
"""

from __future__ import annotations

import copy
from typing import Any

from . import (
    _crud,
    _routes_organization_access,
    _routes_organization_analytics,
    _routes_organization_beta,
    _routes_organization_settings,
    _routes_organization_spend,
)
from . import _organization_records as records
from ._pages import cursor_page, token_page
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ROUTES"]


def organization_retrieve(call: Call) -> Reply:
    return Reply(body={"type": "organization", "id": "org_local", "name": "Local Organization"})


def invites_create(call: Call) -> Reply:
    body = dict(call.body or {})
    email = str(body.get("email", ""))
    for user in _crud.items(call.state, records.USERS, {}):
        if user["email"] == email:
            raise APIFailure(409, "invalid_request_error", f"{email!r} is already a member")
    invited = call.state.timestamp()
    given = {
        "rbac_group_ids": [],
        **body,
        "status": "pending",
        "accepted_at": None,
        "invited_at": invited,
        "expires_at": records.plus_days(invited, records.INVITE_DAYS),
    }
    return Reply(body=_crud.create(call, records.op(call, "organization_invites_create"), given))


def workspaces_create(call: Call) -> Reply:
    body = dict(call.body or {})
    residency = {
        "allowed_inference_geos": "unrestricted",
        "default_inference_geo": "global",
        "workspace_geo": "us",
    }
    residency.update({k: v for k, v in (body.get("data_residency") or {}).items() if v is not None})
    records.attach_key(call, body.get("external_key_id"))
    given = {
        **{k: v for k, v in body.items() if v is not None},
        "display_color": body.get("display_color") or "#6C5BB9",
        "compartment_id": call.state.next_id("compartment"),
        "data_residency": residency,
        "tags": body.get("tags") or {},
    }
    return Reply(body=_crud.create(call, records.op(call, "organization_workspaces_create"), given))


def workspaces_update(call: Call) -> Reply:
    workspace = records.workspace(call)
    changes = {k: v for k, v in dict(call.body or {}).items() if v is not None}
    records.attach_key(call, changes.get("external_key_id"))
    if "tags" in changes:
        tags = {**workspace.get("tags", {}), **changes["tags"]}
        changes["tags"] = {k: v for k, v in tags.items() if v is not None}
    if "data_residency" in changes:
        residency = {k: v for k, v in changes["data_residency"].items() if v is not None}
        changes["data_residency"] = {**workspace["data_residency"], **residency}
    operation = records.op(call, "organization_workspaces_update")
    return Reply(body=_crud.update(call, workspace, changes, operation))


def workspaces_archive(call: Call) -> Reply:
    workspace = records.workspace(call)
    if workspace.get("archived_at"):
        raise APIFailure(409, "invalid_request_error", "the workspace is already archived")
    return Reply(body=_crud.modify(call.state, workspace, archived_at=call.state.timestamp()))


def _member_key(workspace_id: str, user_id: str) -> str:
    return f"{workspace_id}/{user_id}"


def _member(call: Call) -> dict[str, Any]:
    records.workspace(call)
    key = _member_key(call.params["workspace_id"], call.params["user_id"])
    return _crud.find(call.state, records.MEMBERS, key, "workspace member")


def members_add(call: Call) -> Reply:
    workspace = records.workspace(call)
    body = dict(call.body or {})
    user_id = str(body.get("user_id", ""))
    _crud.find(call.state, records.USERS, user_id, "user")
    member = {
        "type": "workspace_member",
        "user_id": user_id,
        "workspace_id": workspace["id"],
        "workspace_role": body.get("workspace_role"),
    }
    key = _member_key(workspace["id"], user_id)
    parents = {"workspace_id": workspace["id"]}
    taken = f"{user_id!r} is already a member"
    return Reply(body=_crud.add(call.state, records.MEMBERS, parents, member, key, taken))


def members_retrieve(call: Call) -> Reply:
    return Reply(body=_member(call))


def members_update(call: Call) -> Reply:
    role = (call.body or {}).get("workspace_role")
    return Reply(body=_crud.modify(call.state, _member(call), workspace_role=role))


def members_remove(call: Call) -> Reply:
    records.workspace(call)
    key = _member_key(call.params["workspace_id"], call.params["user_id"])
    member = _crud.remove(call.state, records.MEMBERS, key, "workspace member")
    removed = {"type": "workspace_member_deleted"}
    return Reply(
        body={**removed, "user_id": member["user_id"], "workspace_id": member["workspace_id"]}
    )


def members_list(call: Call) -> Reply:
    workspace = records.workspace(call)
    members = _crud.items(call.state, records.MEMBERS, {"workspace_id": workspace["id"]})
    # Members have no `id`: the user ID is their cursor.
    page = cursor_page([{**m, "id": m["user_id"]} for m in members], call.query)
    page["data"] = [{k: v for k, v in m.items() if k != "id"} for m in page["data"]]
    return Reply(body=page)


def api_keys_list(call: Call) -> Reply:
    query = call.query
    kept = []
    for key in _crud.items(call.state, records.API_KEYS, {}):
        if query.get("status") not in (None, key["status"]):
            continue
        creator = key.get("created_by") or {}
        if query.get("created_by_user_id") not in (None, creator.get("id")):
            continue
        if query.get("workspace_id") not in (None, key["scope"].get("workspace_id")):
            continue
        kept.append(key)
    return Reply(body=cursor_page(kept, query))


def _limits(call: Call) -> list[dict[str, Any]]:
    group_type = call.query.get("group_type")
    return [
        limit
        for limit in _crud.items(call.state, records.RATE_LIMITS, {})
        if group_type in (None, limit["group"]["type"])
    ]


def rate_limits_list(call: Call) -> Reply:
    model = call.query.get("model")
    kept = [lim for lim in _limits(call) if model is None or model in (lim.get("models") or [])]
    return Reply(body=token_page(kept, call.query))


def _workspace_limit(
    call: Call, workspace_id: str, limit: dict[str, Any]
) -> tuple[dict[str, Any], bool]:
    """The workspace's view of an organization limit, and whether it sets any value itself."""
    own = call.state.records.get(records.WORKSPACE_LIMITS, {}).get(f"{workspace_id}/{limit['id']}")
    values = own["object"] if own else {}
    out = []
    for value in limit["limits"]:
        mine = values.get(value["type"])
        out.append(
            {
                "type": value["type"],
                "value": value["value"] if mine is None else mine,
                "org_limit": value["value"],
                "source": {"type": "organization" if mine is None else "workspace"},
            }
        )
    for kind, mine in values.items():  # kinds the organization does not limit
        if mine is not None and all(v["type"] != kind for v in limit["limits"]):
            out.append(
                {"type": kind, "value": mine, "org_limit": None, "source": {"type": "workspace"}}
            )
    view = {
        "type": "workspace_rate_limit",
        "workspace_id": workspace_id,
        "rate_limit_id": limit["id"],
        "group": copy.deepcopy(limit["group"]),
        "limits": out,
        "models": copy.deepcopy(limit.get("models")),
    }
    return view, any(v is not None for v in values.values())


def workspace_rate_limits_list(call: Call) -> Reply:
    workspace = records.workspace(call)
    inherited = call.query.get("include_inherited") is True
    kept = []
    for limit in _limits(call):
        view, own = _workspace_limit(call, workspace["id"], limit)
        if own or inherited:
            kept.append(view)
    return Reply(body=token_page(kept, call.query))


def workspace_rate_limits_update(call: Call) -> Reply:
    workspace = records.workspace(call)
    limit = _crud.find(call.state, records.RATE_LIMITS, call.params["rate_limit_id"], "rate limit")
    key = f"{workspace['id']}/{limit['id']}"
    with _crud.changing(call.state):
        record = call.state.records.setdefault(records.WORKSPACE_LIMITS, {}).setdefault(
            key, {"object": {}, "parents": {"workspace_id": workspace["id"]}}
        )
        for value in (call.body or {}).get("limits", []):
            record["object"][value["type"]] = value.get("value")
    view, _ = _workspace_limit(call, workspace["id"], limit)
    return Reply(body=view)


ANSWERS: dict[str, Handler] = {
    "organization_retrieve": organization_retrieve,
    "organization_invites_create": invites_create,
    "organization_workspaces_create": workspaces_create,
    "organization_workspaces_update": workspaces_update,
    "organization_workspaces_archive": workspaces_archive,
    "organization_workspaces_members_add": members_add,
    "organization_workspaces_members_retrieve": members_retrieve,
    "organization_workspaces_members_update": members_update,
    "organization_workspaces_members_remove": members_remove,
    "organization_workspaces_members_list": members_list,
    "organization_workspaces_rate_limits_list": workspace_rate_limits_list,
    "organization_workspaces_rate_limits_update": workspace_rate_limits_update,
    "organization_api_keys_list": api_keys_list,
    "organization_rate_limits_list": rate_limits_list,
}
# Operations answered by plain CRUD, which need the starting records too.
_GENERIC = (
    "organization_users_list",
    "organization_users_retrieve",
    "organization_users_update",
    "organization_users_remove",
    "organization_api_keys_retrieve",
    "organization_api_keys_update",
    "organization_rbac_roles_list",
    "organization_rbac_roles_retrieve",
    "organization_spend_limits_increase_requests_retrieve",
)
ROUTES: dict[str, Handler] = {
    **{
        name: records.seeded(handler)
        for answers in (
            ANSWERS,
            _routes_organization_access.ANSWERS,
            _routes_organization_spend.ANSWERS,
            _routes_organization_analytics.ANSWERS,
            _routes_organization_beta.ANSWERS,
            _routes_organization_settings.ANSWERS,
        )
        for name, handler in answers.items()
    },
    **{name: records.seeded(_crud.answer) for name in _GENERIC},
}
