import * as core from '@actions/core';
import { ALL_KEYS } from '../config/schema.js';

export const SECRET_INPUTS = ['github-token', 'openai-api-key', 'slack-token', 'jira-api-token'] as const;

/** Reads every known input and masks the secrets before anything is logged. */
export function readInputs(): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const key of ALL_KEYS) inputs[key] = core.getInput(key);
  for (const key of SECRET_INPUTS) {
    if (inputs[key]) core.setSecret(inputs[key]);
  }
  return inputs;
}
