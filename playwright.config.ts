import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  // Each test starts its own server (test/e2e/server-fixture.ts); on two cores one worker at a
  // time keeps timings steady, and a retry would only hide a flaky test.
  workers: 1,
  retries: 0,
  timeout: 30_000,
  // A stray test.only committed by mistake would silently skip the rest of the suite on CI.
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    // Debian's Chromium (`apt-get install chromium`), never a browser Playwright downloads: this
    // machine and CI reach no download host, so `npx playwright install` fails. CHROMIUM_PATH
    // points elsewhere when a developer's Chromium lives somewhere else.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless=new',
        // CI runs as root, where Chromium's sandbox refuses to start.
        '--no-sandbox',
        '--disable-gpu',
        // Without these Chromium keeps calling home (updates, sync, field trials) on a closed
        // network, which slows every launch and fills the log with errors.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  // Both projects inherit the Chromium above. No devices['…'] presets: they bring their own
  // browser channel and user agent, and we want the same Debian Chromium at two sizes.
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'phone', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
  ],
});
