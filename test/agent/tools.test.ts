import { afterEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { AgentTools } from '../../src/agent/tools.js';
import { Workspace } from '../../src/agent/workspace.js';
import { Git } from '../../src/git/git.js';
import { findProgram } from '../../src/process/programs.js';
import { createRepo, type RepoFixture } from '../support/git-fixture.js';
import { approvedScope } from '../support/approved-scope.js';

let repo: RepoFixture | undefined;
afterEach(() => repo?.cleanup());

async function toolsFor(files: Record<string, string>): Promise<AgentTools> {
  repo = createRepo(files);
  const program = findProgram('git', process.env.PATH, repo.work);
  if (!program) throw new Error('git is not on PATH');
  const git = new Git({ cwd: repo.work, program, identity: { name: 'a', email: 'a@b.c' } });
  const workspace = await Workspace.open(repo.work, approvedScope(['src/a/new.js']));
  return new AgentTools(workspace, git, () => Promise.resolve([]));
}

const call = (tools: AgentTools, name: string, args: object) =>
  tools.execute({ id: '1', name, arguments: JSON.stringify(args) });

describe('AgentTools', () => {
  it('search shows the first 100 matches and says that more were left out', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`src/f${String(i).padStart(3, '0')}.js`] = 'needle\n';
    const tools = await toolsFor(files);
    const many = (await call(tools, 'search', { query: 'needle' })).content.split('\n');
    expect(many).toHaveLength(101);
    expect(many[100]).toMatch(/more matches are not shown/);
    const one = await call(tools, 'search', { query: 'f149' });
    expect(one.content).toBe('no matches');
  });

  it('search finds new files too, and says nothing is cut when nothing is', async () => {
    const tools = await toolsFor({ 'src/a/x.js': 'haystack\n' });
    writeFileSync(path.join(repo!.work, 'src/a/new.js'), 'needle here\n');
    expect((await call(tools, 'search', { query: 'needle' })).content).toBe(
      'src/a/new.js:1:needle here',
    );
  });

  it('list_files lists under a folder or a name prefix, new files included', async () => {
    const tools = await toolsFor({ 'src/a/x.js': '', 'src/ab/y.js': '', 'src/b/z.js': '' });
    writeFileSync(path.join(repo!.work, 'src/a/new.js'), '');
    expect((await call(tools, 'list_files', { under: 'src/a/' })).content).toBe(
      'src/a/new.js\nsrc/a/x.js',
    );
    expect((await call(tools, 'list_files', { under: './src/a' })).content).toBe(
      'src/a/new.js\nsrc/a/x.js\nsrc/ab/y.js',
    );
    expect((await call(tools, 'list_files', { under: 'nowhere/' })).content).toBe('(no files)');
  });
});
