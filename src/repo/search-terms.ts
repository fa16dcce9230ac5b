const STOPWORDS = new Set(
  `about above after again against also because been before being below between both could does doing down during each
   from further have having here into itself just more most other over same should some such than that their them then
   there these they this those through under until very what when where which while with would your yours ticket issue
   please should must need needs fix bug when then make sure able like will want wants given expected actual steps
   description summary acceptance criteria user users error errors file files code test tests work works`.split(
    /\s+/,
  ),
);

/**
 * Words from the ticket worth searching the repo for: identifiers and
 * distinctive words, most frequent first. Pure; the search is git's job.
 */
export function searchTerms(text: string, max = 12): string[] {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/[A-Za-z_][A-Za-z0-9_.-]{3,60}/g)) {
    const word = match[0].replace(/[.-]+$/, '');
    const key = word.toLowerCase();
    if (key.length < 4 || STOPWORDS.has(key) || /^https?$/.test(key)) continue;
    // Identifiers (camelCase, snake_case, dotted) say more than prose words.
    const weight = /[A-Z].*[a-z]|[a-z][A-Z]|_|\./.test(word) ? 3 : 1;
    counts.set(key, (counts.get(key) ?? 0) + weight);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([word]) => word);
}
