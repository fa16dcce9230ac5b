/**
 * Text from issues, comments, Jira and Slack is untrusted. Before it reaches a
 * model we remove what a human reviewer cannot see but a model would read:
 * HTML comments, invisible and bidi control characters, Unicode "tag"
 * characters (used to smuggle ASCII), and text hidden in alt/title attributes.
 */

// Every code point Unicode says a renderer may draw as nothing (tags,
// variation selectors, fillers, joiners, zero-width spaces, ...) and every
// bidi control: by property, not by list, so new ones are covered as well.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
// Link reference definitions render as nothing; `[//]: # (text)` is a known way to hide text.
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HIDDEN_ATTRIBUTE =
  /\s(?:alt|title|aria-label|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const IMAGE_ALT = /!\[[^\]]*\]\(/g;
const LINK_TITLE = /(\]\([^)\s]+)\s+(?:"[^"]*"|'[^']*')\)/g;

/** Whether text holds a code point that is not drawn (see INVISIBLE). */
export function hasInvisible(text: string): boolean {
  return new RegExp(INVISIBLE.source, 'u').test(text);
}

export function stripHidden(text: string): string {
  let out = text;
  // Comments first: removing invisible characters could otherwise join `<!`
  // and `--` into a comment opener that was not one, or split one that was.
  out = out.replace(INVISIBLE, '');
  let previous: string;
  do {
    previous = out;
    out = out.replace(HTML_COMMENT, '');
  } while (out !== previous);
  out = out.replace(LINK_DEFINITION, '');
  out = out.replace(HIDDEN_ATTRIBUTE, '');
  out = out.replace(IMAGE_ALT, '![](');
  out = out.replace(LINK_TITLE, '$1)');
  return out;
}

/**
 * Ticket text of any shape (an issue, a Jira ticket with its labels, priority,
 * components..., feedback, notes), cleaned string by string on its way into a
 * prompt. Walking the whole value means a field added later is cleaned too.
 */
export function sanitizeUntrusted<T>(value: T): T {
  return clean(value) as T;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return stripHidden(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
  }
  return value;
}
