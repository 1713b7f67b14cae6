import type { ActorRef, Answer, ClaimView, Graph } from './types';

/** A failed API call, with the problem details' message when the server sent one. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface ProblemDetails {
  title?: string;
  detail?: string;
}

async function failure(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`;
  try {
    const problem = (await response.json()) as ProblemDetails;
    message = [problem.title, problem.detail].filter(Boolean).join(': ') || message;
  } catch {
    // Not JSON: keep the status line.
  }
  return new ApiError(response.status, message);
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

function query(parameters: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters))
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

const segment = encodeURIComponent;

/** What the analyst says about a document's origin (all optional; the server checks them). */
export interface DocumentOrigin {
  title?: string;
  url?: string;
  reliability?: string;
}

export const api = {
  searchActors: (q: string, signal?: AbortSignal) =>
    getJson<ActorRef[] | { actors: ActorRef[] }>(`/api/actors${query({ q })}`, signal)
      .then(result => (Array.isArray(result) ? result : result.actors ?? [])),

  allies: (actor: string, asOf: string | null, signal?: AbortSignal) =>
    getJson<Answer>(`/api/allies/${segment(actor)}${query({ asOf, format: 'json' })}`, signal),

  ask: (q: string, asOf: string | null, signal?: AbortSignal) =>
    getJson<Answer>(`/api/ask${query({ q, asOf })}`, signal),

  graph: (center: string, depth: number, asOf: string | null, signal?: AbortSignal) =>
    getJson<Graph>(`/api/graph${query({ center, depth, asOf })}`, signal),

  relation: (a: string, b: string, asOf: string | null, signal?: AbortSignal) =>
    getJson<unknown>(`/api/relations/${segment(a)}/${segment(b)}${query({ asOf })}`, signal),

  timeline: (actor: string, signal?: AbortSignal) =>
    getJson<unknown>(`/api/timeline/${segment(actor)}`, signal),

  claims: (status: string, about?: string) =>
    getJson<ClaimView[] | { claims: ClaimView[] }>(`/api/claims${query({ status, about })}`)
      .then(result => (Array.isArray(result) ? result : result.claims ?? [])),

  async decide(claimId: number | string, decision: 'accept' | 'reject', key: string): Promise<void> {
    const response = await fetch(`/api/claims/${segment(String(claimId))}/${decision}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
    });
    if (!response.ok) throw await failure(response);
  },

  async ingest(body: string | File, contentType: string, key: string, origin: DocumentOrigin): Promise<unknown> {
    const headers: Record<string, string> = { Authorization: `Bearer ${key}`, Accept: 'application/json' };
    let payload: BodyInit;
    if (body instanceof File) {
      const form = new FormData();
      form.append('file', body, body.name);
      payload = form;
    } else {
      headers['Content-Type'] = `${contentType}; charset=utf-8`;
      payload = body;
    }
    const response = await fetch(`/api/documents${query({ ...origin })}`, { method: 'POST', headers, body: payload });
    if (!response.ok) throw await failure(response);
    return response.json();
  },
};
