// What the user is looking at, kept in the URL so every view can be shared as a link:
// /?q=iran&asOf=2023-06-30&view=map&with=russia&depth=2

export const views = ['answer', 'map', 'timeline', 'review', 'ingest'] as const;
export type View = (typeof views)[number];

export interface AppState {
  q: string;
  asOf: string | null;
  view: View;
  /** The other actor whose evidence is open, if any. */
  with: string | null;
  depth: number;
}

type Listener = (state: AppState, previous: AppState) => void;

function read(): AppState {
  const search = new URLSearchParams(window.location.search);
  const view = search.get('view');
  const depth = Number(search.get('depth'));
  const asOf = search.get('asOf');
  return {
    q: search.get('q')?.trim() ?? '',
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
    view: (views as readonly string[]).includes(view ?? '') ? (view as View) : 'answer',
    with: search.get('with') || null,
    depth: depth >= 1 && depth <= 3 ? depth : 1,
  };
}

function toUrl(state: AppState): string {
  const search = new URLSearchParams();
  if (state.q) search.set('q', state.q);
  if (state.asOf) search.set('asOf', state.asOf);
  if (state.view !== 'answer') search.set('view', state.view);
  if (state.with) search.set('with', state.with);
  if (state.depth !== 1) search.set('depth', String(state.depth));
  const text = search.toString();
  return text ? `/?${text}` : '/';
}

let current = read();
const listeners: Listener[] = [];

export function state(): AppState {
  return current;
}

export function subscribe(listener: Listener): void {
  listeners.push(listener);
}

function notify(previous: AppState): void {
  for (const listener of listeners) listener(current, previous);
}

/**
 * Changes the state and the URL. `replace` is for continuous changes (the slider) so the
 * back button does not step through every month.
 */
export function update(change: Partial<AppState>, replace = false): void {
  const previous = current;
  current = { ...current, ...change };
  const url = toUrl(current);
  if (url !== window.location.pathname + window.location.search) {
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }
  notify(previous);
}

window.addEventListener('popstate', () => {
  const previous = current;
  current = read();
  notify(previous);
});
