/**
 * Reusable steps of an amendment (avenant) in the app, for any browser journey: draft one
 * that changes a contribution's amount, then have every partner sign it. They start from
 * the partnership record's home (the toolbar's « Dossier du partenariat ») and find
 * everything by role and label, in the interface's language; buttons are pressed with the
 * keyboard, so the flow is proven to work without a mouse.
 */
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/i18n/i18n';
import { escapeRe, msg } from './quality-helpers';

export interface BudgetAmendmentInput {
  /** The contribution to change, numbered as the form numbers them (1 for the first). */
  contribution: number;
  /** Its new amount, as typed in the form (« 15000 »). */
  amount: string;
  /** The amendment's subject and reason, as the partners write them. */
  title: string;
  reason: string;
  /** The date of the amendment (YYYY-MM-DD); today's by default. */
  date?: string;
  locale?: Locale;
}

const startsWith = (s: string) => new RegExp(`^${escapeRe(s)}`);

/**
 * From the record's home: drafts a new amendment, changes one contribution's amount in
 * the framework step of the working copy, opens the review and saves the subject, reason
 * and date. Ends on the amendment's screen, ready to be signed; returns its number.
 */
export async function draftBudgetAmendment(page: Page, input: BudgetAmendmentInput): Promise<{ number: number }> {
  const l = input.locale ?? 'fr';
  await page.getByRole('button', { name: msg(l, 'record.ui.draftAmendment') }).press('Enter');
  const banner = page.locator('#amending-title');
  await banner.waitFor();
  const number = Number(/\d+/.exec((await banner.textContent()) ?? '')?.[0]);
  if (!Number.isInteger(number) || number < 1) throw new Error('no amendment number in the drafting banner');

  await page
    .getByRole('navigation', { name: msg(l, 'stepper.label') })
    .getByRole('button', { name: startsWith(msg(l, 'step.framework')) })
    .press('Enter');
  await page.locator('#step-heading', { hasText: msg(l, 'step.framework') }).waitFor();
  const section = page.getByRole('button', { name: msg(l, 'agreement.section.contributions') });
  if ((await section.getAttribute('aria-expanded')) !== 'true') await section.press('Enter');
  const row = page.getByRole('group', { name: msg(l, 'agreement.contributionN', { n: input.contribution }) });
  await row.getByLabel(startsWith(msg(l, 'agreement.contribution.amount'))).fill(input.amount);
  // The draft is stored as the partners type: its count of changes says so.
  await page
    .locator('#amending-changes')
    .filter({ hasNotText: msg(l, 'record.ui.draftChanges', { count: 0 }) })
    .waitFor();

  await page
    .getByRole('button', { name: msg(l, 'record.ui.reviewDraft') })
    .first()
    .press('Enter');
  await page.getByRole('heading', { level: 2, name: msg(l, 'record.doc.amendmentTitle', { n: number }) }).waitFor();
  await page.getByRole('textbox', { name: startsWith(msg(l, 'record.amendment.title')) }).fill(input.title);
  await page.getByRole('textbox', { name: startsWith(msg(l, 'record.amendment.reason')) }).fill(input.reason);
  if (input.date) await page.getByLabel(startsWith(msg(l, 'record.doc.date'))).fill(input.date);
  await page.getByRole('button', { name: msg(l, 'record.ui.saveAmendment') }).press('Enter');
  await page.getByText(msg(l, 'record.ui.saveBeforeSigning')).waitFor({ state: 'detached' });
  return { number };
}

export interface AmendmentSignatory {
  /** The partner's name, as the charter gives it. */
  partner: string;
  name: string;
  title: string;
  place: string;
}

/**
 * Each partner signs amendment `number` in turn, on its own fingerprint. Opens the
 * amendment from the record's home if it is not on screen; ends once it is in force.
 */
export async function signAmendmentByAll(
  page: Page,
  number: number,
  signatories: AmendmentSignatory[],
  locale: Locale = 'fr',
): Promise<void> {
  const l = locale;
  const title = msg(l, 'record.doc.amendmentTitle', { n: number });
  const heading = page.getByRole('heading', { level: 2, name: title });
  if (!(await heading.isVisible())) {
    await page.getByRole('button', { name: msg(l, 'record.ui.open', { name: title }) }).press('Enter');
    await heading.waitFor();
  }
  for (const s of signatories) {
    const label = msg(l, 'record.ui.signFor', { name: s.partner });
    await page.getByRole('button', { name: label }).press('Enter');
    const form = page.getByRole('form', { name: label });
    await form.getByLabel(startsWith(msg(l, 'doc.signatures.name'))).fill(s.name);
    await form.getByLabel(startsWith(msg(l, 'doc.signatures.title'))).fill(s.title);
    await form.getByLabel(startsWith(msg(l, 'doc.signatures.place'))).fill(s.place);
    await form.getByRole('checkbox', { name: msg(l, 'record.ui.amendmentConsent', { name: s.partner }) }).check();
    await form.getByRole('button', { name: msg(l, 'record.ui.signAmendment') }).press('Enter');
    await form.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: label }).waitFor({ state: 'detached' });
  }
  await page.getByText(msg(l, 'record.ui.amendmentInForce')).waitFor();
}
