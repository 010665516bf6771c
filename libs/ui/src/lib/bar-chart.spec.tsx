import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';

const widthOf = (item: HTMLElement) =>
  item.querySelector('.bridge-bar-chart__bar')?.getAttribute('width') ?? null;
const referenceAt = (item: HTMLElement) =>
  item.querySelector('.bridge-bar-chart__reference')?.getAttribute('x1') ?? null;

describe('BarChart', () => {
  it('reads as a list of labels and values, the bars scaled to the largest', () => {
    render(
      <BarChart
        caption="Per stap"
        items={[
          { key: 'a', label: 'Bijna vrij', value: 40, valueText: '40' },
          { key: 'b', label: 'Geplaatst', value: 10, valueText: '10 (25%)' },
        ]}
      />,
    );
    const chart = screen.getByRole('figure', { name: 'Per stap' });
    const items = within(chart).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Bijna vrij40', 'Geplaatst10 (25%)']);
    expect(items.map(widthOf)).toEqual(['100.0%', '25.0%']);
    expect(referenceAt(items[0])).toBeNull();
  });

  it('draws the reference line across every bar and explains it in the legend', () => {
    render(
      <BarChart
        caption="Deel met een matchvoorstel"
        max={1}
        reference={{ value: 0.4, label: 'Landelijk: 40%' }}
        items={[
          { key: 'a', label: 'PI Vught', value: 0.2, valueText: '20%', emphasis: true },
          { key: 'b', label: 'PI Zwolle', value: null, valueText: '< 10' },
        ]}
      />,
    );
    const chart = screen.getByRole('figure', { name: 'Deel met een matchvoorstel' });
    expect(within(chart).getByText('Landelijk: 40%')).toBeInTheDocument();
    const [vught, zwolle] = within(chart).getAllByRole('listitem');
    expect(referenceAt(vught)).toBe('40.0%');
    expect(referenceAt(zwolle)).toBe('40.0%');
    expect(widthOf(vught)).toBe('20.0%');
    // A withheld figure draws no bar at all, not an empty one that reads as zero.
    expect(widthOf(zwolle)).toBeNull();
    expect(vught).toHaveClass('bridge-bar-chart__item--emphasis');
    expect(zwolle).not.toHaveClass('bridge-bar-chart__item--emphasis');
  });

  it('widens its scale to the reference when that is the largest', () => {
    render(
      <BarChart
        caption="Dagen"
        reference={{ value: 20, label: 'Landelijk: 20 dagen' }}
        items={[{ key: 'a', label: 'Regio', value: 10, valueText: '10' }]}
      />,
    );
    const [item] = screen.getAllByRole('listitem');
    expect(widthOf(item)).toBe('50.0%');
    expect(referenceAt(item)).toBe('100.0%');
  });
});
