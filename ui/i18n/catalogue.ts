// The whole message catalogue, one area per screen.
import { common } from './common.js';
import { counter } from './counter.js';
import { kiosk } from './kiosk.js';
import { reception } from './reception.js';
import { wall } from './wall.js';

const areas = [common, kiosk, wall, counter, reception] as const;

type Area = (typeof areas)[number];
type KeysOf<A> = A extends { vi: infer V } ? keyof V : never;
export type MessageKey = KeysOf<Area> & string;

export const CATALOGUE = {
  vi: Object.assign({}, ...areas.map((a) => a.vi)) as Record<MessageKey, string>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<MessageKey, string>,
};
