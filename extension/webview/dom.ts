/**
 * Building pages without markup: every element is created, every attribute set, and every text
 * given as `textContent`, so user text can never become HTML (ARCHITECTURE.md's webview invariant).
 */
export function html<K extends keyof HTMLElementTagNameMap>(name: K, attributes: Record<string, string> = {}, parent?: Element, text?: string): HTMLElementTagNameMap[K] {
    const element = document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    if (text !== undefined) element.textContent = text;
    parent?.appendChild(element);
    return element;
}
