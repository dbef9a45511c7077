// A refused body's field errors as the API sends them (shared/errors.ts FieldError): what each screen
// words with its own labels, never the validator's sentence.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors } from '../../server/http/validate.js';
import { publicUrlSchema, queueRulesSchema, weeklySessionsSchema } from '../../shared/schemas.js';

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  return fieldErrors(result.error.issues, value);
};

describe('fieldErrors', () => {
  it('gives each field its problem and the bound a person reads, a missing one as required, an unknown one at its own path', () => {
    expect(errorsOf(queueRulesSchema, { priorityMode: 'x', priorityEvery: 0, recallsBeforeNoShow: 6, hello: 1 })).toEqual([
      { path: 'priorityMode', code: 'invalid-value' },
      { path: 'priorityEvery', code: 'too-small', limit: 1, of: 'number' },
      { path: 'recallsBeforeNoShow', code: 'too-big', limit: 5, of: 'number' },
      { path: 'waitAlertMinutes', code: 'required' },
      { path: 'hello', code: 'unknown-field' },
    ]);
  });

  it('names a field inside a list by its dotted path, and a wrong type as such', () => {
    expect(errorsOf(weeklySessionsSchema, { sessions: [{ weekday: 1, start: 600, end: '11:00', kind: 'regular' }] })).toEqual([
      { path: 'sessions.0.end', code: 'invalid-type' },
    ]);
  });

  it('says which format a check wanted', () => {
    expect(errorsOf(publicUrlSchema, { publicUrl: 'localhost:3000' })).toEqual([
      { path: 'publicUrl', code: 'invalid-format', format: 'url' },
    ]);
  });
});
