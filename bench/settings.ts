// The benchmark's own knobs, checked by the configuration schema's fields like the bot's settings.
import { z } from 'zod';
import { nameList, parseEnv, wholeNumber } from '../src/config';
import { SECTIONS, type SectionName } from './sections';

const benchSchema = z
  .object({
    /** Echo/orders throughput pairs compared within one run. */
    BENCH_PAIRS: wholeNumber(5, 1, 100),
    /** Seconds each throughput run lasts. */
    BENCH_SECONDS: wholeNumber(3, 1, 600),
    /** Comma-separated sections to run alone (budgetBurst, coalescingRepeated, index); empty = the whole bench. */
    BENCH_ONLY: nameList<SectionName>(SECTIONS),
  })
  .transform((v) => ({ pairs: v.BENCH_PAIRS, seconds: v.BENCH_SECONDS, only: v.BENCH_ONLY }));

/** Throws ConfigError, one line, like the bot. */
export const readBenchSettings = (env: Record<string, string | undefined>) => parseEnv(benchSchema, env);
