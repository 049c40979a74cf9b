/**
 * A co-signed charter opened in a fresh browser context, as the record's browser tests
 * start: the project written to a file, imported from the home screen, the review step on
 * screen. Page errors are collected for the test to check at its end.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serializeProject } from '../../src/persistence/project-file';
import type { DraftProject } from '../../src/schemas/project.schema';
import { openProjectFile } from './harness';
import { msg } from './quality-helpers';

export async function openSignedCharter(browser: Browser, url: string, signed: DraftProject) {
  const file = join(mkdtempSync(join(tmpdir(), 'cocharte-signed-')), 'signed.cocharte.json');
  writeFileSync(file, serializeProject(signed));
  const { context, page, errors } = await openProjectFile(browser, url, file);
  await page.locator('#step-heading', { hasText: msg('fr', 'review.title') }).waitFor();
  return { context, page, errors, file };
}
