import { ApplicationRef, Injectable, inject, signal } from '@angular/core';
import { type Language, MESSAGES, type MessageKey } from './messages';

const STORAGE_KEY = 'hito.language';

/** A text to show later, kept as key and parameters so that it follows a language switch. */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export function message(key: MessageKey, params?: Record<string, string | number>): Message {
  return { key, params };
}
const LOCALES: Record<Language, string> = { es: 'es-CO', en: 'en-GB' };

/** The interface language (Spanish by default, remembered per browser), message lookup and dates. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly appRef = inject(ApplicationRef);
  readonly language = signal<Language>(this.initialLanguage());

  constructor() {
    document.documentElement.lang = this.language();
  }

  t(key: MessageKey, params: Record<string, string | number> = {}): string {
    const text: string = MESSAGES[this.language()][key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
  }

  /** Renders a stored {@link Message} in the current language ('' for none). */
  render(message: Message | null | undefined): string {
    return message ? this.t(message.key, message.params) : '';
  }

  /** Like {@link t} for keys built at run time (states, intents); falls back to `fallback`. */
  maybe(key: string, fallback: string, params: Record<string, string | number> = {}): string {
    return key in MESSAGES.es ? this.t(key as MessageKey, params) : fallback;
  }

  /** A date-time in the reader's language, in their time zone; `—` when absent. */
  date(iso: string | null | undefined): string {
    if (!iso) return '—';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(LOCALES[this.language()], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }

  toggle(): void {
    const next: Language = this.language() === 'es' ? 'en' : 'es';
    this.language.set(next);
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    // Re-render now, in the same task as the click, so the whole page switches at once.
    this.appRef.tick();
  }

  private initialLanguage(): Language {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'es' ? stored : 'es';
  }
}
