/**
 * Text from issues, comments, Jira and Slack is untrusted. Before it reaches a
 * model we remove what a human reviewer cannot see but a model would read:
 * HTML comments, invisible and bidi control characters, Unicode "tag"
 * characters (used to smuggle ASCII), and text hidden in alt/title attributes.
 */

// Zero-width, word joiner, BOM, soft hyphen, Mongolian vowel separator,
// bidi embeddings/overrides/isolates, and LRM/RLM/ALM marks.
// Variation selectors are listed on purpose: they are what this removes.
/* eslint-disable no-misleading-character-class */
const INVISIBLE =
  /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFE00-\uFE0F\uFEFF]|[\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;
/* eslint-enable no-misleading-character-class */
// Link reference definitions render as nothing; `[//]: # (text)` is a known way to hide text.
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HIDDEN_ATTRIBUTE =
  /\s(?:alt|title|aria-label|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const IMAGE_ALT = /!\[[^\]]*\]\(/g;
const LINK_TITLE = /(\]\([^)\s]+)\s+(?:"[^"]*"|'[^']*')\)/g;

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
