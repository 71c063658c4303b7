// The entry of an extraction worker thread. Workers start without the parent's TypeScript loader
// (under vitest, or `node --import tsx`, alike): register tsx here, then load the task.
import { register } from 'tsx/esm/api';

register();
export default (await import('./extract-source.task.ts')).default;
