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

/** Every installation of the app, each with its repositories (every page). */
export async function installedRepos(probot: Probot): Promise<InstalledRepos[]> {
  const appOctokit = await probot.auth();
  const installations = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, {
    per_page: 100,
  });
  const found: InstalledRepos[] = [];
  for (const installation of installations) {
    try {
      const installed = await probot.auth(installation.id);
      const repos = await installed.paginate(
        installed.rest.apps.listReposAccessibleToInstallation,
        {
          per_page: 100,
        },
      );
      found.push({
        installationId: installation.id,
        repos: repos.map((r) => ({ owner: r.owner.login, repo: r.name, fullName: r.full_name })),
      });
    } catch (error) {
      found.push({ installationId: installation.id, repos: { error } });
    }
  }
  return found;
}
