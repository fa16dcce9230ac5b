import type { Git } from '../git/git.js';
import type { ToolCall, ToolSpec } from '../ports.js';
import type { GateResult } from '../qa/gates.js';
import type { Workspace } from './workspace.js';

const MAX_LIST = 500;
const MAX_READ_LINES = 400;
const MAX_SEARCH = 100;

export const TOOL_SPECS: ToolSpec[] = [
  {
    name: 'list_files',
    description: 'List repository files (tracked and new), optionally under a folder.',
    parameters: {
      type: 'object',
      properties: { under: { type: 'string', description: 'folder, e.g. src/' } },
    },
  },
  {
    name: 'read_file',
    description: `Read a file. Big files: give start_line and end_line (at most ${MAX_READ_LINES} lines at a time).`,
    parameters: {
      type: 'object',
      properties: {
        path: { type: 'string' },
        start_line: { type: 'integer' },
        end_line: { type: 'integer' },
      },
      required: ['path'],
    },
  },
  {
    name: 'search',
    description: 'Search the repository for a fixed string (git grep). Returns path:line:text.',
    parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
  },
  {
    name: 'write_file',
    description: 'Create or replace a whole file. Only files in the approved scope can be written.',
    parameters: {
      type: 'object',
      properties: { path: { type: 'string' }, content: { type: 'string' } },
      required: ['path', 'content'],
    },
  },
  {
    name: 'edit_file',
    description:
      'Replace one exact, unique occurrence of old_text with new_text in a file of the approved scope.',
    parameters: {
      type: 'object',
      properties: {
        path: { type: 'string' },
        old_text: { type: 'string' },
        new_text: { type: 'string' },
      },
      required: ['path', 'old_text', 'new_text'],
    },
  },
  {
    name: 'run_checks',
    description: "Run the repository's QA commands (tests, lint, build) now and see their results.",
    parameters: { type: 'object', properties: {} },
  },
  {
    name: 'finish',
    description:
      'Call when the spec is implemented. The QA commands then run; failures come back to you.',
    parameters: {
      type: 'object',
      properties: { summary: { type: 'string' } },
      required: ['summary'],
    },
  },
];

export interface ToolOutcome {
  content: string;
  finished?: string;
}

/** Executes the agent's tool calls against the workspace, recording what it wrote and what was refused. */
export class AgentTools {
  readonly writes = new Set<string>();
  readonly refusals: string[] = [];

  constructor(
    private readonly workspace: Workspace,
    private readonly git: Git,
    private readonly runChecks: () => Promise<GateResult[]>,
  ) {}

  async execute(call: ToolCall): Promise<ToolOutcome> {
    let args: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(call.arguments || '{}');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      args = parsed as Record<string, unknown>;
    } catch {
      return { content: `ERROR: the arguments of ${call.name} are not a JSON object` };
    }
    try {
      return await this.dispatch(call.name, args);
    } catch (error) {
      return { content: `ERROR: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private async dispatch(name: string, args: Record<string, unknown>): Promise<ToolOutcome> {
    switch (name) {
      case 'list_files': {
        const under = str(args.under, '').replace(/^\.\//, '');
        // git looks only in the folder part; the rest of `under` is a prefix of the names.
        const folder = under.slice(0, under.lastIndexOf('/') + 1);
        const files = (await this.git.listFiles(folder))
          .filter((f) => f.startsWith(under) && this.workspace.canRead(f))
          .sort();
        const shown = files.slice(0, MAX_LIST);
        return {
          content:
            shown.join('\n') +
              (files.length > MAX_LIST ? `\n... and ${files.length - MAX_LIST} more` : '') ||
            '(no files)',
        };
      }
      case 'read_file': {
        const result = await this.workspace.read(str(args.path));
        if (!result.ok) return this.refuse('read', str(args.path), result.reason);
        const lines = result.text.split('\n');
        const start = Math.max(1, int(args.start_line, 1));
        const end = Math.min(
          lines.length,
          int(args.end_line, start + MAX_READ_LINES - 1),
          start + MAX_READ_LINES - 1,
        );
        const header =
          end < lines.length || start > 1
            ? `[${result.rel}: lines ${start}-${end} of ${lines.length}]\n`
            : '';
        return { content: header + lines.slice(start - 1, end).join('\n') };
      }
      case 'search': {
        const query = str(args.query);
        if (!query) return { content: 'ERROR: query is empty' };
        const found = await this.git.grepLines(query, MAX_SEARCH * 2);
        const shown = await Promise.all(
          found.hits.map((h) => this.workspace.canShowContent(h.path)),
        );
        const hits = found.hits.filter((_, i) => shown[i]);
        const cut = found.more || hits.length > MAX_SEARCH;
        return {
          content:
            (hits
              .slice(0, MAX_SEARCH)
              .map((h) => `${h.path}:${h.line}:${h.text}`)
              .join('\n') || 'no matches') +
            (cut
              ? `\n... more matches are not shown (the first ${MAX_SEARCH} are): search for something more specific`
              : ''),
        };
      }
      case 'write_file': {
        const result = await this.workspace.write(str(args.path), str(args.content));
        if (!result.ok) return this.refuse('write', str(args.path), result.reason);
        this.writes.add(result.rel);
        return { content: `${result.created ? 'created' : 'wrote'} ${result.rel}` };
      }
      case 'edit_file':
        return this.edit(str(args.path), str(args.old_text), str(args.new_text));
      case 'run_checks': {
        const results = await this.runChecks();
        if (results.length === 0) return { content: 'no QA commands are configured' };
        return {
          content: results
            .map(
              (r) =>
                `${r.name} (${r.command}): ${r.passed ? 'passed' : 'FAILED'}\n${r.passed ? '' : r.outputTail}`,
            )
            .join('\n\n'),
        };
      }
      case 'finish':
        return { content: 'finished', finished: str(args.summary, 'done') };
      default:
        return { content: `ERROR: there is no tool named ${name}` };
    }
  }

  private async edit(file: string, oldText: string, newText: string): Promise<ToolOutcome> {
    const target = await this.workspace.resolveForWrite(file);
    if (!target.ok) return this.refuse('edit', file, target.reason);
    const current = await this.workspace.read(target.rel);
    if (!current.ok) return this.refuse('edit', file, current.reason);
    if (!oldText)
      return { content: 'ERROR: old_text is empty; use write_file to replace a whole file' };
    const first = current.text.indexOf(oldText);
    if (first < 0) return { content: `ERROR: old_text was not found in ${target.rel}` };
    if (current.text.indexOf(oldText, first + 1) >= 0)
      return {
        content: `ERROR: old_text occurs more than once in ${target.rel}; include more context`,
      };
    const written = await this.workspace.write(
      target.rel,
      current.text.slice(0, first) + newText + current.text.slice(first + oldText.length),
    );
    if (!written.ok) return this.refuse('edit', file, written.reason);
    this.writes.add(written.rel);
    return { content: `edited ${written.rel}` };
  }

  private refuse(verb: string, file: string, reason: string): ToolOutcome {
    this.refusals.push(`${verb} ${file}: ${reason}`);
    return { content: `REFUSED: ${reason}. Continue within the approved scope.` };
  }
}

function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

function int(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}
