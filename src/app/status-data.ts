import type { Probot } from 'probot';
import { installedRepos } from '../github/app-installations.js';
import { openRepo, type AppServices } from './installation.js';
import type { StatusTicket } from './status-page.js';

/** More repositories than this are not read for one page view. */
const MAX_REPOS = 50;

/** How long a page view waits for GitHub before showing what it has. */
const BUDGET_MS = 5_000;

interface Collected {
  tickets: StatusTicket[];
  problems: string[];
}

/**
 * Open tickets of every repository of every installation, read through each
 * ticket store. The page degrades, it does not fail: what cannot be read
 * (GitHub down, a wrong app key, a slow repository) is a problem shown with
 * its error, and after a few seconds the page shows what it has.
 */
export async function collectTickets(probot: Probot, services: AppServices): Promise<Collected> {
  const found: Collected = { tickets: [], problems: [] };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), BUDGET_MS);
  });
  const work = readAll(probot, services, found).catch((error: unknown) => {
    found.problems.push(`GitHub: the installations could not be read: ${messageOf(error)}`);
  });
  const first = await Promise.race([work, deadline]);
  clearTimeout(timer);
  if (first === 'late')
    found.problems.push(
      `GitHub did not answer within ${BUDGET_MS / 1000} s: the page shows what was read by then`,
    );
  return { tickets: [...found.tickets], problems: [...found.problems] };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readAll(probot: Probot, services: AppServices, found: Collected): Promise<void> {
  const { tickets, problems } = found;
  let read = 0;
  for await (const installation of installedRepos(probot)) {
    const { installationId, repos } = installation;
    if (!Array.isArray(repos)) {
      problems.push(`installation ${installationId}: ${messageOf(repos.error)}`);
      continue;
    }
    for (const { fullName, ...repo } of repos) {
      if (read++ >= MAX_REPOS) {
        problems.push(`more than ${MAX_REPOS} repositories: the rest are not shown`);
        return;
      }
      try {
        const session = await openRepo(probot, installationId, repo, services);
        for (const ticket of await (await session.deps()).tickets.listOpen()) {
          tickets.push({
            repo: fullName,
            pull: { number: ticket.pull.number, url: ticket.pull.url, title: ticket.pull.title },
            state: ticket.state,
          });
        }
      } catch (error) {
        problems.push(`${fullName}: ${messageOf(error)}`);
      }
    }
  }
}
