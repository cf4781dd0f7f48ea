"""Private machinery of the browser and computer toolsets (`browser_toolset_20260801`,
`computer_toolset_20260801`).

Nothing here is a supported import: the public names live in `claude_api_client.tools.browser`,
`claude_api_client.tools.computer`, `claude_api_client.tools` and `claude_api_client.lib.tools`.
One module, one job:

- `_text`: folding and capping of every page- or model-written string;
- `_errors`: the errors raised at your code and the refusals the model reads;
- `_contract`: the runnable-toolset protocol the tool runner dispatches to, and result blocks;
- `_members`: the member tables of both families (input model, result kind, acknowledgment);
- `_options`: constructor options resolved once (served members, wire `configs`, confirm);
- each sync / async class pair writes its steps once, as a coroutine the sync class runs to its
  end (`_core/_sync_async.run`, as the send loop does);
- `_loop`: the serialized sync and async call loops shared by both families;
- `_defaults`: the default (refusing) body of every member a driver does not implement;
- `_hooks`, `_results`: the public hook, context and result types;
- `_render`: a member's result and the browser report as `tool_result` content;
- `_browser_flow`: the browser's per-call stages (URL policy, uploads, held state changes);
- `_files`: upload path confinement and the shipped file policy;
- `_browser`, `_computer`: the abstract classes a driver subclasses.
"""
