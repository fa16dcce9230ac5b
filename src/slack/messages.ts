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
        ? link(ticket.jiraUrl, ticket.jiraKey)
        : escape(ticket.jiraKey)
      : undefined,
    ticket.issue ? link(ticket.issue.url, `#${ticket.issue.number}`) : undefined,
  ];
  const links = message.links.map((l) => link(l.url, l.label));
  const blocks: unknown[] = [
    {
      type: 'section',
      text: mrkdwn(`*${escape(message.stage)}*: ${escape(message.title)}`),
    },
    { type: 'section', text: mrkdwn(escape(message.detail)) },
  ];
  const parts = [...refs, ...links].filter((part) => part !== undefined);
  if (parts.length) {
    blocks.push({ type: 'context', elements: [mrkdwn(parts.join(' · '))] });
  }
  return { text: escape(`${message.stage}: ${message.title}`), blocks };
}

// verbatim: Slack does not turn bare URLs, channel names or @names in the text
// into links or mentions; only the links built here are links.
function mrkdwn(text: string) {
  return { type: 'mrkdwn', text, verbatim: true };
}

/** A link when the URL is a plain http(s) address; else its label alone. */
function link(url: string, label: string): string {
  return /^https?:\/\/[^\s<>|]+$/.test(url) ? `<${url}|${escape(label)}>` : escape(label);
}

// Slack mrkdwn control characters; untrusted titles must not form links or mentions.
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
