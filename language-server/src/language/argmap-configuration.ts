import { DocumentState } from 'langium';
import type { ArgmapSharedServices } from './argmap-module.js';
import { configFromEditorSettings, type ArgmapSettings } from './argmap-settings.js';

/**
 * Keeps the language server's ArgmapSettings in step with the client's `argmap` settings: read
 * once when the client is ready, then on every change, after which every document is checked
 * again (severities, `maxStatementWords` and workspace diagnostics all change what is published).
 */
export function followEditorSettings(shared: ArgmapSharedServices, settings: ArgmapSettings): void {
    const provider = shared.workspace.ConfigurationProvider;
    const apply = (section: unknown) => {
        const { config, workspaceDiagnostics } = configFromEditorSettings(section);
        settings.config = config;
        settings.workspaceDiagnostics = workspaceDiagnostics;
    };
    settings.ready = provider.ready.then(async () => {
        const keys = ['checks', 'maxStatementWords', 'workspaceDiagnostics'];
        const values = await Promise.all(keys.map(key => provider.getConfiguration('argmap', key)));
        apply(Object.fromEntries(keys.map((key, i) => [key, values[i]])));
    });
    provider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'argmap') return;
        apply(update.configuration);
        // Under the workspace lock, as Langium's own updates run: a check that ran beside another
        // build (the first settings arrive while the workspace is being loaded) published every
        // diagnostic twice. A newer write cancels this one, and the newest settings apply.
        void shared.workspace.WorkspaceLock.write(async token => {
            const builder = shared.workspace.DocumentBuilder;
            const documents = shared.workspace.LangiumDocuments.all.toArray();
            for (const document of documents) builder.resetToState(document, DocumentState.IndexedReferences);
            await builder.build(documents, { validation: true }, token);
        });
    });
}
