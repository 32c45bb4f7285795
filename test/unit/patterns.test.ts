import { describe, expect, it } from 'vitest';
import { DECISION_NUMBER, DOCUMENT_NUMBER } from '../../src/schema/patterns.ts';

const decision = new RegExp(DECISION_NUMBER, 'u');
const document = new RegExp(DOCUMENT_NUMBER, 'u');

describe('document and decision numbers', () => {
  it('accepts state and Party symbols as issued', () => {
    for (const n of ['1579/KH-SKHĐT', '62/KH-UBND', '78/NQ-HĐND', '34-CT/TW', '792-CV/TU', '06/CT-TTg']) {
      expect(document.test(n), n).toBe(true);
    }
    for (const n of ['45/QĐ-SKHĐT', '1234/QĐ-UBND', '123/QĐ-TTg', '12/QĐ-CĐVC', '12-QĐ/TU']) {
      expect(decision.test(n), n).toBe(true);
    }
  });

  it('refuses what is not a number and symbol', () => {
    for (const n of ['45/QD-SKHDT', '45 /QĐ-SKHĐT', 'QĐ-SKHĐT', '45/qđ-skhđt', '45/QĐ-', '45/KH-SKHĐT', '45/QĐ-tTg']) {
      expect(decision.test(n), n).toBe(false);
    }
    expect(document.test('1579-KH-SKHĐT')).toBe(false);
  });
});
