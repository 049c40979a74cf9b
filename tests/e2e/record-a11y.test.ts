// Accessibility of the record's screens (issue 13), checked with axe in Chromium on their
// server-rendered markup with the app's styles. The app does not route to them yet, so
// this stands in for the axe pass of the full app until it does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import '../../src/i18n/register-en';
import { checkChain } from '../../src/domain/record-amendments';
import { emptyHealthAnswer } from '../../src/domain/record-health';
import { newClosing, newReview, withClosing } from '../../src/domain/record-new';
import { I18nProvider } from '../../src/i18n/i18n-provider';
import { parseProjectFile } from '../../src/persistence/project-file';
import { AmendmentScreen } from '../../src/record/amendment-screen';
import { ClosingForm } from '../../src/record/closing-form';
import { HealthCheckForm, HealthComparison } from '../../src/record/health-check';
import { RecordHome } from '../../src/record/record-home';
import { ReviewForm } from '../../src/record/review-form';
import { browserAvailable, launchBrowser } from './harness';

const parsed = parseProjectFile(readFileSync('tests/fixtures/project-files/v2-record.cocharte.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
const project = withClosing(parsed.project, null);
const css = ['src/styles.css', 'src/record/record.css'].map((f) => readFileSync(f, 'utf8')).join('\n');
const noop = () => {};

async function screens(): Promise<Array<[string, ReactElement]>> {
  const chain = await checkChain(project);
  const current = chain.current;
  const review = project.record.reviews[1]!;
  const name = (id: string) => current.partners.partners.find((p) => p.id === id)?.name ?? id;
  return [
    [
      'home',
      h(RecordHome, {
        project,
        chain,
        today: '2027-06-01',
        onNewReview: noop,
        onOpenReview: noop,
        onOpenAmendment: noop,
        onClosing: noop,
        onDownload: noop,
      }),
    ],
    [
      'review',
      h(ReviewForm, {
        project: current,
        initial: newReview(current, { id: 'x', date: '2027-10-01' }),
        onSubmit: noop,
        onCancel: noop,
      }),
    ],
    [
      'health',
      h(HealthCheckForm, { partnerName: 'Afdi', initial: emptyHealthAnswer('asso', '2027-10-01'), onSubmit: noop }),
    ],
    ['health comparison', h(HealthComparison, { review, partnerName: name })],
    [
      'amendment',
      h(AmendmentScreen, {
        project: current,
        amendment: project.record.amendments[0]!,
        chain,
        today: '2027-06-01',
        onSave: noop,
      }),
    ],
    ['closing', h(ClosingForm, { project: current, initial: newClosing(current, '2029-03-20'), onSubmit: noop })],
  ];
}

describe('record screens: axe', { skip: !browserAvailable() }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('have no axe violation (WCAG 2.1 AA)', async () => {
    const findings: string[] = [];
    for (const [label, element] of await screens()) {
      const body = renderToStaticMarkup(
        h(I18nProvider, { locale: 'fr', children: h('main', { className: 'main' }, element) }),
      );
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent(
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${label}</title><style>${css}</style></head><body>${body}</body></html>`,
      );
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations)
        findings.push(`${label}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      await context.close();
    }
    assert.deepEqual(findings, []);
  });
});
