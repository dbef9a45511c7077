import { defineMessages } from './define.js';

// A visit over several fields (shared/rules/visit-route.ts): where each part is served, on the slip,
// the phone and the counter.
export const visit = defineMessages(
  {
    'visit.servedAt.one': 'Tại quầy {numbers}',
    'visit.servedAt.other': 'Tại quầy {numbers}',
    'visit.servedAtAny': 'Tại quầy gọi số của bạn',
    'visit.route': 'Làm lần lượt từng lĩnh vực. Xong phần trước, số của bạn tự chuyển sang lĩnh vực sau — không cần lấy số mới.',
    'visit.next.one': 'Tiếp theo: lĩnh vực {field} — chờ gọi tại quầy {numbers}',
    'visit.next.other': 'Tiếp theo: lĩnh vực {field} — chờ gọi tại quầy {numbers}',
    'visit.partDone': 'Đã xong {done}/{total} thủ tục.',
    'visit.after.one': 'Xong ở quầy này, mời chờ gọi tiếp cho lĩnh vực {field} tại quầy {numbers}',
    'visit.after.other': 'Xong ở quầy này, mời chờ gọi tiếp cho lĩnh vực {field} tại quầy {numbers}',
    'visit.movedOn': 'Phần tiếp theo',
    'visit.later': 'Làm ở lĩnh vực sau (quầy {numbers}): {procedures}. Xác nhận hoàn thành sẽ chuyển số sang đó.',
  },
  {
    'visit.servedAt.one': 'At counter {numbers}',
    'visit.servedAt.other': 'At counters {numbers}',
    'visit.servedAtAny': 'At the counter that calls you',
    'visit.route': 'One field after another. When a part is done, your number moves on to the next field by itself — no new ticket needed.',
    'visit.next.one': 'Next: {field} — wait to be called at counter {numbers}',
    'visit.next.other': 'Next: {field} — wait to be called at counters {numbers}',
    'visit.partDone': '{done} of {total} procedures done.',
    'visit.after.one': 'After this counter, wait to be called again for {field} at counter {numbers}',
    'visit.after.other': 'After this counter, wait to be called again for {field} at counters {numbers}',
    'visit.movedOn': 'Next part of a visit',
    'visit.later': 'For a later field (counters {numbers}): {procedures}. Confirming sends the ticket on there.',
  },
);
