import './styles.css';
import { api, ApiError } from './api';
import { renderAnswer } from './answer';
import { Autocomplete } from './autocomplete';
import { byId, h } from './dom';
import { hideEvidence, showEvidence } from './evidence';
import { graphFromAnswer } from './graphModel';
import { setUpIngest } from './ingest';
import { loadAnswer } from './loadAnswer';
import { renderMap } from './map';
import { NetworkView } from './network';
import { loadReviewQueue, setUpReview } from './review';
import { AsOfSlider } from './slider';
import { type AppState, state, subscribe, update, views, type View } from './state';
import { earliestYear, renderTimeline } from './timeline';
import { barsFromAnswer, timelineBars, type TimelineBar } from './timelineModel';
import type { Answer } from './types';

// The page controller: the URL state drives every view; each view redraws from the current answer.

const evidencePanels: Partial<Record<View, string>> = { answer: 'evidence', map: 'map-evidence', timeline: 'timeline-evidence' };

let answer: Answer | null = null;
let bars: TimelineBar[] | null = null;
let answerRequest: AbortController | null = null;
let serverToday = new Date().toISOString().slice(0, 10);

const slider = new AsOfSlider(serverToday, asOf => update({ asOf }, true));
const network = new NetworkView({
  openEdge(edge, nodes) {
    if (!answer) return;
    const subject = answer.subject.id;
    if (edge.source === subject || edge.target === subject) {
      update({ with: edge.source === subject ? edge.target : edge.source });
      return;
    }
    const from = nodes.get(edge.source);
    void showEvidence('evidence', answer, edge.target, nodes.get(edge.target)?.name, from && { id: from.id, name: from.name });
  },
});
new Autocomplete(actor => {
  byId<HTMLInputElement>('ask').value = actor.name;
  update({ q: actor.id, view: 'answer', with: null });
});
setUpReview();
setUpIngest();

byId('ask-form').addEventListener('submit', event => {
  event.preventDefault();
  const q = byId<HTMLInputElement>('ask').value.trim();
  if (q) update({ q, view: 'answer', with: null });
});
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-view-link]')) {
  link.addEventListener('click', event => {
    event.preventDefault();
    update({ view: link.dataset.viewLink as View, with: null });
  });
}
byId<HTMLSelectElement>('depth').addEventListener('change', event => update({ depth: Number((event.target as HTMLSelectElement).value) }));
document.addEventListener('evidence-close', () => update({ with: null }));

function status(text: string, isError = false): void {
  const element = byId('answer-status');
  element.hidden = !text;
  element.className = isError ? 'status error' : 'status';
  element.setAttribute('role', isError ? 'alert' : 'status');
  element.textContent = text;
}

async function refreshAnswer(current: AppState): Promise<void> {
  answerRequest?.abort();
  const request = (answerRequest = new AbortController());
  if (!current.q) {
    forgetAnswer();
    byId('welcome').hidden = false;
    return;
  }
  byId('welcome').hidden = true;
  status('Loading…');
  try {
    const loaded = await loadAnswer(current.q, current.asOf, request.signal);
    if (request.signal.aborted) return;
    const subjectChanged = answer?.subject.id !== loaded.subject.id;
    answer = loaded;
    if (!current.asOf) serverToday = loaded.asOf;
    if (subjectChanged) bars = null;
    status('');
    document.title = `${loaded.subject.name} — Entente`;
    byId('answer').replaceChildren(renderAnswer(loaded, {
      openActor: id => update({ q: id, with: null }),
      showEvidence: id => update({ with: id }),
    }));
    await Promise.all([refreshGraph(current), refreshVisibleView(current)]);
  } catch (error) {
    if (request.signal.aborted) return;
    forgetAnswer(); // An answer about something else must not stay on screen under the error.
    status(error instanceof ApiError ? error.message : `Could not load the answer: ${String(error)}`, true);
  }
}

function forgetAnswer(): void {
  answer = null;
  bars = null;
  byId('answer').replaceChildren();
  network.clear();
  const hint = () => h('p', { class: 'hint' }, 'Ask about an actor above to see it here.');
  byId('map').replaceChildren(hint());
  byId('timeline').replaceChildren(hint());
  document.title = 'Entente — who allies with whom';
}

async function refreshGraph(current: AppState): Promise<void> {
  if (!answer) return;
  const loaded = answer;
  let graph;
  try {
    graph = await api.graph(loaded.subject.id, current.depth, current.asOf);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    graph = graphFromAnswer(loaded); // A server without /api/graph: the answer's own relations.
  }
  if (answer === loaded) await network.render(graph, loaded.subject.id);
}

async function loadBars(loaded: Answer): Promise<TimelineBar[]> {
  if (bars) return bars;
  try {
    bars = timelineBars(await api.timeline(loaded.subject.id));
  } catch {
    bars = [];
  }
  if (bars.length === 0) bars = barsFromAnswer(loaded);
  slider.setRange(earliestYear(bars) ?? 1979, serverToday);
  slider.show(state().asOf);
  return bars;
}

async function refreshVisibleView(current: AppState): Promise<void> {
  if (!answer) return;
  const loaded = answer;
  const timelineBarsNow = await loadBars(loaded);
  if (current.view === 'map') {
    await renderMap(loaded, { openCountry: id => update({ with: id }) });
  } else if (current.view === 'timeline') {
    renderTimeline(timelineBarsNow, loaded.subject.name, Number(serverToday.slice(0, 4)), {
      openRelation: id => update({ with: id }),
    });
  }
  refreshEvidence(current);
}

function refreshEvidence(current: AppState): void {
  for (const [view, panel] of Object.entries(evidencePanels)) {
    if (answer && current.with && view === current.view) void showEvidence(panel, answer, current.with);
    else hideEvidence(panel);
  }
}

function showView(current: AppState): void {
  for (const view of views) byId(`view-${view}`).hidden = view !== current.view;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-view-link]')) {
    const search = new URLSearchParams(window.location.search);
    if (link.dataset.viewLink === 'answer') search.delete('view'); else search.set('view', link.dataset.viewLink!);
    search.delete('with');
    link.href = `/?${search.toString()}`;
    if (link.dataset.viewLink === current.view) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
}

function render(current: AppState, previous: AppState | null): void {
  showView(current);
  slider.show(current.asOf);
  byId<HTMLSelectElement>('depth').value = String(current.depth);
  if (!previous || current.q !== previous.q || current.asOf !== previous.asOf) {
    if (!previous) byId<HTMLInputElement>('ask').value = current.q;
    void refreshAnswer(current);
    return;
  }
  if (current.depth !== previous.depth) void refreshGraph(current);
  if (current.view !== previous.view) {
    if (current.view === 'review') void loadReviewQueue();
    void refreshVisibleView(current);
  } else if (current.with !== previous.with) {
    refreshEvidence(current);
  }
}

subscribe(render);
render(state(), null);
if (state().view === 'review') void loadReviewQueue();
