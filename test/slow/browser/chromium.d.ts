import type { Browser, Page } from 'playwright-core';

export const CHROMIUM_PATH: string;
export function hasChromium(): boolean;
export function launchChromium(): Promise<Browser>;
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  /** Every request other than the report file itself (each was aborted). */
  requests: string[];
}
export function openReport(browser: Browser, htmlPath: string, viewport?: { width: number; height: number }): Promise<{ page: Page; problems: PageProblems }>;
