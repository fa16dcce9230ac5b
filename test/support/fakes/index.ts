export { FakeChat } from './chat.js';
export { FakeClock } from './clock.js';
export { FakeCodeHost, HOST_BOT } from './code-host.js';
export { fakeDeps, type FakeDeps, type FakeDepsOptions } from './deps.js';
export { ScriptedModel, type ScriptedAnswer } from './model.js';
export { Recording, type Call } from './recording.js';
export { FakeRepoFiles } from './repo-files.js';
export { FakeTracker } from './tracker.js';
