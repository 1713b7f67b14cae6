import type { Core, EdgeSingular, ElementDefinition, EventObject, StylesheetJson } from 'cytoscape';
import { byId, h, swatch } from './dom';
import { edgeId, visibleEdge } from './graphModel';
import { hashText, withSeededRandom } from './seededRandom';
import type { Graph, GraphEdge, GraphNode } from './types';
import { areas, humanise, kindColours, kindShapes, period, relationColour, relationColours } from './vocabulary';

// The interactive network: Cytoscape with the fcose force-directed layout, loaded on first use,
// seeded so that a graph is always drawn the same way.
// A plain list of the same edges sits under the canvas so keyboard and screen-reader users can
// open the same evidence.

declare global {
  interface Window {
    /** The live Cytoscape instance, for debugging in the console and for the browser tests. */
    ententeNetwork?: Core;
  }
}

export interface NetworkActions {
  openEdge(edge: GraphEdge, nodes: ReadonlyMap<string, GraphNode>): void;
}

let cytoscapeModule: Promise<typeof import('cytoscape')> | null = null;

// Cytoscape inserts a <style> element (position: relative for its container) unless an element
// with this id exists; the page's Content-Security-Policy forbids inline styles, so styles.css
// carries the rule and this placeholder tells Cytoscape it is there.
function claimCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (!document.getElementById(id)) document.head.append(h('meta', { id, name: 'cytoscape-stylesheet', content: 'in styles.css' }));
}

function loadCytoscape() {
  claimCytoscapeStylesheet();
  cytoscapeModule ??= Promise.all([import('cytoscape'), import('cytoscape-fcose')]).then(([cy, fcose]) => {
    cy.default.use(fcose.default);
    return cy.default;
  });
  return cytoscapeModule;
}

const style: StylesheetJson = [
  { selector: 'node', style: {
    label: 'data(name)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
    'background-color': 'data(colour)', shape: 'data(shape)' as never, width: 22, height: 22,
    'text-wrap': 'ellipsis', 'text-max-width': '90px', color: '#212121',
  } },
  { selector: 'node.center', style: { width: 38, height: 38, 'font-weight': 'bold', 'font-size': 12 } },
  { selector: 'edge', style: {
    'line-color': 'data(colour)', width: 'data(width)', 'curve-style': 'bezier', opacity: 0.8,
    'target-arrow-shape': 'none',
  } },
  { selector: 'edge.dashed', style: { 'line-style': 'dashed' } },
  { selector: 'edge:selected, edge.hover', style: { opacity: 1, 'underlay-color': '#ffd54f', 'underlay-opacity': 0.6, 'underlay-padding': 3 } },
  { selector: '.filtered', style: { display: 'none' } },
];

function elements(graph: Graph, center: string): ElementDefinition[] {
  const nodes = graph.nodes.map(node => ({
    group: 'nodes' as const,
    classes: node.id === center ? 'center' : '',
    data: { id: node.id, name: node.name, colour: kindColours[node.kind] ?? '#757575', shape: kindShapes[node.kind] ?? 'ellipse' },
  }));
  const known = new Set(graph.nodes.map(node => node.id));
  const edges = graph.edges.filter(edge => known.has(edge.source) && known.has(edge.target)).map(edge => ({
    group: 'edges' as const,
    classes: edge.contested || edge.former || edge.until ? 'dashed' : '',
    data: {
      id: edgeId(edge), source: edge.source, target: edge.target, relation: edge.relation,
      colour: relationColour(edge.relation), width: 1 + 6 * Math.abs(edge.score),
    },
  }));
  return [...nodes, ...edges];
}

/** The same for the same actors and relations around the same centre, in the same order. */
function layoutSeed(graph: Graph, center: string): number {
  return hashText(JSON.stringify([center, graph.nodes.map(node => node.id), graph.edges.map(edgeId)]));
}

function describe(edge: GraphEdge, nodes: ReadonlyMap<string, GraphNode>): string {
  const name = (id: string) => nodes.get(id)?.name ?? id;
  const flags = [edge.contested ? 'contested' : '', edge.former ? 'former' : ''].filter(Boolean).join(', ');
  return `${name(edge.source)} — ${name(edge.target)}: ${edge.label ?? humanise(edge.relation)}, score ${edge.score.toFixed(2)}`
    + `${period(edge.since, edge.until) ? `, ${period(edge.since, edge.until)}` : ''}${flags ? ` (${flags})` : ''}`;
}

export class NetworkView {
  private cy: Core | null = null;
  private graph: Graph = { nodes: [], edges: [] };
  private nodes = new Map<string, GraphNode>();
  private readonly relations = new Set(Object.keys(relationColours));
  private area = '';
  /** Where the canvas was on the page when Cytoscape last measured it. */
  private offset = '';

  constructor(private readonly actions: NetworkActions) {
    this.buildFilters();
    // Cytoscape remembers where its canvas sits on the page and forgets only on scrolls and on
    // resizes of the canvas itself. When content above it grows (the answer, the time slider's
    // label) the canvas moves, and clicks would land on whatever edge used to be there.
    new ResizeObserver(() => this.cy?.resize()).observe(document.body);
    // The canvas can also move while the page keeps its size (content beside it loads, a column
    // shifts); nothing tells Cytoscape, so its offset is checked whenever the pointer arrives,
    // before Cytoscape reads the event (pointer events precede mouse events).
    byId('network').addEventListener('pointermove', event => {
      const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
      const offset = `${box.left},${box.top}`;
      if (offset !== this.offset) { this.offset = offset; this.cy?.resize(); }
    });
  }

  private buildFilters(): void {
    const fieldset = byId('relation-filter');
    for (const relation of Object.keys(relationColours)) {
      const box = h('input', { type: 'checkbox', id: `rel-${relation}`, value: relation, checked: true });
      box.addEventListener('change', () => {
        if (box.checked) this.relations.add(relation); else this.relations.delete(relation);
        this.applyFilters();
      });
      fieldset.append(h('label', { for: `rel-${relation}`, class: 'check' }, box,
        swatch(relationColour(relation)), humanise(relation)));
    }
    byId('network-legend').replaceChildren(...Object.entries(kindShapes).map(([kind, shape]) =>
      h('li', {}, swatch(kindColours[kind] ?? '#757575', `shape shape-${shape}`), humanise(kind))));
    const areaSelect = byId<HTMLSelectElement>('area-filter');
    areaSelect.append(...areas.map(area => h('option', { value: area }, humanise(area))));
    areaSelect.addEventListener('change', () => { this.area = areaSelect.value; this.applyFilters(); });
  }

  async render(graph: Graph, center: string): Promise<void> {
    this.graph = graph;
    this.nodes = new Map(graph.nodes.map(node => [node.id, node]));
    const cytoscape = await loadCytoscape();
    const container = byId('network');
    this.cy?.destroy();
    const cy = cytoscape({ container, elements: elements(graph, center), style, minZoom: 0.2, maxZoom: 4, wheelSensitivity: 0.3 });
    this.cy = cy;
    this.offset = '';
    window.ententeNetwork = cy;
    const byEdgeId = new Map(graph.edges.map(edge => [edgeId(edge), edge]));
    const tooltip = byId('network-tooltip');
    cy.on('mouseover', 'edge', (event: EventObject) => {
      const edge = byEdgeId.get((event.target as EdgeSingular).id());
      if (!edge) return;
      (event.target as EdgeSingular).addClass('hover');
      tooltip.textContent = describe(edge, this.nodes);
      tooltip.hidden = false;
    });
    cy.on('mouseout', 'edge', (event: EventObject) => {
      (event.target as EdgeSingular).removeClass('hover');
      tooltip.hidden = true;
    });
    cy.on('tap', 'edge', (event: EventObject) => {
      const edge = byEdgeId.get((event.target as EdgeSingular).id());
      if (edge) this.actions.openEdge(edge, this.nodes);
    });
    cy.on('tap', 'node', (event: EventObject) => {
      const id = event.target.id() as string;
      const edge = graph.edges.find(e => (e.source === center && e.target === id) || (e.target === center && e.source === id));
      if (edge) this.actions.openEdge(edge, this.nodes);
    });
    this.applyFilters();
    // fcose starts from a random spectral layout and breaks ties at random (it has no seed option);
    // seeded from the graph, the same network is always drawn the same way. Without animation the
    // run is synchronous, so the seeded numbers serve this run alone.
    withSeededRandom(layoutSeed(graph, center), () =>
      cy.layout({ name: 'fcose', animate: false, randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 130 } as never).run());
    cy.fit(undefined, 20);
    container.setAttribute('data-ready', 'true');
    container.setAttribute('aria-label',
      `Network of ${this.nodes.get(center)?.name ?? center}: ${graph.nodes.length} actors, ${graph.edges.length} relations. The list below holds the same relations.`);
  }

  /** Empties the view (no answer to show). */
  clear(): void {
    this.cy?.destroy();
    this.cy = null;
    window.ententeNetwork = undefined;
    this.graph = { nodes: [], edges: [] };
    byId('network').removeAttribute('data-ready');
    this.renderList([]);
  }

  private applyFilters(): void {
    const shown = this.graph.edges.filter(edge => visibleEdge(edge, this.relations, this.area));
    const shownIds = new Set(shown.map(edgeId));
    const connected = new Set(shown.flatMap(edge => [edge.source, edge.target]));
    this.cy?.batch(() => {
      this.cy?.edges().forEach(edge => { edge.toggleClass('filtered', !shownIds.has(edge.id())); });
      this.cy?.nodes().forEach(node => { node.toggleClass('filtered', !node.hasClass('center') && !connected.has(node.id())); });
    });
    this.renderList(shown);
  }

  private renderList(edges: GraphEdge[]): void {
    const list = byId('network-list-items');
    list.replaceChildren(...edges.map(edge => {
      const button = h('button', { type: 'button', class: 'link-button', 'data-edge': edgeId(edge) }, describe(edge, this.nodes));
      button.addEventListener('click', () => this.actions.openEdge(edge, this.nodes));
      return h('li', {}, swatch(relationColour(edge.relation)), button);
    }));
    byId('network-list-count').textContent = String(edges.length);
  }
}
