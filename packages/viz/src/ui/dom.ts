/**
 * `document.getElementById` that fails loudly when the page lacks the element.
 *
 * @example
 * ```ts
 * document.body.append(h('p', { id: 'note' }, 'hello'));
 * byId('note').textContent // => 'hello'
 * let message = '';
 * try { byId('nowhere'); } catch (e) { message = e.message; }
 * message // => 'the page has no #nowhere'
 * ```
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no #${id}`);
  return element as T;
}

/**
 * A new element with attributes and children (strings become text).
 *
 * @example
 * ```ts
 * const link = h('a', { href: '#top', class: 'muted' }, 'back to ', h('b', {}, 'top'));
 * link.outerHTML // => '<a href="#top" class="muted">back to <b>top</b></a>'
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
