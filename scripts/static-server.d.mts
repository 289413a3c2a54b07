import type { Server } from 'node:http';

export const TYPES: Record<string, string>;

export function serveStatic(
  root: string,
  options?: { port?: number; base?: string; headers?: Record<string, string> },
): Promise<{ server: Server; url: string; close: () => Promise<void> }>;
