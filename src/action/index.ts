import { run } from './main.js';
import { actionsRunner } from './runner.js';

await run(actionsRunner());
// An unanswered request to a stand-in service must not keep the runner waiting.
process.exit();
