import { HttpStub, type RecordedRequest, type StubReply } from './http-stub.js';

export interface JiraIssueFixture {
  key: string;
  summary: string;
  description: unknown;
  priority?: string;
  labels?: string[];
  status?: string;
  extra?: Record<string, unknown>;
}

/** Jira Cloud REST v3: issues, comments, transitions and remote links. */
export class FakeJira extends HttpStub {
  readonly issues = new Map<string, JiraIssueFixture>();
  readonly transitions = [
    { id: '21', name: 'Start review', to: { id: '3', name: 'Spec Review' } },
    { id: '31', name: 'Done', to: { id: '4', name: 'Done' } },
  ];

  constructor(issues: JiraIssueFixture[] = []) {
    super((request) => this.route(request));
    for (const issue of issues) this.issues.set(issue.key, issue);
  }

  get comments(): { key: string; body: unknown }[] {
    return this.matching('POST', /\/comment$/).map((r) => ({
      key: keyOf(r.path),
      body: (r.body as { body: unknown }).body,
    }));
  }

  get transitionsDone(): { key: string; id: string }[] {
    return this.matching('POST', /\/transitions$/).map((r) => ({
      key: keyOf(r.path),
      id: (r.body as { transition: { id: string } }).transition.id,
    }));
  }

  get remoteLinks(): { key: string; body: Record<string, unknown> }[] {
    return this.matching('POST', /\/remotelink$/).map((r) => ({
      key: keyOf(r.path),
      body: r.body as Record<string, unknown>,
    }));
  }

  private matching(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private route(request: RecordedRequest): StubReply {
    const match = /^\/rest\/api\/3\/issue\/([^/]+)(\/.*)?$/.exec(request.path);
    if (!match) return { status: 404, body: { errorMessages: ['not found'] } };
    const key = decodeURIComponent(match[1] ?? '');
    const issue = this.issues.get(key);
    if (!issue)
      return {
        status: 404,
        body: {
          errorMessages: ['Issue does not exist or you do not have permission to see it.'],
          errors: {},
        },
      };
    const tail = match[2] ?? '';
    if (request.method === 'GET' && tail === '') return { body: this.issueBody(issue) };
    if (request.method === 'POST' && tail === '/comment') {
      return {
        status: 201,
        body: { id: '10000', self: `${this.url}/rest/api/3/issue/${key}/comment/10000` },
      };
    }
    if (request.method === 'GET' && tail === '/transitions')
      return { body: { transitions: this.transitions } };
    if (request.method === 'POST' && tail === '/transitions') return { status: 204 };
    if (request.method === 'POST' && tail === '/remotelink')
      return {
        status: 201,
        body: { id: 10000, self: `${this.url}/rest/api/3/issue/${key}/remotelink/10000` },
      };
    return {
      status: 405,
      body: { errorMessages: [`unexpected ${request.method} ${request.path}`] },
    };
  }

  private issueBody(issue: JiraIssueFixture) {
    return {
      id: '10001',
      key: issue.key,
      self: `${this.url}/rest/api/3/issue/10001`,
      fields: {
        summary: issue.summary,
        description: issue.description,
        priority: issue.priority ? { id: '2', name: issue.priority } : null,
        labels: issue.labels ?? [],
        status: { id: '1', name: issue.status ?? 'To Do' },
        ...issue.extra,
      },
    };
  }
}

function keyOf(path: string): string {
  return decodeURIComponent(path.split('/')[5] ?? '');
}
