// A message area: Vietnamese first; English must have exactly the same keys (checked by the compiler
// and by tests/unit/i18n-catalogue.test.ts).
export type Messages<K extends string> = Readonly<Record<K, string>>;

export function defineMessages<K extends string>(vi: Messages<K>, en: NoInfer<Messages<K>>) {
  return { vi, en };
}

/** A message with its {placeholders} filled in (what t() does; the service worker has no lang.ts). */
export function fill(message: string, params: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
