import { it } from '@jest/globals';
import { adfToMarkdown } from '../src/jira/adf-to-markdown.js';
import { markdownToAdf } from '../src/jira/markdown-to-adf.js';
it('play', () => {
  const md = `# Plan\n\nSee [the PR](https://github.com/o/r/pull/1) and **bold _x_** here.\nnext line\n\n- a\n- b\n  - c\n\n1. one\n2. two\n\n\`\`\`ts\nconst x = \`y\`;\n\`\`\`\n\nsnake_case_word and *em* and \`a\`\`b\` [bad](javascript:alert(1))`;
  const adf = markdownToAdf(md);
  process.stdout.write(JSON.stringify(adf, null, 1) + '\n');
  process.stdout.write(adfToMarkdown(adf) + '\n');
});
