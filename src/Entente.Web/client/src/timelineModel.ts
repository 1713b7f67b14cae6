import type { ActorRef, Answer } from './types';

// One bar of the timeline: a relation of the selected actor over its validity interval.
export interface TimelineBar {
  other: ActorRef;
  relation: string;
  label: string;
  since: string | null;
  until: string | null;
}

type Loose = Record<string, unknown>;

function actorOf(value: unknown): ActorRef | null {
  if (typeof value === 'string') return { id: value, name: value, kind: '' };
  if (value && typeof value === 'object' && typeof (value as Loose).id === 'string') return value as ActorRef;
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Reads /api/timeline's entries, tolerating the envelope and field names a server may use. */
export function timelineBars(response: unknown, subject: string): TimelineBar[] {
  const record = (response ?? {}) as Loose;
  const entries = Array.isArray(response) ? response
    : [record.relations, record.entries, record.items].find(Array.isArray) as unknown[] | undefined;
  if (!entries) return [];
  const bars: TimelineBar[] = [];
  for (const raw of entries as Loose[]) {
    const source = actorOf(raw.source), target = actorOf(raw.target);
    const other = actorOf(raw.other ?? raw.counterpart ?? raw.actor ?? raw.partner)
      ?? (source && source.id !== subject ? source : target);
    const relation = text(raw.relation) ?? text(raw.type) ?? text(raw.predicate);
    if (!other || !relation) continue;
    bars.push({
      other, relation,
      label: text(raw.label) ?? relation,
      since: text(raw.since) ?? text(raw.from),
      until: text(raw.until) ?? text(raw.to),
    });
  }
  return bars;
}

/** Without the timeline endpoint: the current and former relations the answer lists. */
export function barsFromAnswer(answer: Answer): TimelineBar[] {
  const members = [...answer.groups.flatMap(group => group.members), ...answer.former, ...answer.adversaries];
  return members.map(member => ({
    other: member.actor, relation: member.relation, label: member.label, since: member.since, until: member.until,
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
