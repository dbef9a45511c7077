import { defineMessages } from './define.js';

export const reception = defineMessages(
  {
    'reception.title': 'TODO',
  },
  {
    'reception.title': 'TODO',
  },
);
