// Browser tests load the built screens: build them once per run when the sources changed.
import { buildScreensIfStale } from '../../scripts/build-screens.js';

export default async function setup(): Promise<void> {
  await buildScreensIfStale();
}
