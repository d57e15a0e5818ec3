import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { type DistributionBar, DistributionChart, TrendChart, type TrendPoint } from './charts.tsx';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const formatPercent = (share: number) => percent.format(share);
const formatNumber = (n: number) => n.toLocaleString('en');

const bars: DistributionBar[] = [
  { label: 'Extremely dissatisfied', count: 10, share: 0.1 },
  { label: 'Dissatisfied', count: 10, share: 0.1 },
  { label: 'Neutral', count: 20, share: 0.2 },
  { label: 'Satisfied', count: 30, share: 0.3 },
  { label: 'Extremely satisfied', count: 1230, share: 0.3 },
];

function point(label: string, csat: number | null): TrendPoint {
  return csat === null
    ? { label, csat: null, low: null, high: null, count: 0 }
    : { label, csat, low: Math.max(0, csat - 0.1), high: Math.min(1, csat + 0.1), count: 40 };
}

const weeks = [point('W1', 0.5), point('W2', 0.62), point('W3', null), point('W4', 0.71), point('W5', 0.84)];

function distribution(dir: 'ltr' | 'rtl', chartBars = bars): string {
  return renderToString(
    <DistributionChart
      id="dist"
      title="Answers"
      description="How visitors rated the site"
      dir={dir}
      bars={chartBars}
      formatPercent={formatPercent}
      formatNumber={formatNumber}
    />,
  );
}

function trend(points: TrendPoint[], dir: 'ltr' | 'rtl' = 'ltr'): string {
  return renderToString(
    <TrendChart
      id="trend"
      title="Satisfaction by week"
      description="Share satisfied"
      dir={dir}
      points={points}
      formatPercent={formatPercent}
      emptyText="No answers yet"
    />,
  );
}

/** The visible texts of the chart, in document order (the tooltips' <title>s are left out). */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

function markerXs(svg: string): number[] {
  return [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
}

function assertLabelledImage(svg: string, id: string, title: string): void {
  assert.match(svg, /^<svg [^>]*role="img"/);
  assert.match(svg, new RegExp(`aria-labelledby="${id}-title ${id}-desc"`));
  assert.ok(svg.includes(`<title id="${id}-title">${title}</title>`));
  assert.match(svg, new RegExp(`<desc id="${id}-desc">`));
}

describe('DistributionChart', () => {
  it('is an image named by its title and description, scaling to the width of a phone', () => {
    const svg = distribution('ltr');
    assertLabelledImage(svg, 'dist', 'Answers');
    assert.match(svg, /^<svg [^>]*viewBox="0 0 \d+ \d+" width="100%"/);
  });

  it('writes every answer’s label and "count (share)" as text, formatted by the page’s formatters', () => {
    const shown = texts(distribution('ltr'));
    for (const bar of bars) assert.ok(shown.includes(bar.label), `label ${bar.label}`);
    for (const value of ['10 (10%)', '20 (20%)', '30 (30%)', '1,230 (30%)']) assert.ok(shown.includes(value), `value ${value}`);
  });

  it('draws one bar per answer, longer for a larger share, and still a sliver for a tiny non-zero share', () => {
    const svg = distribution('ltr', [
      { label: 'a', count: 0, share: 0 },
      { label: 'b', count: 1, share: 0.0001 },
      { label: 'c', count: 9999, share: 0.9999 },
    ]);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.equal(widths.length, 3);
    assert.equal(widths[0], 0);
    assert.ok(widths[1]! >= 1);
    assert.ok(widths[2]! > widths[1]!);
  });

  it('in rtl puts the labels on the right and grows the bars leftwards', () => {
    const labelX = (svg: string) => Number(/<text x="([\d.]+)"[^>]*>Neutral</.exec(svg)![1]);
    const ltr = distribution('ltr');
    const rtl = distribution('rtl');
    assert.match(rtl, /direction="rtl"/);
    assert.ok(labelX(rtl) > labelX(ltr));
    assert.ok(labelX(rtl) > 400, 'label at the right edge');
    // The bars start at the axis: its left side in ltr, its right side in rtl.
    const axis = (svg: string) => Number(/<line x1="([\d.]+)"/.exec(svg)![1]);
    const firstBar = (svg: string) => /<rect x="([\d.]+)" [^>]*width="([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [number, number];
    assert.equal(firstBar(ltr)[0], axis(ltr));
    assert.equal(firstBar(rtl)[0] + firstBar(rtl)[1], axis(rtl));
  });

  it('escapes labels, so a label cannot inject markup', () => {
    const svg = distribution('ltr', [{ label: '<script>alert(1)</script>', count: 1, share: 1 }]);
    assert.ok(!svg.includes('<script>'));
    assert.ok(svg.includes('&lt;script>alert(1)&lt;/script>'));
  });
});

describe('TrendChart', () => {
  it('is an image named by its title and description', () => {
    assertLabelledImage(trend(weeks), 'trend', 'Satisfaction by week');
  });

  it('labels the vertical axis 0%, 25%, 50%, 75% and 100%', () => {
    const shown = texts(trend(weeks));
    for (const tick of ['0%', '25%', '50%', '75%', '100%']) assert.ok(shown.includes(tick), tick);
  });

  it('writes every period and every CSAT value as text next to its marker', () => {
    const svg = trend(weeks);
    const shown = texts(svg);
    for (const label of ['W1', 'W2', 'W3', 'W4', 'W5']) assert.ok(shown.includes(label), label);
    for (const value of ['50%', '62%', '71%', '84%']) assert.ok(shown.includes(value), value);
    assert.equal(markerXs(svg).length, 4, 'one marker per period with answers');
  });

  it('draws the 95% interval as a whisker per period with answers', () => {
    assert.equal([...trend(weeks).matchAll(/<path d="M/g)].length, 4);
  });

  it('leaves a gap for a period without answers instead of joining across it', () => {
    const lines = [...trend(weeks).matchAll(/<polyline points="([^"]+)"/g)].map((m) => m[1]!.split(' ').length);
    assert.deepEqual(lines, [2, 2]);
  });

  it('runs time left to right in ltr and right to left in rtl', () => {
    const ltr = markerXs(trend(weeks, 'ltr'));
    const rtl = markerXs(trend(weeks, 'rtl'));
    assert.ok(ltr[0]! < ltr.at(-1)!);
    assert.ok(rtl[0]! > rtl.at(-1)!);
    assert.match(trend(weeks, 'rtl'), /direction="rtl"/);
  });

  it('renders a single period as one labelled marker', () => {
    const svg = trend([point('March', 0.75)]);
    assert.equal(markerXs(svg).length, 1);
    assert.ok(texts(svg).includes('March'));
    assert.equal(texts(svg).filter((t) => t === '75%').length, 2, 'the 75% gridline and the value');
  });

  it('with no periods shows the "no data" text in an image that is still titled', () => {
    const svg = trend([]);
    assertLabelledImage(svg, 'trend', 'Satisfaction by week');
    assert.deepEqual(texts(svg), ['No answers yet']);
    assert.equal(markerXs(svg).length, 0);
  });

  it('with 90 days shows at most 8 date labels, so they never overlap, yet keeps every value in a tooltip', () => {
    const days = Array.from({ length: 90 }, (_, i) => point(`Day ${i + 1}`, (i % 50) / 50));
    const svg = trend(days);
    const dateLabels = texts(svg).filter((t) => t.startsWith('Day '));
    assert.ok(dateLabels.length >= 2 && dateLabels.length <= 8, `${dateLabels.length} labels`);
    assert.equal(dateLabels[0], 'Day 1');
    assert.equal(markerXs(svg).length, 90);
    for (const [i, day] of days.entries()) assert.ok(svg.includes(`<title>Day ${i + 1}: ${formatPercent(day.csat!)} (`), `Day ${i + 1}`);
  });

  it('escapes period labels, so a label cannot inject markup', () => {
    const svg = trend([point('<script>alert(1)</script>', 0.5)]);
    assert.ok(!svg.includes('<script>'));
    assert.ok(svg.includes('&lt;script>alert(1)&lt;/script>'));
  });
});
