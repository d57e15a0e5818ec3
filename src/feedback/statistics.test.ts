import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addCounts, summarize } from './statistics.ts';

/** Expected figures below are worked out by hand to 4 decimals. */
function near(actual: number | null, expected: number, label: string): void {
  assert.ok(actual !== null, `${label} is null`);
  assert.ok(Math.abs(actual - expected) < 5e-5, `${label}: expected ≈ ${expected}, got ${actual}`);
}

describe('summarize', () => {
  it('100 answers [10,10,20,30,30]: 60 of 100 satisfied → CSAT 0.6000 with Wilson 95% interval 0.5020–0.6906', () => {
    const s = summarize([10, 10, 20, 30, 30]);
    assert.equal(s.count, 100);
    near(s.csat, 0.6, 'csat');
    near(s.csatLow, 0.502, 'csatLow');
    near(s.csatHigh, 0.6906, 'csatHigh');
  });

  it('100 answers [10,10,20,30,30]: mean 3.6000, sample sd 1.2871, so 95% interval 3.6 ± 1.96·0.1287 = 3.3477–3.8523', () => {
    const s = summarize([10, 10, 20, 30, 30]);
    near(s.mean, 3.6, 'mean');
    near(s.meanLow, 3.3477, 'meanLow');
    near(s.meanHigh, 3.8523, 'meanHigh');
  });

  it('shares are each rating’s count over the total: 0.10, 0.10, 0.20, 0.30, 0.30', () => {
    assert.deepEqual(summarize([10, 10, 20, 30, 30]).shares, [0.1, 0.1, 0.2, 0.3, 0.3]);
  });

  it('a sample with no answers has count 0, every figure null and all shares 0', () => {
    assert.deepEqual(summarize([0, 0, 0, 0, 0]), {
      count: 0,
      csat: null,
      csatLow: null,
      csatHigh: null,
      mean: null,
      meanLow: null,
      meanHigh: null,
      shares: [0, 0, 0, 0, 0],
    });
  });

  it('10 answers all "Extremely satisfied": CSAT 1, upper bound exactly 1, lower bound 1/(1+z²/10) = 0.7225 — ten answers do not prove everyone is satisfied', () => {
    const s = summarize([0, 0, 0, 0, 10]);
    assert.equal(s.csat, 1);
    assert.equal(s.csatHigh, 1);
    near(s.csatLow, 0.7225, 'csatLow');
    assert.ok(s.csatLow! < 1);
  });

  it('10 identical answers: mean 5 and, with no spread, a mean interval of 5–5', () => {
    const s = summarize([0, 0, 0, 0, 10]);
    assert.equal(s.mean, 5);
    assert.equal(s.meanLow, 5);
    assert.equal(s.meanHigh, 5);
  });

  it('a single answer of 3 has mean 3 but no mean interval (no sample sd); CSAT 0 with Wilson interval 0.0000–0.7935', () => {
    const s = summarize([0, 0, 1, 0, 0]);
    assert.equal(s.count, 1);
    assert.equal(s.mean, 3);
    assert.equal(s.meanLow, null);
    assert.equal(s.meanHigh, null);
    assert.equal(s.csat, 0);
    assert.equal(s.csatLow, 0);
    near(s.csatHigh, 0.7935, 'csatHigh');
  });

  it('4 answers [0,1,1,2,0]: 2 of 4 satisfied → CSAT 0.5000; mean 3.2500 with sd 0.9574 → interval 2.3117–4.1883', () => {
    const s = summarize([0, 1, 1, 2, 0]);
    near(s.csat, 0.5, 'csat');
    near(s.mean, 3.25, 'mean');
    near(s.meanLow, 2.3117, 'meanLow');
    near(s.meanHigh, 4.1883, 'meanHigh');
  });

  it('a mean interval that the normal approximation would stretch past the scale (one 1, one 5: 3 ± 3.92) is clipped to 1–5', () => {
    const s = summarize([1, 0, 0, 0, 1]);
    assert.equal(s.mean, 3);
    assert.equal(s.meanLow, 1);
    assert.equal(s.meanHigh, 5);
  });

  it('refuses counts that are not five whole numbers ≥ 0', () => {
    assert.throws(() => summarize([1, 2, 3, 4]), RangeError);
    assert.throws(() => summarize([1, 2, 3, 4, 5, 6]), RangeError);
    assert.throws(() => summarize([1, -1, 0, 0, 0]), RangeError);
    assert.throws(() => summarize([1, 0.5, 0, 0, 0]), RangeError);
    assert.throws(() => summarize([1, Number.NaN, 0, 0, 0]), RangeError);
  });
});

describe('addCounts', () => {
  it('adds two samples rating by rating, so two days make a week', () => {
    assert.deepEqual(addCounts([1, 2, 3, 4, 5], [10, 0, 0, 0, 1]), [11, 2, 3, 4, 6]);
  });

  it('leaves both inputs unchanged', () => {
    const a = [1, 1, 1, 1, 1];
    const b = [2, 2, 2, 2, 2];
    addCounts(a, b);
    assert.deepEqual(a, [1, 1, 1, 1, 1]);
    assert.deepEqual(b, [2, 2, 2, 2, 2]);
  });

  it('refuses samples that are not five counts', () => {
    assert.throws(() => addCounts([1, 2, 3, 4, 5], [1, 2, 3]), RangeError);
  });
});
