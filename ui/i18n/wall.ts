import { defineMessages } from './define.js';

export const wall = defineMessages(
  {
    'wall.title': 'TODO',
  },
  {
    'wall.title': 'TODO',
  },
);
