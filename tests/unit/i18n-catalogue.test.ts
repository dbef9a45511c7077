// The message catalogue: every screen speaks Vietnamese and English, with no gaps. The catalogue is
// imported without lang.ts (which touches `document`), and the checks hold whatever keys are added.
import { describe, expect, it } from 'vitest';
import { AREAS as CATALOGUE_AREAS } from '../../ui/i18n/catalogue.js';

interface Area {
  vi: Readonly<Record<string, string>>;
  en: Readonly<Record<string, string>>;
}

const AREAS: Record<string, Area> = CATALOGUE_AREAS;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(AREAS))('message area "%s"', (_name, area) => {
  const viKeys = Object.keys(area.vi).sort();

  it('has messages', () => {
    expect(viKeys.length).toBeGreaterThan(0);
  });

  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(area.en).sort()).toEqual(viKeys);
  });

  it('has no empty message', () => {
    const empty = (['vi', 'en'] as const).flatMap((lang) =>
      Object.entries(area[lang])
        .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
        .map(([key]) => `${lang}:${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('uses the same {placeholders} in both languages', () => {
    const differing = viKeys.filter(
      (key) => area.en[key] !== undefined && placeholders(area.vi[key]).join() !== placeholders(area.en[key]).join(),
    );
    expect(differing).toEqual([]);
  });
});

// common holds the shared words (state.*, priority.*, …); each screen's area owns one prefix.
describe.each(Object.entries(AREAS).filter(([name]) => name !== 'common'))('message area "%s"', (name, area) => {
  it(`every key starts with "${name}."`, () => {
    expect(Object.keys(area.vi).filter((key) => !key.startsWith(`${name}.`))).toEqual([]);
  });
});

// Plural messages (ui/i18n/lang.ts plural()): `key.one` and `key.other` ('pause.other' is a reason, not a form).
describe.each(Object.entries(AREAS))('plural messages of "%s"', (_name, area) => {
  it('every singular form has its plural', () => {
    const keys = new Set(Object.keys(area.vi));
    expect([...keys].filter((key) => key.endsWith('.one') && !keys.has(key.replace(/\.one$/, '.other')))).toEqual([]);
  });
});

describe('the whole catalogue', () => {
  it('no key is defined by two areas (one would silently hide the other)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, area] of Object.entries(AREAS)) {
      for (const key of Object.keys(area.vi)) {
        const first = owner.get(key);
        if (first) clashes.push(`${key} (${first}, ${name})`);
        else owner.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });
});
