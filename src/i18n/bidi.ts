import type { MessageVars } from './i18n';

// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko…, and their
// presentation forms).
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * The values of an interface sentence, each one holding right-to-left letters wrapped in
 * Unicode isolates (FSI … PDI): inside a French or English sentence, an Arabic name
 * otherwise pulls the punctuation and numbers next to it into its own direction
 * (« 4 500,50 : جمعية التعاون € »). Other values are left as they are. Screens only: the
 * documents lay out their own text (pdf/).
 */
export function isolateRightToLeft(vars: MessageVars | undefined): MessageVars | undefined {
  if (!vars) return vars;
  let out: MessageVars | undefined;
  for (const [name, value] of Object.entries(vars)) {
    if (typeof value !== 'string' || !RIGHT_TO_LEFT.test(value)) continue;
    out ??= { ...vars };
    out[name] = `\u2068${value}\u2069`;
  }
  return out ?? vars;
}
