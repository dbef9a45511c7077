import { describe, expect, it } from 'vitest';
import { maskName } from '../../server/domain/booking-service.js';

describe('a booking looked up by its code shows the name masked', () => {
  it('keeps initials and the given name', () => {
    expect(maskName('Nguyễn Văn An')).toBe('N. V. An');
    expect(maskName('  Lê   Thu Hà ')).toBe('L. T. Hà');
    expect(maskName('Mai')).toBe('Mai');
  });
});
