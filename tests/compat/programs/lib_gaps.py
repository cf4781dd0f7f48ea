"""lib helpers: the sync work poller (`iter_work`), the agent toolset's bash, the Foundry names."""

import asyncio
import tempfile

import anthropic
from _observe import show
from anthropic.lib.environments import iter_work
from anthropic.lib.foundry import (
    AsyncBetaFoundry,
    BaseFoundryClient,
    BetaFoundryMessages,
    MessagesFoundry,
    MutuallyExclusiveAuthError,
)
from anthropic.lib.tools.agent_toolset import AgentToolContext, BashSession, beta_bash_tool

client = anthropic.Anthropic()
env = client.beta.environments.create(name="own", config={"type": "self_hosted"})
agent = client.beta.agents.create(name="a", model="claude-sonnet-4-5")
for _ in range(2):
    client.beta.sessions.create(agent=agent.id, environment_id=env.id)
work = client.beta.environments.work
claimed = []
for item in iter_work(work, environment_id=env.id, worker_id="w", drain=True):
    claimed.append(work.retrieve(item.id, environment_id=env.id).state)
    show("item", {"type": item.type, "data_type": item.data.type})
show("states_while_held", claimed)
show("states_after", [w.state for w in work.list(env.id)])
show("unacked_left", list(iter_work(work, environment_id=env.id, drain=True, block_ms=None)))


async def shell() -> None:
    with tempfile.TemporaryDirectory() as workdir:
        session = await BashSession.start(workdir)
        for command in ("X=1; echo $X", "echo $X; echo err >&2; false", "exit 2"):
            output, code = await session.exec(command)
            show("bash", {"output": output, "exit_code": code, "closed": session.closed})
        await session.close()
        tool = beta_bash_tool(AgentToolContext(workdir))
        show("bash_tool", {"name": tool.name, "result": await tool.call({"command": "echo ok"})})
        # (the shell ends with this program: the official tool has no `close` to call)


asyncio.run(shell())

foundry = anthropic.AnthropicFoundry(api_key="k", resource="my-resource")
show(
    "foundry",
    {
        "messages": isinstance(foundry.messages, MessagesFoundry),
        "beta_messages": isinstance(foundry.beta.messages, BetaFoundryMessages),
        "base": isinstance(foundry, BaseFoundryClient),
        "async_beta": isinstance(
            anthropic.AsyncAnthropicFoundry(api_key="k", resource="r").beta, AsyncBetaFoundry
        ),
        "error_base": issubclass(MutuallyExclusiveAuthError, anthropic.AnthropicError),
    },
)
