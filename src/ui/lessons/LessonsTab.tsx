import { appLessonHost } from './app-host';
import { LessonsPanel } from './LessonsPanel';

/** The lessons as a tab of the details panel (lazy-loaded by DetailsPanel). */
export default function LessonsTab() {
  return <LessonsPanel host={appLessonHost()} />;
}
