import { Definitions1764061200000 } from './1764061200000-definitions.js';
import { Runtime1764062000000 } from './1764062000000-runtime.js';
import { Directory1764320400000 } from './1764320400000-directory.js';
import { SignIn1764320460000 } from './1764320460000-sign-in.js';
import { Notifications1764400000000 } from './1764400000000-notifications.js';

/** Every schema migration, oldest first. The server runs pending ones at start. */
export const migrations = [Definitions1764061200000, Runtime1764062000000, Directory1764320400000, SignIn1764320460000, Notifications1764400000000];
