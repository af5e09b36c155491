// The agreements' data read against their texts: each example below is a line of the annex or
// article it cites (sources in docs/domain.md, 原产地标准预判).
import { describe, expect, it } from 'vitest';
import { agreementById, agreements, otherParty, ruleFor } from './agreements';
import { parseRule } from './psrRule';

const ruleText = (id: 'RCEP' | 'ACFTA' | 'CHFTA', hs: string) => {
  const found = ruleFor(agreementById(id), hs);
  return found.found ? found.rule.text : found.reason;
};

describe('RCEP Annex 3A (HS 2012)', () => {
  it('8518.90 (parts of loudspeakers) is "CTH or RVC40"; 8518.40 (amplifiers) "CTSH or RVC40"', () => {
    expect(ruleText('RCEP', '8518900000')).toBe('CTH or RVC40');
    expect(ruleText('RCEP', '8518.40.00')).toBe('CTSH or RVC40');
  });
  it('heading 85.38 and chapters 92–95 carry one rule for every code under them', () => {
    expect(ruleText('RCEP', '85389000')).toBe('CTH or RVC40');
    expect(ruleText('RCEP', '94036000')).toBe('CTH or RVC40');
    expect(ruleText('RCEP', '95030021')).toBe('CTH or RVC40');
  });
  it('07.02 tomatoes are WO; 13.01 lac is CC', () => {
    expect(ruleText('RCEP', '07020000')).toBe('WO');
    expect(ruleText('RCEP', '13019040')).toBe('CC');
  });
  it('a code the data does not hold is said to be missing, never guessed (8466.93 machine-tool parts)', () => {
    expect(ruleText('RCEP', '84669310')).toBe('notListed');
  });
  it('a code shorter than a subheading cannot be looked up', () => {
    expect(ruleText('RCEP', '8518')).toBe('noCode');
    expect(ruleText('RCEP', '')).toBe('noCode');
  });
  it('its parties are the fifteen signatories; a line from Japan is another party, Switzerland is not', () => {
    const rcep = agreementById('RCEP');
    expect(rcep.parties).toHaveLength(15);
    expect(otherParty(rcep, '日本')).toBe('日本');
    expect(otherParty(rcep, ' 印尼 ')).toBe('印度尼西亚');
    expect(otherParty(rcep, '瑞士')).toBeNull();
    expect(otherParty(rcep, '中国')).toBeNull();
  });
  it('de minimis is 10 % of FOB (Art. 3.7); both RVC formulas are allowed (Art. 3.5)', () => {
    const rcep = agreementById('RCEP');
    expect(rcep.deMinimis).toMatchObject({ max: '10', base: 'fob' });
    expect(rcep.rvc?.formulas).toEqual(['buildDown', 'buildUp']);
  });
});

describe('中国—东盟 (ACFTA)', () => {
  it('the general rule, RVC40 or CTH, covers codes outside the sole-criterion list', () => {
    expect(ruleText('ACFTA', '84669310')).toBe('RVC40 or CTH');
    expect(ruleText('ACFTA', '87087095')).toBe('RVC40 or CTH');
  });
  it('a product of the sole-criterion list (1517.90 margarine) is not advised on', () => {
    expect(ruleText('ACFTA', '15179090')).toBe('soleCriterion');
  });
  it('Japan is not a party; Viet Nam is', () => {
    const acfta = agreementById('ACFTA');
    expect(otherParty(acfta, '日本')).toBeNull();
    expect(otherParty(acfta, '越南')).toBe('越南');
  });
});

describe('中国—瑞士 (CHFTA)', () => {
  it('textiles (chapters 50–63): one processing stage, or non-originating materials at most 60 % of the ex-works price', () => {
    expect(ruleText('CHFTA', '62034200')).toBe('PROCESS or MaxNOM60');
    expect(parseRule('PROCESS or MaxNOM60')).toEqual([
      { kind: 'process' },
      { kind: 'maxNonOriginating', max: '60' },
    ]);
  });
  it('de minimis is 10 % of the ex-works price (Art. 3.5)', () => {
    expect(agreementById('CHFTA').deMinimis).toMatchObject({ max: '10', base: 'exWorks' });
  });
  it('machinery is not on file', () => {
    expect(ruleText('CHFTA', '84834090')).toBe('notListed');
  });
});

describe('the data files', () => {
  it('all load, each rule parsed into criteria', () => {
    expect([...agreements.keys()]).toEqual(['RCEP', 'ACFTA', 'CHFTA']);
    for (const agreement of agreements.values())
      for (const rule of agreement.rules.values()) expect(rule.alternatives.length).toBeGreaterThan(0);
  });
  it('a rule the parser does not know is refused, not read loosely', () => {
    expect(() => parseRule('CTH and RVC40')).toThrow('无法识别');
    expect(() => parseRule('RVC4O')).toThrow('无法识别');
  });
});
