// A message area: Vietnamese first; English must have exactly the same keys (checked by the compiler
// and by tests/unit/i18n-catalogue.test.ts).
export type Messages<K extends string> = Readonly<Record<K, string>>;

export function defineMessages<K extends string>(vi: Messages<K>, en: NoInfer<Messages<K>>) {
  return { vi, en };
}
