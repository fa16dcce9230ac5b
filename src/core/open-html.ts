// Elements that never hold content, so they never leave anything open.
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*?)?(\/?)>/g;

/**
 * Which raw HTML elements a comment has opened and not closed yet. Markdown
 * between `<details>` and `</details>` (or `<pre>`, `<div hidden>`...) is
 * parsed as ordinary blocks, but a reader may never see it; while anything is
 * open, nothing counts as plainly visible.
 */
export class OpenHtmlElements {
  private readonly open = new Map<string, number>();

  read(html: string): void {
    for (const [, closing, rawName, selfClosing] of html.matchAll(TAG)) {
      const name = (rawName ?? '').toLowerCase();
      if (VOID.has(name) || selfClosing) continue;
      const count = this.open.get(name) ?? 0;
      this.open.set(name, closing ? Math.max(0, count - 1) : count + 1);
    }
  }

  any(): boolean {
    return [...this.open.values()].some((count) => count > 0);
  }
}
