// viz.js 2 ships no types; only what vs-argdown.ts uses (the in-process Module + render pair).
declare module 'viz.js' {
    export default class Viz {
        constructor(options: { Module: unknown; render: unknown });
        renderString(dot: string, options?: { engine?: string; format?: string }): Promise<string>;
    }
}

declare module 'viz.js/full.render.js' {
    export const Module: unknown;
    export const render: unknown;
}
