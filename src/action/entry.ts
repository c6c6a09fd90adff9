/** Entry of the Action bundle (dist/action.js): runs the Action with the runner's environment. */
import { runAction } from './run.ts';

await runAction();
