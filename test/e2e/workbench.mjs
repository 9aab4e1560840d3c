// What the UI tests do in code-server's workbench, as a user would: the palette, Quick Open, Go to
// Line, the colour theme, screenshots. One copy, so a fix for a timing problem (a key press the
// busy workbench drops, a command not listed yet) reaches every suite.
import path from 'node:path';

/** The helpers bound to one Playwright page; screenshots go to `screenshots` (a folder). */
export function workbench(page, screenshots) {
    const quickInput = page.locator('.quick-input-widget input');
    /** The palette's (or a picker's) row whose label is exactly `label`. */
    const row = label => page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) }).first();

    /**
     * Opens the quick input with `key` and types `text` into it. The workbench drops keys while it is
     * busy, and a picker that is still closing (a theme just chosen) looks open for a moment and then
     * takes the new text with it: so wait for it to close first, and start again if typing fails.
     */
    const openQuickInput = async (key, text) => {
        for (let attempt = 1; ; attempt++) {
            await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => { });
            await page.keyboard.press(key);
            try {
                await quickInput.waitFor({ timeout: 5_000 });
                await quickInput.fill(text, { timeout: 5_000 });
                return;
            } catch (error) {
                if (attempt === 3) throw error;
                await page.keyboard.press('Escape');
            }
        }
    };

    const helpers = {
        /** Saves a screenshot of the whole page as `name`.png and says where. */
        async shot(name) {
            const file = path.join(screenshots, `${name}.png`);
            await page.screenshot({ path: file });
            console.log(`      screenshot ${path.relative(process.cwd(), file)}`);
        },
        /** A webview's document: the webview's outer iframe, then its active frame. */
        webview: () => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame'),
        editorLines: () => page.locator('.monaco-editor .view-lines').first(),
        /** Focuses the left group's editor, so that keys go to the workbench, not a webview. */
        async focusEditor() {
            await page.locator('.editor-group-container').first().locator('.tab.active').click();
        },
        /**
         * Runs a command through the F1 palette, clicking the row with exactly its title. The palette
         * lists the commands known when it opens: right after start-up an extension's may not be
         * there yet, so it closes and asks again.
         */
        async runCommand(title) {
            const item = row(title);
            for (let attempt = 1; ; attempt++) {
                await openQuickInput('F1', `>${title}`);
                try {
                    await item.waitFor({ timeout: 10_000 });
                    break;
                } catch (error) {
                    if (attempt === 3) throw error;
                    await page.keyboard.press('Escape');
                    await page.waitForTimeout(2_000);
                }
            }
            await item.click();
        },
        /** Opens a workspace file with Quick Open (Ctrl+P) and waits for its tab. */
        async quickOpen(name) {
            await openQuickInput('Control+P', name);
            await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
            await page.keyboard.press('Enter');
            await page.locator('.tab.active', { hasText: name }).first().waitFor();
        },
        /** Moves the cursor with Go to Line (Ctrl+G accepts "line:column"). */
        async goTo(line, column) {
            await openQuickInput('Control+G', `:${line}:${column}`);
            await page.keyboard.press('Enter');
            await page.locator('#status\\.editor\\.selection', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
        },
        /** Picks a colour theme as a user does: Preferences: Color Theme, then the theme's name. */
        async setTheme(theme) {
            await helpers.runCommand('Preferences: Color Theme');
            // The theme picker replaces the command list: wait for a theme in it before typing.
            await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Light Modern' }).first().waitFor();
            await quickInput.fill(theme);
            const item = row(theme);
            await item.waitFor();
            await item.click();
            await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        },
        /**
         * Reloads the window as a user does (Developer: Reload Window): the workbench goes through its
         * shutdown, which stores the open editors and webview state. A bare page reload may not.
         */
        async reloadWindow() {
            await helpers.runCommand('Developer: Reload Window');
            await page.waitForEvent('load', { timeout: 60_000 });
            await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
        },
    };
    return helpers;
}

function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
