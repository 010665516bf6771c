import { useId, type ReactNode } from 'react';
import './bar-chart.css';

export interface BarChartItem {
  key: string;
  label: ReactNode;
  value: number;
  /** The value as people read it (e.g. "42 (71%)"); always shown beside the bar. */
  valueText: ReactNode;
  /** The whole this bar is a part of (default: the chart's max). */
  max?: number;
}

export interface BarChartProps {
  /** What the chart shows (its figcaption). */
  caption: ReactNode;
  items: readonly BarChartItem[];
  /** The value of a full-width bar (default: the largest value). */
  max?: number;
  /** A line under the bars, e.g. "Als tabel hieronder". */
  note?: ReactNode;
}

/**
 * A horizontal bar chart (SVG bars laid out with CSS): every bar has its label and its value as text, so it
 * reads the same without colour, without styles and in a screen reader (a list of label–value
 * pairs). The bars themselves are decoration (aria-hidden). Wraps the label above the bar on
 * narrow screens.
 */
export function BarChart({ caption, items, max, note }: BarChartProps) {
  const scale = max ?? Math.max(0, ...items.map((item) => item.value));
  const captionId = useId();
  return (
    <figure className="bridge-bar-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="bridge-bar-chart__caption">
        {caption}
      </figcaption>
      <ul className="bridge-bar-chart__list">
        {items.map((item) => {
          const whole = item.max ?? scale;
          const share = whole > 0 ? Math.min(1, Math.max(0, item.value / whole)) : 0;
          return (
            <li key={item.key} className="bridge-bar-chart__item">
              <span className="bridge-bar-chart__label">{item.label}</span>
              {/* An SVG bar: its width is an attribute, so no inline style (the content security policy allows none). */}
              <svg className="bridge-bar-chart__track" aria-hidden="true" focusable="false">
                <rect
                  className="bridge-bar-chart__bar"
                  x="0"
                  y="0"
                  height="100%"
                  width={`${(share * 100).toFixed(1)}%`}
                />
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
