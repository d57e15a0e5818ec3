import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { granularityFor, groupCounts, periodCount, periodStart, trend } from './report.ts';
import { boundForDashboard, type DashboardFilter } from './report-filter.ts';
import { splitPeriod } from './reports.repository.ts';

describe('dashboard report', () => {
  it('adds up answers per group and puts the largest group first', () => {
    const groups = groupCounts([
      { key: 'fr', rating: 5, answers: 2 },
      { key: 'en', rating: 1, answers: 3 },
      { key: 'en', rating: 4, answers: 1 },
    ]);
    assert.deepEqual(
      groups.map((g) => [g.key, g.counts]),
      [
        ['en', [3, 0, 0, 1, 0]],
        ['fr', [0, 0, 0, 0, 2]],
      ],
    );
    assert.equal(groups[0]!.summary.csat, 0.25);
  });

  it('starts weeks on Monday and months on the first', () => {
    assert.equal(periodStart('2026-11-29', 'week'), '2026-11-23');
    assert.equal(periodStart('2026-11-23', 'week'), '2026-11-23');
    assert.equal(periodStart('2026-11-29', 'month'), '2026-11-01');
  });

  it('keeps periods without answers in the trend as gaps', () => {
    const points = trend(
      [
        { key: '2026-11-02', rating: 5, answers: 4 },
        { key: '2026-11-20', rating: 1, answers: 1 },
      ],
      '2026-11-01',
      '2026-11-30',
      'week',
    );
    assert.deepEqual(
      points.map((p) => p.key),
      ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'],
    );
    assert.deepEqual(
      points.map((p) => p.summary.count),
      [0, 4, 0, 1, 0, 0],
    );
    assert.equal(points[0]!.summary.csat, null);
  });

  it('chooses days for a month, weeks for a year and months beyond', () => {
    assert.equal(granularityFor('2026-11-01', '2026-11-30'), 'day');
    assert.equal(granularityFor('2026-01-01', '2026-12-31'), 'week');
    assert.equal(granularityFor('2024-01-01', '2026-12-31'), 'month');
  });
});

describe('bounding what a dashboard draws', () => {
  const asked = (from: string, to: string, granularity: DashboardFilter['granularity']): DashboardFilter => ({
    from,
    to,
    granularity,
    language: null,
    sectionId: null,
    q: '',
  });

  it('counts periods as the trend lists them', () => {
    for (const granularity of ['day', 'week', 'month'] as const)
      assert.equal(periodCount('2025-11-13', '2026-03-02', granularity), trend([], '2025-11-13', '2026-03-02', granularity).length, granularity);
  });

  it('moves a start more than ten years back forward and draws months rather than thousands of days', () => {
    assert.deepEqual(boundForDashboard(asked('1927-01-01', '2026-12-31', 'day')), {
      filter: asked('2017-01-01', '2026-12-31', 'month'),
      askedFrom: '1927-01-01',
      askedGranularity: 'day',
    });
    assert.deepEqual(boundForDashboard(asked('2024-01-01', '2026-12-31', 'day')).filter.granularity, 'week', 'three years of weeks fit');
    assert.deepEqual(boundForDashboard(asked('2026-01-01', '2026-12-31', 'day')), {
      filter: asked('2026-01-01', '2026-12-31', 'day'),
      askedFrom: null,
      askedGranularity: null,
    });
  });
});

describe('splitting a period for the rollups', () => {
  it('reads whole months from month rollups and the days at either end from day rollups', () => {
    assert.deepEqual(splitPeriod('2025-11-15', '2026-02-10'), {
      months: ['2025-12', '2026-01'],
      days: [
        ['2025-11-15', '2025-11-30'],
        ['2026-02-01', '2026-02-10'],
      ],
    });
    assert.deepEqual(splitPeriod('2026-01-01', '2026-02-28'), { months: ['2026-01', '2026-02'], days: [] });
    assert.deepEqual(splitPeriod('2026-02-03', '2026-02-20'), { months: null, days: [['2026-02-03', '2026-02-20']] });
    assert.deepEqual(splitPeriod('2026-01-31', '2026-03-01'), {
      months: ['2026-02', '2026-02'],
      days: [
        ['2026-01-31', '2026-01-31'],
        ['2026-03-01', '2026-03-01'],
      ],
    });
  });
});
