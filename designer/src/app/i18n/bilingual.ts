/**
 * A block of interface texts: Spanish first; the English block must have exactly the same keys
 * (`satisfies` rejects a missing or an extra one).
 */
export type Bilingual<K extends string> = { es: Record<K, string>; en: Record<K, string> };

/** Builds a {@link Bilingual} block whose keys come from the Spanish texts. */
export function bilingual<const ES extends Record<string, string>>(
  es: ES,
  en: { [K in keyof ES]: string },
): Bilingual<keyof ES & string> {
  return { es, en: en as Record<keyof ES & string, string> };
}
