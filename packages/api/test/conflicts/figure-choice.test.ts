import { describe, expect, it } from 'vitest';
import { chooseFigure } from '../../src/conflicts/figure-choice.js';

const fig = (id: number, role: 'PRIMARY' | 'SECONDARY', publishedAt: string | null) => ({ id, role, publishedAt });

describe('the figure-choice rule, one test per branch', () => {
  it('ONLY_FIGURE: one figure, nothing to choose', () => {
    expect(chooseFigure([fig(7, 'SECONDARY', null)])).toEqual({ chosen: fig(7, 'SECONDARY', null), alternatives: [], rule: 'ONLY_FIGURE' });
  });

  it('PRIMARY_PUBLISHER: the publisher wins over a later, earlier-stored report', () => {
    const c = chooseFigure([fig(1, 'SECONDARY', '2024-01-01'), fig(9, 'PRIMARY', '2023-07-12')]);
    expect(c.chosen.id).toBe(9);
    expect(c.rule).toBe('PRIMARY_PUBLISHER');
    expect(c.alternatives.map((a) => a.id)).toEqual([1]);
  });

  it('LATEST_PUBLICATION: between two reports, the later one; an undated one counts as oldest', () => {
    expect(chooseFigure([fig(1, 'SECONDARY', '2022-08-08'), fig(2, 'SECONDARY', '2023-02-01')])).toMatchObject({ chosen: { id: 2 }, rule: 'LATEST_PUBLICATION' });
    expect(chooseFigure([fig(1, 'SECONDARY', null), fig(2, 'SECONDARY', '2020-01-01')])).toMatchObject({ chosen: { id: 2 }, rule: 'LATEST_PUBLICATION' });
  });

  it('FIRST_STORED: same role and date, the figure stored first', () => {
    const c = chooseFigure([fig(5, 'SECONDARY', null), fig(3, 'SECONDARY', null), fig(4, 'SECONDARY', null)]);
    expect(c).toMatchObject({ chosen: { id: 3 }, rule: 'FIRST_STORED' });
    expect(c.alternatives.map((a) => a.id)).toEqual([4, 5]);
  });
});
