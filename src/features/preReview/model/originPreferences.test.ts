// The advisor's choices survive a reload; damaged storage falls back to the defaults; costs typed
// on a new sheet follow it once it is saved and has a number.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  keepAgreementChoice,
  keepBuildUpCosts,
  noCosts,
  readAgreementChoice,
  readBuildUpCosts,
} from './originPreferences';

beforeEach(() => localStorage.clear());

describe('the agreements an exporter picked', () => {
  it('are RCEP and 中国—东盟 until chosen, then what was chosen', () => {
    expect(readAgreementChoice('jinggong')).toEqual(['RCEP', 'ACFTA']);
    keepAgreementChoice('jinggong', ['CHFTA']);
    expect(readAgreementChoice('jinggong')).toEqual(['CHFTA']);
    expect(readAgreementChoice('someone-else')).toEqual(['RCEP', 'ACFTA']);
  });
  it('fall back to the defaults when what is kept is damaged or names an unknown agreement', () => {
    localStorage.setItem('jinggong:origin-advice:agreements', '{not json');
    expect(readAgreementChoice('jinggong')).toEqual(['RCEP', 'ACFTA']);
    localStorage.setItem('jinggong:origin-advice:agreements', '["NAFTA"]');
    expect(readAgreementChoice('jinggong')).toEqual(['RCEP', 'ACFTA']);
  });
});

describe('the build-up costs typed for a sheet', () => {
  const costs = { labour: '12.5', overhead: '3', profit: '', other: '' };
  it('come back for that sheet, and pass to it from the new sheet once it is first saved', () => {
    keepBuildUpCosts('jinggong', null, costs);
    expect(readBuildUpCosts('jinggong', null)).toEqual(costs);
    expect(readBuildUpCosts('jinggong', 'p-1')).toEqual(costs);
    keepBuildUpCosts('jinggong', 'p-1', { ...costs, other: '1' });
    expect(readBuildUpCosts('jinggong', 'p-1')).toEqual({ ...costs, other: '1' });
    expect(readBuildUpCosts('jinggong', null)).toEqual(noCosts);
  });
});
