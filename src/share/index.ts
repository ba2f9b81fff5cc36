/** Sharing: the sandbox in a URL fragment, and the event log as JSON Lines. Pure functions. */
export { eventsToJsonLines, jsonLinesFileName } from './jsonl';
export { decodeShare, encodeShare, isShareLink, SHARE_FORMAT } from './link';
export {
  isSimTime,
  isSpeed,
  readLog,
  readSharedState,
  type SharedState,
  ShareError,
} from './state';
