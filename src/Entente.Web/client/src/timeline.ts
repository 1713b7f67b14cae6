import { byId, s } from './dom';
import { type TimelineBar, yearFraction, yearOf } from './timelineModel';
import { humanise, period, relationColour } from './vocabulary';

// The selected actor's relations as bars over years (an SVG Gantt chart).

const rowHeight = 20;
const labelWidth = 190;
const chartWidth = 760;

export interface TimelineActions {
  openRelation(otherId: string, otherName: string): void;
}

export function renderTimeline(bars: TimelineBar[], subjectName: string, todayYear: number, actions: TimelineActions): void {
  const container = byId('timeline');
  const dated = bars.filter(bar => yearOf(bar.since) !== null || yearOf(bar.until) !== null)
    .sort((a, b) => (yearOf(a.since) ?? 0) - (yearOf(b.since) ?? 0) || a.other.name.localeCompare(b.other.name));
  const first = Math.min(...dated.map(bar => yearOf(bar.since) ?? yearOf(bar.until)!), todayYear - 10);
  const span = todayYear + 1 - first;
  const x = (year: number) => labelWidth + ((year - first) / span) * chartWidth;
  const height = 30 + dated.length * rowHeight;
  const svg = s('svg', { viewBox: `0 0 ${labelWidth + chartWidth + 10} ${height}`, role: 'group', 'aria-label': `Relations of ${subjectName} over time` });
  const step = span > 40 ? 10 : 5;
  for (let year = Math.ceil(first / step) * step; year <= todayYear; year += step) {
    svg.append(s('line', { x1: x(year), x2: x(year), y1: 18, y2: height, class: 'gridline' }),
      s('text', { x: x(year), y: 12, class: 'tick', 'text-anchor': 'middle' }, String(year)));
  }
  dated.forEach((bar, index) => {
    const y = 24 + index * rowHeight;
    const start = bar.since ? yearFraction(bar.since, false) : first;
    const end = bar.until ? yearFraction(bar.until, true) : todayYear + 1;
    const label = `${bar.other.name}: ${bar.label === bar.relation ? humanise(bar.relation) : bar.label}, ${period(bar.since, bar.until) || 'dates unknown'}`;
    const row = s('g', { class: 'timeline-row', 'data-actor': bar.other.id, 'data-until': bar.until, tabindex: 0, role: 'button', 'aria-label': label },
      s('title', {}, label),
      s('text', { x: labelWidth - 6, y: y + 12, 'text-anchor': 'end', class: 'row-label' }, bar.other.name),
      s('rect', { x: x(start), y: y + 2, width: Math.max(2, x(end) - x(start)), height: rowHeight - 6, rx: 3,
        fill: relationColour(bar.relation), class: bar.until ? 'ended' : '' }));
    const open = () => actions.openRelation(bar.other.id, bar.other.name);
    row.addEventListener('click', open);
    row.addEventListener('keydown', event => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); } });
    svg.append(row);
  });
  container.replaceChildren(svg);
  container.setAttribute('data-ready', 'true');
}

/** The earliest year any bar starts, for the as-of slider's lower end. */
export function earliestYear(bars: TimelineBar[]): number | null {
  const years = bars.map(bar => yearOf(bar.since)).filter((year): year is number => year !== null);
  return years.length ? Math.min(...years) : null;
}
