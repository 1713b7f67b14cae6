import type { ActorRef, Answer } from './types';

/** A period a relation held: from (included) until (excluded); null ends are open. */
export interface Span {
  since: string | null;
  until: string | null;
}

/** One row of the timeline: a relation of the selected actor with another, and when it held. */
export interface TimelineBar {
  other: ActorRef;
  relation: string;
  label: string;
  spans: Span[];
}

type Loose = Record<string, unknown>;

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function spansOf(raw: Loose): Span[] {
  if (Array.isArray(raw.spans))
    return (raw.spans as Loose[]).map(span => ({ since: text(span.from) ?? text(span.since), until: text(span.until) }));
  return [{ since: text(raw.since) ?? text(raw.from), until: text(raw.until) }];
}

/** Reads /api/timeline's rows ({subject, rows: [{actor, relation, spans: [{from, until}]}]}). */
export function timelineBars(response: unknown): TimelineBar[] {
  const record = (response ?? {}) as Loose;
  const rows = Array.isArray(response) ? response : record.rows;
  if (!Array.isArray(rows)) return [];
  const bars: TimelineBar[] = [];
  for (const raw of rows as Loose[]) {
    const other = raw.actor as ActorRef | undefined;
    const relation = text(raw.relation);
    if (!other?.id || !relation) continue;
    bars.push({ other, relation, label: text(raw.label) ?? relation, spans: spansOf(raw) });
  }
  return bars;
}

/** Without the timeline endpoint: the current and former relations the answer lists. */
export function barsFromAnswer(answer: Answer): TimelineBar[] {
  const members = [...answer.groups.flatMap(group => group.members), ...answer.former, ...answer.adversaries];
  return members.map(member => ({
    other: member.actor, relation: member.relation, label: member.label, spans: [{ since: member.since, until: member.until }],
  }));
}

/** The year of a partial date ("1982", "2024-12", "2024-12-08"). */
export function yearOf(date: string | null): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

/** A partial date as a fractional year, so "2024-12" ends a bar in December. */
export function yearFraction(date: string, end: boolean): number {
  const [year, month = end ? 12 : 1, day] = date.split('-').map(Number);
  const monthStart = year + (month - 1) / 12;
  if (day === undefined) return end ? monthStart + 1 / 12 : monthStart;
  return monthStart + (day - 1) / 365;
}

export function firstYear(bar: TimelineBar): number | null {
  const years = bar.spans.map(span => yearOf(span.since) ?? yearOf(span.until)).filter((y): y is number => y !== null);
  return years.length ? Math.min(...years) : null;
}
