import { describe, expect, it } from 'vitest';
import { typedSignature } from '../../tests/fixtures/project';
import type { Locale } from '../i18n/i18n';
import { documentLanguageAfterSwitch } from './document-language';

const doc = (documentLanguage: Locale) => ({ documentLanguage, signatures: [] });

describe('the documents follow the interface language unless chosen apart', () => {
  it('follows a switch while they were in the interface’s language', () => {
    expect(documentLanguageAfterSwitch(doc('fr'), 'fr', 'en')).toBe('en');
    expect(documentLanguageAfterSwitch(doc('en'), 'en', 'fr')).toBe('fr');
  });

  it('stays put once chosen apart, or when nothing switched', () => {
    expect(documentLanguageAfterSwitch(doc('fr'), 'en', 'fr')).toBeNull();
    expect(documentLanguageAfterSwitch(doc('en'), 'fr', 'en')).toBeNull();
    expect(documentLanguageAfterSwitch(doc('fr'), 'fr', 'fr')).toBeNull();
  });

  it('stays put once a partner signed: the charter reads as it was signed', () => {
    expect(
      documentLanguageAfterSwitch({ documentLanguage: 'fr', signatures: [typedSignature('asso')] }, 'fr', 'en'),
    ).toBeNull();
  });
});
