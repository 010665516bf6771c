import { useId, type ReactNode } from 'react';
import './bar-chart.css';

export interface BarChartItem {
  key: string;
  label: ReactNode;
  /** Null draws no bar (a figure that is withheld or unknown); its valueText says why. */
  value: number | null;
  /** The value as people read it (e.g. "42 (71%)"); always shown beside the bar. */
  valueText: ReactNode;
  /** The whole this bar is a part of (default: the chart's max). */
  max?: number;
  /**
   * Drawn in the accent colour and with a bold label, e.g. a group that differs most. Colour is
   * never the only sign: the label or valueText says it too.
   */
  emphasis?: boolean;
}

export interface ChartReference {
  /** Where the line crosses every bar, on the chart's scale (e.g. the national share). */
  value: number;
  /** What the line stands for, with its value as text (e.g. "Landelijk: 42%"). */
  label: ReactNode;
}

export interface BarChartProps {
  /** What the chart shows (its figcaption). */
  caption: ReactNode;
  items: readonly BarChartItem[];
  /** The value of a full-width bar (default: the largest value, or the reference when larger). */
  max?: number;
  /** A line under the bars, e.g. "Als tabel hieronder". */
  note?: ReactNode;
  /** A line across every bar (e.g. the national figure), explained in a legend under the caption. */
  reference?: ChartReference;
}

const percentOf = (value: number, whole: number) =>
  `${((whole > 0 ? Math.min(1, Math.max(0, value / whole)) : 0) * 100).toFixed(1)}%`;

/** A dark line on a light halo, so it shows on the bar and on the empty track alike. */
function ReferenceLine({ x }: { x: string }) {
  return (
    <>
      <line className="bridge-bar-chart__reference-halo" x1={x} x2={x} y1="0" y2="100%" />
      <line className="bridge-bar-chart__reference" x1={x} x2={x} y1="0" y2="100%" />
    </>
  );
}

/**
 * A horizontal bar chart (SVG bars laid out with CSS): every bar has its label and its value as text, so it
 * reads the same without colour, without styles and in a screen reader (a list of label–value
 * pairs). The bars themselves are decoration (aria-hidden); so is the reference line, whose
 * meaning and value stand in the legend as text. Wraps the label above the bar on narrow screens.
 */
export function BarChart({ caption, items, max, note, reference }: BarChartProps) {
  const scale = max ?? Math.max(0, reference?.value ?? 0, ...items.map((item) => item.value ?? 0));
  const captionId = useId();
  return (
    <figure className="bridge-bar-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="bridge-bar-chart__caption">
        {caption}
      </figcaption>
      {reference && (
        <p className="bridge-bar-chart__legend">
          <svg className="bridge-bar-chart__legend-mark" aria-hidden="true" focusable="false">
            <ReferenceLine x="50%" />
          </svg>
          {reference.label}
        </p>
      )}
      <ul className="bridge-bar-chart__list">
        {items.map((item) => {
          const whole = item.max ?? scale;
          return (
            <li
              key={item.key}
              className={`bridge-bar-chart__item${item.emphasis ? ' bridge-bar-chart__item--emphasis' : ''}`}
            >
              <span className="bridge-bar-chart__label">{item.label}</span>
              {/* An SVG bar: its width is an attribute, so no inline style (the content security policy allows none). */}
              <svg className="bridge-bar-chart__track" aria-hidden="true" focusable="false">
                {item.value !== null && (
                  <rect
                    className="bridge-bar-chart__bar"
                    x="0"
                    y="0"
                    height="100%"
                    width={percentOf(item.value, whole)}
                  />
                )}
                {reference && <ReferenceLine x={percentOf(reference.value, whole)} />}
              </svg>
              <span className="bridge-bar-chart__value">{item.valueText}</span>
            </li>
          );
        })}
      </ul>
      {note && <p className="bridge-bar-chart__note">{note}</p>}
    </figure>
  );
}
