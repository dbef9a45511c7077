import { defineMessages } from './define.js';

// The expected wait printed on the slip and shown at the kiosk and the phone, and what they say
// instead of a number of people ahead when nobody can be told one (ui/estimate-text.ts).
export const estimate = defineMessages(
  {
    'estimate.label': 'Thời gian chờ dự kiến',
    'estimate.minutes': 'khoảng {minutes} phút',
    'estimate.range': 'khoảng {low}–{high} phút',
    'estimate.soon': 'sắp đến lượt',
    'estimate.afterOpening': 'khoảng {minutes} phút sau khi quầy mở',
    'estimate.whenOpening': 'ngay khi có quầy mở',
    'estimate.fromTime': 'từ {time}',
    'estimate.noCounter': 'Chưa có quầy mở cho lĩnh vực này',
    'estimate.counterClosed': 'Quầy số {counter} chưa mở',
    'estimate.nextSession': 'Phiên làm việc tiếp theo bắt đầu lúc {time}',
    'estimate.fromSlot': 'Quý khách sẽ được gọi từ {time} (giờ hẹn)',
  },
  {
    'estimate.label': 'Expected wait',
    'estimate.minutes': 'about {minutes} min',
    'estimate.range': 'about {low}–{high} min',
    'estimate.soon': 'almost your turn',
    'estimate.afterOpening': 'about {minutes} min after a counter opens',
    'estimate.whenOpening': 'as soon as a counter opens',
    'estimate.fromTime': 'from {time}',
    'estimate.noCounter': 'No counter is open for this field yet',
    'estimate.counterClosed': 'Counter {counter} is not open yet',
    'estimate.nextSession': 'The next session starts at {time}',
    'estimate.fromSlot': 'You will be called from {time} (your booked time)',
  },
);
