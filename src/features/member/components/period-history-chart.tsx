import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';

import { formatNumber } from '../../../lib/format';
import type { HistoryRow, PeriodHistory } from '../lib/history-series';

/** Colours from the design tokens (light and dark follow the CSS variables). */
const COLOURS = {
  met: 'var(--met)',
  current: 'var(--progress)',
  other: 'var(--upcoming)',
  target: 'var(--fg)',
  milestone: 'var(--accent)',
  grid: 'var(--border)',
  axis: 'var(--border-strong)',
  text: 'var(--fg-muted)',
  currentBand: 'var(--accent-soft)',
};

function barColour(row: HistoryRow): string {
  if (row.met) return COLOURS.met;
  return row.current ? COLOURS.current : COLOURS.other;
}

const tick = { fill: COLOURS.text, fontSize: 12 };

/**
 * Achieved (bars) against the target (dashed line) for every cycle, milestones as reference lines and
 * the current cycle outlined and labelled. Hidden from assistive technology: the table beside it holds
 * the same figures. Loaded on demand (React.lazy), so the chart library never delays the first paint.
 */
export function PeriodHistoryChart({ history }: { history: PeriodHistory }) {
  const wholeNumbers = history.rows.every(
    (row) => Number.isInteger(row.achieved) && (row.target === null || Number.isInteger(row.target)),
  );
  return (
    <div aria-hidden="true" className="min-w-0">
      <ComposedChart
        responsive
        accessibilityLayer={false}
        data={history.rows}
        margin={{ top: 18, right: history.milestones.length > 0 ? 84 : 12, bottom: 0, left: 0 }}
        style={{ width: '100%', height: 240 }}
      >
        <CartesianGrid vertical={false} stroke={COLOURS.grid} />
        <XAxis
          dataKey="period"
          tick={tick}
          stroke={COLOURS.axis}
          interval="preserveStartEnd"
          minTickGap={8}
        />
        <YAxis
          tick={tick}
          stroke={COLOURS.axis}
          width={56}
          domain={[0, 'auto']}
          allowDecimals={!wholeNumbers}
          // Small whole counts (a visit a week) read 0 and 1, not 0 to 4.
          tickCount={wholeNumbers ? Math.min(5, Math.max(2, Math.ceil(history.maxValue) + 1)) : 5}
          tickFormatter={(value: number) => formatNumber(value)}
        />
        {history.currentPeriod !== null ? (
          <ReferenceArea
            x1={history.currentPeriod}
            x2={history.currentPeriod}
            fill={COLOURS.currentBand}
            fillOpacity={1}
            label={{ value: 'Current', position: 'top', fill: COLOURS.text, fontSize: 11 }}
          />
        ) : null}
        <Bar dataKey="achieved" isAnimationActive={false} radius={[3, 3, 0, 0]} maxBarSize={36}>
          {history.rows.map((row) => (
            <Cell
              key={row.key}
              fill={barColour(row)}
              stroke={row.current ? COLOURS.milestone : 'none'}
              strokeWidth={row.current ? 2 : 0}
            />
          ))}
        </Bar>
        <Line
          dataKey="target"
          type="linear"
          stroke={COLOURS.target}
          strokeWidth={1.5}
          strokeDasharray="5 4"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        {history.milestones.map((milestone) => (
          <ReferenceLine
            key={milestone.key}
            y={milestone.value}
            stroke={COLOURS.milestone}
            strokeDasharray="2 4"
            ifOverflow="extendDomain"
            label={{ value: milestone.name, position: 'right', fill: COLOURS.text, fontSize: 11 }}
          />
        ))}
      </ComposedChart>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted">
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-sm bg-met" /> Met
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-sm bg-progress ring-2 ring-accent" /> Current cycle
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-sm bg-upcoming" /> Not met
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-0 w-4 border-t-2 border-dashed border-fg" /> Target
        </span>
        {history.milestones.length > 0 ? (
          <span className="inline-flex items-center gap-1.5">
            <span className="inline-block h-0 w-4 border-t-2 border-dotted border-accent" /> Milestones
          </span>
        ) : null}
      </p>
    </div>
  );
}
