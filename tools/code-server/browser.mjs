// Headless Debian chromium driven by playwright-core (which downloads no browser of its own).
import { chromium } from 'playwright-core';
import { chromiumPath } from './install.mjs';

/**
 * Launches chromium and opens one page. Playwright's own SIGINT/SIGTERM handlers are off: they call
 * process.exit() and would race the caller's cleanup (closing the browser, stopping code-server).
 */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
    const browser = await chromium.launch({
        executablePath: chromiumPath(),
        handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport });
    return { browser, page };
}
