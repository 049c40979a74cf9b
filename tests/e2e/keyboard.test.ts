/**
 * Keyboard only: from the home screen to three typed signatures and the PDF, with
 * page.keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, typing). No click, no
 * locator action: the DOM is only read, to know where the focus is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserAvailable, withBrowser } from './harness';
import { escapeRe, msg, newQualityContext } from './quality-helpers';
import { waitUntilSaved } from './saved';

const run = browserAvailable();

interface Focused {
  tag: string;
  type: string;
  name: string;
  id: string;
  value: string;
  checked: boolean;
  inForm: string;
}

/** What a screen reader would roughly announce for the focused element. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body)
      return { tag: 'body', type: '', name: '', id: '', value: '', checked: false, inForm: '' };
    // Roughly the accessible name: aria-label, else the label, else the text minus aria-hidden parts.
    // (Anonymous callbacks only: tsx would wrap a named helper in __name, unknown in the page.)
    const [label, own] = [el.labels?.[0] ?? null, el].map((node) => {
      if (!node) return '';
      const copy = node.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    const name = (el.getAttribute('aria-label') ?? (label || own) ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? '',
      name,
      id: el.id,
      value: 'value' in el ? String(el.value) : '',
      checked: Boolean(el.checked),
      inForm: el.closest('form')?.getAttribute('aria-label') ?? '',
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(
  page: Page,
  match: (f: Focused) => boolean,
  what: string,
  { back = false, max = 150 } = {},
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

const named = (re: RegExp) => (f: Focused) => re.test(f.name);

async function headingFocused(page: Page, text: string) {
  await page.waitForFunction(
    (t) => document.activeElement?.id === 'step-heading' && document.activeElement.textContent?.trim() === t,
    text,
    { timeout: 10_000 },
  );
}

describe('keyboard only: a whole project, signatures included', { skip: !run }, () => {
  const app = withBrowser();

  it('opens an example, edits a step, walks to the review, signs three times and downloads the PDF', async () => {
    const context = await newQualityContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1 }).waitFor();

    // The skip link comes first.
    const skip = await tabTo(page, () => true, 'the first stop', { max: 1 });
    assert.equal(skip.name, msg('fr', 'app.skipToContent'));

    // Home → worked example (the project opens on its review).
    const exampleTitle = msg('fr', 'guide.example.terrena.title');
    await tabTo(
      page,
      named(new RegExp(escapeRe(msg('fr', 'home.useExample', { title: exampleTitle })))),
      'the Terrena example',
    );
    await page.keyboard.press('Enter');
    await headingFocused(page, msg('fr', 'review.title'));

    // The review sends to step 1, where the partners say the example's facts are replaced.
    const partnersLabel = msg('fr', 'step.partners');
    await tabTo(
      page,
      named(new RegExp(`^${escapeRe(msg('fr', 'review.fix', { step: partnersLabel }))}$`)),
      'the review’s link to step 1',
    );
    await page.keyboard.press('Enter');
    // It lands on the confirmation itself.
    const confirmation = named(new RegExp(`^${escapeRe(msg('fr', 'guideUi.hints.illustrativeCleared'))}$`));
    await page.waitForFunction(() => document.activeElement?.id === 'f-illustrativeExample');
    // Said while the example's invented people and addresses are there, it is refused and each
    // field is listed; the partners go to each one, replace it, and come back to say so.
    // In steps 1, 2 and 3 (the example's second funder, step 3, is marked invented).
    const stepLabels = (['partners', 'motivations', 'framework'] as const).map((s) => msg('fr', `step.${s}`));
    const listed = (f: Focused) => f.tag === 'button' && stepLabels.some((label) => f.name.startsWith(`${label} — `));
    for (let round = 0; ; round++) {
      // A bound against a loop that never ends: the example marks 13 invented facts (people,
      // addresses and its second funder), one replaced per round.
      assert.ok(round < 20, 'every invented fact replaced within 20 rounds');
      await page.keyboard.press('Enter');
      const outcome = await page.waitForFunction(() =>
        document.activeElement?.id === 'step-heading'
          ? 'accepted'
          : document.querySelector('.example-leftovers button')
            ? 'refused'
            : null,
      );
      if ((await outcome.jsonValue()) === 'accepted') break;
      await tabTo(page, listed, 'a field still holding an invented fact', { max: 5 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName ?? ''));
      const field = await focused(page);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(field.type === 'email' ? 'contact@partenaire.fr' : 'Camille Martin');
      // The confirmation sits above the step's fields on step 1; from another step, by the stepper.
      const onPartners = await page.evaluate(
        (t) => document.getElementById('step-heading')?.textContent?.trim() === t,
        partnersLabel,
      );
      if (!onPartners) {
        // From a field far down step 3, back up past the whole step to the stepper.
        await tabTo(page, named(new RegExp(`^${escapeRe(partnersLabel)}`)), 'the stepper entry of step 1', {
          back: true,
          max: 600,
        });
        await page.keyboard.press('Enter');
        await headingFocused(page, partnersLabel);
        await tabTo(page, confirmation, 'the confirmation');
      } else await tabTo(page, confirmation, 'the confirmation', { back: true });
    }
    await headingFocused(page, partnersLabel);

    // Stepper → step 3, with Shift+Tab from step 1's heading (the stepper comes before it).
    const frameworkLabel = msg('fr', 'step.framework');
    await tabTo(page, named(new RegExp(`^${escapeRe(frameworkLabel)}`)), 'the stepper entry of step 3', { back: true });
    await page.keyboard.press('Enter');
    await headingFocused(page, frameworkLabel);

    // Edit a field by typing, then save each step with Enter on its submit button.
    const purpose = await tabTo(
      page,
      named(new RegExp(`^${escapeRe(msg('fr', 'framework.purpose'))}`)),
      'the purpose field',
    );
    await page.keyboard.press('End');
    await page.keyboard.type(' Édité au clavier.');
    for (const next of ['followUp', 'impacts'] as const) {
      await tabTo(page, named(new RegExp(`^${escapeRe(msg('fr', 'nav.next'))}$`)), 'the submit button');
      await page.keyboard.press('Enter');
      await headingFocused(page, msg('fr', `step.${next}`));
    }
    await tabTo(page, (f) => f.tag === 'button' && f.type === 'submit', 'the submit button of step 5', { max: 600 });
    await page.keyboard.press('Enter');
    await headingFocused(page, msg('fr', 'review.title'));
    assert.ok(purpose.value.length > 0);

    // Review → signing.
    await tabTo(page, named(new RegExp(`^${escapeRe(msg('fr', 'review.toSigning'))}$`)), 'the signing button');
    await page.keyboard.press('Enter');
    await headingFocused(page, msg('fr', 'signing.title'));

    // Three typed signatures. The radio group is driven with the arrow keys.
    for (const partner of ['Terrena', 'Afdi Pays de la Loire', 'COBSAC']) {
      const formName = msg('fr', 'signing.formFor', { name: partner });
      const inForm = (f: Focused) => f.inForm === formName;
      let f = await tabTo(page, inForm, `the form of ${partner}`);
      // Walk the form: fill what is empty, choose "typed", consent, sign.
      for (let guard = 0; guard < 20; guard++) {
        if (f.tag === 'input' && f.type === 'radio') {
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('ArrowUp');
          const typed = await focused(page);
          assert.ok(
            typed.checked && typed.name.startsWith(msg('fr', 'signing.typed')),
            'the typed signature is chosen',
          );
        } else if (f.tag === 'input' && f.type === 'checkbox') {
          await page.keyboard.press('Space');
          assert.ok((await focused(page)).checked, 'consent ticked');
        } else if (f.tag === 'input' && f.value === '') {
          await page.keyboard.type('Ancenis');
        } else if (f.tag === 'button' && f.name === msg('fr', 'signing.sign', { name: partner })) {
          await page.keyboard.press('Enter');
          break;
        }
        f = await tabTo(page, inForm, `the next field of ${partner}`, { max: 3 });
      }
      await page.waitForFunction(
        (t) => Array.from(document.querySelectorAll('button')).some((b) => b.textContent?.includes(t)),
        msg('fr', 'signing.remove', { name: partner }),
      );
    }
    await page.waitForFunction(
      (t) => document.body.textContent?.includes(t),
      msg('fr', 'signing.allSigned', { count: 3 }),
    );

    // The PDF, from the keyboard too.
    const pdfButton = msg('fr', 'pdf.charter');
    const downloaded = page.waitForEvent('download', { timeout: 20_000 });
    await tabTo(page, named(new RegExp(`^${escapeRe(pdfButton)}$`)), 'the PDF button');
    await page.keyboard.press('Enter');
    const download = await downloaded;
    assert.match(download.suggestedFilename(), /\.pdf$/);

    // Saved: the signatures survive a reload.
    await waitUntilSaved(page, 'signedAt', { count: 3 });
    await page.reload();
    await page.waitForFunction(
      (t) => document.body.textContent?.includes(t),
      msg('fr', 'signing.allSigned', { count: 3 }),
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});
