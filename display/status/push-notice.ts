// What the status page's service worker shows for a push: the words of a PushMessage in the ticket's
// language, from the catalogue (the call in the words of the status page itself). Pure, and without
// lang.ts: a service worker has no document and no localStorage.
import type { Lang, PushMessage } from '../../shared/types.js';
import { fill } from '../../ui/i18n/define.js';
import { push } from '../../ui/i18n/push.js';
import { status } from '../../ui/i18n/status.js';

export interface PushNotice {
  title: string;
  body: string;
  /** One notification per ticket on screen: the call replaces the "near" notice. */
  tag: string;
  lang: Lang;
  /** The status page to open when it is tapped. */
  url: string;
  /** A call stays on screen until the citizen sees it. */
  requireInteraction: boolean;
}

const LANGS: readonly unknown[] = ['vi', 'en'];

/** The message a push carries, or null for anything else (a push must still show a notification). */
export function readPushMessage(text: string | undefined): PushMessage | null {
  try {
    const m = JSON.parse(text ?? '') as Partial<Record<string, unknown>>;
    const common = typeof m.number === 'string' && LANGS.includes(m.lang) && typeof m.url === 'string' && m.url.startsWith('/status?');
    if (common && m.kind === 'called' && typeof m.counter === 'number' && typeof m.recall === 'boolean') return m as PushMessage;
    if (common && m.kind === 'near' && (m.by === 'places' || m.by === 'minutes') && typeof m.count === 'number') return m as PushMessage;
  } catch {
    // Not JSON: the fallback notice below.
  }
  return null;
}

export function pushNotice(message: PushMessage | null, fallbackLang: Lang = 'vi'): PushNotice {
  if (!message) {
    const words = push[fallbackLang];
    return {
      title: status[fallbackLang]['status.title'],
      body: words['push.news'],
      tag: 'motcua',
      lang: fallbackLang,
      url: '/status',
      requireInteraction: false,
    };
  }
  const { lang, number } = message;
  const [p, s] = [push[lang], status[lang]];
  const base = { tag: `motcua-${number}`, lang, url: message.url };
  if (message.kind === 'called') {
    return {
      ...base,
      title: fill(s['status.called'], { counter: message.counter }),
      body: fill(message.recall ? p['push.recalled'] : s['status.calledHint'], { number }),
      requireInteraction: true,
    };
  }
  const body =
    message.by === 'minutes'
      ? fill(p['push.nearMinutes'], { count: message.count })
      : message.count === 0
        ? p['push.nearNext']
        : fill(p['push.nearPlaces'], { count: message.count });
  return { ...base, title: fill(p['push.nearTitle'], { number }), body, requireInteraction: false };
}
