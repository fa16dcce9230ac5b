/** Block Kit messages, built as pure data so they can be checked without Slack. */

export interface TicketHeadline {
  title: string;
  jiraKey?: string;
  jiraUrl?: string;
  issue?: { number: number; url: string };
}

export function stageMessage(
  headline: TicketHeadline,
  stage: string,
  detail: string,
  link?: { url: string; label: string },
) {
  const refs = [
    headline.jiraKey
      ? headline.jiraUrl
        ? `<${headline.jiraUrl}|${headline.jiraKey}>`
        : headline.jiraKey
      : undefined,
    headline.issue ? `<${headline.issue.url}|#${headline.issue.number}>` : undefined,
  ].filter(Boolean);
  const text = `${stage}: ${headline.title}`;
  const blocks: unknown[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${escape(stage)}*: ${escape(headline.title)}` },
    },
    { type: 'section', text: { type: 'mrkdwn', text: escape(detail) } },
  ];
  if (refs.length || link) {
    const parts = [...refs, link ? `<${link.url}|${escape(link.label)}>` : undefined].filter(
      Boolean,
    );
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: parts.join(' · ') }] });
  }
  return { text, blocks };
}

// Slack mrkdwn control characters; untrusted titles must not form links or mentions.
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
