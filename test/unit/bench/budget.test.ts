/**
 * bench/budget.json is complete and sane, and the bench's budget check fails what is over it (the sizes
 * themselves are measured by `npm run bench`, which needs a build).
 */
import { describe, expect, it } from 'vitest';
import { BUDGET_KEYS, checkBudget, readBudget, type TargetSizes } from '../../../bench/sizes';

describe('bundle-size budget', () => {
  const budget = readBudget();

  it('has a raw and a gzip limit for every script group, gzip below raw', () => {
    for (const key of BUDGET_KEYS) {
      expect(budget[key].raw, key).toBeGreaterThan(0);
      expect(budget[key].gzip, key).toBeGreaterThan(0);
      expect(budget[key].gzip, key).toBeLessThan(budget[key].raw);
    }
  });

  it("keeps our own code a small share of the content script's budget", () => {
    expect(budget.contentScriptOwnCode.raw).toBeLessThan(budget.contentScript.raw / 2);
  });

  it('flags a group over budget in raw or gzip bytes, and passes one within it', () => {
    const within = { raw: 1, gzip: 1 };
    const target: TargetSizes = {
      target: 'chrome',
      files: [],
      groups: {
        contentScript: { raw: budget.contentScript.raw + 1, gzip: 1 },
        popup: within,
        background: { raw: 1, gzip: budget.background.gzip + 1 },
        allScripts: within,
        speechScript: within,
      },
    };
    const failing = checkBudget(budget, [target], within)
      .filter((c) => !c.ok)
      .map((c) => c.key);
    expect(failing.sort()).toEqual(['background', 'contentScript']);
  });
});
