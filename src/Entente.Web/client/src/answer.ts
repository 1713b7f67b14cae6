import { h, safeLink } from './dom';
import type { Answer, Member, SourceRef, Viewpoint } from './types';
import { humanise, period } from './vocabulary';

/** What a row's buttons do; the page wires them to the URL state. */
export interface AnswerActions {
  openActor(id: string): void;
  showEvidence(id: string): void;
}

function reliability(grade: string | null | undefined): Node | null {
  if (!grade) return null;
  return h('abbr', { class: 'grade', title: 'Admiralty grade: source reliability A–F, information credibility 1–6' }, grade);
}

function sourceCitation(source: SourceRef): HTMLElement {
  const label = [source.publisher, source.date].filter(Boolean).join(', ') || source.title;
  return h('li', {}, safeLink(source.url, label), ' ', reliability(source.reliability));
}

function memberRow(member: Member, actions: AnswerActions): HTMLTableRowElement {
  const name = h('a', { href: `/?q=${encodeURIComponent(member.actor.id)}`, 'data-actor': member.actor.id }, member.actor.name);
  name.addEventListener('click', event => {
    event.preventDefault();
    actions.openActor(member.actor.id);
  });
  const evidence = h('button', { type: 'button', class: 'link-button', 'aria-label': `Evidence for ${member.actor.name}` }, 'Evidence');
  evidence.addEventListener('click', () => actions.showEvidence(member.actor.id));
  const type = h('td', {}, member.label || humanise(member.relation));
  const when = period(member.since, member.until);
  if (when) type.append(h('span', { class: 'period' }, ` (${when})`));
  if (member.contested) type.append(' ', h('span', { class: 'badge contested' }, 'contested'));
  return h('tr', { 'data-actor': member.actor.id },
    h('th', { scope: 'row' }, name, member.actor.country ? h('span', { class: 'country-code' }, ` ${member.actor.country}`) : null, ' ', evidence),
    type,
    h('td', {}, member.areas.map(humanise).join(', ') || '—'),
    h('td', {}, h('ul', { class: 'citations' }, ...member.sources.map(sourceCitation))));
}

function memberTable(caption: string, members: Member[], actions: AnswerActions): HTMLTableElement {
  return h('table', { class: 'members' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Country / Actor'),
      h('th', { scope: 'col' }, 'Type of relationship'),
      h('th', { scope: 'col' }, 'Main areas'),
      h('th', { scope: 'col' }, 'Sources'))),
    h('tbody', {}, ...members.map(member => memberRow(member, actions))));
}

function tierSection(id: string, title: string, members: Member[], actions: AnswerActions): HTMLElement | null {
  if (members.length === 0) return null;
  return h('section', { class: 'tier', 'data-tier': id, 'aria-labelledby': `tier-${id}` },
    h('h3', { id: `tier-${id}` }, title, h('span', { class: 'count' }, ` (${members.length})`)),
    memberTable(title, members, actions));
}

function viewpoint(point: Viewpoint): HTMLElement {
  const side = (label: string, items: string[]) => items.length === 0 ? null
    : h('div', { class: 'side' }, h('h5', {}, label), h('ul', {}, ...items.map(item => h('li', {}, item))));
  return h('li', { class: 'viewpoint' }, h('p', {}, point.claim), side('For', point.for), side('Against', point.against));
}

function allSources(answer: Answer): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const source of allMembers(answer).flatMap(member => member.sources)) {
    const key = source.id ?? `${source.title}|${source.url}`;
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()].sort((a, b) => a.title.localeCompare(b.title));
}

function sourceEntry(source: SourceRef): HTMLElement {
  return h('li', {},
    safeLink(source.url, source.title), ' — ',
    [source.publisher, source.date].filter(Boolean).join(', '), ' ', reliability(source.reliability),
    source.quote ? h('blockquote', {}, source.quote) : null,
    source.note ? h('p', { class: 'note' }, source.note) : null);
}

/** Bloc members come as ids: name the ones the answer knows, keep the id for the rest. */
function namer(answer: Answer): (id: string) => string {
  const names = new Map([answer.subject, ...allMembers(answer).map(member => member.actor)].map(actor => [actor.id, actor.name]));
  return id => names.get(id) ?? id;
}

function allMembers(answer: Answer): Member[] {
  return [...answer.groups.flatMap(group => group.members), ...answer.former, ...answer.adversaries];
}

/** Links to the same answer as a report file, in each format the API renders. */
function downloads(answer: Answer): HTMLElement {
  const formats: [string, string][] = [['html', 'HTML'], ['markdown', 'Markdown'], ['csv', 'CSV'], ['json', 'JSON']];
  const link = ([format, label]: [string, string]) => h('a', {
    href: `/api/allies/${encodeURIComponent(answer.subject.id)}?asOf=${answer.asOf}&format=${format}`,
    download: `${answer.subject.id}-allies-${answer.asOf}.${format === 'markdown' ? 'md' : format}`,
  }, label);
  return h('p', { class: 'downloads' }, 'Download this answer: ',
    ...formats.flatMap((format, index) => (index === 0 ? [link(format)] : [' · ', link(format)])));
}

/** The answer laid out like the report: TL;DR, time context, tiers with their tables, viewpoints, sources. */
export function renderAnswer(answer: Answer, actions: AnswerActions): HTMLElement {
  const sources = allSources(answer);
  const name = namer(answer);
  return h('article', { class: 'answer', 'aria-labelledby': 'answer-title' },
    h('h2', { id: 'answer-title' }, `${answer.subject.name}: allies and partners`),
    answer.verdict ? h('p', { class: 'verdict', 'data-verdict': answer.verdict.answer }, answer.verdict.text) : null,
    h('p', { class: 'tldr' }, h('strong', {}, 'TL;DR '), answer.summary),
    answer.timeContext ? h('p', { class: 'time-context' }, answer.timeContext) : null,
    downloads(answer),
    ...answer.groups.map(group => tierSection(group.tier, group.title, group.members, actions)),
    tierSection('former', 'Former allies and partners', answer.former, actions),
    tierSection('adversaries', 'Adversaries', answer.adversaries, actions),
    answer.blocs.length === 0 ? null : h('section', { class: 'blocs' },
      h('h3', {}, 'Blocs'),
      h('ul', {}, ...answer.blocs.map(bloc => h('li', {}, h('strong', {}, bloc.name), `: ${bloc.members.map(name).join(', ')}`)))),
    answer.viewpoints.length === 0 ? null : h('section', { class: 'viewpoints' },
      h('h3', {}, 'Where sources disagree'),
      h('ul', {}, ...answer.viewpoints.map(viewpoint))),
    h('details', { class: 'sources' },
      h('summary', {}, `Sources (${sources.length})`),
      h('ol', {}, ...sources.map(sourceEntry))));
}
