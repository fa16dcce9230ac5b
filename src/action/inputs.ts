import { ALL_KEYS, SECRET_INPUTS } from '../config/schema.js';
import type { Runner } from './runner.js';

/** Reads every known input and masks the secrets before anything is logged. */
export function readInputs(runner: Runner): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const key of ALL_KEYS) inputs[key] = runner.input(key);
  for (const key of SECRET_INPUTS) {
    if (inputs[key]) runner.secret(inputs[key]);
  }
  return inputs;
}
