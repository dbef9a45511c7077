// Domain types shared by the server and every screen. Times are epoch milliseconds (UTC);
// "local dates" are YYYY-MM-DD strings in the center's time zone.
// The parts live in shared/types/; this file gathers them so imports stay short.
export * from './types/queue.js';
export * from './types/calendar.js';
export * from './types/citizen.js';
export * from './types/board.js';
export * from './types/devices.js';
export * from './types/webhooks.js';
export * from './types/indicators.js';
export * from './types/api-keys.js';
