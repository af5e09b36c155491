// The advisor's verdicts on sheets worked by hand from the articles they cite (RCEP Art. 3.5,
// 3.7; CHFTA Art. 3.5 and Annex II), and domain.md's worked example.
import { describe, expect, it } from 'vitest';
import { sheetLine, workedExample, workedProduct } from '@/test/workedExample';
import type { Sheet } from '@/contract/sheet';
import { agreementById } from './agreements';
import { adviseOne } from './advise';
import { evaluateOrigin, noWhatIf, regionalValueContent, type WhatIf } from './evaluate';

const rcep = agreementById('RCEP');
const acfta = agreementById('ACFTA');
const chfta = agreementById('CHFTA');
const whatIf = (over: Partial<WhatIf>): WhatIf => ({ ...noWhatIf, ...over });

/** A loudspeaker part (8518.90: "CTH or RVC40" in RCEP) with FOB 100.00. */
const speakerPart = (lines: Sheet['lines'], fob = '100.00'): Sheet => ({
  product: workedProduct({ hsCode: '8518900000', exFactoryPrice: '80.00', fobValue: fob }),
  lines,
});

describe("domain.md's worked example (FOB 120.00, non-originating 15.00)", () => {
  it('has an RCEP RVC of 87.50 % by the build-down formula, shown even though 8466.93 is not on file', () => {
    const advice = adviseOne(workedExample(), rcep, noWhatIf);
    expect(advice.rvcReference).toBe('87.50%');
    expect(advice.status).toBe('unknown');
    expect(advice.reason).toBe('该HS编码的产品特定规则未收录');
  });
  it("under ACFTA's general rule it qualifies by RVC 87.50 % ≥ 40 % (+47.50 points)", () => {
    const result = evaluateOrigin(workedExample(), acfta);
    expect(result.status).toBe('met');
    const rvc = result.criteria.find((c) => c.criterion.kind === 'rvc');
    expect(rvc?.figure).toBe('87.50%');
    expect(rvc?.margin?.toString()).toBe('47.5');
  });
});

describe('RCEP 8518.90: CTH or RVC40', () => {
  it('non-originating 65 % of FOB from the same heading fails both: RVC 35.00 %, CTH not met', () => {
    const sheet = speakerPart([
      sheetLine('a', {
        materialName: '扬声器振膜',
        materialHs: '85189000',
        originValue: '0',
        nonOriginValue: '65.00',
      }),
      sheetLine('b', {
        materialName: '钢板',
        materialHs: '72085100',
        origin: '江苏',
        originValue: '10',
        nonOriginValue: '0',
      }),
    ]);
    const result = evaluateOrigin(sheet, rcep);
    expect(result.status).toBe('notMet');
    expect(result.criteria.map((c) => [c.label, c.status, c.figure])).toEqual([
      ['品目改变（CTH）', 'notMet', '1 行未满足'],
      ['区域价值成分 ≥ 40%', 'notMet', '35.00%'],
    ]);
  });

  it('a line without 原料HS编码 is "cannot tell" for the CTC, never a pass', () => {
    const sheet = speakerPart([sheetLine('a', { materialHs: '', nonOriginValue: '70.00' })]);
    const ctc = evaluateOrigin(sheet, rcep).criteria[0];
    expect(ctc?.status).toBe('unknown');
    expect(ctc?.unknown.map((l) => l.key)).toEqual(['a']);
  });

  it('de minimis (Art. 3.7): same-heading materials up to 10 % of FOB do not stop the CTC; 10.01 % does', () => {
    const at = (value: string) =>
      speakerPart([
        sheetLine('a', { materialHs: '85189000', nonOriginValue: value }),
        sheetLine('b', { materialHs: '39269090', nonOriginValue: '50.00' }),
      ]);
    expect(evaluateOrigin(at('10.00'), rcep).criteria[0]).toMatchObject({
      status: 'met',
      figure: '按微小含量满足',
    });
    expect(evaluateOrigin(at('10.01'), rcep).criteria[0]?.status).toBe('notMet');
  });

  it('ACFTA has no de minimis on file, so the same 10.00 fails its CTH', () => {
    const sheet = speakerPart([sheetLine('a', { materialHs: '85189000', nonOriginValue: '10.00' })]);
    const ctc = evaluateOrigin(sheet, acfta).criteria.find((c) => c.criterion.kind === 'ctc');
    expect(ctc?.status).toBe('notMet');
    expect(ctc?.says).toContain('微小含量规定未收录');
  });

  it('RVC exactly at the threshold qualifies (compared unrounded: 40.00 % is ≥ 40 %)', () => {
    const sheet = speakerPart([sheetLine('a', { materialHs: '85189000', nonOriginValue: '60.00' })]);
    expect(evaluateOrigin(sheet, rcep).criteria[1]).toMatchObject({ status: 'met', figure: '40.00%' });
    const justOver = speakerPart([sheetLine('a', { materialHs: '85189000', nonOriginValue: '60.0001' })]);
    expect(evaluateOrigin(justOver, rcep).criteria[1]).toMatchObject({ status: 'notMet', figure: '40.00%' });
  });

  it('the build-up formula (Art. 3.5(b)) counts labour, overhead, profit and other costs when given', () => {
    const sheet = speakerPart([
      sheetLine('a', { materialHs: '85189000', originValue: '5.00', nonOriginValue: '70.00' }),
    ]);
    const costs = { labour: '20', overhead: '10', profit: '5', other: '' };
    const { buildDown, buildUp } = regionalValueContent(sheet, rcep, whatIf({ buildUp: costs }));
    expect(buildDown?.toString()).toBe('30');
    expect(buildUp?.toString()).toBe('40');
    expect(evaluateOrigin(sheet, rcep, whatIf({ buildUp: costs })).status).toBe('met');
  });

  it('cumulation (Art. 3.4) is a what-if: a Japanese material counts as originating only when asked', () => {
    const sheet = speakerPart([
      sheetLine('a', { materialHs: '85189000', origin: '日本', nonOriginValue: '65.00' }),
    ]);
    const advice = adviseOne(sheet, rcep, noWhatIf);
    expect(advice.status).toBe('notMet');
    expect(advice.cumulation).toMatchObject({ status: 'met', lines: [{ key: 'a' }] });
    expect(evaluateOrigin(sheet, rcep, whatIf({ cumulate: true })).status).toBe('met');
    // Japan is not a party to ACFTA: nothing to cumulate there.
    expect(adviseOne(sheet, acfta, noWhatIf).cumulation).toBeNull();
  });

  it('suggests the fewest lines to localise, with the figure they would give', () => {
    const sheet = speakerPart([
      sheetLine('a', { materialName: '振膜', materialHs: '85189000', nonOriginValue: '30.00' }),
      sheetLine('b', { materialName: '磁钢', materialHs: '85059000', nonOriginValue: '20.00' }),
      sheetLine('c', { materialName: '线材', materialHs: '85444900', nonOriginValue: '15.00' }),
    ]);
    const { suggestion } = adviseOne(sheet, rcep, noWhatIf);
    // CTH needs only line a (the one from 85.18) made originating; RVC would need a as well (65 → 35).
    expect(suggestion?.lines.map((l) => l.key)).toEqual(['a']);
    expect(suggestion?.after.status).toBe('met');
  });
});

describe('中国—瑞士: non-originating materials against the ex-works price (出厂价)', () => {
  const shirt = (nonOrigin: string): Sheet => ({
    product: workedProduct({ hsCode: '6205200000', exFactoryPrice: '100.00', fobValue: '110.00' }),
    lines: [
      sheetLine('a', {
        materialName: '棉布',
        materialHs: '52081100',
        origin: '印度',
        nonOriginValue: nonOrigin,
      }),
    ],
  });
  it('60.00 of an ex-works price of 100.00 meets MaxNOM60; 60.01 does not (FOB plays no part)', () => {
    const at = (v: string) =>
      evaluateOrigin(shirt(v), chfta).criteria.find((c) => c.criterion.kind === 'maxNonOriginating');
    expect(at('60.00')).toMatchObject({ status: 'met', figure: '60.00%' });
    expect(at('60.01')).toMatchObject({ status: 'notMet', figure: '60.01%' });
  });
  it('the processing alternative cannot be told from a cost sheet, so failing the value rule is "cannot tell"', () => {
    expect(evaluateOrigin(shirt('60.01'), chfta).status).toBe('unknown');
    expect(evaluateOrigin(shirt('30.00'), chfta).status).toBe('met');
  });
});

describe('RCEP 07.02 tomatoes: WO', () => {
  it('is met only without any non-originating material', () => {
    const sheet = (nonOrigin: string): Sheet => ({
      product: workedProduct({ hsCode: '0702000000' }),
      lines: [sheetLine('a', { nonOriginValue: nonOrigin, originValue: '5' })],
    });
    expect(evaluateOrigin(sheet('0'), rcep).status).toBe('met');
    expect(evaluateOrigin(sheet('0.01'), rcep).status).toBe('notMet');
  });
});
