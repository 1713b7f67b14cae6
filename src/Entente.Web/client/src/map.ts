import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { countryAlignments, markers, type Placed } from './alignment';
import { byId, h, s, swatch } from './dom';
import { alpha3ByNumeric } from './isoCodes';
import type { Answer } from './types';
import { alignmentOf, alignments, humanise, noAlignmentColour } from './vocabulary';

// The world map: Natural Earth countries (world-atlas, 1:110m) drawn with d3-geo, coloured by
// alignment with the selected actor; non-state partners as markers in their home country.

export interface MapActions {
  openCountry(actorId: string, name: string): void;
}

type CountryFeature = Feature<Geometry, { name: string }>;

const width = 960;
const height = 500;
const unnamedIds: Readonly<Record<string, string>> = { Kosovo: 'XKX' };

let world: Promise<{ features: CountryFeature[]; geo: typeof import('d3-geo') }> | null = null;

function loadWorld() {
  world ??= Promise.all([
    import('world-atlas/countries-110m.json'), import('topojson-client'), import('d3-geo'),
  ]).then(([atlas, topojson, geo]) => {
    const topology = atlas.default as unknown as Topology;
    const countries = topojson.feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
    return { features: countries.features, geo };
  });
  return world;
}

function iso3(feature: CountryFeature): string | undefined {
  return feature.id !== undefined ? alpha3ByNumeric[String(feature.id)] : unnamedIds[feature.properties.name];
}

function describe(countryName: string, placed: Placed | undefined, subject: string): string {
  if (!placed) return `${countryName}: no assessed relation with ${subject}`;
  return `${countryName}: ${alignmentOf(placed.alignment)?.label ?? humanise(placed.alignment)} (${placed.member.label})`;
}

function activate(element: SVGElement, action: () => void): void {
  element.addEventListener('click', action);
  element.addEventListener('keydown', event => {
    if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); action(); }
  });
}

export async function renderMap(answer: Answer, actions: MapActions): Promise<void> {
  const { features, geo } = await loadWorld();
  const container = byId('map');
  const projection = geo.geoNaturalEarth1().fitSize([width, height], { type: 'FeatureCollection', features });
  const path = geo.geoPath(projection);
  const byCountry = countryAlignments(answer);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': `World map coloured by alignment with ${answer.subject.name} as of ${answer.asOf}` });
  const centroids = new Map<string, [number, number]>();
  for (const feature of features) {
    const code = iso3(feature);
    const placed = code ? byCountry.get(code) : undefined;
    const isSubject = code !== undefined && code === answer.subject.country;
    const alignment = isSubject ? 'subject' : placed?.alignment;
    const fill = alignment ? alignmentOf(alignment)?.colour ?? noAlignmentColour : noAlignmentColour;
    const label = isSubject ? `${feature.properties.name}: ${answer.subject.name}` : describe(feature.properties.name, placed, answer.subject.name);
    const shape = s('path', {
      d: path(feature) ?? '', fill, class: 'country', 'data-iso3': code, 'data-alignment': alignment,
      tabindex: placed ? 0 : null, role: placed ? 'button' : null, 'aria-label': placed ? label : null,
    }, s('title', {}, label));
    if (placed) activate(shape, () => actions.openCountry(placed.member.actor.id, placed.member.actor.name));
    svg.append(shape);
    if (code) centroids.set(code, projection(geo.geoCentroid(feature)) ?? [0, 0]);
  }
  const perCountry = new Map<string, number>();
  for (const placed of markers(answer)) {
    const country = placed.member.actor.country!;
    const centre = centroids.get(country);
    if (!centre) continue;
    // Several partners in one country sit on a small ring around its centroid.
    const index = perCountry.get(country) ?? 0;
    perCountry.set(country, index + 1);
    const angle = index * 2.4;
    const radius = index === 0 ? 0 : 6 + 2 * index;
    const label = `${placed.member.actor.name} (${country}): ${placed.member.label}`;
    const marker = s('circle', {
      cx: centre[0] + radius * Math.cos(angle), cy: centre[1] + radius * Math.sin(angle), r: 4.5,
      fill: alignmentOf(placed.alignment)?.colour ?? noAlignmentColour, class: 'marker',
      'data-actor': placed.member.actor.id, tabindex: 0, role: 'button', 'aria-label': label,
    }, s('title', {}, label));
    activate(marker, () => actions.openCountry(placed.member.actor.id, placed.member.actor.name));
    svg.append(marker);
  }
  container.replaceChildren(svg);
  container.setAttribute('data-ready', 'true');
  renderLegend();
}

function renderLegend(): void {
  byId('map-legend').replaceChildren(
    ...alignments.map(alignment => h('li', { 'data-alignment': alignment.id },
      swatch(alignment.colour), alignment.label)),
    h('li', {}, swatch(noAlignmentColour), 'No assessed relation'),
    h('li', {}, h('span', { class: 'swatch marker-swatch', 'aria-hidden': 'true' }), 'Non-state partner (marker in its home country)'));
}
