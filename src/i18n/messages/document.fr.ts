// Fixed texts of the generated documents (charter, risk checklist), in French.
export const documentFr = {
  'doc.charterTitle': 'Charte de partenariat',
} as const;

export type DocumentKey = keyof typeof documentFr;
