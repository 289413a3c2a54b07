/**
 * Puts zod in jitless mode. zod decides per object schema, when the schema is built,
 * whether to compile a fast path with `new Function` (after an eval probe that a
 * Content-Security-Policy without 'unsafe-eval' reports as a violation). So this module
 * must be evaluated before any module that builds a schema: main.tsx imports it first.
 */
import { z } from 'zod';

z.config({ jitless: true });
