/** What reaches origin (ls-remote, fetch, push), the only git commands that carry the token. */
import type { GitProcess } from './git-process.js';

export class GitRemote {
  constructor(private readonly git: GitProcess) {}

  /** The commit a remote branch points at (ls-remote only), or undefined. */
  async remoteHead(branch: string): Promise<string | undefined> {
    const out = await this.git.run(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`], {
      env: this.authEnv(),
    });
    return out.split('\t')[0]?.trim() || undefined;
  }

  /** The commit a remote branch points at, fetched, or undefined when it does not exist. */
  async remoteBranch(branch: string): Promise<string | undefined> {
    const sha = await this.remoteHead(branch);
    if (!sha) return undefined;
    await this.git.run(['fetch', '--no-tags', '--depth=1', 'origin', `refs/heads/${branch}`], {
      env: this.authEnv(),
    });
    return sha;
  }

  /** Pushes a commit to one branch: never forced, never with extra options. */
  async push(commit: string, branch: string): Promise<void> {
    if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new Error(`not a commit id: ${commit}`);
    await this.git.run(
      ['push', '--no-verify', '--porcelain', 'origin', `${commit}:refs/heads/${branch}`],
      { env: this.authEnv() },
    );
  }

  /** Credentials through git's environment config: not in argv, not in .git/config. */
  private authEnv(): NodeJS.ProcessEnv {
    const { token, serverUrl } = this.git.options;
    if (!token || !serverUrl) return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
  }
}
