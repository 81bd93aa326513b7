import type { Server } from 'node:http';

export const URL_LIMIT: number;
export const MAX_HEADER_SIZE: number;
export const IMMUTABLE: string;
export function readPolicy(html: string): string | undefined;
export function securityHeaders(policy: string): Record<string, string>;
export function isFileLike(path: string): boolean;
export function classify(
  method: string | undefined,
  target?: string,
): { kind: 'refuse'; status: 400 | 404 | 405 | 414 } | { kind: 'path'; path: string; fileLike: boolean } | { kind: 'app' };
export function createAppServer(options: { root: string }): { server: Server; shutdown: () => Promise<void> };
