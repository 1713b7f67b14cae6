import { byId } from './dom';

// The API key for writes. Kept in sessionStorage: it survives reloads of this tab, not the
// browser session, and never goes into the URL.

const storageKey = 'entente.apiKey';

export function apiKey(): string {
  return sessionStorage.getItem(storageKey) ?? '';
}

/** Binds a password field to the stored key; every such field shows the same key. */
export function bindKeyField(id: string): void {
  const field = byId<HTMLInputElement>(id);
  field.value = apiKey();
  field.addEventListener('change', () => {
    const value = field.value.trim();
    if (value) sessionStorage.setItem(storageKey, value); else sessionStorage.removeItem(storageKey);
    for (const other of document.querySelectorAll<HTMLInputElement>('input[data-api-key]'))
      if (other !== field) other.value = value;
  });
}
