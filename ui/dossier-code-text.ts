// What a screen says when the dossier-code rule refuses a code: the same message the server would
// answer for that reason (shared/errors.ts), in the screen's language.
import { errorMessage } from '../shared/errors.js';
import { dossierCodeRefusal, type DossierCodeRefused } from '../shared/rules/dossier-code.js';
import { lang } from './i18n/lang.js';

export function refusalText(refused: DossierCodeRefused): string {
  const { code, params } = dossierCodeRefusal(refused);
  return errorMessage(code, params, lang());
}

/** The same code given for two lines of one visit. */
export function repeatedText(code: string): string {
  return errorMessage('dossier-code-repeated', { code }, lang());
}
