import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/lib/wrap-label.ts';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Năm 2023', 20, 2)).toEqual(['Năm 2023']);
  });
  it('breaks at spaces, never inside a word', () => {
    expect(wrapLabel('Thi đua lập thành tích chào mừng kỷ niệm 45 năm Ngày thành lập', 24, 3)).toEqual([
      'Thi đua lập thành tích',
      'chào mừng kỷ niệm 45 năm',
      'Ngày thành lập',
    ]);
  });
  it('ends the last allowed line with an ellipsis when the label is longer', () => {
    const lines = wrapLabel('Thi đua lập thành tích chào mừng kỷ niệm 45 năm Ngày thành lập', 24, 2);
    expect(lines).toEqual(['Thi đua lập thành tích', 'chào mừng kỷ niệm 45…']);
  });
  it('cuts a word longer than a line', () => {
    expect(wrapLabel('abcdefghij', 5, 2)).toEqual(['abcd…']);
  });
});
