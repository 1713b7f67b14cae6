import { api, ApiError } from './api';
import { apiKey, bindKeyField } from './apiKey';
import { byId, h } from './dom';
import { claimCard } from './review';
import type { ClaimView } from './types';
import { humanise } from './vocabulary';

// The ingest form: paste text or HTML, or upload a file; the server reads it and returns the
// candidate claims it found, which are shown here (as text) and wait in the review queue.

type Loose = Record<string, unknown>;

function candidatesOf(result: Loose): ClaimView[] {
  const found = [result.claims, result.candidates, (result.document as Loose | undefined)?.claims].find(Array.isArray);
  return (found as ClaimView[] | undefined) ?? [];
}

/** The response's plain fields (document id, title, counts) as a definition list. */
function facts(result: Loose): HTMLElement {
  const list = h('dl', { class: 'facts' });
  const add = (prefix: string, record: Loose) => {
    for (const [key, value] of Object.entries(record)) {
      if (value === null || value === undefined) continue;
      if (typeof value === 'object') {
        if (!Array.isArray(value) && prefix === '') add(`${key} `, value as Loose);
        continue;
      }
      list.append(h('dt', {}, humanise(`${prefix}${key}`.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase())), h('dd', {}, String(value)));
    }
  };
  add('', result);
  return list;
}

function warnings(record: Loose): HTMLElement | null {
  const list = Array.isArray(record.warnings) ? (record.warnings as unknown[]).map(String) : [];
  return list.length === 0 ? null : h('ul', { class: 'warnings' }, ...list.map(warning => h('li', {}, warning)));
}

function showResult(result: unknown): void {
  const record = (result && typeof result === 'object' ? result : {}) as Loose;
  const claims = candidatesOf(record);
  const { warnings: _, claims: __, ...plain } = record;
  byId('ingest-result').replaceChildren(h('div', {},
    h('h3', {}, record.status === 'already_stored' ? 'Document already read' : 'Document read'),
    facts(plain), warnings(record),
    h('h4', {}, `Candidate claims (${claims.length})`),
    claims.length ? h('ul', { class: 'claim-list' }, ...claims.map(claim => h('li', {}, claimCard(claim))))
      : h('p', {}, 'The server listed no claims here; any it found wait in the review queue.'),
    h('p', {}, h('a', { href: '/?view=review' }, 'Review the candidate claims'))));
}

function showError(text: string): void {
  byId('ingest-result').replaceChildren(h('p', { class: 'status error', role: 'alert' }, text));
}

export function setUpIngest(): void {
  bindKeyField('ingest-key');
  const form = byId<HTMLFormElement>('ingest-form');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const key = apiKey();
    const text = byId<HTMLTextAreaElement>('ingest-text').value;
    const file = byId<HTMLInputElement>('ingest-file').files?.[0];
    const type = byId<HTMLSelectElement>('ingest-type').value;
    const field = (id: string) => byId<HTMLInputElement>(id).value.trim() || undefined;
    const origin = { title: field('ingest-title'), url: field('ingest-url'), reliability: field('ingest-reliability')?.toUpperCase() };
    if (!key) { showError('Enter an API key first (entente keys create NAME prints one).'); return; }
    if (!file && !text.trim()) { showError('Paste the document text or choose a file.'); return; }
    const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
    submit.disabled = true;
    byId('ingest-result').replaceChildren(h('p', { class: 'status', role: 'status' }, 'Reading the document…'));
    try {
      showResult(await api.ingest(file ?? text, type, key, origin));
      byId('ingest-result').scrollIntoView({ block: 'start' });
    } catch (error) {
      showError(`The document was not ingested: ${error instanceof ApiError ? error.message : String(error)}`);
    } finally {
      submit.disabled = false;
    }
  });
}
