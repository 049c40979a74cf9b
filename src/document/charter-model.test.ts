// @vitest-environment node
import { contentFingerprint } from '../domain/fingerprint';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { documentEn } from '../i18n/messages/document.en';
import { documentFr } from '../i18n/messages/document.fr';
import { createEmptyProject } from '../domain/new-project';
import { buildCharterModel } from './charter-model';
import { scheduledReviewDates } from '../domain/record-schedule';
import { buildRiskChecklistModel } from './risk-model';
import { makeSignedProject, makeProject } from '../testing/test-fixtures';
import { signedByAll } from '../../tests/fixtures/project';

const fr = createTranslator('fr');

describe('buildCharterModel', () => {
  it('numbers the articles in sequence and ends with the signatures', () => {
    const model = buildCharterModel(makeProject(), fr, 'fr');
    expect(model.articles.map((a) => a.number)).toEqual(model.articles.map((_, i) => i + 1));
    expect(model.articles.at(-1)?.id).toBe('signatures');
    expect(model.articles[0]?.heading).toBe('Article 1 — Les parties');
  });

  it('leaves empty optional parts out of a fresh draft', () => {
    const model = buildCharterModel(createEmptyProject(new Date('2026-01-01T00:00:00Z')), fr, 'fr');
    expect(model.articles.map((a) => a.id)).toEqual(['signatures']);
    expect(model.cover.status).toBe('PROJET — non signable');
    expect(JSON.stringify(model)).not.toMatch(/"value":""/);
  });

  it('translates catalogue ids and resolves partner names', () => {
    const model = buildCharterModel(makeProject(), createTranslator('en'), 'en');
    const text = JSON.stringify(model);
    expect(text).toContain('Skills-based philanthropy');
    expect(text).toContain('Partner in the South');
    expect(text).not.toMatch(/partnershipKind\.|riskCategory\.|doc\./);
    const risks = model.articles.find((a) => a.id === 'risks');
    expect(risks?.blocks.some((b) => b.type === 'riskMatrix')).toBe(true);
  });

  it('says where each partner’s contact people are (France, the project’s country), not « here » and « there », which read otherwise from the South', () => {
    const fr = JSON.stringify(buildCharterModel(makeProject(), createTranslator('fr'), 'fr'));
    expect(fr).toContain('Personnes-ressources en France');
    expect(fr).toContain('Personnes-ressources dans le pays du projet');
    expect(fr).not.toMatch(/Personnes-ressources (ici|là-bas)/);
    const en = JSON.stringify(buildCharterModel(makeProject(), createTranslator('en'), 'en'));
    expect(en).toContain('Contact people in France');
    expect(en).toContain('Contact people in the project’s country');
  });

  it('counts only signatures given on this version', async () => {
    const { project, fingerprint } = await makeSignedProject();
    expect(buildCharterModel(project, fr, 'fr', { fingerprint }).cover.signedCount).toBe(2);
    // The same signatures on a text edited since (by hand in the file, say) do not count.
    const edited = { ...project, framework: { ...project.framework, exit: 'Autre clause.' } };
    const other = buildCharterModel(edited, fr, 'fr', { fingerprint: 'f'.repeat(64) });
    expect(other.cover.signedCount).toBe(0);
    expect(other.signatures.slots[0]?.signed?.otherVersionNote).toMatch(/autre version/);
  });

  it('never counts one signature for two partners that share an id', async () => {
    const { project } = await makeSignedProject();
    const [first, second, ...rest] = project.partners.partners;
    const twins = {
      ...project,
      partners: { ...project.partners, partners: [first!, { ...second!, id: first!.id }, ...rest] },
    };
    const signatures = [
      { ...project.signatures[0]!, partnerId: first!.id, fingerprint: await contentFingerprint(twins) },
    ];
    const model = buildCharterModel({ ...twins, signatures }, fr, 'fr', {
      fingerprint: await contentFingerprint(twins),
    });
    expect(model.cover.signedCount).toBe(0);
  });

  it('colours its cover status as it reads: signed only when every partner signed a complete text, or the text is in force', async () => {
    const { project, fingerprint } = await makeSignedProject();
    const all = signedByAll(project);
    expect(buildCharterModel(project, fr, 'fr', { fingerprint }).cover.tone).toBe('pending');
    expect(buildCharterModel(all, fr, 'fr', { fingerprint }).cover.tone).toBe('signed');
    expect(buildCharterModel(all, fr, 'fr', { fingerprint, inForce: { amendments: 1 } }).cover.tone).toBe('signed');
    // Signed on a text that misses what signing needs (a hand-edited file): the cover says draft, in red.
    const incomplete = signedByAll({ ...all, partners: { ...all.partners, title: '' } });
    const model = buildCharterModel(incomplete, fr, 'fr', { fingerprint: await contentFingerprint(incomplete) });
    expect(model.cover.status).toBe(model.draft?.banner);
    expect(model.cover.tone).toBe('draft');
  });

  it('places each risk in its matrix cell', () => {
    const model = buildRiskChecklistModel(makeProject(), fr, 'fr', { fingerprint: '' });
    const cell = model.matrix.cells.find((c) => c.likelihood === 3 && c.severity === 4);
    expect(cell).toMatchObject({ level: 'critical', riskNumbers: [2] });
    expect(model.matrix.cells).toHaveLength(16);
  });

  it('builds a timeline with the milestones and review dates', () => {
    const model = buildCharterModel(makeProject(), fr, 'fr');
    const timeline = model.articles.flatMap((a) => a.blocks).find((b) => b.type === 'timeline');
    expect(timeline).toBeDefined();
    if (timeline?.type !== 'timeline') return;
    expect(timeline.events.filter((e) => e.kind === 'milestone').map((e) => e.marker)).toEqual(['1', '2', '3']);
    expect(timeline.events.filter((e) => e.kind === 'review').length).toBeGreaterThan(4);
    expect(timeline.to).toBe('2029-03-31');
  });

  it('draws the partnership reviews the record will schedule: twelve without an end of term, none after the end', () => {
    const project = makeProject();
    const reviews = (followUp: Partial<typeof project.followUp>) => {
      const model = buildCharterModel({ ...project, followUp: { ...project.followUp, ...followUp } }, fr, 'fr');
      const timeline = model.articles.flatMap((a) => a.blocks).find((b) => b.type === 'timeline');
      return timeline?.type === 'timeline'
        ? timeline.events.filter((e) => e.kind === 'review' && e.marker === '').map((e) => e.date)
        : [];
    };
    const open = {
      reviewFrequency: 'monthly' as const,
      endDate: '',
      durationMonths: null,
      milestones: [{ ...project.followUp.milestones[0]!, date: '2028-04-01' }],
    };
    const noEnd = { ...project, followUp: { ...project.followUp, ...open } };
    expect(reviews(open)).toEqual(scheduledReviewDates(noEnd));
    expect(reviews(open)).toHaveLength(12);
    // A milestone set after the end of term stretches the axis, not the partnership.
    const late = { milestones: [{ ...project.followUp.milestones[0]!, date: '2030-06-01' }] };
    expect(reviews(late).every((d) => d <= '2029-03-31')).toBe(true);
  });

  it('draws the timeline of a date typed with a two-digit or mistyped year instead of failing the documents', () => {
    // A date field left with « 15/03/20 » holds 0020-03-15; « 9999 » a key held down. Both are
    // calendar dates the review flags (outside the period), and the charter (PDF, Word, web
    // page) must still be drawn so the partners can read and mend it.
    const project = makeProject();
    for (const date of ['0020-03-15', '9999-12-31']) {
      const milestones = [{ ...project.followUp.milestones[0]!, date }];
      const model = buildCharterModel({ ...project, followUp: { ...project.followUp, milestones } }, fr, 'fr');
      const timeline = model.articles.flatMap((a) => a.blocks).find((b) => b.type === 'timeline');
      if (timeline?.type !== 'timeline') throw new Error(`no timeline for ${date}`);
      expect(timeline.events.map((e) => e.date)).toContain(date);
      // Every tick is a real date within the axis, and few enough to be read.
      for (const tick of timeline.ticks) {
        expect(tick.date).toMatch(/^\d{4}-\d{2}-01$/);
        expect(tick.date >= timeline.from && tick.date <= timeline.to).toBe(true);
      }
      expect(timeline.ticks.length).toBeGreaterThan(1);
      expect(timeline.ticks.length).toBeLessThanOrEqual(40);
    }
  });
});

describe('document messages', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(documentEn).sort()).toEqual(Object.keys(documentFr).sort());
  });

  it('follow French typography', () => {
    for (const [key, value] of Object.entries(documentFr)) {
      expect(value, key).not.toContain("'");
      expect(value, key).not.toMatch(/ [:;!?]/);
      expect(value, key).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
    }
  });
});
