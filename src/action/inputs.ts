import * as core from '@actions/core';
import { ALL_KEYS, SECRET_INPUTS } from '../config/schema.js';

/** Reads every known input and masks the secrets before anything is logged. */
export function readInputs(): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const key of ALL_KEYS) inputs[key] = core.getInput(key);
  for (const key of SECRET_INPUTS) {
    if (inputs[key]) core.setSecret(inputs[key]);
  }
  return inputs;
}
