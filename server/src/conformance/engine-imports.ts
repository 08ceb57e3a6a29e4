/** The engine API the runner uses. */
export { InMemoryDriver, replay } from '../engine/index.js';

/** The script format the runner declares for betsy's format-less placeholder scripts. */
export const SCRIPT_PLACEHOLDER_FORMAT = 'betsy-placeholder';
