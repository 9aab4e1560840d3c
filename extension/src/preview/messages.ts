/**
 * The messages between the map preview's host (map-panel.ts, in the extension host) and its webview
 * (extension/webview/main.ts), declared once for both sides. Type-only imports: the webview bundle
 * gets nothing from the server but these shapes.
 */
import type { MapRequests } from '../../../language-server/src/protocol.js';

/** The webview panel's type: package.json's `onWebviewPanel:` activation event and the serializer use it. */
export const MAP_VIEW_TYPE = 'argmap.map';

/** How the framing filter treats the moves it does not select: faded in place, or left out. */
export type FilterMode = 'dim' | 'hide';

export interface MapFilter {
    /** Selected framing names; none selected means no filter. */
    framings: string[];
    mode: FilterMode;
}

/** The zoom and pan of the view (scene coordinates to screen: screen = scene * scale + offset). */
export interface MapView {
    scale: number;
    x: number;
    y: number;
}

/** What the webview keeps across reloads (vscode.setState); the panel serializer receives it. */
export interface MapViewState {
    uri: string;
    filter: MapFilter;
    /** Absent while the view follows "fit the whole map". */
    view?: MapView;
}

/** Host -> webview. */
export type HostMessage =
    /** A map to draw (or, with `map.scene` null, why there is none). */
    | { type: 'map'; fileName: string; map: MapRequests.MapResult; filter: MapFilter; view?: MapView }
    /** The elements under the editor's cursor; `reveal` scrolls them into view. */
    | { type: 'highlight'; ids: string[]; reveal: boolean }
    /** Nothing to draw yet, or the server could not answer: a sentence for the reader. */
    | { type: 'notice'; fileName: string; text: string };

/** Webview -> host. */
export type WebviewMessage =
    /** The script has loaded and listens: send what there is to show. */
    | { type: 'ready' }
    /** A node was clicked (or activated with the keyboard): select it in the editor. */
    | { type: 'reveal'; id: string }
    | { type: 'filter'; filter: MapFilter }
    | { type: 'export'; format: 'svg' | 'png' };
