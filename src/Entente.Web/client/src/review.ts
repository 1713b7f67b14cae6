import { api, ApiError } from './api';
import { apiKey, bindKeyField } from './apiKey';
import { byId, h, safeLink } from './dom';
import { claimStatement, type ClaimView } from './types';
import { humanise, period } from './vocabulary';

// The review queue: candidate claims that ingest found, to accept or reject with an API key.

function statusLine(text: string, kind: 'ok' | 'error' = 'ok'): HTMLElement {
  return h('p', { class: `status ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** A candidate claim as a card: the statement, its quote and source (all shown as text). */
export function claimCard(claim: ClaimView): HTMLElement {
  return h('article', { class: 'claim-card', 'data-claim': String(claim.id) },
    h('h3', {}, claimStatement(claim)),
    h('p', { class: 'meta' }, [period(claim.since ?? claim.from, claim.until), claim.hedged ? 'hedged' : '', claim.areas?.map(humanise).join(', ')]
      .filter(Boolean).join(' · ')),
    claim.quote ? h('blockquote', { class: 'quote' }, claim.quote) : null,
    claim.note ? h('p', { class: 'note' }, claim.note) : null,
    claim.source ? h('p', { class: 'source' }, safeLink(claim.source.url, claim.source.title),
      claim.source.reliability ? ` (${claim.source.reliability})` : '') : null);
}

function decisionButtons(claim: ClaimView, card: HTMLElement, status: HTMLElement): HTMLElement {
  const decide = async (decision: 'accept' | 'reject') => {
    const key = apiKey();
    if (!key) { status.replaceChildren(statusLine('Enter an API key first (entente keys create NAME prints one).', 'error')); return; }
    try {
      await api.decide(claim.id, decision, key);
      card.setAttribute('data-decided', decision);
      card.querySelectorAll('button').forEach(button => { button.disabled = true; });
      status.replaceChildren(statusLine(`Claim ${claim.id} ${decision === 'accept' ? 'accepted' : 'rejected'}.`));
    } catch (error) {
      const message = error instanceof ApiError ? error.message : String(error);
      status.replaceChildren(statusLine(`Could not ${decision} claim ${claim.id}: ${message}`, 'error'));
    }
  };
  const accept = h('button', { type: 'button', class: 'accept' }, 'Accept');
  const reject = h('button', { type: 'button', class: 'reject' }, 'Reject');
  accept.addEventListener('click', () => void decide('accept'));
  reject.addEventListener('click', () => void decide('reject'));
  return h('div', { class: 'decisions', role: 'group', 'aria-label': `Decide claim ${claim.id}` }, accept, reject);
}

export async function loadReviewQueue(): Promise<void> {
  const list = byId('review-list');
  const status = byId('review-status');
  status.replaceChildren(statusLine('Loading candidate claims…'));
  try {
    const claims = await api.claims('candidate');
    status.replaceChildren(statusLine(claims.length ? `${claims.length} candidate claims.` : 'No candidate claims to review.'));
    list.replaceChildren(...claims.map(claim => {
      const card = claimCard(claim);
      card.append(decisionButtons(claim, card, status));
      return h('li', {}, card);
    }));
  } catch (error) {
    status.replaceChildren(statusLine(`Could not load candidates: ${error instanceof Error ? error.message : String(error)}`, 'error'));
  }
}

export function setUpReview(): void {
  bindKeyField('review-key');
  byId('review-reload').addEventListener('click', () => void loadReviewQueue());
}
