export * from './clock.js';
export * from './iso-time.js';
export * from './cron.js';
export * from './timer-schedule.js';
export * from './business-calendar.js';
