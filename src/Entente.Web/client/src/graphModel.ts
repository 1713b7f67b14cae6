import type { Answer, Graph, GraphEdge } from './types';

// The network as the view needs it, from /api/graph or, when a server lacks that endpoint,
// from the answer itself (the subject and its direct relations).

export function edgeId(edge: GraphEdge): string {
  return edge.id ?? `${edge.source}->${edge.target}:${edge.relation}`;
}

export function graphFromAnswer(answer: Answer): Graph {
  const members = [
    ...answer.groups.flatMap(group => group.members),
    ...answer.former.map(member => ({ ...member, former: true })),
    ...answer.adversaries,
  ];
  return {
    nodes: [answer.subject, ...members.map(member => member.actor)],
    edges: members.map(member => ({
      source: answer.subject.id,
      target: member.actor.id,
      relation: member.relation,
      label: member.label,
      score: member.score,
      confidence: member.confidence,
      areas: member.areas,
      since: member.since,
      until: member.until,
      contested: member.contested,
      former: 'former' in member,
    })),
  };
}

/** Edges that pass the relation-type and area filters. */
export function visibleEdge(edge: GraphEdge, relations: ReadonlySet<string>, area: string): boolean {
  return relations.has(edge.relation) && (area === '' || edge.areas.includes(area));
}
