/**
 * Server-rendered SVG charts for the satisfaction dashboard.
 *
 * Readable without colour: a single ink (currentColor, so the charts follow the page's text
 * colour, dark mode and forced-colours modes), every value written out as text, and opacity
 * and dashes instead of hues. Presentation attributes only, so no stylesheet is needed.
 */
import type { ComponentChildren } from 'preact';

export type ChartDirection = 'ltr' | 'rtl';

interface ChartBase {
  /** Unique on the page: the title and description ids are derived from it. */
  id: string;
  title: string;
  description: string;
  dir: ChartDirection;
}

export interface DistributionBar {
  label: string;
  count: number;
  /** 0..1 */
  share: number;
}

export interface DistributionChartProps extends ChartBase {
  bars: DistributionBar[];
  formatPercent: (share: number) => string;
  formatNumber: (n: number) => string;
}

export interface TrendPoint {
  /** The period's label (day, week or month), already formatted. */
  label: string;
  /** 0..1; null leaves a gap (no answers in the period). */
  csat: number | null;
  low: number | null;
  high: number | null;
  count: number;
}

export interface TrendChartProps extends ChartBase {
  points: TrendPoint[];
  formatPercent: (share: number) => string;
  /** Shown instead of a chart when there are no periods at all. */
  emptyText: string;
}

/** Half a user unit is below what any screen shows; rounding keeps the markup short. */
const round = (n: number): number => Math.round(n * 10) / 10;

/** Mirrors x across the chart in rtl, so that the start side is always where reading begins. */
function mirror(dir: ChartDirection, width: number): (x: number) => number {
  return (x) => round(dir === 'rtl' ? width - x : x);
}

function ChartFrame(props: ChartBase & { width: number; height: number; children: ComponentChildren }) {
  const { id, title, description, dir, width, height, children } = props;
  return (
    // `direction` makes text-anchor logical: "start" is the right edge in rtl. So only x
    // positions are mirrored, anchors mirror with them, and numbers inside Arabic or Hebrew
    // labels are ordered by the right base direction. It also stops the page's dir leaking in.
    <svg
      id={id}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      direction={dir}
      fill="currentColor"
      font-size="12"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

const BAR_WIDTH = 480;
/** Each answer takes two lines: its label, then the bar with its figures, so no label length can collide with a bar. */
const BAR_ROW = 46;
const LABEL_LINE = 16;
const BAR_THICKNESS = 18;
const BAR_PAD = 8;
/** Room after the longest bar for "1,234,567 (100%)". */
const BAR_MAX = BAR_WIDTH - 2 * BAR_PAD - 130;

export function DistributionChart(props: DistributionChartProps) {
  const { bars, dir, formatPercent, formatNumber } = props;
  const height = bars.length * BAR_ROW + 2 * BAR_PAD;
  const x = mirror(dir, BAR_WIDTH);
  return (
    <ChartFrame {...props} width={BAR_WIDTH} height={height}>
      {bars.map((bar, i) => {
        const top = BAR_PAD + i * BAR_ROW;
        const centre = top + LABEL_LINE + 4 + BAR_THICKNESS / 2;
        const share = Math.min(1, Math.max(0, bar.share));
        // A single answer among thousands must still show as a bar, not as nothing.
        const length = bar.count > 0 ? Math.max(1, share * BAR_MAX) : 0;
        return (
          <g>
            <text x={x(BAR_PAD)} y={top + LABEL_LINE - 3} text-anchor="start" font-size="14">
              {bar.label}
            </text>
            <line
              x1={x(BAR_PAD)}
              x2={x(BAR_PAD)}
              y1={centre - BAR_THICKNESS / 2 - 2}
              y2={centre + BAR_THICKNESS / 2 + 2}
              stroke="currentColor"
              stroke-opacity="0.5"
            />
            <rect
              x={dir === 'rtl' ? x(BAR_PAD + length) : x(BAR_PAD)}
              y={round(centre - BAR_THICKNESS / 2)}
              width={round(length)}
              height={BAR_THICKNESS}
              fill-opacity="0.8"
            />
            <text x={x(BAR_PAD + length + 6)} y={centre} dy="0.35em" text-anchor="start" font-size="14">
              {`${formatNumber(bar.count)} (${formatPercent(bar.share)})`}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}

const TREND_WIDTH = 600;
const TREND_HEIGHT = 260;
const PLOT_TOP = 24;
const PLOT_BOTTOM = TREND_HEIGHT - 36;
/** Room for the percentage labels of the vertical axis. */
const PLOT_START = 48;
const PLOT_END = TREND_WIDTH - 12;
const GRID = [0, 0.25, 0.5, 0.75, 1];
/** About 70 units per period label: enough for "2025-03-14" or "Week 11" without overlap. */
const MAX_LABELS = 8;

export function TrendChart(props: TrendChartProps) {
  const { points, dir, formatPercent, emptyText } = props;
  const x = mirror(dir, TREND_WIDTH);
  if (points.length === 0) {
    return (
      <ChartFrame {...props} width={TREND_WIDTH} height={TREND_HEIGHT}>
        <text x={TREND_WIDTH / 2} y={TREND_HEIGHT / 2} text-anchor="middle" font-size="14">
          {emptyText}
        </text>
      </ChartFrame>
    );
  }

  const y = (share: number) => round(PLOT_BOTTOM - share * (PLOT_BOTTOM - PLOT_TOP));
  // Each period gets an equal slot and sits in its middle, so a single point is centred.
  const step = (PLOT_END - PLOT_START) / points.length;
  const px = (i: number) => x(PLOT_START + step * (i + 0.5));
  const labelEvery = Math.ceil(points.length / MAX_LABELS);
  const labelled = (i: number) => i % labelEvery === 0;
  const cap = Math.min(3, step / 4);

  // Periods without answers break the line rather than being joined across.
  const runs: string[][] = [];
  let run: string[] = [];
  points.forEach((point, i) => {
    if (point.csat === null) {
      run = [];
      return;
    }
    if (run.length === 0) runs.push(run);
    run.push(`${px(i)},${y(point.csat)}`);
  });

  return (
    <ChartFrame {...props} width={TREND_WIDTH} height={TREND_HEIGHT}>
      {GRID.map((share) => (
        <g>
          <line
            x1={x(PLOT_START)}
            x2={x(PLOT_END)}
            y1={y(share)}
            y2={y(share)}
            stroke="currentColor"
            stroke-opacity={share === 0 ? '0.6' : '0.25'}
            stroke-dasharray={share === 0 ? undefined : '2 4'}
          />
          <text x={x(PLOT_START - 6)} y={y(share)} dy="0.35em" text-anchor="end">
            {formatPercent(share)}
          </text>
        </g>
      ))}
      {runs
        .filter((r) => r.length > 1)
        .map((r) => (
          <polyline points={r.join(' ')} fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
        ))}
      {points.map((point, i) => {
        const cx = px(i);
        const { csat, low, high } = point;
        const hasInterval = csat !== null && low !== null && high !== null;
        return (
          <g>
            {hasInterval && (
              <path
                d={`M${round(cx - cap)} ${y(low)}H${round(cx + cap)}M${cx} ${y(low)}V${y(high)}M${round(cx - cap)} ${y(high)}H${round(cx + cap)}`}
                fill="none"
                stroke="currentColor"
                stroke-opacity="0.6"
              />
            )}
            {csat !== null && (
              // With many periods not every value fits as visible text; the tooltip still has it.
              <circle cx={cx} cy={y(csat)} r={round(Math.min(3.5, step / 3))}>
                <title>{`${point.label}: ${formatPercent(csat)}${hasInterval ? ` (${formatPercent(low)}–${formatPercent(high)})` : ''}`}</title>
              </circle>
            )}
            {csat !== null && labelled(i) && (
              <text x={cx} y={y(hasInterval ? Math.max(csat, high) : csat) - 6} text-anchor="middle" font-size="11">
                {formatPercent(csat)}
              </text>
            )}
            {labelled(i) && (
              <text x={cx} y={PLOT_BOTTOM + 20} text-anchor="middle">
                {point.label}
              </text>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
