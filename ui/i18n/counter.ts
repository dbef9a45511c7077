import { defineMessages } from './define.js';

export const counter = defineMessages(
  {
    'counter.title': 'TODO',
  },
  {
    'counter.title': 'TODO',
  },
);
