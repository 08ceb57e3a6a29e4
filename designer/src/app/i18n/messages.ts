import { AUDIT_MESSAGES } from './messages/audit.messages';
import { AUTH_MESSAGES } from './messages/auth.messages';
import { COMMON_MESSAGES } from './messages/common.messages';
import { INBOX_MESSAGES } from './messages/inbox.messages';
import { INSTANCES_MESSAGES } from './messages/instances.messages';
import { MODELER_MESSAGES } from './messages/modeler.messages';

const BLOCKS = [COMMON_MESSAGES, AUTH_MESSAGES, MODELER_MESSAGES, INBOX_MESSAGES, INSTANCES_MESSAGES, AUDIT_MESSAGES] as const;

type Keys =
  | keyof typeof COMMON_MESSAGES.es
  | keyof typeof AUTH_MESSAGES.es
  | keyof typeof MODELER_MESSAGES.es
  | keyof typeof INBOX_MESSAGES.es
  | keyof typeof INSTANCES_MESSAGES.es
  | keyof typeof AUDIT_MESSAGES.es;

/**
 * Interface texts, Spanish first, one block per feature in `messages/`. Every key exists in both
 * languages: each block's English half is checked against its Spanish keys.
 */
export const MESSAGES: Record<'es' | 'en', Record<Keys, string>> = {
  es: Object.assign({}, ...BLOCKS.map((block) => block.es)) as Record<Keys, string>,
  en: Object.assign({}, ...BLOCKS.map((block) => block.en)) as Record<Keys, string>,
};

export type Language = keyof typeof MESSAGES;
export type MessageKey = Keys;
