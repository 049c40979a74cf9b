// Writes biome.json from the layer table (docs/architecture.md): `node src/tools/generate-biome-config.mjs`.
import fs from 'node:fs';
const ALL = [
  ...new Set([
    ...fs
      .readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
    'signing',
    'docx',
    'about',
    'record',
  ]),
];
const below = {
  lib: [],
  assets: [],
  i18n: ['lib'],
  content: ['i18n', 'lib'],
  schemas: ['content', 'lib', 'i18n'],
  domain: ['schemas', 'content', 'lib', 'i18n'],
  document: ['domain', 'schemas', 'content', 'i18n', 'lib'],
  signing: ['document', 'domain', 'schemas', 'content', 'i18n', 'lib'],
  pdf: ['document', 'domain', 'schemas', 'content', 'i18n', 'lib', 'assets', 'signing'],
  docx: ['document', 'domain', 'schemas', 'content', 'i18n', 'lib'],
  calendar: ['document', 'domain', 'schemas', 'content', 'i18n', 'lib'],
  persistence: ['domain', 'schemas', 'content', 'i18n', 'lib', 'signing'],
  machine: [
    'domain',
    'schemas',
    'content',
    'i18n',
    'lib',
    'persistence',
    'pdf',
    'document',
    'calendar',
    'docx',
    'signing',
  ],
  components: ['i18n', 'lib'],
  pwa: ['i18n', 'components', 'lib'],
  examples: ['domain', 'schemas', 'content', 'i18n', 'lib'],
};
const feature = [
  'components',
  'i18n',
  'machine',
  'domain',
  'schemas',
  'content',
  'lib',
  'document',
  'examples',
  'calendar',
  'guide-ui',
  'charter-view',
  'signing',
];
for (const f of ['steps', 'guide-ui', 'facilitator', 'charter-view', 'merge', 'about', 'record'])
  below[f] = feature.filter((x) => x !== f);
below['charter-view'] = [...below['charter-view']];
const top = ['app', 'cli', 'tools', 'testing'];
const overrides = [];
const msg = (from) =>
  `Layers (docs/architecture.md): ${from}/ may import only ${below[from].join(', ') || 'nothing app-specific'}.`;
for (const from of Object.keys(below)) {
  const banned = ALL.filter((d) => d !== from && !below[from].includes(d) && d !== 'testing');
  const group = banned.flatMap((d) => [`**/${d}/**`, `**/${d}`]);
  const patterns = [{ group: [...group], message: msg(from) }];
  patterns.push({ group: ['**/testing/**', '**/tests/**'], message: 'Production code never imports test helpers.' });
  if (from === 'steps') {
    // one override per step folder: never another step
    const steps = fs.readdirSync('src/steps').filter((s) => s !== 'common');
    for (const s of steps) {
      overrides.push({
        includes: [`src/steps/${s}/**`, '!**/*.test.*'],
        linter: {
          rules: {
            style: {
              noRestrictedImports: {
                level: 'error',
                options: {
                  patterns: [
                    ...patterns,
                    {
                      group: steps.filter((o) => o !== s).map((o) => `../${o}/**`),
                      message: 'A step never imports another step: shared parts live in steps/common.',
                    },
                  ],
                },
              },
            },
          },
        },
      });
    }
    overrides.push({
      includes: ['src/steps/common/**', '!**/*.test.*'],
      linter: {
        rules: {
          style: {
            noRestrictedImports: {
              level: 'error',
              options: {
                patterns: [
                  ...patterns,
                  {
                    group: steps.map((o) => `../${o}/**`),
                    message: 'steps/common is shared by steps and imports none of them.',
                  },
                ],
              },
            },
          },
        },
      },
    });
    continue;
  }
  overrides.push({
    includes: [`src/${from}/**`, '!**/*.test.*'],
    linter: { rules: { style: { noRestrictedImports: { level: 'error', options: { patterns } } } } },
  });
}
for (const from of ['app'])
  overrides.push({
    includes: [`src/${from}/**`, '!**/*.test.*'],
    linter: {
      rules: {
        style: {
          noRestrictedImports: {
            level: 'error',
            options: {
              patterns: [
                { group: ['**/testing/**', '**/tests/**'], message: 'Production code never imports test helpers.' },
              ],
            },
          },
        },
      },
    },
  });
const config = {
  $schema: './node_modules/@biomejs/biome/configuration_schema.json',
  vcs: { enabled: true, clientKind: 'git', useIgnoreFile: true },
  files: {
    includes: [
      'src/**',
      'tests/**',
      '*.ts',
      '*.json',
      '!**/*.cocharte.json',
      '!src/assets',
      '!package-lock.json',
      '!tests/fixtures/project-files',
    ],
  },
  formatter: { enabled: true, indentStyle: 'space', indentWidth: 2, lineWidth: 120 },
  javascript: {
    formatter: { quoteStyle: 'single', jsxQuoteStyle: 'double', trailingCommas: 'all', semicolons: 'always' },
  },
  css: { formatter: { enabled: true } },
  assist: { enabled: false },
  linter: {
    enabled: true,
    rules: {
      preset: 'none',
      correctness: { noUnusedImports: 'error' },
      suspicious: { noDebugger: 'error', noFocusedTests: 'error' },
    },
  },
  overrides,
};
fs.writeFileSync('biome.json', JSON.stringify(config, null, 2) + '\n');
