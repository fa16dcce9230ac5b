import type { Probot } from 'probot';
import type { RepoRef } from '../ports.js';

/** The GitHub App's own view: its installations, their repositories and tokens. */

/** An installation access token for one installation (Probot caches them until shortly before they expire). */
export async function installationToken(probot: Probot, installationId: number): Promise<string> {
  const appOctokit = await probot.auth();
  const auth = (await appOctokit.auth({ type: 'installation', installationId })) as {
    token: string;
  };
  return auth.token;
}

/** The installation that has this repository. */
export async function installationOf(probot: Probot, repo: RepoRef): Promise<number> {
  const appOctokit = await probot.auth();
  const { data } = await appOctokit.rest.apps.getRepoInstallation({ ...repo });
  return data.id;
}

export interface InstalledRepos {
  installationId: number;
  /** The installation's repositories, or why they could not be listed. */
  repos: (RepoRef & { fullName: string })[] | { error: unknown };
}

/**
 * Every installation of the app, each with its repositories, one installation
 * at a time: a reader that has seen enough stops, and nothing more is asked of GitHub.
 */
export async function* installedRepos(probot: Probot): AsyncGenerator<InstalledRepos> {
  const appOctokit = await probot.auth();
  for await (const { data: installations } of appOctokit.paginate.iterator(
    appOctokit.rest.apps.listInstallations,
    { per_page: 100 },
  )) {
    for (const installation of installations) {
      let repos: InstalledRepos['repos'];
      try {
        const installed = await probot.auth(installation.id);
        const listed = await installed.paginate(
          installed.rest.apps.listReposAccessibleToInstallation,
          { per_page: 100 },
        );
        repos = listed.map((r) => ({ owner: r.owner.login, repo: r.name, fullName: r.full_name }));
      } catch (error) {
        repos = { error };
      }
      yield { installationId: installation.id, repos };
    }
  }
}
