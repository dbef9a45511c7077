import { defineMessages } from './define.js';

export const kiosk = defineMessages(
  {
    'kiosk.title': 'TODO',
  },
  {
    'kiosk.title': 'TODO',
  },
);
