/**
 * Where each piece of guidance comes from. Cocharte speaks for a guide and for studies it
 * did not write: every item of guidance carries one of these so the UI can say whose
 * words they are, and so the app's own advice is never presented as the guide's.
 *
 * The five documents are the seeds in `shared/seeds/` (000 to 004); their full reference
 * (title, publisher, date, what each contributed) is in SOURCE_DOCUMENTS and on the
 * "About the sources" page (src/about).
 */

/** The source documents, in seed order. */
export const SOURCE_DOCS = ['guide', 'resacoop', 'rameau-convergences', 'rameau-typology', 'rameau-economic'] as const;
export type SourceDoc = (typeof SOURCE_DOCS)[number];

export type Source =
  | {
      doc: SourceDoc;
      /**
       * A heading of the document, spelt as in the document, so a reader can find the
       * passage. An optional precision may follow after " — " (e.g. which worked case).
       */
      section: string;
    }
  /**
   * Cocharte's own words, never the sources'. Without a kind: a suggestion (a practice of
   * the field, not something the sources say). 'note': the app stating a fact about the
   * user's project or about itself (an example's figures are invented, two dates
   * contradict each other), which is not advice. 'legal': a proposed clause or its plain
   * explanation, which is not legal advice and is to be checked by a lawyer.
   */
  | { doc: 'cocharte'; kind?: CocharteKind };

/** The kinds of Cocharte's own words beside its suggestions (see Source). */
export const COCHARTE_KINDS = ['note', 'legal'] as const;
export type CocharteKind = (typeof COCHARTE_KINDS)[number];

/** A suggestion of Cocharte's, not the guide's. */
export const COCHARTE: Source = { doc: 'cocharte' };
/** A note of fact from Cocharte about the project or the app: no advice, no source to cite. */
export const COCHARTE_NOTE: Source = { doc: 'cocharte', kind: 'note' };
/** A legal proposal of Cocharte's (a clause, its explanation), to be checked by a lawyer. */
export const COCHARTE_LEGAL: Source = { doc: 'cocharte', kind: 'legal' };

/** The seed file each document was read from (shared/seeds/), for the audit test. */
export const SEED_FILES: Readonly<Record<SourceDoc, string>> = {
  guide: '000_e52300af04de5481.txt',
  resacoop: '001_846c7378b2492fc5.txt',
  'rameau-convergences': '002_b8185dff5122211e.txt',
  'rameau-typology': '003_ee71872f054f4ca0.txt',
  'rameau-economic': '004_28b88d783515c4fb.txt',
};

/**
 * The headings a source may cite, per document, as they appear in the seeds. The content
 * audit test checks every cited section against this list, and, when the seeds are at
 * hand, that each heading really is in its document.
 */
export const SEED_SECTIONS = {
  guide: [
    'Éditorial',
    'Profil des entreprises engagées',
    'Quelles motivations à construire des partenariats ?',
    'Les freins au développement de partenariats',
    'Les premières étapes de la coopération',
    'Identifier les partenaires',
    'Exposer ses motivations et apprendre à se connaître',
    'Poser et partager le cadre',
    'Programmer le suivi dans le temps',
    'Envisager tous les impacts',
    'Pratiques inspirantes pour l’export vers le Sud',
    'Pratiques inspirantes pour l’import vers la France',
    'Impacts dans les pays du Sud',
    'Impacts sur les associations',
    'Impacts sur les entreprises en France',
    'Méthodologie et remerciements',
    'Un réseau qui facilite l’émergence de partenariats multi-acteurs',
  ],
  resacoop: [
    'Zoom sur initiative',
    'Le contexte',
    'En pratique',
    'Les principales réalisations',
    'Une synergie de compétences',
    'Un partenariat équilibré',
    'Des partenaires proches',
    'et complémentaires',
    'La solidarité internationale en commun',
    'Les idées-forces',
    'Des structures passerelles',
  ],
  'rameau-convergences': [
    'L’impact partenarial sur les territoires et l’innovation sociétale',
    'Le 17ème objectif des ODD : un changement de paradigme',
    'Enjeux et perspectives des alliances entre ONG et les entreprises',
  ],
  'rameau-typology': [
    'L’émergence de nouvelles formes d’alliances',
    'Les réalités partenariales entre associations et entreprises : différents types de partenariats',
  ],
  'rameau-economic': [
    'Les pratiques partenariales des entreprises',
    'La coopération économique, qu’est-ce que c’est ?',
    'La coopération économique, quelle mise en œuvre ?',
    'La coopération économique, quels acteurs ?',
    'La coopération économique, quelles raisons d’engagement pour l’entreprise ?',
    'La coopération économique, quels chiffres clefs ?',
    'La coopération économique, quels liens avec le territoire ?',
  ],
} as const satisfies Record<SourceDoc, readonly string[]>;

/** The heading part of a section (before an optional " — precision"). */
export function sectionHeading(section: string): string {
  return section.split(' — ')[0]!.trim();
}

/** A source that cites a section of one of the documents. */
export function from<D extends SourceDoc>(
  doc: D,
  section: (typeof SEED_SECTIONS)[D][number] | `${(typeof SEED_SECTIONS)[D][number]} — ${string}`,
): Source {
  return { doc, section };
}

/** The guide, at one of its headings. */
export const guide = (section: Parameters<typeof from<'guide'>>[1]) => from('guide', section);
/** The RESACOOP workshop report, at one of its headings. */
export const resacoop = (section: Parameters<typeof from<'resacoop'>>[1]) => from('resacoop', section);

/**
 * The reference of each document as published: titles and publishers are proper names and
 * stay in French; dates and contributions are told in about.fr.ts / about.en.ts
 * (`about.doc.<doc>.date`, `about.doc.<doc>.gave`), since the documents date themselves
 * more or less precisely.
 */
export interface SourceDocument {
  doc: SourceDoc;
  title: string;
  publisher: string;
  /** The address the document itself gives, if any. */
  url?: string;
}

export const SOURCE_DOCUMENTS: readonly SourceDocument[] = [
  {
    doc: 'guide',
    title:
      'Coopération internationale\u00a0: associations et entreprises — guide & pratiques inspirantes en Pays de la Loire',
    publisher: 'Pays de la Loire Coopération Internationale',
    url: 'https://www.paysdelaloire-cooperation-internationale.org',
  },
  {
    doc: 'resacoop',
    title: 'La coopération internationale solidaire, vecteur d’action économique',
    publisher: 'RESACOOP (Auvergne-Rhône-Alpes)',
    url: 'https://www.resacoop.org',
  },
  {
    doc: 'rameau-convergences',
    title: 'Coopération entreprises et acteurs solidaires\u00a0: l’impact des alliances innovantes',
    publisher: 'Le RAMEAU',
  },
  {
    doc: 'rameau-typology',
    title: 'L’ODD 17 en pratique\u00a0: des exemples d’alliances en France',
    publisher: 'Le RAMEAU',
    url: 'https://www.odd17.org',
  },
  {
    doc: 'rameau-economic',
    title: 'Fiche pratique du «\u00a0faire alliance\u00a0»\u00a0: la coopération économique en pratiques',
    publisher: 'Le RAMEAU',
    url: 'https://www.odd17.org',
  },
];

/** The guide's publisher's contact, as printed on its back cover (000). */
export const REGIONAL_NETWORK_CONTACT = {
  name: 'Pays de la Loire Coopération Internationale',
  url: 'https://www.paysdelaloire-cooperation-internationale.org',
  email: 'contact@paysdelaloire-cooperation-internationale.org',
  phone: '02 41 35 93 00',
} as const;
