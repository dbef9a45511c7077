// The screen's language: Vietnamese unless switched; remembered per device.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../shared/types.js';
import { CATALOGUE, type MessageKey } from './catalogue.js';
import { fill } from './define.js';

/** A message with a singular and a plural form: `x.one` and `x.other` in both languages. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;
/** Every other message. */
export type TextKey = Exclude<MessageKey, `${PluralKey}.one` | `${PluralKey}.other`>;
type Params = Record<string, string | number>;

const STORAGE_KEY = 'motcua.lang';
const listeners = new Set<() => void>();

function stored(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let current: Lang = stored();
document.documentElement.lang = current;

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  for (const l of listeners) l();
}

/** The locale numbers and dates are written in (ui/format.ts): the screen's language, never the browser's. */
export function locale(): 'vi-VN' | 'en-GB' {
  return current === 'en' ? 'en-GB' : 'vi-VN';
}

export function t(key: TextKey, params: Params = {}): string {
  return fill(CATALOGUE[current][key], params);
}

/**
 * The form of `key` for `count` by the language's plural rules ("1 place", "2 places"; Vietnamese
 * has one form). `{count}` in the message is `count`.
 */
export function plural(key: PluralKey, count: number, params: Params = {}): string {
  const form = new Intl.PluralRules(locale()).select(count) === 'one' ? 'one' : 'other';
  return fill(CATALOGUE[current][`${key}.${form}`], { count, ...params });
}

/** A name that has a Vietnamese and an English form (fields, procedures, centers). */
export function localName(item: { nameVi: string; nameEn: string }): string {
  return current === 'en' ? item.nameEn : item.nameVi;
}

/** Re-renders its host when the language changes. */
export class LangController implements ReactiveController {
  private readonly update = () => this.host.requestUpdate();
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    listeners.add(this.update);
  }
  hostDisconnected(): void {
    listeners.delete(this.update);
  }
}
