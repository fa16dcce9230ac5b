import type { StageMessage } from '../ports.js';

/** What chat.postMessage is given for a stage message, apart from channel and thread. */
export interface SlackPayload {
  /** The fallback shown in notifications; Slack reads it as mrkdwn as well. */
  text: string;
  blocks: unknown[];
}

/** Block Kit for a stage message, built as pure data so it can be checked without Slack. */
export function slackPayload(message: StageMessage): SlackPayload {
  const { ticket } = message;
  const refs = [
    ticket.jiraKey
      ? ticket.jiraUrl
        ? `<${ticket.jiraUrl}|${escape(ticket.jiraKey)}>`
        : escape(ticket.jiraKey)
      : undefined,
    ticket.issue ? `<${ticket.issue.url}|#${ticket.issue.number}>` : undefined,
  ];
  const links = message.links.map((link) => `<${link.url}|${escape(link.label)}>`);
  const blocks: unknown[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${escape(message.stage)}*: ${escape(message.title)}` },
    },
    { type: 'section', text: { type: 'mrkdwn', text: escape(message.detail) } },
  ];
  const parts = [...refs, ...links].filter((part) => part !== undefined);
  if (parts.length) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: parts.join(' · ') }] });
  }
  return { text: escape(`${message.stage}: ${message.title}`), blocks };
}

// Slack mrkdwn control characters; untrusted titles must not form links or mentions.
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
