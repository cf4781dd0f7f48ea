"""The organization (Admin API): what plain CRUD (`_crud`) cannot say.

- Every server starts with one organization (`org_local`) holding one member, the owner of the
  admin key (`user_local`, an `admin`), one API key (`apikey_local`) and rate limits for a model
  group and for batches. Users join only through invites, so they cannot be created directly.
- Invites start `pending` and expire 21 days after they are sent.
- New workspaces get a Console colour, a storage compartment and unrestricted data residency
  unless the request says otherwise; a `tags` update with a null value removes that key; archiving
  an archived workspace is refused (409).
- Workspace members are keyed by user: adding someone who is not a member of the organization is
  a 404, adding a member twice a 409.
- A workspace's rate limits start as the organization's (`source: organization`); an update sets
  the workspace's own values (`source: workspace`), and a null value falls back again. Lists leave
  inherited groups out unless `include_inherited` is true.
- Service accounts are named uniquely (409 otherwise). Their workspace memberships are one set,
  seen from both sides (`service_accounts.workspaces`, `workspaces.service_accounts`).
- Groups (RBAC) hold organization members (404 for anyone else, 409 twice); the built-in roles
  `rbacrole_member` and `rbacrole_connector_user` exist from the start, with their permissions.
- Compliance settings start `disabled`; the bare strings `enabled` / `disabled` are accepted.
"""

from __future__ import annotations

import copy
import datetime as _dt
from typing import Any

from . import _crud
from ._pages import cursor_page, token_page
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ROUTES"]

ORG = "/v1/organizations"
USERS = f"{ORG}/users"
API_KEYS = f"{ORG}/api_keys"
RATE_LIMITS = f"{ORG}/rate_limits"
WORKSPACES = f"{ORG}/workspaces"
MEMBERS = f"{ORG}/workspaces/{{workspace_id}}/members"
WORKSPACE_LIMITS = f"{ORG}/workspaces/{{workspace_id}}/rate_limits"
INVITE_DAYS = 21
SEEDED = f"{ORG}#seeded"  # a marker collection: the starting records exist
SERVICE_ACCOUNTS = f"{ORG}/service_accounts"
SA_MEMBERS = f"{ORG}/workspaces/{{workspace_id}}/service_accounts"
GROUPS = f"{ORG}/rbac_groups"
GROUP_MEMBERS = f"{ORG}/rbac_groups/{{rbac_group_id}}/members"
ROLES = f"{ORG}/rbac_roles"
PERMISSIONS = f"{ORG}/rbac_roles#permissions"  # by role id (not an API collection)
COMPLIANCE = f"{ORG}/compliance_settings"


def _seed(call: Call) -> None:
    """Create the organization's starting records once per server (and after a reset)."""
    state = call.state
    with state.lock:
        if SEEDED in state.records:
            return
        state.records[SEEDED] = {}
    now = state.timestamp()
    _crud.store(
        state,
        USERS,
        {},
        {
            "type": "user",
            "id": "user_local",
            "email": "admin@example.com",
            "name": "Local Admin",
            "role": "admin",
            "added_at": now,
        },
    )
    _crud.store(
        state,
        API_KEYS,
        {},
        {
            "type": "api_key",
            "id": "apikey_local",
            "name": "Local simulator key",
            "status": "active",
            "created_at": now,
            "created_by": {"type": "user", "id": "user_local"},
            "expires_at": None,
            "partial_key_hint": "sk-ant-...key",
            "principal": {"type": "user_actor", "user_id": "user_local"},
            "scope": {"type": "workspace", "workspace_id": "wrkspc_default"},
        },
    )
    limits = [
        (
            {"type": "model_group", "id": "claude_sonnet", "display_name": "Claude Sonnet"},
            [("requests_per_minute", 4000), ("input_tokens_per_minute", 2000000)],
            ["claude-sonnet-4-5"],
        ),
        ({"type": "batch", "id": "batch"}, [("requests_per_minute", 4000)], None),
    ]
    for group, values, models in limits:
        limit = {
            "type": "rate_limit",
            "id": f"ratelimit_{group['id']}",
            "group": group,
            "limits": [{"type": kind, "value": value} for kind, value in values],
            "models": models,
        }
        _crud.store(state, RATE_LIMITS, {}, limit)
    _seed_roles(call)


def _seed_roles(call: Call) -> None:
    state = call.state
    now = state.timestamp()
    roles = {
        "rbacrole_member": ("Member", [("read", {"type": "organization"})]),
        "rbacrole_connector_user": ("Connector user", [("use", {"type": "all_connectors"})]),
    }
    for role_id, (name, permissions) in roles.items():
        role = {
            "type": "rbac_role",
            "id": role_id,
            "display_name": name,
            "source": {"type": "built_in"},
            "created_at": now,
            "updated_at": now,
        }
        _crud.store(state, ROLES, {}, role)
        granted = []
        for action, resource in permissions:
            if resource["type"] == "organization":
                resource = {**resource, "organization_id": "org_local"}
            granted.append({"type": "rbac_role_permission", "action": action, "resource": resource})
        _crud.store(state, PERMISSIONS, {}, {"id": role_id, "permissions": granted})


def _seeded(handler: Handler) -> Handler:
    def answer(call: Call) -> Reply:
        _seed(call)
        return handler(call)

    return answer


def _op(call: Call, operation_id: str) -> Any:
    return call.document.by_id[operation_id]


def _plus_days(stamp: str, days: int) -> str:
    when = _dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")) + _dt.timedelta(days=days)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


# --- the organization, its users and invites -------------------------------------------------


def organization_retrieve(call: Call) -> Reply:
    return Reply(body={"type": "organization", "id": "org_local", "name": "Local Organization"})


def invites_create(call: Call) -> Reply:
    body = dict(call.body or {})
    email = str(body.get("email", ""))
    for user in _crud.items(call.state, USERS, {}):
        if user["email"] == email:
            raise APIFailure(409, "invalid_request_error", f"{email!r} is already a member")
    invited = call.state.timestamp()
    given = {
        "rbac_group_ids": [],
        **body,
        "status": "pending",
        "accepted_at": None,
        "invited_at": invited,
        "expires_at": _plus_days(invited, INVITE_DAYS),
    }
    return Reply(body=_crud.create(call, _op(call, "organization_invites_create"), given))


# --- workspaces ------------------------------------------------------------------------------


def workspaces_create(call: Call) -> Reply:
    body = dict(call.body or {})
    residency = {
        "allowed_inference_geos": "unrestricted",
        "default_inference_geo": "global",
        "workspace_geo": "us",
    }
    residency.update({k: v for k, v in (body.get("data_residency") or {}).items() if v is not None})
    given = {
        **{k: v for k, v in body.items() if v is not None},
        "display_color": body.get("display_color") or "#6C5BB9",
        "compartment_id": call.state.next_id("compartment"),
        "data_residency": residency,
        "tags": body.get("tags") or {},
    }
    return Reply(body=_crud.create(call, _op(call, "organization_workspaces_create"), given))


def _workspace(call: Call) -> dict[str, Any]:
    return _crud.find(call.state, WORKSPACES, call.params["workspace_id"], "workspace")


def workspaces_update(call: Call) -> Reply:
    workspace = _workspace(call)
    changes = {k: v for k, v in dict(call.body or {}).items() if v is not None}
    if "tags" in changes:
        tags = {**workspace.get("tags", {}), **changes["tags"]}
        changes["tags"] = {k: v for k, v in tags.items() if v is not None}
    if "data_residency" in changes:
        residency = {k: v for k, v in changes["data_residency"].items() if v is not None}
        changes["data_residency"] = {**workspace["data_residency"], **residency}
    operation = _op(call, "organization_workspaces_update")
    return Reply(body=_crud.update(call, workspace, changes, operation))


def workspaces_archive(call: Call) -> Reply:
    workspace = _workspace(call)
    if workspace.get("archived_at"):
        raise APIFailure(409, "invalid_request_error", "the workspace is already archived")
    with call.state.changed:
        workspace["archived_at"] = call.state.timestamp()
        call.state.changed.notify_all()
    return Reply(body=workspace)


# --- workspace members (keyed by user) -------------------------------------------------------


def _member_key(workspace_id: str, user_id: str) -> str:
    return f"{workspace_id}/{user_id}"


def _member(call: Call) -> dict[str, Any]:
    _workspace(call)
    key = _member_key(call.params["workspace_id"], call.params["user_id"])
    return _crud.find(call.state, MEMBERS, key, "workspace member")


def members_add(call: Call) -> Reply:
    workspace = _workspace(call)
    body = dict(call.body or {})
    user_id = str(body.get("user_id", ""))
    _crud.find(call.state, USERS, user_id, "user")
    key = _member_key(workspace["id"], user_id)
    if key in call.state.records.get(MEMBERS, {}):
        raise APIFailure(409, "invalid_request_error", f"{user_id!r} is already a member")
    member = {
        "type": "workspace_member",
        "user_id": user_id,
        "workspace_id": workspace["id"],
        "workspace_role": body.get("workspace_role"),
    }
    _crud.store(call.state, MEMBERS, {"workspace_id": workspace["id"]}, member, key)
    return Reply(body=member)


def members_retrieve(call: Call) -> Reply:
    return Reply(body=_member(call))


def members_update(call: Call) -> Reply:
    member = _member(call)
    with call.state.changed:
        member["workspace_role"] = (call.body or {}).get("workspace_role")
        call.state.changed.notify_all()
    return Reply(body=member)


def members_remove(call: Call) -> Reply:
    member = _member(call)
    with call.state.changed:
        call.state.records[MEMBERS].pop(_member_key(member["workspace_id"], member["user_id"]))
        call.state.changed.notify_all()
    removed = {"type": "workspace_member_deleted"}
    return Reply(
        body={**removed, "user_id": member["user_id"], "workspace_id": member["workspace_id"]}
    )


def members_list(call: Call) -> Reply:
    workspace = _workspace(call)
    members = _crud.items(call.state, MEMBERS, {"workspace_id": workspace["id"]})
    # Members have no `id`: the user ID is their cursor.
    page = cursor_page([{**m, "id": m["user_id"]} for m in members], call.query)
    page["data"] = [{k: v for k, v in m.items() if k != "id"} for m in page["data"]]
    return Reply(body=page)


# --- API keys --------------------------------------------------------------------------------


def api_keys_list(call: Call) -> Reply:
    query = call.query
    kept = []
    for key in _crud.items(call.state, API_KEYS, {}):
        if query.get("status") not in (None, key["status"]):
            continue
        creator = key.get("created_by") or {}
        if query.get("created_by_user_id") not in (None, creator.get("id")):
            continue
        if query.get("workspace_id") not in (None, key["scope"].get("workspace_id")):
            continue
        kept.append(key)
    return Reply(body=cursor_page(kept, query))


# --- rate limits -----------------------------------------------------------------------------


def _limits(call: Call) -> list[dict[str, Any]]:
    group_type = call.query.get("group_type")
    return [
        limit
        for limit in _crud.items(call.state, RATE_LIMITS, {})
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
    own = call.state.records.get(WORKSPACE_LIMITS, {}).get(f"{workspace_id}/{limit['id']}")
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
    workspace = _workspace(call)
    inherited = call.query.get("include_inherited") is True
    kept = []
    for limit in _limits(call):
        view, own = _workspace_limit(call, workspace["id"], limit)
        if own or inherited:
            kept.append(view)
    return Reply(body=token_page(kept, call.query))


def workspace_rate_limits_update(call: Call) -> Reply:
    workspace = _workspace(call)
    limit = _crud.find(call.state, RATE_LIMITS, call.params["rate_limit_id"], "rate limit")
    key = f"{workspace['id']}/{limit['id']}"
    with call.state.changed:
        record = call.state.records.setdefault(WORKSPACE_LIMITS, {}).setdefault(
            key, {"object": {}, "parents": {"workspace_id": workspace["id"]}}
        )
        for value in (call.body or {}).get("limits", []):
            record["object"][value["type"]] = value.get("value")
        call.state.changed.notify_all()
    view, _ = _workspace_limit(call, workspace["id"], limit)
    return Reply(body=view)


# --- service accounts and their workspaces -----------------------------------------------------


def service_accounts_create(call: Call) -> Reply:
    body = dict(call.body or {})
    name = body.get("name")
    if any(sa["name"] == name for sa in _crud.items(call.state, SERVICE_ACCOUNTS, {})):
        raise APIFailure(409, "invalid_request_error", f"a service account named {name!r} exists")
    given = {"organization_role": "developer", **{k: v for k, v in body.items() if v is not None}}
    return Reply(body=_crud.create(call, _op(call, "organization_service_accounts_create"), given))


def _service_account(call: Call, service_account_id: str) -> dict[str, Any]:
    return _crud.find(call.state, SERVICE_ACCOUNTS, service_account_id, "service account")


def _sa_key(workspace_id: str, service_account_id: str) -> str:
    return f"{workspace_id}/{service_account_id}"


def _sa_add(call: Call, workspace_id: str, service_account_id: str, role: Any) -> Reply:
    _crud.find(call.state, WORKSPACES, workspace_id, "workspace")
    _service_account(call, service_account_id)
    key = _sa_key(workspace_id, service_account_id)
    if key in call.state.records.get(SA_MEMBERS, {}):
        raise APIFailure(409, "invalid_request_error", "the service account is already a member")
    member = {
        "type": "service_account_workspace_member",
        "service_account_id": service_account_id,
        "workspace_id": workspace_id,
        "workspace_role": role,
        "created_by_actor_id": "user_local",
        "implicit": False,
    }
    parents = {"workspace_id": workspace_id, "service_account_id": service_account_id}
    return Reply(body=_crud.store(call.state, SA_MEMBERS, parents, member, key))


def _sa_member(call: Call) -> dict[str, Any]:
    key = _sa_key(call.params["workspace_id"], call.params["service_account_id"])
    return _crud.find(call.state, SA_MEMBERS, key, "service account membership")


def _sa_remove(call: Call) -> Reply:
    member = _sa_member(call)
    with call.state.changed:
        call.state.records[SA_MEMBERS].pop(
            _sa_key(member["workspace_id"], member["service_account_id"])
        )
        call.state.changed.notify_all()
    removed = {"type": "service_account_workspace_member_deleted"}
    ids = {k: member[k] for k in ("service_account_id", "workspace_id")}
    return Reply(body={**removed, **ids})


def service_account_workspaces_add(call: Call) -> Reply:
    body = call.body or {}
    sa_id = call.params["service_account_id"]
    return _sa_add(call, str(body.get("workspace_id", "")), sa_id, body.get("workspace_role"))


def service_account_workspaces_list(call: Call) -> Reply:
    sa_id = _service_account(call, call.params["service_account_id"])["id"]
    found = _crud.items(call.state, SA_MEMBERS, {"service_account_id": sa_id})
    return Reply(body=token_page(found, call.query))


def workspace_service_accounts_add(call: Call) -> Reply:
    body = call.body or {}
    sa_id = str(body.get("service_account_id", ""))
    return _sa_add(call, call.params["workspace_id"], sa_id, body.get("workspace_role"))


def workspace_service_accounts_list(call: Call) -> Reply:
    workspace = _workspace(call)
    found = _crud.items(call.state, SA_MEMBERS, {"workspace_id": workspace["id"]})
    return Reply(body=token_page(found, call.query))


def workspace_service_accounts_retrieve(call: Call) -> Reply:
    return Reply(body=_sa_member(call))


def workspace_service_accounts_update(call: Call) -> Reply:
    member = _sa_member(call)
    with call.state.changed:
        member["workspace_role"] = (call.body or {}).get("workspace_role")
        call.state.changed.notify_all()
    return Reply(body=member)


# --- groups, roles and compliance settings ---------------------------------------------------


def _group(call: Call) -> dict[str, Any]:
    return _crud.find(call.state, GROUPS, call.params["rbac_group_id"], "group")


def group_members_add(call: Call) -> Reply:
    group = _group(call)
    user = _crud.find(call.state, USERS, str((call.body or {}).get("user_id", "")), "user")
    key = f"{group['id']}/{user['id']}"
    if key in call.state.records.get(GROUP_MEMBERS, {}):
        raise APIFailure(409, "invalid_request_error", "the user is already in the group")
    member = {
        "type": "rbac_group_member",
        "rbac_group_id": group["id"],
        "user_id": user["id"],
        "email": user["email"],
        "created_at": call.state.timestamp(),
    }
    return Reply(
        body=_crud.store(call.state, GROUP_MEMBERS, {"rbac_group_id": group["id"]}, member, key)
    )


def group_members_list(call: Call) -> Reply:
    group = _group(call)
    found = _crud.items(call.state, GROUP_MEMBERS, {"rbac_group_id": group["id"]})
    return Reply(body=token_page(found, call.query))


def group_members_remove(call: Call) -> Reply:
    group = _group(call)
    key = f"{group['id']}/{call.params['user_id']}"
    member = _crud.find(call.state, GROUP_MEMBERS, key, "group member")
    with call.state.changed:
        call.state.records[GROUP_MEMBERS].pop(key)
        call.state.changed.notify_all()
    removed = {"type": "rbac_group_member_deleted"}
    return Reply(body={**removed, "rbac_group_id": group["id"], "user_id": member["user_id"]})


def role_permissions_list(call: Call) -> Reply:
    role = _crud.find(call.state, ROLES, call.params["rbac_role_id"], "role")
    granted = _crud.find(call.state, PERMISSIONS, role["id"], "role")["permissions"]
    return Reply(body=token_page(granted, call.query))


def _compliance(call: Call) -> dict[str, Any]:
    with call.state.lock:
        record = call.state.records.get(COMPLIANCE, {}).get("settings")
    if record is not None:
        found: dict[str, Any] = record["object"]
        return found
    settings = {"type": "compliance_settings", "state": {"type": "disabled"}}
    return _crud.store(call.state, COMPLIANCE, {}, settings, "settings")


def compliance_retrieve(call: Call) -> Reply:
    return Reply(body=_compliance(call))


def compliance_update(call: Call) -> Reply:
    settings = _compliance(call)
    state = (call.body or {}).get("state")
    with call.state.changed:
        settings["state"] = {"type": state} if isinstance(state, str) else state
        call.state.changed.notify_all()
    return Reply(body=settings)


_ANSWERS: dict[str, Handler] = {
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
    "organization_service_accounts_create": service_accounts_create,
    "organization_service_accounts_workspaces_add": service_account_workspaces_add,
    "organization_service_accounts_workspaces_list": service_account_workspaces_list,
    "organization_service_accounts_workspaces_remove": _sa_remove,
    "organization_workspaces_service_accounts_add": workspace_service_accounts_add,
    "organization_workspaces_service_accounts_list": workspace_service_accounts_list,
    "organization_workspaces_service_accounts_retrieve": workspace_service_accounts_retrieve,
    "organization_workspaces_service_accounts_update": workspace_service_accounts_update,
    "organization_workspaces_service_accounts_remove": _sa_remove,
    "organization_rbac_groups_members_add": group_members_add,
    "organization_rbac_groups_members_list": group_members_list,
    "organization_rbac_groups_members_remove": group_members_remove,
    "organization_rbac_roles_permissions_list": role_permissions_list,
    "organization_compliance_settings_retrieve": compliance_retrieve,
    "organization_compliance_settings_update": compliance_update,
}
# The generic answers of the other operations need the starting records too.
_GENERIC = (
    "organization_users_list",
    "organization_users_retrieve",
    "organization_users_update",
    "organization_users_remove",
    "organization_api_keys_retrieve",
    "organization_api_keys_update",
    "organization_rbac_roles_list",
    "organization_rbac_roles_retrieve",
)
ROUTES: dict[str, Handler] = {
    **{name: _seeded(handler) for name, handler in _ANSWERS.items()},
    **{name: _seeded(_crud.answer) for name in _GENERIC},
}
