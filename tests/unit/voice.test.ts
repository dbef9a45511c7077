// The spoken call line of the wall display.
import { describe, expect, it } from 'vitest';
import { callLine, spokenTicketNumber } from '../../shared/voice.js';

describe('spokenTicketNumber', () => {
  it('reads the prefix, then every digit, in Vietnamese', () => {
    expect(spokenTicketNumber('A012', 'vi')).toBe('A, không một hai');
    expect(spokenTicketNumber('B345', 'vi')).toBe('B, ba bốn năm');
    expect(spokenTicketNumber('C6789', 'vi')).toBe('C, sáu bảy tám chín');
  });

  it('reads the digits in English', () => {
    expect(spokenTicketNumber('A012', 'en')).toBe('A, zero one two');
  });

  it('spells a two-letter prefix letter by letter', () => {
    expect(spokenTicketNumber('AB001', 'vi')).toBe('A B, không không một');
  });
});

describe('callLine', () => {
  it('invites the citizen to the counter in Vietnamese', () => {
    const line = callLine('A012', 3, 'vi');
    expect(line).toContain('Mời công dân có số');
    expect(line).toContain('A, không một hai');
    expect(line).toContain('quầy số 3');
    expect(line).toBe('Mời công dân có số A, không một hai đến quầy số 3');
  });

  it('has an English line', () => {
    expect(callLine('A012', 3, 'en')).toBe('Ticket A, zero one two, please go to counter 3');
  });
});
