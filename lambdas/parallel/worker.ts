/** Worker thread entry of the digest pool (digest-pool.ts): parse and story tasks (tasks.ts). */
import { serveTasks } from './serve.js';
import { runDigestTask, type DigestTask } from './tasks.js';

serveTasks((task, context) => runDigestTask(task as DigestTask, context));
