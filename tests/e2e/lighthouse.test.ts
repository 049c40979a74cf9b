/**
 * Lighthouse inside `npm test`: performance ≥ 95, accessibility 100, best practices 100
 * (mobile preset, simulated throttling), against `vite preview` of the build.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserAvailable } from './harness';
import { TARGETS, printLighthouse, runLighthouse } from './lighthouse-run';

const run = browserAvailable();

describe('lighthouse', { skip: !run }, () => {
  it('meets the score targets', { timeout: 120_000 }, async () => {
    const result = await runLighthouse();
    printLighthouse(result);
    for (const [id, target] of Object.entries(TARGETS)) {
      assert.ok((result.scores[id] ?? 0) >= target, `lighthouse ${id} ${result.scores[id]} < ${target}; audits: ${result.failing.join('; ').slice(0, 1500)}`);
    }
  });
});
