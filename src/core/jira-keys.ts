const KEY = /\b([A-Z][A-Z0-9_]{1,9})-([1-9][0-9]{0,9})\b/g;
const EXACT_KEY = /^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]{0,9}$/;

// Shapes that look like Jira keys but are standards or encodings.
const NOT_PROJECTS = new Set([
  'UTF',
  'SHA',
  'ISO',
  'RFC',
  'CVE',
  'HTTP',
  'TLS',
  'ES',
  'MD',
  'CWE',
  'PEP',
  'GPT',
  'AES',
  'RSA',
  'SSL',
  'IEEE',
]);

export function isJiraKey(value: string): boolean {
  return EXACT_KEY.test(value);
}

/**
 * The first Jira key found in the given texts, in order of preference.
 * When `projects` is non-empty only keys of those projects count.
 */
export function findJiraKey(
  texts: (string | undefined)[],
  projects: string[] = [],
): string | undefined {
  const allowed = new Set(projects.map((p) => p.toUpperCase()));
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.matchAll(KEY)) {
      const project = match[1] ?? '';
      if (allowed.size > 0 ? allowed.has(project) : !NOT_PROJECTS.has(project)) return match[0];
    }
  }
  return undefined;
}
