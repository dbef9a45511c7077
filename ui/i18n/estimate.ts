import { defineMessages } from './define.js';

// The expected wait printed on the slip and shown at the kiosk.
export const estimate = defineMessages(
  {
    'estimate.label': 'Thời gian chờ dự kiến',
    'estimate.minutes': 'khoảng {minutes} phút',
    'estimate.soon': 'sắp đến lượt',
  },
  {
    'estimate.label': 'Expected wait',
    'estimate.minutes': 'about {minutes} min',
    'estimate.soon': 'almost your turn',
  },
);
