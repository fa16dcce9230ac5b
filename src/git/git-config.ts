/** What the repository's git configuration says: the remote's URL, an identity, stored credentials. */
import type { GitIdentity, GitProcess } from './git-process.js';
import { credentialsIn } from './stored-credentials.js';

export class GitConfig {
  constructor(private readonly git: GitProcess) {}

  async remoteUrl(name: string): Promise<string> {
    return (await this.git.run(['remote', 'get-url', name])).trim();
  }

  /**
   * Credentials git's effective configuration holds where QA could read them
   * (the token `actions/checkout` leaves unless persist-credentials is false,
   * in .git/config or a file it includes), named with where they are.
   */
  async storedCredentials(): Promise<string[]> {
    const result = await this.git.exec(
      ['config', '--show-scope', '--show-origin', '-z', '--list'],
      {},
    );
    return result.code === 0 ? credentialsIn(result.stdout) : [];
  }

  /** user.name and user.email from git's configuration, when both are set. */
  async configuredIdentity(): Promise<GitIdentity | undefined> {
    const get = async (key: string) => {
      const result = await this.git.exec(['config', '--get', key], {});
      return result.code === 0 ? result.stdout.trim() : undefined;
    };
    const [name, email] = [await get('user.name'), await get('user.email')];
    return name && email ? { name, email } : undefined;
  }
}
