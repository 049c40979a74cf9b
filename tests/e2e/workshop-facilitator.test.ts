/**
 * A facilitator working the workshop view with the keyboard, on a projector and on a phone:
 * the timer that stays in view at the top never hides the control that has the focus, and on
 * a phone it does not sit over the pairs' list when the facilitator scrolls to it; a reload
 * keeps the room's time.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserAvailable, newContext, withBrowser } from './harness';

const run = browserAvailable();

async function workshopWithTwoPairs(page: Page) {
  await page.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
  await page.locator('#step-heading').waitFor();
  await page.getByRole('button', { name: 'Mode animation' }).click();
  for (const [number, name] of [
    [1, 'Terrena et Afdi'],
    [2, 'Lagazel et EdM'],
  ] as const) {
    await page.getByRole('button', { name: 'Binôme suivant' }).click();
    await page.getByLabel('Nom du binôme (facultatif)').fill(name);
    await page.getByRole('button', { name: 'Oui, nouveau projet' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Binôme ${number} — ${name}`) }).waitFor();
  }
  await page.getByRole('button', { name: 'Ouvrir le projet du binôme 1' }).waitFor();
}

/**
 * Goes backwards with Shift+Tab from the step list through the whole workshop view, up to its
 * heading, and names each control whose centre is hidden under something else (the timer).
 */
async function hiddenWhileFocused(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: /Identifier les partenaires — étape en cours/ }).focus();
  const hidden: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Shift+Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el.id === 'facilitator-title' || !el.closest('.facilitator')) return null;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const name = (
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        ''
      ).trim();
      return { name, visible: hit !== null && (hit === el || el.contains(hit)) };
    });
    if (seen === null) break;
    if (!seen.visible) hidden.push(seen.name);
  }
  return hidden;
}

describe('workshop view: keyboard, phone, reload', { skip: !run }, () => {
  const app = withBrowser();

  /** A new browser context on the app, with two pairs in the workshop, at this size. */
  async function openWorkshop(viewport?: { width: number; height: number }) {
    const context = await newContext(app.browser);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(app.url);
    await workshopWithTwoPairs(page);
    return { context, page };
  }

  for (const [screen, viewport] of [
    ['a projector', { width: 1280, height: 720 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const) {
    it(`keeps the focused control in sight on ${screen} (Shift+Tab back up the view)`, async () => {
      const { context, page } = await openWorkshop(viewport);
      assert.deepEqual(await hiddenWhileFocused(page), []);
      await context.close();
    });
  }

  for (const [held, viewport] of [
    ['upright', { width: 390, height: 844 }],
    ['on its side', { width: 844, height: 390 }],
  ] as const)
    it(`leaves the pairs’ list readable on a phone held ${held}: the timer does not sit over it`, async () => {
      const { context, page } = await openWorkshop(viewport);
      const heading = page.getByRole('heading', { level: 3, name: 'Binômes de la séance' });
      await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
      const onTop = await heading.evaluate((h) => {
        const r = h.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + 10, r.top + r.height / 2);
        return hit === h || h.contains(hit)
          ? 'the heading'
          : (hit?.closest('[role="group"]')?.getAttribute('aria-label') ?? hit?.tagName ?? 'nothing');
      });
      assert.equal(onTop, 'the heading');
      await context.close();
    });

  it('brings the focus back to the toolbar’s « Mode animation » when quitting from there is cancelled', async () => {
    const { context, page } = await openWorkshop();
    const toolbarButton = page.getByRole('button', { name: 'Mode animation', exact: true });
    await toolbarButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Quitter le mode animation ?' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('group', { name: 'Quitter le mode animation ?' }).waitFor({ state: 'detached' });
    // Where the question was asked, not the view's own « Quitter » further down the page.
    await page
      .waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'true', null, {
        timeout: 5_000,
      })
      .catch(() => undefined);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Mode animation');
    await context.close();
  });

  it('keeps the room’s time across a reload of the page', async () => {
    const context = await newContext(app.browser);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    // The page's clock is ours: minutes pass without waiting for them.
    await page.clock.install();
    await page.goto(app.url);
    await workshopWithTwoPairs(page);
    await page.getByLabel('Durée de l’étape (minutes)').fill('10');
    await page.getByRole('button', { name: 'Démarrer le minuteur' }).click();
    await page.clock.runFor(125_000);
    const clock = page.getByRole('group', { name: 'Minuteur de l’étape' }).getByText(/^\d{1,3}:\d\d$/);
    assert.equal(await clock.innerText(), '7:55');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Binôme 2 — Lagazel et EdM/ }).waitFor();
    await page.getByRole('button', { name: 'Mettre en pause' }).waitFor();
    assert.match(await clock.innerText(), /^7:5\d$/);
    await context.close();
  });

  it('never puts the corner clock over a control of the step (a laptop a little narrower than 1280 px)', async () => {
    // 1280 px less a classic scrollbar, or a 1366 px screen zoomed to 110 %.
    const { context, page } = await openWorkshop({ width: 1240, height: 720 });
    const covered = new Set<string>();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 100) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const under = await page.evaluate(() => {
        const clock = document.querySelector('.facilitator__float');
        if (!clock || getComputedStyle(clock).display === 'none') return [];
        const c = clock.getBoundingClientRect();
        return [
          ...document.querySelectorAll<HTMLElement>('main button, main input, main select, main textarea, main a'),
        ]
          .filter((el) => {
            const b = el.getBoundingClientRect();
            return (
              el.checkVisibility({ visibilityProperty: true }) &&
              b.width > 0 &&
              b.right > c.left &&
              b.left < c.right &&
              b.bottom > c.top &&
              b.top < c.bottom
            );
          })
          .map((el) => el.id || el.textContent?.trim().slice(0, 40) || el.tagName);
      });
      for (const name of under) covered.add(name);
    }
    assert.deepEqual([...covered], []);
    await context.close();
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])
    it(`shows no half-cut line above the timer in full screen on a ${viewport.width} × ${viewport.height} projector`, async () => {
      const { context, page } = await openWorkshop(viewport);
      await page.getByRole('button', { name: 'Plein écran' }).click();
      await page.getByRole('button', { name: 'Quitter le plein écran' }).waitFor();
      const view = page.getByRole('region', { name: /^Mode animation —/ });
      const above: string[] = [];
      // The view scrolls in full screen: once past the timer's own place, the questions and the
      // pairs go up under the timer, which stays at the top of the screen.
      const [from, height] = await view.evaluate((v) => [
        (v.querySelector('.facilitator__timer')?.getBoundingClientRect().top ?? 0) - v.getBoundingClientRect().top,
        v.scrollHeight - v.clientHeight,
      ]);
      for (let y = Math.ceil(from ?? 0); y <= (height ?? 0); y += 100) {
        await view.evaluate((v, top) => v.scrollTo(0, top), y);
        const seen = await page.evaluate(() => {
          const timer = document.querySelector('.facilitator__timer');
          if (!timer) return 'no timer';
          // What shows in the band between the screen's top edge and the timer.
          for (let top = 1; top < timer.getBoundingClientRect().top; top += 4) {
            const hit = document.elementFromPoint(200, top);
            if (hit && !hit.classList.contains('facilitator'))
              return hit.textContent?.trim().slice(0, 40) ?? hit.tagName;
          }
          return null;
        });
        if (seen) above.push(seen);
      }
      assert.deepEqual(above, []);
      await context.close();
    });
});
