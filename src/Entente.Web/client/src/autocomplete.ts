import { api } from './api';
import { byId, h } from './dom';
import type { ActorRef } from './types';
import { humanise } from './vocabulary';

// Autocomplete for the ask box (an ARIA combobox): names and aliases from /api/actors?q=.
// In a question ("who are Iran's allies?") it completes the word being typed.

export class Autocomplete {
  private readonly input = byId<HTMLInputElement>('ask');
  private readonly list = byId<HTMLUListElement>('ask-suggestions');
  private options: ActorRef[] = [];
  private active = -1;
  private timer: number | undefined;
  private pending: AbortController | null = null;

  constructor(private readonly onPick: (actor: ActorRef) => void) {
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.suggest(), 150);
    });
    this.input.addEventListener('keydown', event => this.key(event));
    this.input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
  }

  private term(): string {
    const text = this.input.value.trim();
    if (!/\s/.test(text)) return text;
    // In a question, complete the last word, without a possessive or question mark.
    return (text.split(/\s+/).pop() ?? '').replace(/('s|’s|\?)$/i, '');
  }

  private async suggest(): Promise<void> {
    const term = this.term();
    this.pending?.abort();
    if (term.length < 2) { this.close(); return; }
    this.pending = new AbortController();
    try {
      this.options = (await api.searchActors(term, this.pending.signal)).slice(0, 8);
    } catch {
      this.options = []; // Suggestions are a convenience: asking still works without them.
    }
    this.active = -1;
    this.draw();
  }

  private draw(): void {
    this.list.replaceChildren(...this.options.map((actor, index) => {
      const option = h('li', { role: 'option', id: `ask-option-${index}`, 'aria-selected': index === this.active ? 'true' : 'false', 'data-actor': actor.id },
        h('span', { class: 'option-name' }, actor.name), ' ',
        h('span', { class: 'option-kind' }, [humanise(actor.kind), actor.country].filter(Boolean).join(', ')));
      option.addEventListener('mousedown', event => { event.preventDefault(); this.pick(index); });
      return option;
    }));
    const open = this.options.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `ask-option-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private key(event: KeyboardEvent): void {
    if (this.list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.options.length) % this.options.length;
      this.draw();
    } else if (event.key === 'Enter' && this.active >= 0) {
      event.preventDefault();
      this.pick(this.active);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private pick(index: number): void {
    const actor = this.options[index];
    this.close();
    if (actor) this.onPick(actor);
  }

  close(): void {
    window.clearTimeout(this.timer);
    this.options = [];
    this.active = -1;
    this.draw();
  }
}
