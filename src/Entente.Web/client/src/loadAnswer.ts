import { api, ApiError } from './api';
import type { Answer } from './types';

// Turns what was typed in the ask box into an answer: a name goes to /api/allies (which resolves
// names, aliases, ISO codes and capitals), a question to /api/ask.

const questionStart = /^(who|what|which|is|are|does|do|how|when|since)\b/i;

export function looksLikeQuestion(q: string): boolean {
  return q.includes('?') || questionStart.test(q.trim());
}

export async function loadAnswer(q: string, asOf: string | null, signal: AbortSignal): Promise<Answer> {
  if (looksLikeQuestion(q)) return api.ask(q, asOf, signal);
  try {
    return await api.allies(q, asOf, signal);
  } catch (error) {
    // "Iran allies" is neither a name nor an obvious question: let the question parser try.
    if (error instanceof ApiError && error.status === 404) {
      try {
        return await api.ask(q, asOf, signal);
      } catch {
        throw error; // The resolver's message (with its closest matches) is the more useful one.
      }
    }
    throw error;
  }
}
