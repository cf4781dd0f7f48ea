"""The beta-only resources of `client.beta.organization` against the simulator: Claude Code
managed settings, Claude tag, plugins and marketplaces, spend limits by ID and `users.sign_out`.
What goes on the wire (each call's default beta, the body forms) and the flows users' tests rely
on."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from pathlib import Path

import pytest

from _support.lifecycle import deleted
from claude_api_client import (
    Anthropic,
    BadRequestError,
    ConflictError,
    NotFoundError,
)
from claude_api_client.testing import LocalAPIServer, _crud
from claude_api_client.testing.pytest_plugin import no_sleep_policy
from claude_api_client.types.beta.organization import (
    BetaCannotSignOutSelfError,
    BetaDeletedPlugin,
    BetaOrganizationUser,
    BetaPlugin,
    BetaPluginMarketplaceValidationReport,
    BetaPluginNameTakenError,
    BetaSpendLimit,
)
from claude_api_client.types.beta.organization.beta_plugin import CreatedBy, Owner
from claude_api_client.types.beta.organization.claude_code import (
    BetaRBACGroupManagedSettingsNotFoundError,
)
from claude_api_client.types.beta.organization.claude_code.managed_settings import (
    BetaClaudeCodeManagedSettingsConfiguration,
    BetaClaudeCodeRBACGroupManagedSettings,
    BetaClaudeCodeRBACGroupManagedSettingsSummary,
    BetaClaudeCodeRBACGroupStatusDeleted,
    ConfigurationUpdateParams,
)
from claude_api_client.types.beta.organization.claude_tag import (
    BetaClaudeTagSlackChannel,
    BetaClaudeTagSlackWorkspace,
)
from claude_api_client.types.beta.organization.claude_tag.bundles import (
    BetaClaudeTagSlackChannelBundleTarget,
)
from claude_api_client.types.beta.organization.plugins import (
    BetaPluginInstallationSetting,
    BetaPluginVersion,
)

ROOT = Path(__file__).resolve().parents[2]
NAMESPACES = ("claude_code", "claude_tag", "plugins", "plugin_marketplaces", "spend_limits")
MANIFEST = ".claude-plugin/plugin.json"


def _plugin_files(name: str, version: str = "1.0.0") -> list[tuple[str, bytes]]:
    manifest = {"name": name, "version": version, "description": "Release notes helper."}
    return [
        (f"{name}/{MANIFEST}", json.dumps(manifest).encode()),
        (f"{name}/commands/notes.md", b"# Write the release notes\n"),
    ]


def _beta_operations() -> dict[str, list[str]]:
    """operationId -> default betas, for every beta-only operation of these resources."""
    doc = json.loads((ROOT / "generated/claude_api_client/openapi.json").read_text())
    out = {}
    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "x-beta" not in op:
                continue
            namespace = op.get("x-sdk-namespace", "")
            if (
                namespace.split(".")[:2] in [["organization", n] for n in NAMESPACES]
                or op["operationId"] == "organization_users_sign_out"
            ):
                out[op["operationId"]] = op["x-beta"]
    return out


def test_the_resources_are_beta_only(admin: Anthropic) -> None:
    ops = _beta_operations()
    assert len(ops) == 46
    for name in ("claude_code", "claude_tag", "plugins", "plugin_marketplaces"):
        assert not hasattr(admin.organization, name)
        assert hasattr(admin.beta.organization, name)
    assert not hasattr(admin.organization.users, "sign_out")
    assert not hasattr(admin.organization.spend_limits, "set")
    # the GA parts of spend limits stay GA
    assert hasattr(admin.organization.spend_limits, "effective")


def test_each_call_sends_its_default_beta(admin_api: LocalAPIServer, admin: Anthropic) -> None:
    org = admin.beta.organization
    org.claude_code.managed_settings.configuration.retrieve()
    org.claude_tag.bundles.list()
    org.plugin_marketplaces.list()
    org.spend_limits.list()
    org.spend_limits.set(amount="5000", scope={"type": "organization"})
    org.claude_tag.bundles.list(betas=["extra-2026-01-01"])
    sent = [r.headers.get("anthropic-beta") for r in admin_api.requests]
    assert sent == [
        "ce-claude-code-managed-settings-2026-10-06",
        "experimental-claude-tag-2026-10-21",
        "ce-plugins-2026-09-01",
        "spend-limit-reads-2026-09-26",
        None,  # spend_limits.set needs no beta, so none is sent
        "extra-2026-01-01,experimental-claude-tag-2026-10-21",
    ]
    ops = _beta_operations()
    assert ops["organization_spend_limits_set"] == []
    assert ops["organization_users_sign_out"] == ["admin-user-sign-out-2026-10-08"]


def test_managed_settings_mode_order_and_groups(
    admin_api: LocalAPIServer, admin: Anthropic
) -> None:
    settings = admin.beta.organization.claude_code.managed_settings
    group = admin.organization.rbac_groups.create(name="Platform")
    config = settings.configuration.retrieve()
    assert isinstance(config, BetaClaudeCodeManagedSettingsConfiguration)
    assert (config.mode.type, config.rbac_group_order, config.mode_updated_at) == (
        "organization",
        [],
        None,
    )
    params: ConfigurationUpdateParams = {
        "mode": {"type": "rbac_groups"},
        "rbac_group_order": [group.id],
        "rbac_group_order_version": config.rbac_group_order_version,
    }
    changed = settings.configuration.update(**params)
    assert changed.mode.type == "rbac_groups" and changed.mode_updated_at is not None
    assert changed.rbac_group_order == [group.id]
    assert admin_api.requests[-1].json() == params
    with pytest.raises(ConflictError):  # the order changed since that version was read
        settings.configuration.update(
            rbac_group_order=[], rbac_group_order_version=config.rbac_group_order_version
        )

    doc = {"permissions": {"deny": ["Bash(curl:*)"]}}
    made = settings.rbac_groups.set(group.id, settings=doc)
    assert isinstance(made, BetaClaudeCodeRBACGroupManagedSettings)
    assert (made.settings, made.rbac_group_status.type) == (doc, "active")
    (summary,) = settings.rbac_groups.list()
    assert isinstance(summary, BetaClaudeCodeRBACGroupManagedSettingsSummary)
    assert summary.rbac_group_id == group.id
    admin.organization.rbac_groups.delete(group.id)
    status = settings.rbac_groups.retrieve(group.id).rbac_group_status
    assert isinstance(status, BetaClaudeCodeRBACGroupStatusDeleted)
    removed = settings.rbac_groups.delete(group.id)
    assert removed.type == "claude_code_rbac_group_managed_settings_deleted"
    with pytest.raises(BetaRBACGroupManagedSettingsNotFoundError):
        settings.rbac_groups.retrieve(group.id)
    with pytest.raises(NotFoundError):  # no such group
        settings.rbac_groups.set("rbacgrp_missing", settings=doc)

    assert settings.rbac_group_default.retrieve().settings is None
    assert settings.rbac_group_default.update(settings=doc).settings == doc
    assert settings.rbac_group_default.update(settings=None).settings is None


def test_claude_tag_channels_inherit_from_their_workspace(
    admin_api: LocalAPIServer, admin: Anthropic
) -> None:
    tag = admin.beta.organization.claude_tag
    (workspace,) = tag.slack_workspaces.list()
    assert isinstance(workspace, BetaClaudeTagSlackWorkspace)
    tag.slack_workspaces.update(workspace.id, settings={"model": "claude-sonnet-4-5"})
    channel = tag.slack_channels.create(
        slack={"channel_id": "C05LOCAL", "workspace_id": workspace.slack.workspace_id},
        settings={"reply_mode": {"type": "thread"}, "instructions": "Answer briefly."},
    )
    assert isinstance(channel, BetaClaudeTagSlackChannel)
    assert channel.settings.model is None  # not set on the channel itself
    assert channel.sources.model is not None and channel.sources.model.type == "slack_workspace"
    assert channel.sources.reply_mode is not None
    assert channel.sources.reply_mode.type == "slack_channel"
    full = tag.slack_channels.retrieve(channel.id, include_inherited=True)
    assert full.settings.model == "claude-sonnet-4-5"
    assert full.settings.reply_mode is not None and full.settings.reply_mode.type == "thread"
    assert admin_api.requests[-1].query == {"include_inherited": ["true"]}

    listed = tag.slack_channels.list(slack_workspace_id=workspace.id, slack_channel_id="C05LOCAL")
    assert [c.id for c in listed] == [channel.id]
    updated = tag.slack_channels.update(channel.id, settings={"instructions": None})
    assert updated.settings.instructions is None and updated.sources.instructions == []
    with pytest.raises(ConflictError):
        tag.slack_channels.create(slack={"channel_id": "C05LOCAL", "workspace_id": "T0LOCAL"})
    with pytest.raises(NotFoundError):
        tag.slack_channels.create(slack={"channel_id": "C1", "workspace_id": "T_UNKNOWN"})

    (bundle,) = tag.bundles.list()
    assert tag.bundles.update(bundle.id, instructions="Cite the runbook.").instructions
    target = tag.bundles.targets.create(
        bundle.id, target={"type": "slack_channel", "slack_channel_id": channel.id}
    )
    # the body is the target itself, not wrapped in a `target` field
    assert admin_api.requests[-1].json() == {
        "type": "slack_channel",
        "slack_channel_id": channel.id,
    }
    assert isinstance(target, BetaClaudeTagSlackChannelBundleTarget)
    again = tag.bundles.targets.retrieve(target.id, bundle_id=bundle.id)
    assert isinstance(again, BetaClaudeTagSlackChannelBundleTarget) and again.id == target.id
    assert [t.model_dump()["id"] for t in tag.bundles.targets.list(bundle.id)] == [target.id]
    assert (
        tag.bundles.targets.delete(target.id, bundle_id=bundle.id).type == "bundle_target_deleted"
    )
    assert deleted(tag.slack_channels, channel.id).type == "slack_channel_deleted"


def test_plugins_upload_version_pin_and_download(
    admin_api: LocalAPIServer, admin: Anthropic
) -> None:
    plugins = admin.beta.organization.plugins
    plugin = plugins.create(files=_plugin_files("release-notes"), release_notes="First cut")
    assert isinstance(plugin, BetaPlugin)
    assert (plugin.name, plugin.manifest_version, plugin.served_version_pinned) == (
        "release-notes",
        "1.0.0",
        False,
    )
    owner: Owner = plugin.owner  # the official inner names of `beta_plugin`
    creator: CreatedBy | None = plugin.created_by
    assert owner.type == "organization" and creator is not None and creator.type == "api_actor"
    upload = admin_api.requests[-1]
    assert upload.headers["content-type"].startswith("multipart/form-data")
    with pytest.raises(BetaPluginNameTakenError) as taken:
        plugins.create(files=_plugin_files("release-notes"))
    assert isinstance(taken.value, ConflictError)
    details = taken.value.body["error"]["details"]  # type: ignore[index]
    assert details == {"error_code": "plugin_name_taken", "plugin_id": plugin.id}

    second = plugins.versions.create(plugin.id, files=_plugin_files("release-notes", "1.1.0"))
    assert isinstance(second, BetaPluginVersion)
    assert plugins.retrieve(plugin.id).served_version_id == second.id  # follows the latest
    first = plugin.latest_version_id
    assert [v.id for v in plugins.versions.list(plugin.id)] == [second.id, first]  # newest first
    pinned = plugins.update(plugin.id, served_version_id=first)
    assert (pinned.served_version_id, pinned.served_version_pinned) == (first, True)
    archive = plugins.versions.download(first, plugin_id=plugin.id).read()
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        manifest = json.loads(opened.read(f"release-notes/{MANIFEST}"))
    assert manifest["version"] == "1.0.0"
    assert admin_api.requests[-1].headers["accept"] == "application/binary"
    assert [p.id for p in plugins.list(marketplace_id="plgmkt_local")] == [plugin.id]
    assert plugins.list(owner_type="user").data == []

    group = admin.organization.rbac_groups.create(name="Writers")
    org_wide = plugins.installation_settings.set(
        "organization", plugin_id=plugin.id, installation_preference="available"
    )
    assert isinstance(org_wide, BetaPluginInstallationSetting)
    plugins.installation_settings.set(
        group.id, plugin_id=plugin.id, installation_preference="required"
    )
    kinds = [s.target.type for s in plugins.installation_settings.list(plugin.id)]
    assert kinds == ["organization", "rbac_group"]
    only_groups = plugins.installation_settings.list(plugin.id, target_type="rbac_group")
    assert [s.installation_preference for s in only_groups] == ["required"]
    assert plugins.retrieve(plugin.id).organization_installation_preference == "available"
    removed = plugins.installation_settings.remove(group.id, plugin_id=plugin.id)
    assert removed.target.type == "rbac_group"
    assert [s.target.type for s in plugins.shares.list(plugin.id)] == ["organization"]

    deleted = plugins.delete(plugin.id)
    assert isinstance(deleted, BetaDeletedPlugin)
    with pytest.raises(NotFoundError):
        plugins.versions.list(plugin.id)


def test_marketplaces_and_their_validation(admin: Anthropic) -> None:
    marketplaces = admin.beta.organization.plugin_marketplaces
    (local,) = marketplaces.list(source="manual")
    assert marketplaces.list(source="github").data == []
    assert (
        marketplaces.update(
            local.id, default_installation_preference="required"
        ).default_installation_preference
        == "required"
    )
    assert marketplaces.retrieve(local.id).default_installation_preference == "required"

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        listing = {"name": "tools", "plugins": [{"name": "a"}, {"name": "b"}]}
        archive.writestr("tools/.claude-plugin/marketplace.json", json.dumps(listing))
    report = marketplaces.validate_archive(archive=("tools.zip", buffer.getvalue()))
    assert isinstance(report, BetaPluginMarketplaceValidationReport)
    assert (report.valid, report.total_plugin_count) == (True, 2)
    broken = marketplaces.validate_archive(archive=("tools.zip", b"not a zip"))
    assert broken.valid is False and broken.manifest_error
    repo = marketplaces.validate_repository(
        repository_url="https://github.com/example/tools", ref="v2"
    )
    assert (repo.valid, repo.ref) == (True, "v2")


def test_spend_limits_set_replace_list_delete(admin_api: LocalAPIServer, admin: Anthropic) -> None:
    limits = admin.beta.organization.spend_limits
    made = limits.set(amount="50000", scope={"type": "user", "user_id": "user_local"})
    assert isinstance(made, BetaSpendLimit)
    assert (made.amount, made.period, made.scope.type) == ("50000", "monthly", "user")
    again = limits.set(amount=None, scope={"type": "user", "user_id": "user_local"})
    assert (again.id, again.amount) == (made.id, None)  # one limit per scope: replaced
    org = limits.set(amount="900000", scope={"type": "organization"}, period="daily")
    assert [lim.id for lim in limits.list()] == [made.id, org.id]
    assert [lim.id for lim in limits.list(scope_type=["organization"])] == [org.id]
    assert admin_api.requests[-1].query == {"scope_type[]": ["organization"]}
    # the user's limit is what effective spend reports
    (summary,) = limits.effective.list(user_ids=["user_local"])
    assert summary.spend_limit_id == made.id
    assert limits.retrieve(org.id).period == "daily"
    assert deleted(limits, org.id).type == "spend_limit_deleted"
    with pytest.raises(BadRequestError):
        limits.set(amount="12.50", scope={"type": "organization"})
    with pytest.raises(NotFoundError):
        limits.set(amount="1", scope={"type": "user", "user_id": "user_nobody"})


def test_sign_out_a_member(admin_api: LocalAPIServer, admin: Anthropic) -> None:
    users = admin.beta.organization.users
    with pytest.raises(BetaCannotSignOutSelfError, match="yourself") as refused:
        users.sign_out("user_local")
    assert isinstance(refused.value, BadRequestError)  # still the status's class
    with pytest.raises(NotFoundError):
        users.sign_out("user_nobody")
    # members join only by accepting an invite, which no API call does: put one in the record
    colleague = {**users.retrieve("user_local").model_dump(mode="json"), "id": "user_colleague"}
    _crud.store(admin_api.state, "/v1/organizations/users", {}, colleague)
    assert users.sign_out("user_colleague").id == "user_colleague"
    assert users.retrieve("user_colleague").role == colleague["role"]  # still a member
    seen = admin_api.requests[-2]
    assert (seen.method, seen.path) == ("POST", "/v1/organizations/users/user_colleague/sign_out")
    assert seen.headers["anthropic-beta"] == "admin-user-sign-out-2026-10-08"
    assert seen.body == b""


def test_the_async_client_walks_the_same_resources(admin_api: LocalAPIServer) -> None:
    async def main() -> None:
        async with admin_api.async_client(retry_policy=no_sleep_policy()) as client:
            org = client.beta.organization
            config = await org.claude_code.managed_settings.configuration.retrieve()
            assert config.type == "claude_code_managed_settings_configuration"
            bundles = [b async for b in org.claude_tag.bundles.list()]
            assert [b.id for b in bundles] == ["bundle_local"]
            plugin = await org.plugins.create(files=_plugin_files("async-notes"))
            assert (await org.plugins.retrieve(plugin.id)).name == "async-notes"
            data = await (
                await org.plugins.versions.download(plugin.latest_version_id, plugin_id=plugin.id)
            ).read()
            assert data.startswith(b"PK")
            user = await org.users.retrieve("user_local")
            assert isinstance(user, BetaOrganizationUser)

    asyncio.run(main())
