/**
 * A facilitator's workshop on a 1280 × 720 projector: the timer stays in view, full screen on
 * demand, a signal at zero, three pairs in a row with the mode kept across a reload, and the
 * session saved as one file holding the three pairs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { browserAvailable, withBrowser } from './harness';
import { axe, formatFindings, newQualityContext } from './quality-helpers';

const run = browserAvailable();

async function nextPair(page: Page, name: string, number: number) {
  await page.getByRole('button', { name: 'Binôme suivant' }).click();
  await page.getByLabel('Nom du binôme (facultatif)').fill(name);
  await page.getByRole('button', { name: 'Oui, nouveau projet' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`Binôme ${number} — ${name}`) }).waitFor();
}

/**
 * Focus moves in an effect after the render that shows the new state: wait until the focused
 * element is the one `where` names (its id, tag name, text start, or inside a group), then fail saying where
 * the focus is if it never gets there. A function, not a string: the app's CSP forbids eval.
 */
async function focusReaches(
  page: Page,
  target: { id?: string; tag?: string; text?: string; inGroup?: boolean },
  where: string,
) {
  try {
    await page.waitForFunction(
      (t) => {
        const el = document.activeElement;
        if (!el) return false;
        if (t.id !== undefined) return el.id === t.id;
        if (t.tag !== undefined) return el.tagName === t.tag;
        if (t.inGroup) return el.closest('[role="group"]') !== null;
        return (el.textContent ?? '').startsWith(t.text ?? '\u0000');
      },
      target,
      { timeout: 5_000, polling: 50 },
    );
  } catch (error) {
    const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
    assert.fail(`the focus should reach ${where}; it is on ${at} (${String(error).slice(0, 200)})`);
  }
}

describe('workshop mode', { skip: !run }, () => {
  const app = withBrowser();

  it('holds a room: timer in view, full screen, signal at zero, three pairs kept across a reload, one session file', async () => {
    const context = await newQualityContext(app.browser, { viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // The page's clock is ours: the timer reaches zero without waiting 20 minutes.
    await page.clock.install();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
    await page.locator('#step-heading').waitFor();
    await page.getByRole('button', { name: 'Mode animation' }).click();

    // The timer is on the projector's first screen.
    const timer = page.getByRole('group', { name: 'Minuteur de l’étape' });
    await timer.waitFor();
    const box = await timer.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 720, `timer in view: ${JSON.stringify(box)}`);
    // It stays in view while the questions scroll under it: it must leave them most of the
    // screen (it took 330 of 720 px).
    assert.ok(box.height <= 720 / 4, `the timer takes ${Math.round(box.height)} px of 720`);
    assert.deepEqual(formatFindings(await axe(page, 'workshop view')), '');

    // Full screen on demand: the facilitator's view fills the screen, and stays so when the
    // room moves on to the next pair (whose project is a new page's worth of view).
    const fillsTheScreen = async () => {
      await page.getByRole('button', { name: 'Quitter le plein écran' }).waitFor();
      assert.ok(await page.evaluate(() => document.fullscreenElement !== null), 'in full screen');
      const view = await page.locator('.facilitator').boundingBox();
      const screenSize = await page.evaluate(() => [innerWidth, innerHeight]);
      assert.deepEqual(
        [view?.x, view?.y, view?.width, view?.height].map((n) => Math.round(n ?? -1)),
        [0, 0, ...screenSize],
        'the facilitator view covers the screen',
      );
    };
    await page.getByRole('button', { name: 'Plein écran' }).click();
    await fillsTheScreen();
    await nextPair(page, 'Terrena et Afdi', 1);
    await fillsTheScreen();
    await page.getByRole('button', { name: 'Quitter le plein écran' }).click();
    await page.getByRole('button', { name: 'Plein écran' }).waitFor();
    assert.equal(await page.evaluate(() => document.fullscreenElement), null);

    // A one-minute step: at zero the signal shows and the timer offers a restart.
    await page.getByLabel('Durée de l’étape (minutes)').fill('1');
    await page.getByRole('button', { name: 'Démarrer le minuteur' }).click();
    await page.clock.runFor(61_000);
    await page
      .getByRole('alert')
      .getByText(/Temps écoulé/)
      .waitFor();
    await page.getByRole('button', { name: 'Relancer le minuteur' }).waitFor();

    // Three pairs (the first began above); the mode and the list survive a reload in between.
    await nextPair(page, 'Lagazel et EdM', 2);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Binôme 2 — Lagazel et EdM/ }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Binômes de la séance' }).waitFor();
    await nextPair(page, 'Paratronic et Corail', 3);
    const pairs = page.getByRole('region', { name: 'Binômes de la séance' }).getByRole('listitem');
    assert.deepEqual(
      (await pairs.allInnerTexts()).map((t) => t.split('\n')[0]?.trim()),
      ['Binôme 1 — Terrena et Afdi', 'Binôme 2 — Lagazel et EdM', 'Binôme 3 — Paratronic et Corail'],
    );
    // The duration chosen for the session is kept too.
    assert.equal(await page.getByLabel('Durée de l’étape (minutes)').inputValue(), '1');

    // One file with the three pairs' projects.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Enregistrer la séance (un fichier)' }).click();
    const file = await (await download).path();
    const session = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      pairs: { number: number; name: string; file: { project: { partners: { title: string } } } | null }[];
    };
    assert.equal(session.format, 'cocharte-workshop');
    // The same view in English has no axe violation either.
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('group', { name: 'Step timer' }).waitFor();
    assert.deepEqual(formatFindings(await axe(page, 'workshop view (en)')), '');
    assert.deepEqual(
      session.pairs.map((p) => [p.number, p.name, p.file?.project.partners.title]),
      [
        [1, 'Terrena et Afdi', 'Binôme 1 — Terrena et Afdi'],
        [2, 'Lagazel et EdM', 'Binôme 2 — Lagazel et EdM'],
        [3, 'Paratronic et Corail', 'Binôme 3 — Paratronic et Corail'],
      ],
    );
    await context.close();
  });

  it('keeps the pairs honest: earlier pairs shown where they stand, quitting asks first and keeps focus', async () => {
    const context = await newQualityContext(app.browser, { viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
    await page.locator('#step-heading').waitFor();
    await page.getByRole('button', { name: 'Mode animation' }).click();
    await nextPair(page, 'Nguyễn Văn An et شركة الأمل', 1);
    await nextPair(page, 'Lagazel et EdM', 2);
    await nextPair(page, 'Paratronic et Corail', 3);

    // The room works on the step below the view: the time left stays on screen (it
    // scrolled away with the view as soon as the focus went to the step).
    await page.locator('#step-heading').evaluate((h) => h.scrollIntoView());
    const shown = await page.getByText(/^\d{1,3}:\d\d$/).evaluateAll((els) =>
      els
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && getComputedStyle(e).visibility !== 'hidden';
        })
        .map((e) => e.textContent),
    );
    assert.deepEqual(shown, ['20:00']);

    // The earlier pairs' projects are on this device: none is said to be deleted (all
    // three were, until the facilitator went back to the project list).
    const region = page.getByRole('region', { name: 'Binômes de la séance' });
    const items = region.getByRole('listitem');
    await items.nth(0).getByText('En cours\u00a0: Identifier les partenaires').waitFor();
    assert.equal(await region.getByText('Projet absent de cet appareil').count(), 0);
    assert.equal(await items.count(), 3);

    // The blank worksheet: the button keeps the focus while the PDF is made.
    const download = page.waitForEvent('download');
    const worksheet = page.getByRole('button', { name: 'Fiche vierge de cette étape (PDF)' });
    await worksheet.focus();
    await page.keyboard.press('Enter');
    await download;
    await focusReaches(page, { text: 'Fiche vierge de cette étape (PDF)' }, 'the worksheet button');

    // The session file saved, the facilitator is told what it holds.
    const saved = page.waitForEvent('download');
    await region.getByRole('button', { name: 'Enregistrer la séance (un fichier)' }).click();
    const file = (await saved).suggestedFilename();
    await region.getByRole('status').getByText(`Séance enregistrée\u00a0: 3 binômes dans ${file}.`).waitFor();

    // Quitting the mode would forget the session's list: it asks first, and cancelling keeps everything.
    await page.getByRole('button', { name: 'Quitter le mode animation' }).click();
    const ask = page.getByRole('group', { name: /^Quitter le mode animation\s?\?$/ });
    await ask.waitFor();
    assert.match(await ask.innerText(), /3 binômes/);
    await focusReaches(page, { inGroup: true }, 'the question');
    await ask.getByRole('button', { name: 'Annuler' }).click();
    assert.equal(await items.count(), 3);
    await focusReaches(page, { text: 'Quitter le mode animation' }, 'the quit button');
    // The toolbar's switch asks the same question.
    await page.getByRole('button', { name: 'Mode animation', pressed: true }).click();
    await ask.waitFor();
    // Confirmed (from full screen): the mode closes, full screen with it, and the focus lands
    // on the step the pair is working on.
    await page.getByRole('button', { name: 'Plein écran' }).click();
    await page.getByRole('button', { name: 'Quitter le plein écran' }).waitFor();
    await page.getByRole('button', { name: 'Quitter le mode et oublier la liste' }).click();
    await page.getByRole('group', { name: 'Minuteur de l’étape' }).waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.fullscreenElement === null, undefined, { timeout: 5_000 });
    await focusReaches(page, { id: 'step-heading' }, 'the step heading');
    await context.close();
  });

  it('shares one session between two tabs: no pair dropped, no number given twice', async () => {
    const context = await newQualityContext(app.browser, { viewport: { width: 1280, height: 720 } });
    const first = await context.newPage();
    await first.goto(app.url);
    await first.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
    await first.locator('#step-heading').waitFor();
    await first.getByRole('button', { name: 'Mode animation' }).click();
    await nextPair(first, 'Terrena et Afdi', 1);
    // A second tab (the laptop beside the projector) opens a project while the first goes on.
    const second = await context.newPage();
    await second.goto(app.url);
    await nextPair(first, 'Lagazel et EdM', 2);
    // Its list read (the start-up done), it starts a project of its own.
    await second.getByRole('heading', { name: 'Projets sur cet appareil' }).waitFor();
    await second.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
    const list = (page: Page) => page.getByRole('region', { name: 'Binômes de la séance' }).getByRole('listitem');
    await list(second).nth(1).getByText('Binôme 2 — Lagazel et EdM').waitFor();
    // The second tab's next pair is the third, and the first tab sees it join.
    await nextPair(second, 'Paratronic et Corail', 3);
    await list(first).nth(2).getByText('Binôme 3 — Paratronic et Corail').waitFor();
    assert.deepEqual(
      (await list(first).allInnerTexts()).map((t) => t.split('\n')[0]?.trim()),
      ['Binôme 1 — Terrena et Afdi', 'Binôme 2 — Lagazel et EdM', 'Binôme 3 — Paratronic et Corail'],
    );
    await context.close();
  });

  it('a tab that switches the mode on joins the session under way instead of starting an empty one', async () => {
    const context = await newQualityContext(app.browser, { viewport: { width: 1280, height: 720 } });
    // The second tab is open before the workshop starts: it knows of no session.
    const second = await context.newPage();
    await second.goto(app.url);
    await second.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
    await second.locator('#step-heading').waitFor();
    const first = await context.newPage();
    await first.goto(app.url);
    await first.getByRole('heading', { name: 'Projets sur cet appareil' }).waitFor();
    await first.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
    await first.locator('#step-heading').waitFor();
    await first.getByRole('button', { name: 'Mode animation' }).click();
    await nextPair(first, 'Terrena et Afdi', 1);
    await second.getByRole('button', { name: 'Mode animation' }).click();
    const list = (page: Page) => page.getByRole('region', { name: 'Binômes de la séance' });
    await list(second).getByText('Binôme 1 — Terrena et Afdi').waitFor();
    // The first tab's list is whole too (the second tab's empty session wrote over it).
    await first.bringToFront();
    await list(first).getByText('Binôme 1 — Terrena et Afdi').waitFor();
    assert.equal(await list(first).getByText('Aucun binôme pour l’instant.').count(), 0);
    await context.close();
  });

  it('on a shared laptop, quitting can delete the session’s projects (only them), and the home screen undoes it', async () => {
    const context = await newQualityContext(app.browser, { viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(app.url);
    // A project of the device's own, before the workshop: it must stay.
    await page.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
    await page.locator('#step-heading').waitFor();
    await page.getByRole('button', { name: 'Mode animation' }).click();
    await nextPair(page, 'Terrena et Afdi', 1);
    await nextPair(page, 'Lagazel et EdM', 2);

    await page.getByRole('button', { name: 'Quitter le mode animation' }).click();
    await page.getByRole('button', { name: 'Quitter et supprimer de cet appareil les projets de la séance' }).click();
    const ask = page.getByRole('group', { name: /^Supprimer de cet appareil les 2\s?projets de la séance\s?\?$/ });
    await ask.waitFor();
    assert.match(await ask.innerText(), /Les autres projets de cet appareil ne sont pas touchés/);
    assert.deepEqual(formatFindings(await axe(page, 'delete the session’s projects')), '');
    await focusReaches(page, { text: 'Supprimer de cet appareil les 2' }, 'the question');
    // Saved first: the session's file holds both pairs' projects.
    const download = page.waitForEvent('download');
    await ask.getByRole('button', { name: 'Enregistrer la séance (un fichier)' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      pairs: { file: { project: { partners: { title: string } } } | null }[];
    };
    assert.deepEqual(
      file.pairs.map((p) => p.file?.project.partners.title),
      ['Binôme 1 — Terrena et Afdi', 'Binôme 2 — Lagazel et EdM'],
    );
    await ask
      .getByRole('status')
      .getByText(/Séance enregistrée/)
      .waitFor();
    // Or each pair's project on its own: one download, an archive of a file per pair (a file
    // each made the browser ask to allow several downloads).
    const downloads: string[] = [];
    const count = (d: { suggestedFilename(): string }) => downloads.push(d.suggestedFilename());
    page.on('download', count);
    const zipped = page.waitForEvent('download');
    await ask.getByRole('button', { name: 'Enregistrer le projet de chaque binôme (une archive .zip)' }).click();
    const archive = unzipSync(readFileSync(await (await zipped).path()));
    await ask
      .getByRole('status')
      .getByText(/^2 fichiers de projet enregistrés dans atelier-.*-projets\.zip\.$/)
      .waitFor();
    page.off('download', count);
    assert.equal(downloads.length, 1);
    assert.match(downloads[0] ?? '', /^atelier-\d{4}-\d\d-\d\d-projets\.zip$/);
    assert.deepEqual(
      Object.entries(archive).map(([name, bytes]) => [
        name,
        (JSON.parse(strFromU8(bytes)) as { project: { partners: { title: string } } }).project.partners.title,
      ]),
      [
        ['binome-1-terrena-et-afdi.cocharte.json', 'Binôme 1 — Terrena et Afdi'],
        ['binome-2-lagazel-et-edm.cocharte.json', 'Binôme 2 — Lagazel et EdM'],
      ],
    );
    // By keyboard.
    await ask.getByRole('button', { name: /^Supprimer les 2\s?projets et quitter$/ }).focus();
    await page.keyboard.press('Enter');

    // Home: said, the focus at the top, the pairs' projects gone and the device's own kept.
    const said = page.getByRole('status').filter({ hasText: /^2\s?projets de la séance supprimés de cet appareil\./ });
    await said.waitFor();
    assert.deepEqual(formatFindings(await axe(page, 'home after the session’s projects were deleted')), '');
    await focusReaches(page, { tag: 'H1' }, 'the page title');
    const list = page.getByRole('region', { name: 'Projets sur cet appareil' });
    await list.getByRole('listitem').first().waitFor();
    assert.equal(await list.getByRole('listitem').count(), 1);
    assert.equal(await list.getByText(/Binôme/).count(), 0);

    // « Annuler » brings both back.
    await page.getByRole('button', { name: /^Annuler la suppression des 2\s?projets$/ }).click();
    await list.getByRole('listitem').nth(2).waitFor();
    const titles = await list.innerText();
    assert.match(titles, /Binôme 1 — Terrena et Afdi/);
    assert.match(titles, /Binôme 2 — Lagazel et EdM/);
    assert.equal(await list.getByRole('listitem').count(), 3);
    assert.equal(await said.count(), 0);
    await focusReaches(page, { tag: 'H1' }, 'the page title');
    await context.close();
  });

  it('carries on another day on another laptop: the session file reopens, keeps the pair here, imports the other, and both open', async () => {
    const laptop = await newQualityContext(app.browser, { viewport: { width: 1280, height: 720 } });
    const page = await laptop.newPage();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
    await page.locator('#step-heading').waitFor();
    await page.getByRole('button', { name: 'Mode animation' }).click();
    await page.getByLabel('Durée de l’étape (minutes)').fill('35');
    await nextPair(page, 'Terrena et Afdi', 1);
    await nextPair(page, 'Lagazel et EdM', 2);
    // Before leaving, the facilitator saves the session and each pair's project.
    await page.getByRole('button', { name: 'Quitter le mode animation' }).click();
    await page.getByRole('button', { name: 'Quitter et supprimer de cet appareil les projets de la séance' }).click();
    const ask = page.getByRole('group', { name: /^Supprimer de cet appareil les 2/ });
    const sessionDownload = page.waitForEvent('download');
    await ask.getByRole('button', { name: 'Enregistrer la séance (un fichier)' }).click();
    const sessionFile = await (await sessionDownload).path();
    // Each pair's project: one archive, unzipped as the facilitator's computer would.
    const zipped = page.waitForEvent('download');
    await ask.getByRole('button', { name: 'Enregistrer le projet de chaque binôme (une archive .zip)' }).click();
    await ask
      .getByRole('status')
      .getByText(/^2\s?fichiers de projet enregistrés dans atelier-.*-projets\.zip\.$/)
      .waitFor();
    const zip = readFileSync(await (await zipped).path());
    const pairFiles = Object.values(unzipSync(zip));
    const titles = pairFiles.map(
      (bytes) => (JSON.parse(strFromU8(bytes)) as { project: { partners: { title: string } } }).project.partners.title,
    );
    assert.deepEqual([...titles].sort(), ['Binôme 1 — Terrena et Afdi', 'Binôme 2 — Lagazel et EdM']);
    // Kept before the laptop goes (its downloads go with it), as a USB stick would.
    const kept = (buffer: Buffer, name: string) => ({ name, mimeType: 'application/json', buffer });
    const pairOne = kept(
      Buffer.from(pairFiles[titles.indexOf('Binôme 1 — Terrena et Afdi')] ?? []),
      'binome-1.cocharte.json',
    );
    const session = kept(readFileSync(sessionFile), 'atelier-2026-11-30.cocharte-atelier.json');
    await laptop.close();

    // Another laptop: pair 1's project is opened from its file, then the session file.
    const other = await newQualityContext(app.browser, { viewport: { width: 1280, height: 720 } });
    const next = await other.newPage();
    await next.goto(app.url);
    const open = next.getByLabel('Ouvrir un fichier de projet (.cocharte.json)');
    // A damaged session file first: said, nothing changed.
    await open.setInputFiles({
      name: 'atelier.cocharte-atelier.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'cocharte-workshop', version: 1, pairs: [{ number: 0 }] })),
    });
    await next
      .getByRole('alert')
      .getByText(/endommagé ou a été modifié/)
      .waitFor();
    // The archive itself, not unzipped: said what to do.
    await open.setInputFiles({ name: 'atelier-2026-11-30-projets.zip', mimeType: 'application/zip', buffer: zip });
    await next
      .getByRole('alert')
      .getByText(/archive \.zip .*décompressez-la/)
      .waitFor();
    await open.setInputFiles(pairOne);
    await next.getByRole('heading', { level: 1, name: /Binôme 1 — Terrena et Afdi/ }).waitFor();
    await next.getByRole('button', { name: 'Mes projets' }).click();
    await next
      .getByRole('heading', { level: 1, name: 'La charte de votre partenariat, construite ensemble' })
      .waitFor();
    await next.getByLabel('Ouvrir un fichier de projet (.cocharte.json)').setInputFiles(session);
    const resume = next.getByRole('group', { name: /^Reprendre cette séance d’atelier\s?\?$/ });
    await resume.waitFor();
    const said = await resume.innerText();
    assert.match(said, /2 binômes, minuteur de 35 minutes par étape\./);
    assert.deepEqual(formatFindings(await axe(next, 'resume a session')), '');
    // Pair 1's project, here, is kept as it is; pair 2's is imported from its copy in the file.
    assert.match(
      said,
      /Projet déjà sur cet appareil, gardé tel qu’il est \(sa copie du fichier ne le remplace pas\)\s?: Binôme 1 — Terrena et Afdi\./,
    );
    assert.match(said, /Projet qui sera importé depuis le fichier de séance\s?: Binôme 2 — Lagazel et EdM\./);
    assert.doesNotMatch(said, /absent|\(s\)/);
    await resume.getByRole('button', { name: 'Reprendre la séance' }).press('Enter');

    // The latest pair, just imported, opens under the facilitator's view with the session's pairs.
    await next.getByRole('heading', { level: 1, name: /Binôme 2 — Lagazel et EdM/ }).waitFor();
    const region = next.getByRole('region', { name: 'Binômes de la séance' });
    await region.getByText(/^Projet\s?:\s?«\s?Binôme 1 — Terrena et Afdi\s?»$/).waitFor();
    assert.equal(await region.getByText('Projet absent de cet appareil').count(), 0);
    assert.equal(await next.getByLabel('Durée de l’étape (minutes)').inputValue(), '35');
    // The pairs' list opens the project kept here and the imported one, by keyboard.
    await region.getByRole('button', { name: 'Ouvrir le projet du binôme 1' }).press('Enter');
    await next.getByRole('heading', { level: 1, name: /Binôme 1 — Terrena et Afdi/ }).waitFor();
    await region.getByRole('button', { name: 'Ouvrir le projet du binôme 2' }).press('Enter');
    await next.getByRole('heading', { level: 1, name: /Binôme 2 — Lagazel et EdM/ }).waitFor();
    // It is in this browser's storage: it opens again after a reload.
    await next.reload();
    await next.getByRole('heading', { level: 1, name: /Binôme 2 — Lagazel et EdM/ }).waitFor();
    await other.close();
  });
});
