import type { TicketState } from '../core/state.js';
import type { Integration, IntegrationHealth } from './health.js';

export interface StatusTicket {
  repo: string;
  pull: { number: number; url: string; title: string };
  state: TicketState;
}

export interface StatusView {
  tickets: StatusTicket[];
  health: Record<Integration, IntegrationHealth>;
  /** Repositories that could not be read, with why. */
  problems: string[];
  jiraBaseUrl?: string;
  /** Where issues are shown: https://github.com, or the GitHub Enterprise host. */
  githubWebUrl?: string;
  now: Date;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every untrusted text passes through here before it reaches the page. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Only http(s) links are shown; anything else is dropped. */
function link(url: string | undefined, text: string): string {
  if (!url || !/^https?:\/\//i.test(url)) return escapeHtml(text);
  return `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(text)}</a>`;
}

export function age(from: string | undefined, now: Date): string {
  const at = Date.parse(from ?? '');
  if (!Number.isFinite(at)) return '?';
  const minutes = Math.max(0, Math.round((now.getTime() - at) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} d`;
}

function ticketRow(ticket: StatusTicket, view: StatusView): string {
  const { state, pull, repo } = ticket;
  // On the host GitHub itself names for the pull request (github.com, or GitHub Enterprise).
  const issueUrl = /\/pull\/\d+$/.test(pull.url)
    ? pull.url.replace(/\/pull\/\d+$/, `/issues/${state.issue}`)
    : `${view.githubWebUrl ?? 'https://github.com'}/${repo}/issues/${state.issue}`;
  const issue = state.issue ? link(issueUrl, `#${state.issue}`) : '';
  const jira =
    state.jiraKey && view.jiraBaseUrl
      ? link(`${view.jiraBaseUrl.replace(/\/+$/, '')}/browse/${state.jiraKey}`, state.jiraKey)
      : escapeHtml(state.jiraKey ?? '');
  const slack = state.slack
    ? link(
        `https://slack.com/archives/${encodeURIComponent(state.slack.channel)}/p${state.slack.ts.replace('.', '')}`,
        'thread',
      )
    : '';
  const started = state.history[0]?.at;
  const spent = state.spent
    ? `$${state.spent.costUsd.toFixed(2)} · ${state.spent.promptTokens + state.spent.completionTokens} tok`
    : '';
  return `<tr>
<td data-label="Repository">${escapeHtml(repo)}</td>
<td data-label="Pull request">${link(pull.url, `#${pull.number}`)} ${escapeHtml(pull.title)}</td>
<td data-label="Issue">${issue}</td>
<td data-label="Jira">${jira}</td>
<td data-label="Slack">${slack}</td>
<td data-label="Age">${escapeHtml(age(started, view.now))}</td>
<td data-label="Spent">${escapeHtml(spent)}</td>
</tr>`;
}

function healthRow(name: string, health: IntegrationHealth): string {
  const error = health.lastError
    ? `${escapeHtml(health.lastError.at)}: ${escapeHtml(health.lastError.message)}`
    : '';
  return `<tr><td data-label="Integration">${escapeHtml(name)}</td>
<td data-label="Configured">${escapeHtml(directions(health))}</td>
<td data-label="Last success">${escapeHtml(health.lastSuccess ?? '')}</td>
<td data-label="Last error">${error}</td></tr>`;
}

function directions(health: IntegrationHealth): string {
  const set = [health.outbound ? 'outbound' : '', health.inbound ? 'inbound' : ''].filter(Boolean);
  return set.length ? set.join(' and ') : 'no';
}

/** The whole page: server-rendered, no script, readable on a phone. */
export function renderStatusPage(view: StatusView): string {
  const byState = new Map<string, StatusTicket[]>();
  for (const ticket of view.tickets) {
    const list = byState.get(ticket.state.state) ?? [];
    list.push(ticket);
    byState.set(ticket.state.state, list);
  }
  const sections = [...byState]
    .map(
      ([state, tickets]) => `<section><h2>${escapeHtml(state)} (${tickets.length})</h2>
<table><thead><tr><th>Repository</th><th>Pull request</th><th>Issue</th><th>Jira</th><th>Slack</th><th>Age</th><th>Spent</th></tr></thead>
<tbody>${tickets.map((t) => ticketRow(t, view)).join('\n')}</tbody></table></section>`,
    )
    .join('\n');
  const problems = view.problems.length
    ? `<section><h2>Not read</h2><ul>${view.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>specgate status</title>
<style>
body{font:16px/1.4 system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:70rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
@media (max-width:40rem){thead{display:none}tr{display:block;border-bottom:2px solid #999;padding:.4rem 0}td{display:block;border:0;padding:.1rem 0}td::before{content:attr(data-label) ": ";font-weight:600}}
</style></head>
<body><h1>specgate</h1>
<p>${view.tickets.length} open ticket(s), ${escapeHtml(view.now.toISOString())}</p>
${sections || '<p>No open tickets.</p>'}
${problems}
<section><h2>Integrations</h2><table><thead><tr><th>Integration</th><th>Configured</th><th>Last success</th><th>Last error</th></tr></thead>
<tbody>${Object.entries(view.health)
    .map(([name, health]) => healthRow(name, health))
    .join('\n')}</tbody></table></section>
</body></html>`;
}
