import { describe, expect, it } from 'vitest';
import { decideConventions, rateColumnHoldsCounts, type FileConventions } from '../../src/io/conventions.js';
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

describe('rateColumnHoldsCounts: a bare "Engagement" column of interactions per post', () => {
  it.each<[string, string[], string[] | undefined]>([
    ['interactions per post (a Heepsy-style sheet)', ['120', '62', '25,400'], ['120', '25,400']],
    ['one typo among rates is no column of counts', ['3.4', '2.1', '450', '1.9', '2.8'], undefined],
    ['a count of 100 is no rate either', ['100', '3.5'], ['100']],
    ['thousands with a suffix', ['1.2K', '3.5'], ['1.2K']],
    ['rates in percent', ['3.1', '2,5', '12.8'], undefined],
    ['fractions', ['0.031', '0.025'], undefined],
    ['a % sign anywhere says rates', ['3.1 %', '120'], undefined],
    ['empty and missing cells say nothing', ['', 'n/a', '4.2'], undefined],
  ])('%s', (_name, values, expected) => {
    expect(rateColumnHoldsCounts(rows(...values), 1, '.')).toEqual(expected);
  });
});
