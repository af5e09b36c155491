import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usccCheckChar, usccProblem, usccProvinceCode } from './uscc';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const symbol = fc.constantFrom(...ALPHABET);
const digit = fc.constantFrom(...'0123456789');
const first17 = fc
  .tuple(
    fc.array(symbol, { minLength: 2, maxLength: 2 }),
    fc.array(digit, { minLength: 6, maxLength: 6 }),
    fc.array(symbol, { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => [...a, ...b, ...c].join(''));

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes', () => {
    expect(usccProblem('91350100M000100Y43')).toBeNull(); // the standard's own example
    expect(usccProblem('91440300708461136T')).toBeNull();
  });

  it('names what is wrong', () => {
    expect(usccProblem('9135010')).toBe('length');
    expect(usccProblem('91350100M000100YI3')).toBe('symbols'); // I is not used
    expect(usccProblem('91ABCDEFM000100Y43')).toBe('region');
    expect(usccProblem('91350100M000100Y44')).toBe('checkDigit');
    expect(usccProvinceCode('91350100M000100Y43')).toBe('350000');
  });

  it('accepts any code whose 18th character is its check character', () => {
    fc.assert(
      fc.property(first17, (body) => usccProblem(body + usccCheckChar(body)) === null),
      { numRuns: 300 },
    );
  });

  it('refuses every other 18th character', () => {
    fc.assert(
      fc.property(first17, symbol, (body, last) => {
        fc.pre(last !== usccCheckChar(body));
        return usccProblem(body + last) === 'checkDigit';
      }),
      { numRuns: 300 },
    );
  });

  it('detects any single changed character', () => {
    fc.assert(
      fc.property(first17, fc.nat(16), symbol, (body, index, replacement) => {
        const code = body + usccCheckChar(body);
        fc.pre(code.charAt(index) !== replacement && !(index >= 2 && index < 8 && !/\d/.test(replacement)));
        const altered = code.slice(0, index) + replacement + code.slice(index + 1);
        return usccProblem(altered) === 'checkDigit';
      }),
      { numRuns: 300 },
    );
  });
});
