/**
 * The early entry: its own few-hundred-byte chunk, put first in index.html by the build (see
 * vite.config.ts), so an entries link's first requests leave before the app's bundle arrives.
 */
import { startEarlyRequests } from './early-requests';

startEarlyRequests();
