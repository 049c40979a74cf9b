import { describe, expect, it } from 'vitest';
import { markTextChanges } from './text-diff';

const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const changed = (parts: { text: string; changed: boolean }[]) =>
  parts
    .filter((p) => p.changed)
    .map((p) => p.text.trim())
    .join(' | ');

describe('markTextChanges', () => {
  it('marks the words each side has that the other lacks, and keeps each text whole', () => {
    const local =
      'Chaque partenaire peut quitter le partenariat avec un préavis de trois mois, notifié par écrit aux autres.';
    const incoming =
      'Chaque partenaire peut quitter le partenariat avec un préavis de six mois, notifié par lettre recommandée aux autres.';
    const marked = markTextChanges(local, incoming)!;
    expect(joined(marked.local)).toBe(local);
    expect(joined(marked.incoming)).toBe(incoming);
    expect(changed(marked.local)).toBe('trois | écrit');
    expect(changed(marked.incoming)).toBe('six | lettre recommandée');
  });

  it('treats Vietnamese and Arabic words as words, not letter by letter', () => {
    const marked = markTextChanges('Réunion à Đà Nẵng avec Nguyễn Văn An.', 'Réunion à Huế avec Nguyễn Văn An.')!;
    expect(changed(marked.local)).toBe('Đà Nẵng');
    expect(changed(marked.incoming)).toBe('Huế');
    const arabic = markTextChanges('Contact : مريم بن علي, Tunis.', 'Contact : مريم الحداد, Tunis.')!;
    expect(changed(arabic.local)).toBe('بن علي');
    expect(changed(arabic.incoming)).toBe('الحداد');
  });

  it('keeps each side’s own spacing and line breaks where only the other side differs', () => {
    const local = 'Premier paragraphe.\n\nSecond  paragraphe, inchangé.';
    const incoming = 'Premier paragraphe. Second paragraphe, modifié.';
    const marked = markTextChanges(local, incoming)!;
    expect(joined(marked.local)).toBe(local);
    expect(joined(marked.incoming)).toBe(incoming);
    expect(changed(marked.local)).toBe('inchangé');
    expect(changed(marked.incoming)).toBe('modifié');
    // A marked passage never starts or ends with a space: the space is not the change.
    for (const part of [...marked.local, ...marked.incoming].filter((p) => p.changed)) {
      expect(part.text).toBe(part.text.trim());
    }
  });

  it('gives up marking when the texts share almost nothing (a rewrite reads better whole)', () => {
    expect(markTextChanges('Un texte entièrement différent.', 'Rien de commun ici, vraiment pas.')).toBeNull();
    expect(markTextChanges('', 'Nouveau texte.')).toBeNull();
  });

  it('gives up rather than hold the page on two long, very different texts', () => {
    const words = (seed: number) => Array.from({ length: 3000 }, (_, i) => `mot${(i * seed) % 997}`).join(' ');
    expect(markTextChanges(words(7), words(13))).toBeNull();
  });
});
