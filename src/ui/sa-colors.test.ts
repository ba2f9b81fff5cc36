import { describe, expect, it } from 'vitest';
import { saColor } from './sa-colors';

describe('saColor', () => {
  it('gives the lessons their colours, whatever else the scenario holds', () => {
    expect(saColor('production/order-sa')).toBe('#2f6fdf');
    expect(saColor('production/pay-sa')).toBe('#c2410c');
    expect(saColor('default/default')).toBe('#475569');
    expect(saColor('production/mallory-sa')).toBe('#be185d');
  });

  it('tells the accounts of the scenarios apart', () => {
    const accounts = [
      'production/order-sa',
      'production/pay-sa',
      'default/default',
      'production/mallory-sa',
      'default/legacy-sa',
      'production/inventory-sa',
    ];
    expect(new Set(accounts.map(saColor)).size).toBe(accounts.length);
  });

  it('depends on the namespace as well as the name', () => {
    expect(saColor('production/order-sa')).not.toBe(saColor('staging/order-sa'));
  });
});
