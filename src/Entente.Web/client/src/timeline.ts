import { byId, h, s, swatch } from './dom';
import { firstYear, type Span, type TimelineBar, yearFraction } from './timelineModel';
import { humanise, period, relationColour } from './vocabulary';

// The selected actor's relations as bars over years (an SVG Gantt chart): one row per partner
// and relation type, one bar per period it held.

const rowHeight = 20;
const labelWidth = 190;
const chartWidth = 760;

export interface TimelineActions {
  openRelation(otherId: string, otherName: string): void;
}

function spanText(spans: Span[]): string {
  return spans.map(span => period(span.since, span.until) || 'dates unknown').join('; ');
}

export function renderTimeline(bars: TimelineBar[], subjectName: string, todayYear: number, actions: TimelineActions): void {
  const container = byId('timeline');
  const rows = bars.filter(bar => firstYear(bar) !== null)
    .sort((a, b) => firstYear(a)! - firstYear(b)! || a.other.name.localeCompare(b.other.name));
  const first = Math.min(...rows.map(bar => firstYear(bar)!), todayYear - 10);
  const span = todayYear + 1 - first;
  const x = (year: number) => labelWidth + ((year - first) / span) * chartWidth;
  const height = 30 + rows.length * rowHeight;
  const svg = s('svg', { viewBox: `0 0 ${labelWidth + chartWidth + 10} ${height}`, role: 'group', 'aria-label': `Relations of ${subjectName} over time` });
  const step = span > 40 ? 10 : 5;
  for (let year = Math.ceil(first / step) * step; year <= todayYear; year += step) {
    svg.append(s('line', { x1: x(year), x2: x(year), y1: 18, y2: height, class: 'gridline' }),
      s('text', { x: x(year), y: 12, class: 'tick', 'text-anchor': 'middle' }, String(year)));
  }
  const rowsPerActor = new Map<string, number>();
  for (const bar of rows) rowsPerActor.set(bar.other.id, (rowsPerActor.get(bar.other.id) ?? 0) + 1);
  rows.forEach((bar, index) => {
    const y = 24 + index * rowHeight;
    // A partner with several relation types over the years gets one row per type, named by it.
    const name = (rowsPerActor.get(bar.other.id) ?? 0) > 1 ? `${bar.other.name} (${humanise(bar.relation)})` : bar.other.name;
    const relation = bar.label === bar.relation ? humanise(bar.relation) : bar.label;
    const label = `${bar.other.name}: ${relation}, ${spanText(bar.spans)}`;
    const last = bar.spans[bar.spans.length - 1];
    const row = s('g', {
      class: 'timeline-row', 'data-actor': bar.other.id, 'data-relation': bar.relation, 'data-until': last?.until,
      tabindex: 0, role: 'button', 'aria-label': label,
    }, s('title', {}, label), s('text', { x: labelWidth - 6, y: y + 12, 'text-anchor': 'end', class: 'row-label' }, name));
    for (const period of bar.spans) {
      const start = period.since ? yearFraction(period.since, false) : first;
      const end = period.until ? yearFraction(period.until, false) : todayYear + 1;
      row.append(s('rect', { x: x(start), y: y + 2, width: Math.max(2, x(end) - x(start)), height: rowHeight - 6, rx: 3,
        fill: relationColour(bar.relation), class: period.until ? 'ended' : '' }));
    }
    const open = () => actions.openRelation(bar.other.id, bar.other.name);
    row.addEventListener('click', open);
    row.addEventListener('keydown', event => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); } });
    svg.append(row);
  });
  container.replaceChildren(svg);
  container.setAttribute('data-ready', 'true');
  const relations = [...new Set(rows.map(bar => bar.relation))];
  byId('timeline-legend').replaceChildren(...relations.map(relation =>
    h('li', {}, swatch(relationColour(relation)), humanise(relation))));
}

/** The earliest year any bar starts, for the as-of slider's lower end. */
export function earliestYear(bars: TimelineBar[]): number | null {
  const years = bars.map(firstYear).filter((year): year is number => year !== null);
  return years.length ? Math.min(...years) : null;
}
