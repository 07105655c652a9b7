/** What every pane test starts with: the production build served locally, the Office double bundle, Chromium. */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { buildOnce, ROOT, type BuildResult } from '../../build/build-once';
import { officeDoubleBundle } from './office-double-bundle';
import { launchChromium } from './pane-page';
import { serveDirectory, type StaticServer } from './static-server';

/** Where pane tests leave screenshots for a person to look at. */
export const OUTPUT = path.join(ROOT, 'test', 'output');

export interface PaneEnv {
  build: BuildResult;
  server: StaticServer;
  browser: Browser;
  officeDouble: string;
}

export async function startPaneEnv(): Promise<PaneEnv> {
  const build = buildOnce();
  const officeDouble = await officeDoubleBundle();
  const server = await serveDirectory(build.dir);
  const browser = await launchChromium();
  fs.mkdirSync(OUTPUT, { recursive: true });
  return { build, server, browser, officeDouble };
}

export async function stopPaneEnv(env: PaneEnv | undefined): Promise<void> {
  await env?.browser.close();
  await env?.server.close();
}
