import { describe, expect, it } from 'vitest';
import { documentLanguageAfterSwitch } from './document-language';

describe('the documents follow the interface language unless chosen apart', () => {
  it('follows a switch while they were in the interface’s language', () => {
    expect(documentLanguageAfterSwitch('fr', 'fr', 'en')).toBe('en');
    expect(documentLanguageAfterSwitch('en', 'en', 'fr')).toBe('fr');
  });

  it('stays put once chosen apart, or when nothing switched', () => {
    expect(documentLanguageAfterSwitch('fr', 'en', 'fr')).toBeNull();
    expect(documentLanguageAfterSwitch('en', 'fr', 'en')).toBeNull();
    expect(documentLanguageAfterSwitch('fr', 'fr', 'fr')).toBeNull();
  });
});
