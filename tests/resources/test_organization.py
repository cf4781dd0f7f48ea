"""`client.organization` (the Admin API) against the simulator: what goes on the wire, and the
create → list → retrieve → update → archive/delete flows users' tests rely on."""

from __future__ import annotations

import asyncio
import datetime

import pytest

from _support.lifecycle import deleted
from claude_api_client import (
    Anthropic,
    AsyncAnthropic,
    BadRequestError,
    ConflictError,
    NotFoundError,
)
from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing.pytest_plugin import no_sleep_policy
from claude_api_client.types.organization import (
    APIKey,
    OrganizationInvite,
    OrganizationUser,
    Workspace,
)
from claude_api_client.types.organization.workspaces import WorkspaceRateLimit
from claude_api_client.types.organization_info import OrganizationInfo


@pytest.fixture
def async_admin(admin_api: LocalAPIServer) -> AsyncAnthropic:
    return admin_api.async_client(retry_policy=no_sleep_policy())


def test_me_is_the_keys_organization(admin_api: LocalAPIServer, admin: Anthropic) -> None:
    org = admin.organization.retrieve()
    assert isinstance(org, OrganizationInfo)
    assert (org.type, org.id) == ("organization", "org_local")
    (seen,) = admin_api.requests
    assert (seen.method, seen.path) == ("GET", "/v1/organizations/me")
    assert seen.headers["x-api-key"] == admin_api.api_key  # admin keys use the same header
    assert "anthropic-beta" not in seen.headers


def test_users_list_filters_and_encodes_arrays(admin_api: LocalAPIServer, admin: Anthropic) -> None:
    users = list(admin.organization.users.list(roles=["admin", "developer"], limit=5))
    assert [type(u) for u in users] == [OrganizationUser]
    assert users[0].role == "admin"
    assert admin.organization.users.list(email="nobody@example.com").data == []
    seen = admin_api.requests[0]
    assert seen.query == {"roles[]": ["admin", "developer"], "limit": ["5"]}


def test_a_member_changes_role_and_leaves(admin: Anthropic) -> None:
    users = admin.organization.users
    user_id = users.list().data[0].id
    assert users.update(user_id, role="developer").role == "developer"
    assert users.retrieve(user_id).role == "developer"
    removed = deleted(users, user_id, verb="remove")
    assert (removed.id, removed.type) == (user_id, "user_deleted")


def test_invites_from_create_to_delete(admin: Anthropic) -> None:
    invites = admin.organization.invites
    invite = invites.create(email="ada@example.com", role="developer")
    assert isinstance(invite, OrganizationInvite)
    assert (invite.status, invite.rbac_group_ids, invite.accepted_at) == ("pending", [], None)
    assert invite.expires_at > invite.invited_at
    assert [i.id for i in invites.list(statuses=["pending"])] == [invite.id]
    assert invites.list(statuses=["accepted"]).data == []
    assert invites.retrieve(invite.id).email == "ada@example.com"
    gone = deleted(invites, invite.id)
    assert (gone.id, gone.type) == (invite.id, "invite_deleted")
    with pytest.raises(ConflictError):  # already a member
        invites.create(email="admin@example.com", role="user")


def test_workspaces_create_update_archive(admin_api: LocalAPIServer, admin: Anthropic) -> None:
    workspaces = admin.organization.workspaces
    made = workspaces.create(name="Research", tags={"team": "ml", "cost": "b"})
    assert isinstance(made, Workspace)
    assert made.data_residency.allowed_inference_geos == "unrestricted"
    assert made.archived_at is None
    other = workspaces.create(
        name="EU", data_residency={"allowed_inference_geos": ["us"], "default_inference_geo": "us"}
    )
    assert other.data_residency.allowed_inference_geos == ["us"]
    assert [w.id for w in workspaces.list()] == [made.id, other.id]
    assert [w.id for w in workspaces.list(ids=[other.id])] == [other.id]
    changed = workspaces.update(made.id, name="Research 2", tags={"cost": None, "owner": "ada"})
    assert (changed.name, changed.tags) == ("Research 2", {"team": "ml", "owner": "ada"})
    assert workspaces.retrieve(made.id).name == "Research 2"
    archived = workspaces.archive(made.id)
    assert archived.archived_at is not None
    assert [w.id for w in workspaces.list()] == [other.id]
    assert len(workspaces.list(include_archived=True).data) == 2
    with pytest.raises(ConflictError):
        workspaces.archive(made.id)
    retrieve = [
        r for r in admin_api.requests if r.path == f"/v1/organizations/workspaces/{made.id}"
    ]
    # the path's workspace_id is the workspace; no anthropic-workspace-id header is sent for it
    assert retrieve and all("anthropic-workspace-id" not in r.headers for r in retrieve)


def test_workspace_members(admin: Anthropic) -> None:
    org = admin.organization
    space = org.workspaces.create(name="Research").id
    user = org.users.list().data[0].id
    added = org.workspaces.members.add(space, user_id=user, workspace_role="workspace_developer")
    assert (added.user_id, added.workspace_id, added.type) == (user, space, "workspace_member")
    with pytest.raises(ConflictError):
        org.workspaces.members.add(space, user_id=user, workspace_role="workspace_user")
    with pytest.raises(NotFoundError):
        org.workspaces.members.add(space, user_id="user_nobody", workspace_role="workspace_user")
    page = org.workspaces.members.list(space)
    assert [m.user_id for m in page.data] == [user]
    assert page.last_id == user
    member = org.workspaces.members.update(
        user, workspace_id=space, workspace_role="workspace_admin"
    )
    assert member.workspace_role == "workspace_admin"
    assert org.workspaces.members.retrieve(user, workspace_id=space).workspace_role == (
        "workspace_admin"
    )
    removed = org.workspaces.members.remove(user, workspace_id=space)
    assert removed.type == "workspace_member_deleted"
    assert org.workspaces.members.list(space).data == []


def test_api_keys(admin_api: LocalAPIServer, admin: Anthropic) -> None:
    keys = admin.organization.api_keys
    (key,) = keys.list(status="active")
    assert isinstance(key, APIKey)
    assert key.scope.type == "workspace"
    assert keys.list(workspace_id="wrkspc_other").data == []
    assert [k.id for k in keys.list(created_by_user_id="user_local")] == [key.id]
    # `workspace_id` of the list is a query filter here, not the workspace header
    assert admin_api.requests[-2].query == {"workspace_id": ["wrkspc_other"]}
    assert "anthropic-workspace-id" not in admin_api.requests[-2].headers
    assert keys.update(key.id, status="inactive").status == "inactive"
    assert keys.retrieve(key.id).status == "inactive"


def test_rate_limits_organization_and_workspace(admin: Anthropic) -> None:
    org = admin.organization
    limits = list(org.rate_limits.list())
    assert {lim.group.type for lim in limits} == {"model_group", "batch"}
    sonnet = next(iter(org.rate_limits.list(model="claude-sonnet-4-5")))
    assert sonnet.models == ["claude-sonnet-4-5"]
    assert org.rate_limits.list(group_type="batch").data[0].group.type == "batch"
    space = org.workspaces.create(name="Research").id
    assert org.workspaces.rate_limits.list(space).data == []  # inherited ones are left out
    inherited = org.workspaces.rate_limits.list(space, include_inherited=True).data
    assert {v.source.type for lim in inherited for v in lim.limits} == {"organization"}
    own = org.workspaces.rate_limits.update(
        sonnet.id, workspace_id=space, limits=[{"type": "requests_per_minute", "value": 100}]
    )
    assert isinstance(own, WorkspaceRateLimit)
    rpm = next(v for v in own.limits if v.type == "requests_per_minute")
    assert (rpm.value, rpm.org_limit, rpm.source.type) == (100, 4000, "workspace")
    assert [lim.rate_limit_id for lim in org.workspaces.rate_limits.list(space)] == [sonnet.id]
    cleared = org.workspaces.rate_limits.update(
        sonnet.id, workspace_id=space, limits=[{"type": "requests_per_minute", "value": None}]
    )
    assert {v.source.type for v in cleared.limits} == {"organization"}


def test_raw_and_streaming_responses(admin: Anthropic) -> None:
    raw = admin.organization.with_raw_response.retrieve()
    assert raw.http_request.url.path == "/v1/organizations/me"
    assert raw.parse().name == "Local Organization"
    with admin.organization.users.with_streaming_response.list() as response:
        assert response.status_code == 200
        assert response.parse().data[0].type == "user"


def test_the_beta_twin_sends_betas(admin_api: LocalAPIServer, admin: Anthropic) -> None:
    workspace = admin.beta.organization.workspaces.create(
        name="Research", betas=["some-beta-2026-01-01"]
    )
    assert workspace.name == "Research"
    assert admin_api.requests[-1].headers["anthropic-beta"] == "some-beta-2026-01-01"


def test_wrong_arguments_fail_before_the_network(
    admin_api: LocalAPIServer, admin: Anthropic
) -> None:
    with pytest.raises(ValueError, match="user_id"):
        admin.organization.users.retrieve("")
    with pytest.raises(TypeError):
        admin.organization.invites.create(email="a@example.com")  # type: ignore[call-arg]
    assert admin_api.requests == []
    with pytest.raises(BadRequestError):  # the API checks the values
        admin.organization.users.update("user_local", role="owner")  # type: ignore[arg-type]


def test_async(async_admin: AsyncAnthropic) -> None:
    async def main() -> None:
        org = async_admin.organization
        assert (await org.retrieve()).id == "org_local"
        made = await org.workspaces.create(name="Async")
        ids = [w.id async for w in org.workspaces.list()]
        assert ids == [made.id]
        await org.workspaces.members.add(
            made.id, user_id="user_local", workspace_role="workspace_user"
        )
        assert [m.user_id async for m in org.workspaces.members.list(made.id)] == ["user_local"]
        raw = await org.users.with_raw_response.list()
        assert (await raw.parse()).data[0].id == "user_local"
        await async_admin.close()

    asyncio.run(main())


def test_service_accounts_and_their_workspaces(admin: Anthropic) -> None:
    org = admin.organization
    account = org.service_accounts.create(name="ci-deployer", description="Deploys")
    assert (account.organization_role, account.archived_at) == ("developer", None)
    with pytest.raises(ConflictError):
        org.service_accounts.create(name="ci-deployer")
    changed = org.service_accounts.update(account.id, description=None, organization_role="admin")
    assert (changed.description, changed.organization_role) == (None, "admin")
    space = org.workspaces.create(name="Deploys").id
    added = org.service_accounts.workspaces.add(
        account.id, workspace_id=space, workspace_role="workspace_developer"
    )
    assert (added.service_account_id, added.workspace_id) == (account.id, space)
    # one membership, seen from the workspace's side too
    (seen,) = org.workspaces.service_accounts.list(space)
    assert seen.service_account_id == account.id
    role = org.workspaces.service_accounts.update(
        account.id, workspace_id=space, workspace_role="workspace_admin"
    )
    assert role.workspace_role == "workspace_admin"
    assert [m.workspace_id for m in org.service_accounts.workspaces.list(account.id)] == [space]
    removed = org.workspaces.service_accounts.remove(account.id, workspace_id=space)
    assert removed.type == "service_account_workspace_member_deleted"
    with pytest.raises(NotFoundError):
        org.service_accounts.workspaces.remove(space, service_account_id=account.id)
    assert org.service_accounts.archive(account.id).archived_at is not None
    assert org.service_accounts.list().data == []
    assert len(org.service_accounts.list(include_archived=True).data) == 1


def test_groups_roles_and_compliance(admin: Anthropic) -> None:
    org = admin.organization
    group = org.rbac_groups.create(name="Data science")
    assert (group.source_type, group.type) == ("direct", "rbac_group")
    assert org.rbac_groups.update(group.id, name="ML").name == "ML"
    member = org.rbac_groups.members.add(group.id, user_id="user_local")
    assert (member.email, member.rbac_group_id) == ("admin@example.com", group.id)
    with pytest.raises(NotFoundError):
        org.rbac_groups.members.add(group.id, user_id="user_nobody")
    assert [m.user_id for m in org.rbac_groups.members.list(group.id)] == ["user_local"]
    gone = org.rbac_groups.members.remove("user_local", rbac_group_id=group.id)
    assert gone.type == "rbac_group_member_deleted"
    assert deleted(org.rbac_groups, group.id).type == "rbac_group_deleted"
    roles = list(org.rbac_roles.list())
    assert {r.source.type for r in roles} == {"built_in"}
    assert org.rbac_roles.retrieve(roles[0].id).display_name == roles[0].display_name
    permissions = list(org.rbac_roles.permissions.list(roles[0].id))
    assert permissions and permissions[0].type == "rbac_role_permission"
    settings = org.compliance_settings.retrieve()
    assert settings.state.type == "disabled"
    assert org.compliance_settings.update(state={"type": "enabled"}).state.type == "enabled"
    assert org.compliance_settings.retrieve().state.type == "enabled"


def test_external_keys(admin: Anthropic) -> None:
    org = admin.organization
    arn = "arn:aws:kms:us-east-1:123456789012:key/1a2b3c4d"
    key = org.external_keys.create(provider_config={"type": "aws", "kms_arn": arn})
    assert (key.geo, key.attachment.type, key.provider_config.type) == ("us", "unattached", "aws")
    assert org.external_keys.validate(key.id).status == "success"
    assert org.external_keys.update(key.id, display_name="Primary").display_name == "Primary"
    space = org.workspaces.create(name="Encrypted", external_key_id=key.id)
    assert space.external_key_id == key.id
    assert org.external_keys.retrieve(key.id).attachment.type == "attached"
    with pytest.raises(ConflictError):  # a workspace uses it
        org.external_keys.delete(key.id)
    spare = org.external_keys.create(provider_config={"type": "gcp", "key_name": "projects/p/k"})
    assert [k.id for k in org.external_keys.list()] == [key.id, spare.id]
    assert org.external_keys.delete(spare.id).type == "external_key_deleted"


def test_federation_issuers_and_rules(admin: Anthropic) -> None:
    federation = admin.organization.federation
    issuer = federation.issuers.create(
        issuer_url="https://token.actions.githubusercontent.com", name="GitHub Actions"
    )
    assert (issuer.jwks.type, issuer.jwks_polling_disabled_at) == ("discovery", None)
    stopped = federation.issuers.update(issuer.id, jwks_polling_disabled=True)
    assert stopped.jwks_polling_disabled_at is not None
    account = admin.organization.service_accounts.create(name="deployer")
    space = admin.organization.workspaces.create(name="Prod").id
    rule = federation.rules.create(
        issuer_id=issuer.id,
        match={"subject_prefix": "repo:example/app:"},
        name="deploy-from-main",
        oauth_scope="workspace:developer",
        target={"type": "service_account", "service_account_id": account.id},
        workspace_id=space,
    )
    assert (rule.issuer_name, rule.target.service_account_name) == ("GitHub Actions", "deployer")
    assert rule.workspace_ids == [space]
    assert [r.id for r in federation.rules.list(issuer_id=issuer.id)] == [rule.id]
    with pytest.raises(NotFoundError):
        federation.rules.create(
            issuer_id="fdiss_nope",
            match={},
            name="x",
            oauth_scope="s",
            target={"type": "service_account", "service_account_id": account.id},
        )
    (link,) = federation.rules.workspaces.list(rule.id)
    assert (link.workspace_id, link.workspace_name) == (space, "Prod")
    removed = federation.rules.workspaces.remove(space, federation_rule_id=rule.id)
    assert removed.type == "federation_rule_workspace_deleted"
    assert federation.rules.retrieve(rule.id).workspace_ids == []
    federation.rules.workspaces.add(rule.id, workspace_id=space)
    assert federation.rules.retrieve(rule.id).workspace_ids == [space]
    assert federation.rules.archive(rule.id).archived_at is not None
    assert federation.rules.list().data == []
    assert federation.issuers.archive(issuer.id).archived_at is not None


def test_spend_limits(admin: Anthropic) -> None:
    spend = admin.organization.spend_limits
    (summary,) = spend.effective.list(user_ids=["user_local"])
    assert (summary.amount, summary.period, summary.scope.type) == (
        "100.00",
        "monthly",
        "organization",
    )
    assert spend.effective.list(period=["daily"]).data == []
    pending = spend.increase_requests.list(status=["pending"]).data
    assert {r.actor.type for r in pending} == {"user_actor", "scoped_api_key_actor"}
    mine = spend.increase_requests.list(actor_ids=["user_local"]).data[0]
    approved = spend.increase_requests.approve(mine.id, amount="250.00")
    assert approved.status == "approved" and approved.spend_limit is not None
    assert (approved.spend_limit.amount, approved.spend_limit.scope.type) == ("250.00", "user")
    assert spend.effective.list().data[0].amount == "250.00"
    with pytest.raises(ConflictError):
        spend.increase_requests.deny(mine.id)
    other = next(r for r in pending if r.id != mine.id)
    assert spend.increase_requests.deny(other.id, suppress_notification=True).status == "denied"
    assert spend.increase_requests.retrieve(other.id).resolved_by is not None


def test_analytics_reports(admin_api: LocalAPIServer, admin: Anthropic) -> None:
    analytics = admin.organization.analytics
    days = list(
        analytics.summaries.list(starting_date=datetime.date(2026, 8, 1), ending_date="2026-08-02")
    )
    assert [d.starting_at.day for d in days] == [1, 2]
    assert days[0].daily_active_user_count == 0
    seen = admin_api.requests[-1]
    assert seen.query == {"starting_date": ["2026-08-01"], "ending_date": ["2026-08-02"]}
    (row,) = analytics.users.list(date="2026-08-01", group_by=["rbac_group_id"], filter=["a:b"])
    assert row.user is not None and row.user.id == "user_local"
    assert row.chat_metrics.message_count == 0
    assert admin_api.requests[-1].query["group_by[]"] == ["rbac_group_id"]
    assert analytics.skills.list(date="2026-08-01").data == []
    assert analytics.apps.chat.projects.list(order="asc").data == []
    assert analytics.artifacts.list(date="2026-08-01").data == []
    with pytest.raises(TypeError):
        analytics.artifacts.list()  # type: ignore[call-arg]


def test_the_beta_twin_types(admin_api: LocalAPIServer, admin: Anthropic) -> None:
    from claude_api_client.types.beta.organization import BetaOrganizationUser, BetaWorkspace
    from claude_api_client.types.beta.organization.workspaces import BetaWorkspaceRateLimit

    user = admin.beta.organization.users.list().data[0]
    assert isinstance(user, BetaOrganizationUser)
    workspace = admin.beta.organization.workspaces.create(name="Beta")
    assert isinstance(workspace, BetaWorkspace)
    limit = admin.beta.organization.rate_limits.list().data[0]
    own = admin.beta.organization.workspaces.rate_limits.update(
        limit.id, workspace_id=workspace.id, limits=[{"type": "requests_per_minute", "value": 5}]
    )
    assert isinstance(own, BetaWorkspaceRateLimit)
    assert admin_api.requests[-1].path.endswith(f"/rate_limits/{limit.id}")
