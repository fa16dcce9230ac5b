import { HttpError, notFound } from './http-errors.js';
import { fakeSha, stableId } from './names.js';
import { fields, isString, read } from './request-body.js';
import { ok, type RouteContext, type RouteResult } from './route-context.js';

const WORKFLOWS = '.github/workflows/';

function workflowJson(context: RouteContext, path: string): Record<string, unknown> {
  const { state, apiUrl } = context;
  const id = stableId(`workflow:${path}`);
  return {
    id,
    node_id: `W_kwDOFake${id}`,
    name: path.slice(WORKFLOWS.length).replace(/\.ya?ml$/, ''),
    path,
    state: 'active',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    url: `${apiUrl}/repos/${state.owner}/${state.repo}/actions/workflows/${id}`,
    html_url: `https://github.com/${state.owner}/${state.repo}/blob/main/${path}`,
    badge_url: `https://github.com/${state.owner}/${state.repo}/workflows/x/badge.svg`,
  };
}

function workflowPaths(context: RouteContext): string[] {
  return [...context.state.files.keys()].filter(
    (path) => path.startsWith(WORKFLOWS) && /\.ya?ml$/.test(path),
  );
}

export function listWorkflows(context: RouteContext): RouteResult {
  const workflows = workflowPaths(context).map((path) => workflowJson(context, path));
  return ok({ total_count: workflows.length, workflows });
}

/** `workflow_id` is the file name or the numeric id, as on GitHub. */
export function createDispatch(context: RouteContext): RouteResult {
  const name = context.params.workflow_id ?? '';
  const path = workflowPaths(context).find(
    (candidate) =>
      candidate.slice(WORKFLOWS.length) === name ||
      String(stableId(`workflow:${candidate}`)) === name,
  );
  if (!path) throw notFound();
  const content = context.state.files.get(path) ?? '';
  if (!/^\s*workflow_dispatch\s*:/m.test(content)) {
    throw new HttpError(422, {
      message: "Workflow does not have 'workflow_dispatch' trigger",
    });
  }
  const body = fields(context.body);
  const inputs = fields(body.inputs);
  const strings: Record<string, string> = {};
  for (const [key, value] of Object.entries(inputs)) {
    if (typeof value !== 'string')
      throw new HttpError(422, { message: `input ${key} must be a string` });
    strings[key] = value;
  }
  context.state.dispatches.push({
    workflow: name,
    ref: String(read(body, 'ref', isString)),
    inputs: strings,
  });
  return { status: 204 };
}

export function getContent(context: RouteContext): RouteResult {
  const path = context.params.path ?? '';
  const content = context.state.files.get(path);
  if (content === undefined) throw notFound();
  const { state, apiUrl } = context;
  return ok({
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(content),
    name: path.split('/').pop(),
    path,
    content: Buffer.from(content).toString('base64'),
    sha: fakeSha(content),
    url: `${apiUrl}/repos/${state.owner}/${state.repo}/contents/${path}`,
    git_url: null,
    html_url: null,
    download_url: null,
    _links: { self: '', git: null, html: null },
  });
}
