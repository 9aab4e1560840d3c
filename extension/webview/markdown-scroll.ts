/**
 * In VS Code's Markdown preview (package.json `markdown.previewScripts`; bundled to
 * out/markdown/preview.js): a map too wide for the preview scrolls sideways in its frame
 * (extension/src/markdown/preview.css), and would first show its left edge, often empty above the
 * branches. Each such frame starts scrolled to its thesis instead (else its first box), as the map
 * preview's first view does. A frame is positioned once; after that the reader's scrolling stays.
 */

const positioned = new WeakSet<Element>();

function bringThesisIntoView(frame: HTMLElement): void {
    if (positioned.has(frame) || frame.clientWidth === 0) return;
    positioned.add(frame);
    if (frame.scrollWidth <= frame.clientWidth) return;
    const thesis = frame.querySelector('.argmap-kind-thesis') ?? frame.querySelector('.argmap-node');
    if (!thesis) return;
    const box = thesis.getBoundingClientRect();
    const view = frame.getBoundingClientRect();
    frame.scrollLeft += box.left + box.width / 2 - (view.left + frame.clientWidth / 2);
}

function positionFrames(): void {
    for (const frame of document.querySelectorAll<HTMLElement>('.argmap-markdown-map')) bringThesisIntoView(frame);
}

// The preview adds the document's content after this script may have run, and replaces it in place
// while the Markdown is edited (then it fires this event; new blocks get new frames).
window.addEventListener('load', positionFrames);
window.addEventListener('vscode.markdown.updateContent', positionFrames);
if (document.readyState === 'complete') positionFrames();
