/** `specgate <command> --help`: what one command does, its options and exit codes. */
export const COMMAND_HELP: Record<string, string> = {
  plan: `Usage: specgate plan (--jira KEY | --issue NUMBER | --file PATH | --file -) [options]

Writes the ticket's spec (spec-path, by default specs/<ticket>/spec.md) on a new branch
(specgate/<ticket>), commits it and checks the branch out. Nothing else changes.

Ticket (exactly one):
  --jira KEY       a Jira ticket, e.g. ABC-123 (needs JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN)
  --issue NUMBER   a GitHub issue of the checkout's origin (needs GITHUB_TOKEN)
  --file PATH      a Markdown file: its first line is the title; - reads stdin

Options:
  --repo DIR   the checkout to work in (default: the current directory)
  --dry-run    plan as usual, but create no branch: print the commit to look at
  --json       print the result as JSON on stdout

Exit codes: 0 planned, 1 no acceptable spec or model error, 2 wrong command line (also a
--file that does not exist), 3 configuration missing (model, Jira, GITHUB_TOKEN),
4 precondition (not a git repository, uncommitted changes, no GitHub origin, branch exists).
`,
  implement: `Usage: specgate implement [--yes] [options]

Implements the spec of the current branch: validates its scope, asks for approval (or
takes --yes), runs the scope-limited agent and the QA gates in their sandbox, and commits
the change when the gates pass. A failing run commits nothing and prints what failed,
with the failing gate's output.

Options:
  --yes        approve without asking (for scripts)
  --repo DIR   the checkout to work in (default: the current directory)
  --dry-run    implement and run the gates, but leave the change uncommitted
  --json       print the result as JSON on stdout (failing gates with their output)

Exit codes: 0 committed, 1 QA failed, budget spent or model error, 3 configuration missing,
4 precondition (no spec, spec not approved, uncommitted changes, not a git repository).
`,
  run: `Usage: specgate run (--jira KEY | --issue NUMBER | --file PATH | --file -) [--yes] [options]

plan, then ask for approval, then implement: see specgate plan --help and
specgate implement --help. With --dry-run it stops after planning.
`,
  'check-config': `Usage: specgate check-config [--offline] [--repo DIR] [--json]

Checks the repository, .github/specgate.yml (or says the defaults are used), the
environment, the model (one cheap request to its endpoint; --offline skips it), Jira,
the QA commands, and whether .github/workflows/ tests the configured label and branch
prefix. Each line is marked ✓ (fine), ! (works, but look) or ✗ (fix it).

Exit codes: 0 nothing to fix, 3 something to fix.
`,
  sweep: `Usage: specgate sweep [--repo DIR] [--json]

Does what the workflow's scheduled run does for the repository of the checkout's origin
on GitHub: specs and pull requests that waited too long are marked TIMED_OUT (and closed
with close-on-timeout). Needs GITHUB_TOKEN.

Exit codes: 0 done, 1 a pull request could not be updated, 3 no GITHUB_TOKEN,
4 no GitHub origin.
`,
  demo: `Usage: specgate demo

The whole loop on this machine with no account and no network: a temporary example
repository, local stand-ins for GitHub, Slack and Jira, and recorded model answers.
The temporary repository is removed when it ends.
`,
};
