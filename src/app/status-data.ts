import type { Probot } from 'probot';
import { PullBodyTicketStore } from '../tickets/pull-body-store.js';
import { policyOf } from '../wiring/build-deps.js';
import { openRepo, type AppServices } from './installation.js';
import type { StatusTicket } from './status-page.js';

/** More repositories than this are not read for one page view. */
const MAX_REPOS = 50;

/** Open tickets of every repository of every installation, read through each ticket store. */
export async function collectTickets(
  probot: Probot,
  services: AppServices,
): Promise<{ tickets: StatusTicket[]; problems: string[] }> {
  const appOctokit = await probot.auth();
  const installations = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, {
    per_page: 100,
  });
  const tickets: StatusTicket[] = [];
  const problems: string[] = [];
  let read = 0;
  for (const installation of installations) {
    const installed = await probot.auth(installation.id);
    const repos = await installed.paginate(installed.rest.apps.listReposAccessibleToInstallation, {
      per_page: 100,
    });
    for (const repository of repos) {
      if (read++ >= MAX_REPOS) {
        problems.push(`more than ${MAX_REPOS} repositories: the rest are not shown`);
        return { tickets, problems };
      }
      const repo = { owner: repository.owner.login, repo: repository.name };
      try {
        const session = await openRepo(probot, installation.id, repo, services);
        const config = await session.config();
        const store = new PullBodyTicketStore(session.host, policyOf(config, {}));
        for (const ticket of await store.listOpen()) {
          tickets.push({
            repo: repository.full_name,
            pull: { number: ticket.pull.number, url: ticket.pull.url, title: ticket.pull.title },
            state: ticket.state,
          });
        }
      } catch (error) {
        problems.push(
          `${repository.full_name}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  return { tickets, problems };
}
