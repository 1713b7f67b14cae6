// Shapes of the server's JSON answers (see DESIGN.md, "The answer"). Fields the UI does not
// need are left out; optional fields are ones older or newer servers may omit.

export interface ActorRef {
  id: string;
  name: string;
  kind: string;
  country?: string | null;
}

export interface SourceRef {
  id?: string;
  title: string;
  publisher?: string | null;
  url?: string | null;
  date?: string | null;
  reliability?: string | null;
  quote?: string | null;
  note?: string | null;
}

export interface Member {
  actor: ActorRef;
  relation: string;
  label: string;
  description?: string;
  tier?: string;
  areas: string[];
  score: number;
  confidence: number;
  since: string | null;
  until: string | null;
  contested: boolean;
  sources: SourceRef[];
}

export interface Group {
  tier: string;
  title: string;
  members: Member[];
}

export interface Bloc {
  id: string;
  name: string;
  members: string[];
}

export interface Viewpoint {
  claim: string;
  for: string[];
  against: string[];
}

export interface Verdict {
  answer: string;
  text: string;
  question?: string;
  other?: ActorRef;
}

export interface Answer {
  subject: ActorRef;
  asOf: string;
  summary: string;
  timeContext?: string;
  verdict?: Verdict;
  groups: Group[];
  former: Member[];
  adversaries: Member[];
  blocs: Bloc[];
  viewpoints: Viewpoint[];
}

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  country?: string | null;
}

export interface GraphEdge {
  id?: string;
  source: string;
  target: string;
  relation: string;
  label?: string;
  score: number;
  confidence?: number;
  areas: string[];
  since?: string | null;
  until?: string | null;
  contested?: boolean;
  former?: boolean;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** One claim as the claims and relations endpoints list it (the CLI's `claims --format json`). */
export interface ClaimView {
  id: number | string;
  subject: ActorRef | string;
  predicate: string;
  object: ActorRef | string;
  relation?: string | null;
  areas?: string[];
  polarity?: string;
  hedged?: boolean;
  since?: string | null;
  from?: string | null;
  until?: string | null;
  status?: string;
  producedBy?: string;
  quote?: string | null;
  note?: string | null;
  source?: SourceRef | null;
}

/** An actor's display name, whether the server sent the actor or only its id. */
export function nameOf(actor: ActorRef | string): string {
  return typeof actor === 'string' ? actor : actor.name;
}

/** The claim as one line: "Iran → Proxy → Hezbollah". */
export function claimStatement(claim: ClaimView): string {
  const predicate = (claim.relation ?? claim.predicate).replace(/_/g, ' ');
  return `${claim.polarity === 'denies' ? 'Denies: ' : ''}${nameOf(claim.subject)} → ${predicate} → ${nameOf(claim.object)}`;
}
