import type { FaultRule, SandboxKnobs } from './knobs';

// Knobs arrive as JSON from other processes (POST /_sandbox/knobs), so they are checked field by field.

type KnobCheck = (value: unknown) => boolean;

const isNonNegativeNumber: KnobCheck = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isNonNegativeInteger: KnobCheck = (v) => Number.isInteger(v) && (v as number) >= 0;

const FAULT_FIELDS: Record<keyof FaultRule, KnobCheck> = {
  match: (v) => typeof v === 'string',
  status: (v) => Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 599,
  retryAfterSeconds: isNonNegativeNumber,
  times: isNonNegativeInteger,
  hang: (v) => typeof v === 'boolean',
  code: (v) => typeof v === 'number' || typeof v === 'string',
  description: (v) => typeof v === 'string',
  body: (v) => v !== undefined,
  html: (v) => typeof v === 'boolean',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseFault(value: unknown, index: number): FaultRule | string {
  if (!isRecord(value)) return `faults[${index}] must be an object`;
  for (const [key, field] of Object.entries(value)) {
    const check = FAULT_FIELDS[key as keyof FaultRule];
    if (!check) return `faults[${index}].${key} is not a fault field`;
    if (!check(field)) return `faults[${index}].${key} has an invalid value`;
  }
  if (value.status === undefined) return `faults[${index}].status is required`;
  return value as unknown as FaultRule;
}

/** Applies a partial knob object; returns an error message (and changes nothing) when it is invalid. */
export function applyKnobPatch(knobs: SandboxKnobs, patch: unknown): string | undefined {
  if (!isRecord(patch)) return 'knobs must be a JSON object';
  const next: Partial<Record<'latencyMs' | 'malformedBody' | 'bom' | 'realData', unknown>> & {
    faults?: FaultRule[];
  } = {};
  for (const [key, value] of Object.entries(patch)) {
    switch (key) {
      case 'latencyMs':
        if (!isNonNegativeNumber(value)) return 'latencyMs must be a non-negative number';
        next.latencyMs = value;
        break;
      case 'malformedBody':
        if (!isNonNegativeInteger(value)) return 'malformedBody must be a non-negative integer';
        next.malformedBody = value;
        break;
      case 'bom':
        if (typeof value !== 'boolean') return 'bom must be a boolean';
        next.bom = value;
        break;
      case 'realData':
        if (typeof value !== 'boolean') return 'realData must be a boolean';
        next.realData = value;
        break;
      case 'faults': {
        if (!Array.isArray(value)) return 'faults must be an array';
        const faults: FaultRule[] = [];
        for (const [i, item] of value.entries()) {
          const fault = parseFault(item, i);
          if (typeof fault === 'string') return fault;
          faults.push(fault);
        }
        next.faults = faults;
        break;
      }
      default:
        return `${key} is not a knob`;
    }
  }
  if (typeof next.latencyMs === 'number') knobs.latencyMs = next.latencyMs;
  if (typeof next.malformedBody === 'number') knobs.malformedBody = next.malformedBody;
  if (typeof next.bom === 'boolean') knobs.bom = next.bom;
  if (typeof next.realData === 'boolean') knobs.realData = next.realData;
  if (next.faults) knobs.faults = next.faults;
  return undefined;
}
