import type { Answer, Member } from './types';

// Which countries and markers the map colours, and how: the answer's tiers read per country.

export interface Placed {
  member: Member;
  alignment: string;
}

function placedMembers(answer: Answer): Placed[] {
  return [
    ...answer.groups.flatMap(group => group.members.map(member => ({ member, alignment: group.tier }))),
    ...answer.former.map(member => ({ member, alignment: 'former' })),
    ...answer.adversaries.map(member => ({ member, alignment: 'adversary' })),
  ];
}

const countryKinds = ['state', 'government'];

/** Per ISO alpha-3 code, the state (or failing that, the government) that speaks for the country. */
export function countryAlignments(answer: Answer): Map<string, Placed> {
  const byCountry = new Map<string, Placed>();
  for (const placed of placedMembers(answer)) {
    const { actor } = placed.member;
    if (!actor.country || !countryKinds.includes(actor.kind)) continue;
    const existing = byCountry.get(actor.country);
    if (!existing || (existing.member.actor.kind !== 'state' && actor.kind === 'state')) byCountry.set(actor.country, placed);
  }
  return byCountry;
}

/** Non-state partners and other actors shown as markers in their home country. */
export function markers(answer: Answer): Placed[] {
  return placedMembers(answer).filter(placed =>
    placed.member.actor.country && !countryKinds.includes(placed.member.actor.kind) && placed.member.actor.kind !== 'bloc');
}
