// How the closed vocabularies of DESIGN.md look on screen: one colour per relation type, one
// shape per actor kind, one colour per alignment tier (shared by the map and its legend).

export const relationColours: Readonly<Record<string, string>> = {
  formal_alliance: '#1b5e20',
  ally: '#2e7d32',
  proxy: '#6a1b9a',
  strategic_partner: '#00838f',
  economic_partner: '#0277bd',
  pragmatic_partner: '#9e9d24',
  mediator: '#5d4037',
  partner_competitor: '#ef6c00',
  rival: '#c62828',
  adversary: '#b71c1c',
  member_of: '#546e7a',
};

export function relationColour(relation: string): string {
  return relationColours[relation] ?? '#757575';
}

export function humanise(wireName: string): string {
  const text = wireName.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const kindShapes: Readonly<Record<string, string>> = {
  state: 'ellipse',
  government: 'round-rectangle',
  non_state_armed_group: 'triangle',
  political_movement: 'diamond',
  state_unit: 'hexagon',
  organization: 'rectangle',
  bloc: 'star',
};

export const kindColours: Readonly<Record<string, string>> = {
  state: '#1565c0',
  government: '#4527a0',
  non_state_armed_group: '#ad1457',
  political_movement: '#6d4c41',
  state_unit: '#00695c',
  organization: '#37474f',
  bloc: '#f9a825',
};

export const areas = [
  'weapons', 'funding', 'training', 'advisors_troops', 'intelligence', 'logistics_corridor', 'territory',
  'energy', 'trade', 'investment', 'infrastructure', 'diplomatic_cover', 'mediation', 'ideology_religion',
  'sanctions_evasion', 'cyber',
] as const;

/** Alignment with the selected actor, from the answer's grouping; ids match the answer's tier ids. */
export interface Alignment {
  id: string;
  label: string;
  colour: string;
}

export const alignments: readonly Alignment[] = [
  { id: 'subject', label: 'Selected actor', colour: '#1a237e' },
  { id: 'core', label: 'Core ally or partner', colour: '#2e7d32' },
  { id: 'great_power', label: 'Great-power partner', colour: '#00838f' },
  { id: 'varying', label: 'Varying alignment', colour: '#f9a825' },
  { id: 'former', label: 'Former partner', colour: '#8d6e63' },
  { id: 'adversary', label: 'Adversary or rival', colour: '#c62828' },
];

export const noAlignmentColour = '#e0e0e0';

export function alignmentOf(id: string): Alignment | undefined {
  return alignments.find(alignment => alignment.id === id);
}

export function formatDate(date: string | null | undefined): string {
  return date ?? '—';
}

export function period(since: string | null | undefined, until: string | null | undefined): string {
  if (since && until) return `${since} – ${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return '';
}
