// The whole message catalogue, one area per screen.
import { admin } from './admin.js';
import { apiKeys } from './api-keys.js';
import { backups } from './backups.js';
import { board } from './board.js';
import { booking } from './booking.js';
import { common } from './common.js';
import { estimate } from './estimate.js';
import { input } from './input.js';
import { counter } from './counter.js';
import { devices } from './devices.js';
import { kiosk } from './kiosk.js';
import { leader } from './leader.js';
import { pair } from './pair.js';
import { push } from './push.js';
import { reception } from './reception.js';
import { rating } from './rating.js';
import { status } from './status.js';
import { wall } from './wall.js';
import { visit } from './visit.js';
import { webhooks } from './webhooks.js';

/** Every message area by name (the catalogue test walks them all). */
export const AREAS = {
  common,
  kiosk,
  wall,
  counter,
  reception,
  booking,
  leader,
  admin,
  board,
  estimate,
  status,
  push,
  rating,
  pair,
  devices,
  backups,
  webhooks,
  visit,
  apiKeys,
  input,
} as const;
const areas = Object.values(AREAS);

type Area = (typeof AREAS)[keyof typeof AREAS];
type KeysOf<A> = A extends { vi: infer V } ? keyof V : never;
export type MessageKey = Extract<KeysOf<Area>, string>;

export const CATALOGUE = {
  vi: Object.assign({}, ...areas.map((a) => a.vi)) as Record<MessageKey, string>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<MessageKey, string>,
};
