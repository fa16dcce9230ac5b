import { run } from './main.js';

await run();
// An unanswered request to a stand-in service must not keep the runner waiting.
process.exit();
