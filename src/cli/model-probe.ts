import { publicUrl } from '../core/public-url.js';

/** What one cheap request to the model endpoint found. */
export interface ProbeResult {
  reachable: boolean;
  detail: string;
}

/**
 * Lists the endpoint's models (`GET <base>/models`): no tokens are spent. Any
 * HTTP answer means the endpoint is there; 401 and 403 mean the key is not
 * accepted. Some compatible servers do not list models: a 404 still counts
 * as reachable.
 */
export async function probeModel(
  baseUrl: string,
  apiKey: string | undefined,
  timeoutMs = 5000,
): Promise<ProbeResult> {
  const where = publicUrl(baseUrl);
  try {
    const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/models`, {
      headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    if (response.status === 401 || response.status === 403)
      return {
        reachable: false,
        detail: `${where} refused the key (HTTP ${response.status}): check OPENAI_API_KEY`,
      };
    return {
      reachable: true,
      detail: `${where} is reachable (HTTP ${response.status})`,
    };
  } catch (error) {
    // Errors may come from another realm (a test's VM): read them by shape, not by class.
    const err = error as {
      name?: string;
      message?: string;
      cause?: { code?: string; message?: string };
    };
    const reason =
      err.name === 'TimeoutError'
        ? `no answer within ${timeoutMs / 1000}s`
        : (err.cause?.code ?? err.cause?.message ?? err.message ?? String(error));
    return {
      reachable: false,
      detail: `${where} is not reachable (${reason}): check OPENAI_BASE_URL, or pass --offline`,
    };
  }
}
