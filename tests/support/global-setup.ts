// Browser tests load the built screens: build them once per run when the sources changed.
import { buildIfStale } from '../../scripts/build-parts.js';

export default async function setup(): Promise<void> {
  await buildIfStale(['screens']);
}
