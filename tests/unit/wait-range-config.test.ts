// MOTCUA_WAIT_RANGE turns the forecast worker off (a box too small for it, the bench's comparison of
// rows 1–3 with it on and off); anything but on or off stops the server with the reason.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';

describe('MOTCUA_WAIT_RANGE', () => {
  it('is on unless turned off', () => {
    expect(readConfig({}).waitRange).toBe(true);
    expect(readConfig({ MOTCUA_WAIT_RANGE: 'on' }).waitRange).toBe(true);
    expect(readConfig({ MOTCUA_WAIT_RANGE: '' }).waitRange).toBe(true);
    expect(readConfig({ MOTCUA_WAIT_RANGE: 'off' }).waitRange).toBe(false);
  });

  it('refuses anything else', () => {
    for (const bad of ['0', 'false', 'OFF']) expect(() => readConfig({ MOTCUA_WAIT_RANGE: bad }), bad).toThrow(/MOTCUA_WAIT_RANGE/);
  });
});
