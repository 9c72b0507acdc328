/** Worker thread entry of the digest pool (digest-pool.ts): parse and story tasks (tasks.ts). */
import { serveTasks } from './serve.js';
import { createTaskRunner, type DigestTask } from './tasks.js';

const run = createTaskRunner();
serveTasks((task, context) => run(task as DigestTask, context));
