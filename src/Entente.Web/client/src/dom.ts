// The one way this app puts text on the page. Data (names, quotes, titles, notes) only ever goes
// through textContent or setAttribute, never innerHTML, so a document that contains <script> or
// onerror= shows those characters and runs nothing.

export type Child = Node | string | number | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

const svgNamespace = 'http://www.w3.org/2000/svg';

function apply(element: Element, attributes: Attributes, children: Child[]): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    // Event handlers are attached with addEventListener by code, never from attribute strings.
    if (name.toLowerCase().startsWith('on')) throw new Error(`refusing to set event attribute ${name}`);
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
}

/** Creates an HTML element; string children become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, attributes, children);
  return element;
}

/** Creates an SVG element; string children become text nodes. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNamespace, tag);
  apply(element, attributes, children);
  return element;
}

/** A link for a URL taken from data: only http(s) URLs become links, anything else stays text. */
export function safeLink(url: string | null | undefined, text: string): Node {
  if (url) {
    try {
      const parsed = new URL(url, window.location.href);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
        return h('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank' }, text);
    } catch {
      // Not a URL: fall through and show the text alone.
    }
  }
  return document.createTextNode(text);
}

/**
 * A colour key (legend square). The colour is set through the CSS object model, not a style
 * attribute, so the page's Content-Security-Policy can forbid inline styles.
 */
export function swatch(colour: string, className = 'swatch'): HTMLSpanElement {
  const element = h('span', { class: className, 'aria-hidden': 'true' });
  element.style.backgroundColor = colour;
  return element;
}

export function clear(element: Element): void {
  element.replaceChildren();
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}
