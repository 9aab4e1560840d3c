/**
 * The map preview's webview: draws the MapScene the host sends (laid out by the language server,
 * legend and footnotes included), with zoom, pan and a framing filter; a click on an element asks
 * the host to select it in the editor, and the host's highlights mark the element under the
 * editor's cursor. It computes nothing about the argument: the scene says where everything is, what
 * it is and what the filter dims.
 */
import type { MapRequests } from '../../language-server/src/protocol.js';
import type { MapScene } from '../../language-server/src/render/map-scene.js';
import type { HostMessage, MapFilter, MapView, MapViewState, WebviewMessage } from '../src/preview/messages.js';
import { html } from './dom.js';
import { drawDefinitions, drawScene, svg, type DrawnScene } from './draw.js';
import { PanZoom } from './view.js';
// The scene's stylesheet (render/theme.ts, colours as --argmap-* variables; esbuild.mjs generates it),
// its colours in VS Code's themes, then the page's.
import 'argmap:scene.css';
import './scene-theme.css';
import './map.css';

interface VsCodeApi {
    postMessage(message: WebviewMessage): void;
    getState(): MapViewState | undefined;
    setState(state: MapViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (message: WebviewMessage) => vscode.postMessage(message);

// ---- the page: a toolbar, the map, a legend ----

const toolbar = html('header', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Map' }, document.body);
const heading = html('div', { class: 'heading' }, toolbar);
const title = html('h1', { class: 'title' }, heading);
const status = html('span', { class: 'status', role: 'status' }, heading);

const filterBox = html('div', { class: 'filter', role: 'group', 'aria-label': 'Framing filter' }, toolbar);
html('span', { class: 'filter-label' }, filterBox, 'Framings');
const chips = html('div', { class: 'chips' }, filterBox);
const modeSelect = html('select', { class: 'filter-mode', 'aria-label': 'What the filter does with other moves', title: 'What the filter does with the moves of other framings' }, filterBox);
html('option', { value: 'dim' }, modeSelect, 'Dim the rest');
html('option', { value: 'hide' }, modeSelect, 'Show only these');

const zoomBox = html('div', { class: 'zoom', role: 'group', 'aria-label': 'Zoom' }, toolbar);
const button = (parent: Element, label: string, tip: string, action: () => void, cls = '') => {
    const b = html('button', { type: 'button', title: tip, 'aria-label': tip, class: cls }, parent, label);
    b.addEventListener('click', action);
    return b;
};
button(zoomBox, '−', 'Zoom out (-)', () => panZoom.zoomBy(1 / 1.25), 'zoom-out');
const zoomLabel = html('span', { class: 'zoom-level', 'aria-live': 'polite' }, zoomBox, '100%');
button(zoomBox, '+', 'Zoom in (+)', () => panZoom.zoomBy(1.25), 'zoom-in');
button(zoomBox, 'Fit', 'Fit the whole map (F)', () => panZoom.fit(), 'zoom-fit');
button(zoomBox, '1:1', 'Actual size (0)', () => panZoom.actualSize(), 'zoom-reset');

const exportBox = html('div', { class: 'export', role: 'group', 'aria-label': 'Export' }, toolbar);
button(exportBox, 'SVG', 'Export the map as SVG', () => post({ type: 'export', format: 'svg' }), 'export-svg');
button(exportBox, 'PNG', 'Export the map as PNG', () => post({ type: 'export', format: 'png' }), 'export-png');

const main = html('main', { class: 'canvas' }, document.body);
const mapSvg = svg('svg', { id: 'map', class: 'argmap', role: 'group', 'aria-label': 'Argument map' }, main);
drawDefinitions(svg('defs', {}, mapSvg));
const notice = html('div', { class: 'notice', role: 'status' }, main);

// ---- state ----

let uri = vscode.getState()?.uri ?? '';
let filter: MapFilter = vscode.getState()?.filter ?? { framings: [], mode: 'dim' };
let drawn: DrawnScene | undefined;
let scene: MapScene | undefined;
let highlighted: string[] = [];

const panZoom = new PanZoom(mapSvg, () => drawn?.root, (view, auto) => {
    zoomLabel.textContent = `${Math.round(view.scale * 100)}%`;
    saveState(auto ? undefined : view);
});

function saveState(view: MapView | undefined = panZoom.auto ? undefined : panZoom.current): void {
    if (uri) vscode.setState({ uri, filter, view });
}

// ---- drawing ----

function showNotice(text: string): void {
    notice.textContent = text;
    notice.hidden = text === '';
}

function showMap(fileName: string, map: MapRequests.MapResult, view: MapView | undefined): void {
    const sameDocument = map.uri === uri;
    uri = map.uri;
    title.textContent = map.title ?? fileName;
    title.title = map.title ? `${map.title} (${fileName})` : fileName;
    const notes: string[] = [];
    if (map.errors > 0) notes.push(`${map.errors} ${map.errors === 1 ? 'error' : 'errors'}: the map shows what parsed`);
    if (map.scene?.note) notes.push(map.scene.note);
    status.textContent = notes.join(' · ');
    status.hidden = notes.length === 0;

    drawn?.root.remove();
    drawn = undefined;
    scene = map.scene ?? undefined;
    buildChips(map.framings);
    if (!scene) {
        showNotice(map.reason ?? 'Nothing to draw.');
        saveState();
        return;
    }
    if (scene.nodes.length === 0) {
        showNotice(filter.framings.length > 0 ? 'No move of the chosen framings: choose others, or show all moves.' : 'Nothing to draw yet.');
        saveState();
        return;
    }
    showNotice('');
    drawn = drawScene(scene);
    mapSvg.appendChild(drawn.root);
    const thesis = scene.nodes.find(n => n.kind === 'thesis') ?? scene.nodes[0];
    panZoom.setContent({ width: scene.width, height: scene.height }, thesis, scene.nodes);
    if (view) panZoom.set(view, null);
    else if (!sameDocument) panZoom.home();
    else if (panZoom.auto) panZoom.follow();
    else panZoom.set(panZoom.current, null);
    applyHighlight(false);
}

function buildChips(framings: MapRequests.MapFraming[]): void {
    chips.replaceChildren();
    const known = new Set(framings.map(f => f.name));
    filter = { ...filter, framings: filter.framings.filter(name => known.has(name)) };
    filterBox.hidden = framings.length === 0;
    for (const framing of framings) {
        const pressed = filter.framings.includes(framing.name);
        const chip = html('button', {
            type: 'button', class: 'chip', 'aria-pressed': String(pressed),
            title: `${framing.label} (#${framing.name}): ${pressed ? 'selected' : 'select'} for the filter`,
        }, chips, `#${framing.name}`);
        chip.dataset.framing = framing.name;
        chip.addEventListener('click', () => {
            const on = !filter.framings.includes(framing.name);
            setFilter({ ...filter, framings: on ? [...filter.framings, framing.name] : filter.framings.filter(f => f !== framing.name) });
        });
    }
    modeSelect.value = filter.mode;
}

modeSelect.addEventListener('change', () => setFilter({ ...filter, mode: modeSelect.value === 'hide' ? 'hide' : 'dim' }));

function setFilter(next: MapFilter): void {
    filter = next;
    for (const chip of chips.querySelectorAll<HTMLButtonElement>('.chip')) {
        chip.setAttribute('aria-pressed', String(filter.framings.includes(chip.dataset.framing ?? '')));
    }
    saveState();
    // The server lays the map out again, dimming or leaving out the other framings' moves.
    post({ type: 'filter', filter });
}

function applyHighlight(reveal: boolean): void {
    if (!drawn) return;
    for (const element of mapSvg.querySelectorAll('.argmap-node.highlighted')) element.classList.remove('highlighted');
    for (const id of highlighted) {
        const element = drawn.nodes.get(id);
        element?.classList.add('highlighted');
        const node = scene?.nodes.find(n => n.id === id);
        if (reveal && node) panZoom.bringIntoView(node);
    }
}

// ---- input ----

mapSvg.addEventListener('click', event => {
    if (panZoom.suppressClick) {
        panZoom.suppressClick = false;
        return;
    }
    const node = (event.target as Element).closest<SVGGElement>('.argmap-node[data-id]');
    if (node?.dataset.id) post({ type: 'reveal', id: node.dataset.id });
});

mapSvg.addEventListener('keydown', event => {
    const node = (event.target as Element).closest<SVGGElement>('.argmap-node[data-id]');
    if (node?.dataset.id && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        post({ type: 'reveal', id: node.dataset.id });
    }
});

document.addEventListener('keydown', event => {
    if (event.target instanceof HTMLSelectElement || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') panZoom.zoomBy(1.25);
    else if (event.key === '-') panZoom.zoomBy(1 / 1.25);
    else if (event.key === '0') panZoom.actualSize();
    else if (event.key === 'f' || event.key === 'F') panZoom.fit();
    else return;
    event.preventDefault();
});

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
    const message = event.data;
    switch (message.type) {
        case 'map':
            filter = message.filter;
            showMap(message.fileName, message.map, message.view ?? (message.map.uri === uri && !drawn ? vscode.getState()?.view : undefined));
            break;
        case 'highlight':
            highlighted = message.ids;
            applyHighlight(message.reveal);
            break;
        case 'notice':
            title.textContent = message.fileName;
            status.hidden = true;
            drawn?.root.remove();
            drawn = undefined;
            showNotice(message.text);
            break;
    }
});

showNotice('Drawing the map…');
post({ type: 'ready' });
