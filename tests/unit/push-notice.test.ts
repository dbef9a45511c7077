// The words of a call-back notification, as the status page's service worker shows them.
import { describe, expect, it } from 'vitest';
import { pushNotice, readPushMessage } from '../../display/status/push-notice.js';
import type { PushMessage } from '../../shared/types.js';

const url = '/status?t=abcdefghijklmnopqrstuv';
const notice = (m: PushMessage) => pushNotice(readPushMessage(JSON.stringify(m)));

describe('call-back notifications', () => {
  it('the call, in the words of the status page, and a recall', () => {
    expect(notice({ kind: 'called', number: 'B012', lang: 'vi', url, counter: 3, recall: false })).toEqual({
      title: 'Mời anh/chị đến quầy số 3',
      body: 'Số B012 đang được gọi. Vui lòng đến ngay.',
      tag: 'motcua-B012',
      lang: 'vi',
      url,
      requireInteraction: true,
    });
    expect(notice({ kind: 'called', number: 'B012', lang: 'en', url, counter: 3, recall: true })).toMatchObject({
      title: 'Please go to counter 3',
      body: 'Ticket B012 is being called again. Please go now.',
    });
  });

  it('near the front: by places, next, by minutes', () => {
    expect(notice({ kind: 'near', number: 'A007', lang: 'vi', url, by: 'places', count: 3 })).toMatchObject({
      title: 'Sắp đến lượt số A007',
      body: 'Còn 3 người trước anh/chị. Vui lòng quay lại khu vực chờ.',
      requireInteraction: false,
    });
    expect(notice({ kind: 'near', number: 'A007', lang: 'en', url, by: 'places', count: 0 }).body).toBe(
      'You are next. Please come back to the waiting area.',
    );
    expect(notice({ kind: 'near', number: 'A007', lang: 'vi', url, by: 'minutes', count: 10 }).body).toBe(
      'Còn khoảng 10 phút nữa. Vui lòng quay lại khu vực chờ.',
    );
  });

  it('anything else still shows a notification, opening no page but the status page', () => {
    for (const text of [
      undefined,
      'not json',
      '{"kind":"called","number":"A1","lang":"fr","url":"/status?t=x","counter":1,"recall":false}',
      JSON.stringify({ kind: 'near', number: 'A1', lang: 'vi', url: 'https://evil.example/', by: 'places', count: 1 }),
    ]) {
      expect(pushNotice(readPushMessage(text))).toMatchObject({ body: 'Có tin mới về số thứ tự của anh/chị.', url: '/status' });
    }
  });
});
