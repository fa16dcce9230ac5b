import type { RouteContext, RouteResult } from './route-context.js';

export function paginate(context: RouteContext, items: unknown[]): RouteResult {
  const perPage = clamp(Number(context.query.get('per_page') ?? 30), 1, 100);
  const page = Math.max(1, Math.trunc(Number(context.query.get('page') ?? 1)) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(context, page, last);
  return { status: 200, body, ...(link ? { headers: { link } } : {}) };
}

// Same relation order as GitHub: prev, next, last, first.
function linkHeader(
  { apiUrl, requestUrl }: RouteContext,
  page: number,
  last: number,
): string | undefined {
  const pageUrl = (target: number): string => {
    const url = new URL(requestUrl.pathname + requestUrl.search, apiUrl);
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  const relations: string[] = [];
  if (page > 1) relations.push(`<${pageUrl(Math.min(page - 1, last))}>; rel="prev"`);
  if (page < last)
    relations.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
  if (page > 1) relations.push(`<${pageUrl(1)}>; rel="first"`);
  return relations.length > 0 ? relations.join(', ') : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}
