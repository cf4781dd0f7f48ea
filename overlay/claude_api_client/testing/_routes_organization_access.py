"""Access to the organization (Admin API): service accounts, RBAC groups and roles, compliance
settings, external keys and workload identity federation.

- Service accounts are named uniquely (409 otherwise). Their workspace memberships are one set,
  seen from both sides (`service_accounts.workspaces`, `workspaces.service_accounts`).
- Groups hold organization members (404 for anyone else, 409 twice); the built-in roles
  `rbacrole_member` and `rbacrole_connector_user` exist from the start, with their permissions.
- Compliance settings start `disabled`; the bare strings `enabled` / `disabled` are accepted.
- External keys start `unattached` and become `attached` once a workspace names them (then they
  cannot be deleted, 409); validating one always succeeds.
- Federation issuers default to OpenID Connect discovery; rules need an existing issuer (404) and
  keep their `workspace_ids` in step with `rules.workspaces`.
"""

from __future__ import annotations

from typing import Any

from . import _crud
from . import _organization_records as records
from ._pages import token_page
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ANSWERS"]


def service_accounts_create(call: Call) -> Reply:
    body = dict(call.body or {})
    name = body.get("name")
    if any(sa["name"] == name for sa in _crud.items(call.state, records.SERVICE_ACCOUNTS, {})):
        raise APIFailure(409, "invalid_request_error", f"a service account named {name!r} exists")
    given = {"organization_role": "developer", **{k: v for k, v in body.items() if v is not None}}
    return Reply(
        body=_crud.create(call, records.op(call, "organization_service_accounts_create"), given)
    )


def _service_account(call: Call, service_account_id: str) -> dict[str, Any]:
    return _crud.find(call.state, records.SERVICE_ACCOUNTS, service_account_id, "service account")


def _sa_key(workspace_id: str, service_account_id: str) -> str:
    return f"{workspace_id}/{service_account_id}"


def _links_of(collection: str, owners: str, parent: str, what: str) -> Handler:
    """A list handler: the links (memberships) in `collection` kept under the object of `owners`
    that the path parameter `parent` names (404 naming `what`)."""

    def links(call: Call) -> Reply:
        found = _crud.find(call.state, owners, call.params[parent], what)
        listed = _crud.items(call.state, collection, {parent: found["id"]})
        return Reply(body=token_page(listed, call.query))

    return links


def _sa_add(call: Call, workspace_id: str, service_account_id: str, role: Any) -> Reply:
    _crud.find(call.state, records.WORKSPACES, workspace_id, "workspace")
    _service_account(call, service_account_id)
    member = {
        "type": "service_account_workspace_member",
        "service_account_id": service_account_id,
        "workspace_id": workspace_id,
        "workspace_role": role,
        "created_by_actor_id": "user_local",
        "implicit": False,
    }
    parents = {"workspace_id": workspace_id, "service_account_id": service_account_id}
    key = _sa_key(workspace_id, service_account_id)
    taken = "the service account is already a member"
    return Reply(body=_crud.add(call.state, records.SA_MEMBERS, parents, member, key, taken))


def _sa_member(call: Call, look: Any = _crud.find) -> dict[str, Any]:
    """The membership the path names, found (or, with `look=_crud.remove`, taken out)."""
    key = _sa_key(call.params["workspace_id"], call.params["service_account_id"])
    found: dict[str, Any] = look(call.state, records.SA_MEMBERS, key, "service account membership")
    return found


def _sa_remove(call: Call) -> Reply:
    member = _sa_member(call, look=_crud.remove)
    removed = {"type": "service_account_workspace_member_deleted"}
    ids = {k: member[k] for k in ("service_account_id", "workspace_id")}
    return Reply(body={**removed, **ids})


def service_account_workspaces_add(call: Call) -> Reply:
    body = call.body or {}
    sa_id = call.params["service_account_id"]
    return _sa_add(call, str(body.get("workspace_id", "")), sa_id, body.get("workspace_role"))


def workspace_service_accounts_add(call: Call) -> Reply:
    body = call.body or {}
    sa_id = str(body.get("service_account_id", ""))
    return _sa_add(call, call.params["workspace_id"], sa_id, body.get("workspace_role"))


def workspace_service_accounts_retrieve(call: Call) -> Reply:
    return Reply(body=_sa_member(call))


def workspace_service_accounts_update(call: Call) -> Reply:
    role = (call.body or {}).get("workspace_role")
    return Reply(body=_crud.modify(call.state, _sa_member(call), workspace_role=role))


def _group(call: Call) -> dict[str, Any]:
    return _crud.find(call.state, records.GROUPS, call.params["rbac_group_id"], "group")


def group_members_add(call: Call) -> Reply:
    group = _group(call)
    user = _crud.find(call.state, records.USERS, str((call.body or {}).get("user_id", "")), "user")
    member = {
        "type": "rbac_group_member",
        "rbac_group_id": group["id"],
        "user_id": user["id"],
        "email": user["email"],
        "created_at": call.state.timestamp(),
    }
    key, parents = f"{group['id']}/{user['id']}", {"rbac_group_id": group["id"]}
    taken = "the user is already in the group"
    return Reply(body=_crud.add(call.state, records.GROUP_MEMBERS, parents, member, key, taken))


def group_members_remove(call: Call) -> Reply:
    group = _group(call)
    key = f"{group['id']}/{call.params['user_id']}"
    member = _crud.remove(call.state, records.GROUP_MEMBERS, key, "group member")
    removed = {"type": "rbac_group_member_deleted"}
    return Reply(body={**removed, "rbac_group_id": group["id"], "user_id": member["user_id"]})


def role_permissions_list(call: Call) -> Reply:
    role = _crud.find(call.state, records.ROLES, call.params["rbac_role_id"], "role")
    granted = _crud.find(call.state, records.PERMISSIONS, role["id"], "role")["permissions"]
    return Reply(body=token_page(granted, call.query))


def _compliance(call: Call) -> dict[str, Any]:
    with call.state.lock:
        record = call.state.records.get(records.COMPLIANCE, {}).get("settings")
    if record is not None:
        found: dict[str, Any] = record["object"]
        return found
    settings = {"type": "compliance_settings", "state": {"type": "disabled"}}
    return _crud.store(call.state, records.COMPLIANCE, {}, settings, "settings")


def compliance_retrieve(call: Call) -> Reply:
    return Reply(body=_compliance(call))


def compliance_update(call: Call) -> Reply:
    settings = _compliance(call)
    state = (call.body or {}).get("state")
    given = {"type": state} if isinstance(state, str) else state
    return Reply(body=_crud.modify(call.state, settings, state=given))


def external_keys_create(call: Call) -> Reply:
    body = {k: v for k, v in dict(call.body or {}).items() if v is not None}
    given = {"geo": "us", **body, "attachment": {"type": "unattached"}}
    return Reply(
        body=_crud.create(call, records.op(call, "organization_external_keys_create"), given)
    )


def external_keys_delete(call: Call) -> Reply:
    key = _crud.find(
        call.state, records.EXTERNAL_KEYS, call.params["external_key_id"], "external key"
    )
    if key["attachment"]["type"] == "attached":
        raise APIFailure(409, "invalid_request_error", "a workspace still uses this key")
    return _crud.answer(call)


def external_keys_validate(call: Call) -> Reply:
    _crud.find(call.state, records.EXTERNAL_KEYS, call.params["external_key_id"], "external key")
    return Reply(body={"type": "external_key_validation", "status": "success", "error": None})


def issuers_create(call: Call) -> Reply:
    body = {k: v for k, v in dict(call.body or {}).items() if v is not None}
    given = {
        "jwks": {"type": "discovery"},
        "check_jti": False,
        "max_jwt_lifetime_seconds": 3600,
        **body,
        "created_by_actor_id": "user_local",
        "poll_status": {"consecutive_failures": 0, "last_fetched_at": None, "next_poll_at": None},
    }
    return Reply(
        body=_crud.create(call, records.op(call, "organization_federation_issuers_create"), given)
    )


def issuers_update(call: Call) -> Reply:
    issuer = _crud.find(call.state, records.ISSUERS, call.params["federation_issuer_id"], "issuer")
    changes = dict(call.body or {})
    stop = changes.pop("jwks_polling_disabled", None)
    if stop is not None:
        changes["jwks_polling_disabled_at"] = call.state.timestamp() if stop else None
        issuer["jwks_polling_disabled_at"] = changes["jwks_polling_disabled_at"]
    operation = records.op(call, "organization_federation_issuers_update")
    return Reply(body=_crud.update(call, issuer, changes, operation))


def rules_create(call: Call) -> Reply:
    body = {k: v for k, v in dict(call.body or {}).items() if v is not None}
    issuer = _crud.find(call.state, records.ISSUERS, str(body.get("issuer_id", "")), "issuer")
    target = dict(body.get("target") or {})
    accounts = call.state.records.get(records.SERVICE_ACCOUNTS, {})
    account = accounts.get(str(target.get("service_account_id")))
    if account is not None:
        target["service_account_name"] = account["object"]["name"]
    workspace_id = body.pop("workspace_id", None)
    given = {
        "applies_to_all_workspaces": False,
        "token_lifetime_seconds": 3600,
        **body,
        "target": target,
        "issuer_name": issuer["name"],
        "workspace_ids": [],
        "created_by_actor_id": "user_local",
    }
    rule = _crud.create(call, records.op(call, "organization_federation_rules_create"), given)
    if workspace_id is not None:
        _rule_workspace_add(call, rule, str(workspace_id))
    return Reply(body=rule)


def _rule(call: Call) -> dict[str, Any]:
    return _crud.find(
        call.state, records.RULES, call.params["federation_rule_id"], "federation rule"
    )


def _rule_workspace_add(call: Call, rule: dict[str, Any], workspace_id: str) -> dict[str, Any]:
    workspace = _crud.find(call.state, records.WORKSPACES, workspace_id, "workspace")
    link = {
        "type": "federation_rule_workspace",
        "federation_rule_id": rule["id"],
        "workspace_id": workspace_id,
        "workspace_name": workspace["name"],
        "created_at": call.state.timestamp(),
        "created_by_actor_id": "user_local",
    }
    key, parents = f"{rule['id']}/{workspace_id}", {"federation_rule_id": rule["id"]}
    taken = "the rule already reaches this workspace"
    _crud.add(call.state, records.RULE_WORKSPACES, parents, link, key, taken)
    _crud.modify(call.state, rule, workspace_ids=[*rule["workspace_ids"], workspace_id])
    return link


def rules_update(call: Call) -> Reply:
    rule = _rule(call)
    changes = {k: v for k, v in dict(call.body or {}).items() if v is not None}
    workspace_id = changes.pop("workspace_id", None)
    if workspace_id is not None and workspace_id not in rule["workspace_ids"]:
        _rule_workspace_add(call, rule, str(workspace_id))
    operation = records.op(call, "organization_federation_rules_update")
    return Reply(body=_crud.update(call, rule, changes, operation))


def rule_workspaces_add(call: Call) -> Reply:
    workspace_id = str((call.body or {}).get("workspace_id", ""))
    return Reply(body=_rule_workspace_add(call, _rule(call), workspace_id))


def rule_workspaces_remove(call: Call) -> Reply:
    rule = _rule(call)
    key = f"{rule['id']}/{call.params['workspace_id']}"
    link = _crud.remove(call.state, records.RULE_WORKSPACES, key, "rule workspace")
    kept = [w for w in rule["workspace_ids"] if w != link["workspace_id"]]
    _crud.modify(call.state, rule, workspace_ids=kept)
    removed = {"type": "federation_rule_workspace_deleted"}
    return Reply(
        body={**removed, "federation_rule_id": rule["id"], "workspace_id": link["workspace_id"]}
    )


ANSWERS: dict[str, Handler] = {
    "organization_service_accounts_create": service_accounts_create,
    "organization_service_accounts_workspaces_add": service_account_workspaces_add,
    "organization_service_accounts_workspaces_list": _links_of(
        records.SA_MEMBERS, records.SERVICE_ACCOUNTS, "service_account_id", "service account"
    ),
    "organization_service_accounts_workspaces_remove": _sa_remove,
    "organization_workspaces_service_accounts_add": workspace_service_accounts_add,
    "organization_workspaces_service_accounts_list": _links_of(
        records.SA_MEMBERS, records.WORKSPACES, "workspace_id", "workspace"
    ),
    "organization_workspaces_service_accounts_retrieve": workspace_service_accounts_retrieve,
    "organization_workspaces_service_accounts_update": workspace_service_accounts_update,
    "organization_workspaces_service_accounts_remove": _sa_remove,
    "organization_rbac_groups_members_add": group_members_add,
    "organization_rbac_groups_members_list": _links_of(
        records.GROUP_MEMBERS, records.GROUPS, "rbac_group_id", "group"
    ),
    "organization_rbac_groups_members_remove": group_members_remove,
    "organization_rbac_roles_permissions_list": role_permissions_list,
    "organization_compliance_settings_retrieve": compliance_retrieve,
    "organization_compliance_settings_update": compliance_update,
    "organization_external_keys_create": external_keys_create,
    "organization_external_keys_delete": external_keys_delete,
    "organization_external_keys_validate": external_keys_validate,
    "organization_federation_issuers_create": issuers_create,
    "organization_federation_issuers_update": issuers_update,
    "organization_federation_rules_create": rules_create,
    "organization_federation_rules_update": rules_update,
    "organization_federation_rules_workspaces_add": rule_workspaces_add,
    "organization_federation_rules_workspaces_list": _links_of(
        records.RULE_WORKSPACES, records.RULES, "federation_rule_id", "federation rule"
    ),
    "organization_federation_rules_workspaces_remove": rule_workspaces_remove,
}
