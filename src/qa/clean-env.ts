/**
 * The environment QA commands get: an allowlist of what toolchains need,
 * minus anything that looks like a credential, whatever the allowlist says.
 * No GitHub token, model key, Slack or Jira token, Actions runtime or OIDC
 * variables, and no INPUT_* ever reach them.
 */
const ALLOWED = [
  /^PATH$/,
  /^HOME$/,
  /^USER$/,
  /^LOGNAME$/,
  /^SHELL$/,
  /^LANG$/,
  /^LC_[A-Z]+$/,
  /^TZ$/,
  /^TERM$/,
  /^TMPDIR$/,
  /^TEMP$/,
  /^TMP$/,
  /^CI$/,
  /^RUNNER_(OS|ARCH|TEMP|TOOL_CACHE)$/,
  /^JAVA_HOME(_\w+)?$/,
  /^GO(ROOT|PATH|CACHE|MODCACHE|FLAGS)$/,
  /^CARGO_HOME$/,
  /^RUSTUP_HOME$/,
  /^DOTNET_ROOT$/,
  /^ANDROID_(HOME|SDK_ROOT)$/,
  /^PYENV_ROOT$/,
  /^PIPX_HOME$/,
  /^NVM_DIR$/,
];

const NEVER = [
  /^INPUT_/i,
  /^ACTIONS_/i,
  /^GITHUB_TOKEN$/i,
  /^GH_TOKEN$/i,
  /TOKEN/i,
  /SECRET/i,
  /PASSWORD/i,
  /PASSWD/i,
  /(^|_)KEY($|_)/i,
  /API_?KEY/i,
  /CREDENTIAL/i,
  /^OPENAI_/i,
  /^SLACK_/i,
  /^JIRA_/i,
  /^AWS_/i,
  /^AZURE_/i,
  /^GOOGLE_/i,
  /^NPM_CONFIG__?AUTH/i,
  /^NODE_AUTH/i,
];

export function cleanEnv(
  parent: NodeJS.ProcessEnv,
  passthrough: readonly string[] = [],
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue;
    const allowed = ALLOWED.some((p) => p.test(name)) || passthrough.includes(name);
    if (allowed && !NEVER.some((p) => p.test(name))) env[name] = value;
  }
  // As on a CI runner, and nothing more: suites test their own colour variables
  // (NO_COLOR, FORCE_COLOR), so colour codes are taken out of the output instead.
  env.CI = 'true';
  return env;
}
