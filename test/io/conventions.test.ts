import { describe, expect, it } from 'vitest';
import { decideConventions, engagementUnit, type EngagementUnit, type FileConventions } from '../../src/io/conventions.js';
import type { Delimiter } from '../../src/io/sniff.js';

/** Rows of [handle, avg likes]: column 1 is the numeric one. */
const rows = (...values: string[]) => values.map((v) => ['h', v]);

describe('decideConventions: decimal mark', () => {
  it.each<[string, string[], Delimiter, FileConventions['decimalMark'], FileConventions['decimalMarkFrom']]>([
    ['comma decimals', ['3,5', '2,1', '12'], ',', ',', 'values'],
    ['dot decimals in a ; file', ['0.41', '1.5'], ';', '.', 'values'],
    ['majority wins', ['0,5', '0.5', '0.7'], ';', '.', 'values'],
    ['a tie goes to the dot', ['0,5', '0.5'], ';', '.', 'values'],
    ['grouped numbers with both marks', ['1.234,5', '12'], ',', ',', 'values'],
    ['only ambiguous 1,234: from a ; delimiter', ['1,234', '12 345'], ';', ',', 'delimiter'],
    ['only ambiguous 1,234: from a , delimiter', ['1,234'], ',', '.', 'delimiter'],
    ['only ambiguous 1.234: from a tab delimiter', ['1.234'], '\t', '.', 'delimiter'],
    ['suffixed values say nothing', ['1,2K', '3,5 M'], ',', '.', 'delimiter'],
    ['no rows', [], ';', ',', 'delimiter'],
  ])('%s', (_name, values, delimiter, decimalMark, decimalMarkFrom) => {
    expect(decideConventions(rows(...values), [1], undefined, delimiter)).toMatchObject({ decimalMark, decimalMarkFrom });
  });

  it('looks only at the numeric columns it is given', () => {
    expect(decideConventions([['3,5', '0.41']], [1], undefined, ',')).toMatchObject({ decimalMark: '.', decimalMarkFrom: 'values' });
  });
});

describe('decideConventions: rate unit', () => {
  it.each<[string, string, string[], FileConventions['rateUnit'], FileConventions['rateUnitFrom']]>([
    ['% in the header', 'ER %', ['0.5'], 'percent', 'header'],
    ['pct in the header', 'eng_pct', ['0.5'], 'percent', 'header'],
    ['percent in the header', 'Engagement (percent)', ['0.5'], 'percent', 'header'],
    ['pourcent in the header', 'Taux en pourcent', ['0,5'], 'percent', 'header'],
    ['a bare value above 1', 'ER', ['0.5', '3.2'], 'percent', 'values'],
    ['a bare comma value above 1', 'Taux', ['1,5'], 'percent', 'values'],
    ['bare values all at most 1', 'ER', ['0.0139', '0.5', '1'], 'fraction', 'values'],
    ['only values with %', 'ER', ['3.5%', '1,2 %'], 'fraction', 'default'],
    ['only missing values', 'ER', ['', ''], 'fraction', 'default'],
  ])('%s', (_name, header, values, rateUnit, rateUnitFrom) => {
    const c = decideConventions(rows(...values), [1], { index: 1, header }, ',');
    expect(c).toMatchObject({ rateUnit, rateUnitFrom });
  });

  it('no rate column: fractions by default', () => {
    expect(decideConventions(rows('3.5'), [1], undefined, ',')).toMatchObject({ rateUnit: 'fraction', rateUnitFrom: 'default' });
  });
});

describe('engagementUnit: rates or interactions a post, by which reading is plausible on the rows\' followers', () => {
  const table = (...cells: [string, string][]) => cells.map(([v, f]) => ['acct', v, f]);
  const followers = { index: 2, unit: 1 };
  it.each<[string, [string, string][], EngagementUnit | undefined]>([
    ['interactions a post (a Heepsy-style sheet)', [['120', '5650'], ['62', '312400'], ['25,400', '900000']], { unit: 'counts', examples: ['120', '25,400'] }],
    ['nano accounts\' counts under 100 beside one over', [['45', '3000'], ['80', '4000'], ['60', '5000'], ['1450', '80000']], { unit: 'counts', examples: ['45', '80', '60'] }],
    ['rates with one typo (450 for 4.50)', [['2.1', '50000'], ['3.4', '20000'], ['1.8', '9000'], ['450', '30000']], { unit: 'rates', examples: ['2.1', '3.4', '1.8'] }],
    ['rates on tens of thousands of followers', [['1.8', '50000'], ['2.4', '20000']], { unit: 'rates', examples: ['1.8', '2.4'] }],
    ['a % sign says rates', [['3.1 %', '5000'], ['120', '5000']], { unit: 'rates', examples: ['3.1 %'] }],
    ['empty and missing cells say nothing', [['', '5000'], ['n/a', '5000']], undefined],
  ])('%s', (_name, cells, expected) => {
    expect(engagementUnit(table(...cells), 1, followers, '.')).toEqual(expected);
  });

  it('without follower counts, cells of 100 or more for half the rows are counts', () => {
    expect(engagementUnit([['a', '120'], ['b', '3.5']], 1, undefined, '.')).toEqual({ unit: 'counts', examples: [] });
    expect(engagementUnit([['a', '3.1'], ['b', '2.5'], ['c', '450']], 1, undefined, '.')).toBeUndefined();
  });
});
