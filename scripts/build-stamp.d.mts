// Types of build-stamp.mjs (plain JavaScript, read by `npm start` before anything is built).
export type Part = 'server' | 'screens';
export const ROOT: string;
export const PARTS: Record<Part, { out: string; sources: string[] }>;
export function sourcesHash(part: Part): string;
export function outDirOf(part: Part, outDir?: string): string;
export function isStale(part: Part, outDir?: string): boolean;
export function writeStamp(part: Part, digest: string, outDir?: string): void;
