import { api, ApiError } from './api';
import { byId, clear, h, safeLink } from './dom';
import { claimStatement, type Answer, type ClaimView, type Member, type SourceRef } from './types';
import { humanise, period } from './vocabulary';

// The evidence panel: who says so about one relation (claims, quotes, sources, dates). Shared by
// the network, the map and the answer table, so it looks the same wherever it is opened.

function findMember(answer: Answer, other: string): Member | undefined {
  const members = [...answer.groups.flatMap(group => group.members), ...answer.former, ...answer.adversaries];
  return members.find(member => member.actor.id === other);
}

function sourceLine(source: SourceRef): HTMLElement {
  return h('p', { class: 'source' },
    safeLink(source.url, source.title), ' — ',
    [source.publisher, source.date].filter(Boolean).join(', '),
    source.reliability ? h('abbr', { class: 'grade', title: 'Admiralty grade' }, ` ${source.reliability}`) : null);
}

function claimItem(claim: ClaimView): HTMLElement {
  return h('li', { class: 'claim', 'data-claim': String(claim.id) },
    h('p', { class: 'statement' }, claimStatement(claim), ' ',
      h('span', { class: 'period' }, period(claim.since ?? claim.from, claim.until)),
      claim.hedged ? h('span', { class: 'badge' }, 'hedged') : null,
      claim.status && claim.status !== 'accepted' ? h('span', { class: 'badge' }, claim.status) : null),
    claim.quote ? h('blockquote', {}, claim.quote) : null,
    claim.note ? h('p', { class: 'note' }, claim.note) : null,
    claim.source ? sourceLine(claim.source) : null);
}

/** Finds the claims list in a relation answer, whichever envelope the server wraps it in. */
function claimsOf(relation: unknown): ClaimView[] | null {
  if (!relation || typeof relation !== 'object') return null;
  const record = relation as Record<string, unknown>;
  if (Array.isArray(record.claims)) return record.claims as ClaimView[];
  for (const value of Object.values(record)) {
    if (value && typeof value === 'object' && Array.isArray((value as Record<string, unknown>).claims))
      return (value as Record<string, unknown>).claims as ClaimView[];
  }
  return null;
}

function summary(answer: Answer, member: Member | undefined, otherName: string): HTMLElement {
  if (!member) return h('p', {}, `No assessed relation between ${answer.subject.name} and ${otherName} as of ${answer.asOf}.`);
  return h('div', { class: 'relation-summary' },
    h('p', {}, h('strong', {}, member.label || humanise(member.relation)), ` ${period(member.since, member.until)}`,
      member.contested ? h('span', { class: 'badge contested' }, 'contested') : null),
    h('p', {}, `Score ${member.score.toFixed(2)}, confidence ${member.confidence.toFixed(2)}`),
    member.areas.length ? h('p', {}, `Areas: ${member.areas.map(humanise).join(', ')}`) : null);
}

// One request in flight per panel: a newer request in the same panel cancels the older one.
const pending = new Map<string, AbortController>();

/**
 * Opens the evidence for from ↔ other in the panel (from defaults to the answer's subject);
 * `answer` gives the summary and a fallback when the relation touches its subject.
 */
export async function showEvidence(panelId: string, answer: Answer, other: string, otherName?: string,
  from?: { id: string; name: string }): Promise<void> {
  const panel = byId(panelId);
  pending.get(panelId)?.abort();
  const request = new AbortController();
  pending.set(panelId, request);
  const subject = from ?? answer.subject;
  const member = subject.id === answer.subject.id ? findMember(answer, other) : undefined;
  const name = member?.actor.name ?? otherName ?? other;
  const body = h('div', { class: 'evidence-body' }, h('p', { class: 'loading' }, 'Loading evidence…'));
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close evidence' }, '×');
  close.addEventListener('click', () => panel.dispatchEvent(new CustomEvent('evidence-close', { bubbles: true })));
  clear(panel);
  panel.hidden = false;
  panel.append(h('header', {}, h('h3', { id: `${panelId}-title`, tabindex: -1 }, `${subject.name} — ${name}`), close));
  if (member || subject.id === answer.subject.id) panel.append(summary(answer, member, name));
  panel.append(body);
  panel.setAttribute('data-with', other);
  panel.scrollIntoView({ block: 'nearest' });
  try {
    const relation = await api.relation(subject.id, other, answer.asOf, request.signal);
    const assessment = (relation as { assessment?: Member | null } | null)?.assessment;
    if (!member && assessment) body.before(summary({ ...answer, subject: { ...answer.subject, ...subject } }, assessment, name));
    const claims = claimsOf(relation);
    if (claims) {
      body.replaceChildren(h('h4', {}, `Claims (${claims.length})`), h('ul', { class: 'claims' }, ...claims.map(claimItem)));
      return;
    }
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    if (!(error instanceof ApiError)) throw error;
  }
  // Without the relations endpoint's claims, the answer's own sources still say who says so.
  body.replaceChildren(
    h('h4', {}, 'Sources'),
    ...(member?.sources ?? []).map(source => h('div', { class: 'claim' },
      source.quote ? h('blockquote', {}, source.quote) : null,
      source.note ? h('p', { class: 'note' }, source.note) : null,
      sourceLine(source))));
}

export function hideEvidence(panelId: string): void {
  pending.get(panelId)?.abort();
  pending.delete(panelId);
  const panel = byId(panelId);
  panel.hidden = true;
  panel.removeAttribute('data-with');
  clear(panel);
}
