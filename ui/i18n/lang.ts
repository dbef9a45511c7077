// The screen's language: Vietnamese unless switched; remembered per device.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../shared/types.js';
import { CATALOGUE, type MessageKey } from './catalogue.js';
import { fill } from './define.js';

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

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(CATALOGUE[current][key], params);
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
